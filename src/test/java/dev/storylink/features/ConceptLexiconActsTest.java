package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.text.TextAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The acts that tell two look-alike events of one topic apart (hired against fired, arrested
 * against released, elected against resigned; {@code cluster.FocusFeatures} opposes them) in their
 * base and inflected forms, on sentences written for this test in the script of each language,
 * matched after each language's folding: every sentence names its act and not the opposed one.
 */
class ConceptLexiconActsTest {
  private static List<String> ids(String lang, String text) {
    return ConceptLexicon.shipped().find(TextAnalysis.analyze(text, lang).tokens(), lang).stream()
        .map(f -> f.concept().id())
        .toList();
  }

  private static void names(String act, String notAct, String lang, String text) {
    assertThat(ids(lang, text)).as(lang + ": " + text).contains(act).doesNotContain(notAct);
  }

  @Test
  void aCoachHiredInEveryLanguage() {
    names("hiring", "dismissal", "en", "Sixers Hire Cheeks as Head Coach");
    names("hiring", "dismissal", "en", "The club will appoint a new manager next week");
    names("hiring", "dismissal", "en", "The board appoints Smith to lead the team");
    names("hiring", "dismissal", "ar", "النادي يعين موريس مدربا جديدا للفريق");
    names("hiring", "dismissal", "ar", "النادي استقدم المدرب الأمريكي");
    names("hiring", "dismissal", "fa", "باشگاه او را به عنوان سرمربی منصوب کرد");
    names("hiring", "dismissal", "ur", "کلب نے انہیں نیا ہیڈ کوچ مقرر کر دیا");
    names("hiring", "dismissal", "tr", "Kulüp yeni teknik direktörü olarak Cheeks'i atadı");
    names("hiring", "dismissal", "ru", "Клуб назначил нового тренера");
    names("hiring", "dismissal", "de", "Der Verein ernennt Cheeks zum neuen Trainer");
    names("hiring", "dismissal", "es", "El club nombró a Cheeks como nuevo técnico");
    names("hiring", "dismissal", "fr", "Le club nomme Cheeks nouveau sélectionneur");
    names("hiring", "dismissal", "pl", "Klub mianował Cheeksa nowym trenerem");
    names("hiring", "dismissal", "it", "Il club ingaggia Cheeks come nuovo tecnico");
    names("hiring", "dismissal", "pt", "O clube contrata Cheeks e nomeia novo comandante");
    names("hiring", "dismissal", "nl", "De club benoemt Cheeks tot nieuwe coach");
    names("hiring", "dismissal", "zh", "球队聘任他为新主帅");
  }

  @Test
  void aCoachFiredInEveryLanguage() {
    names("dismissal", "hiring", "en", "The Sixers fire coach Cheeks after a poor start");
    names("dismissal", "hiring", "en", "The board voted to dismiss the manager");
    names("dismissal", "hiring", "en", "Cheeks is out as head coach of the Sixers");
    names("dismissal", "hiring", "en", "The team parted ways with its coach on Saturday");
    names("dismissal", "hiring", "ar", "أقيل المدرب بعد سلسلة من الهزائم");
    names("dismissal", "hiring", "fa", "باشگاه سرمربی را برکنار کرد");
    names("dismissal", "hiring", "ur", "کلب نے کوچ کو برطرف کر دیا");
    names("dismissal", "hiring", "tr", "Kulüp teknik direktörü görevden aldı");
    names("dismissal", "hiring", "ru", "Клуб уволил главного тренера после поражения");
    names("dismissal", "hiring", "de", "Der Verein entlässt den Trainer nach der Niederlage");
    names("dismissal", "hiring", "es", "El club despide al entrenador tras la derrota");
    names("dismissal", "hiring", "fr", "Le club limoge son entraîneur après la défaite");
    names("dismissal", "hiring", "pl", "Klub zwolnił trenera po porażce");
    names("dismissal", "hiring", "it", "La società esonera l'allenatore dopo la sconfitta");
    names("dismissal", "hiring", "pt", "O clube demite o treinador após a derrota");
    names("dismissal", "hiring", "nl", "De club ontslaat de trainer na de nederlaag");
    names("dismissal", "hiring", "zh", "球队解聘了主教练");
  }

  @Test
  void anArrestAndARelease() {
    names(
        "arrest", "prisoner_release", "en", "Police detain a player on suspicion of drunk driving");
    names("arrest", "prisoner_release", "ar", "الشرطة تعتقل لاعبا بتهمة القيادة تحت تأثير الكحول");
    names("arrest", "prisoner_release", "fa", "پلیس بازیکن را دستگیر کرد");
    names("arrest", "prisoner_release", "ur", "پولیس نے کھلاڑی کو گرفتار کر لیا");
    names("arrest", "prisoner_release", "tr", "Polis oyuncuyu alkollü araç kullanırken yakaladı");
    names("arrest", "prisoner_release", "ru", "Полиция задержала игрока");
    names("arrest", "prisoner_release", "de", "Die Polizei will den Spieler festnehmen");
    names("arrest", "prisoner_release", "es", "La policía detuvo al jugador");
    names("arrest", "prisoner_release", "fr", "La police interpelle le joueur");
    names("arrest", "prisoner_release", "pl", "Policja zatrzymała zawodnika");
    names("arrest", "prisoner_release", "it", "La polizia arresta il giocatore");
    names("arrest", "prisoner_release", "pt", "A polícia prendeu o jogador");
    names("arrest", "prisoner_release", "nl", "De politie arresteert de speler");
    names("arrest", "prisoner_release", "zh", "警方刑拘了该球员");
    names("prisoner_release", "arrest", "en", "The journalist was freed after two years");
    names("prisoner_release", "arrest", "ar", "أفرجت عن الصحفي بعد عامين");
    names("prisoner_release", "arrest", "fa", "روزنامه‌نگار به قید وثیقه آزاد شد");
    names("prisoner_release", "arrest", "ur", "صحافی کو ضمانت پر رہا کر دیا گیا");
    names("prisoner_release", "arrest", "tr", "Gazeteci serbest bırakıldı");
    names("prisoner_release", "arrest", "ru", "Журналист вышел на свободу");
    names("prisoner_release", "arrest", "de", "Der Journalist kam frei");
    names("prisoner_release", "arrest", "es", "El periodista quedó en libertad");
    names("prisoner_release", "arrest", "fr", "Le journaliste a été relâché");
    names("prisoner_release", "arrest", "pl", "Dziennikarz wyszedł na wolność");
    names("prisoner_release", "arrest", "it", "Il giornalista è stato scarcerato");
    names("prisoner_release", "arrest", "pt", "O jornalista foi solto");
    names("prisoner_release", "arrest", "nl", "De journalist is op vrije voeten");
    names("prisoner_release", "arrest", "zh", "记者获释");
  }

  @Test
  void electedAgainstResigned() {
    names("election", "resignation", "en", "Parliament elects a new speaker");
    assertThat(ids("en", "President-elect Obama named his pick")).doesNotContain("election");
    names("election", "resignation", "ru", "Он был избран президентом");
    names("election", "resignation", "de", "Sie wurde wiedergewählt");
    names("election", "resignation", "es", "Fue elegido presidente");
    names("election", "resignation", "fr", "Il a été élu président");
    names("election", "resignation", "pl", "Został wybrany na prezydenta");
    names("election", "resignation", "it", "È stato eletto presidente");
    names("election", "resignation", "pt", "Foi eleito presidente");
    names("election", "resignation", "nl", "Hij werd verkozen tot voorzitter");
    names("election", "resignation", "tr", "Başkan seçildi");
    names("election", "resignation", "ar", "انتخب رئيسا للبرلمان");
    names("election", "resignation", "fa", "او به ریاست مجلس انتخاب شد");
    names("election", "resignation", "ur", "وہ صدر منتخب ہوئے");
    names("election", "resignation", "zh", "他当选总统");
    names("resignation", "election", "en", "The minister steps down");
    names("resignation", "election", "ar", "الوزير قدم استقالته");
    names("resignation", "election", "fa", "وزیر کناره‌گیری کرد");
    names("resignation", "election", "ur", "وزیر نے استعفا دے دیا");
    names("resignation", "election", "tr", "Bakan görevini bıraktı");
    names("resignation", "election", "ru", "Министр подал в отставку");
    names("resignation", "election", "de", "Der Minister trat zurück");
    names("resignation", "election", "es", "El ministro dimite");
    names("resignation", "election", "fr", "Le ministre démissionne");
    names("resignation", "election", "pl", "Minister zrezygnował");
    names("resignation", "election", "it", "Il ministro si dimette");
    names("resignation", "election", "pt", "O ministro renuncia ao cargo");
    names("resignation", "election", "nl", "De minister treedt af");
    names("resignation", "election", "zh", "部长请辞");
  }

  @Test
  void commonWordsNameNoAct() {
    // a fire, a shot fired and a ball caught are no dismissal
    assertThat(ids("de", "Der Täter feuerte drei Schüsse ab")).doesNotContain("dismissal");
    assertThat(ids("it", "La bolletta elettrica aumenta")).doesNotContain("election");
    assertThat(ids("en", "The quarterback was hit for three sacks")).doesNotContain("dismissal");
  }
}
