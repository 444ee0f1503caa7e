package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.features.ConceptLexicon.Found;
import dev.storylink.text.TextAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The conflict, crime, health and transport concepts of the shipped lexicon on real script in each
 * language, and everyday sentences that must name no concept at all.
 */
class ConceptLexiconConflictTest {
  private static final ConceptLexicon LEXICON = ConceptLexicon.shipped();

  private static List<Found> found(String lang, String text) {
    return LEXICON.find(TextAnalysis.analyze(text, lang).tokens(), lang);
  }

  private static List<String> ids(String lang, String text) {
    return found(lang, text).stream().map(f -> f.concept().id()).toList();
  }

  @Test
  void theShippedLexiconLoadsWithAllItsFiles() {
    assertThat(LEXICON.concepts()).hasSizeGreaterThanOrEqualTo(440);
    assertThat(LEXICON.concepts())
        .containsKeys("earthquake", "airstrike", "arrest", "vaccine", "plane_crash");
    assertThat(LEXICON.concepts().get("airstrike").domain()).isEqualTo("conflict");
    assertThat(LEXICON.concepts().get("airstrike").eventType()).isTrue();
  }

  @Test
  void theAirstrikeInEveryLanguage() {
    assertThat(ids("en", "Israeli airstrikes hit Gaza overnight")).contains("airstrike");
    assertThat(ids("ar", "غارات جوية إسرائيلية على قطاع غزة")).contains("airstrike");
    assertThat(ids("fa", "حملات هوایی اسرائیل به غزه")).contains("airstrike");
    assertThat(ids("fa", "بمباران غزه توسط جنگنده‌های اسرائیلی"))
        .contains("airstrike", "fighter_jet");
    assertThat(ids("ur", "غزہ پر اسرائیلی فضائی حملے")).contains("airstrike");
    assertThat(ids("tr", "İsrail'in Gazze'ye hava saldırısı")).contains("airstrike");
    assertThat(ids("ru", "Израиль нанес авиаудары по сектору Газа")).contains("airstrike");
    assertThat(ids("de", "Israelische Luftangriffe auf den Gazastreifen")).contains("airstrike");
    assertThat(ids("es", "Bombardeos israelíes sobre la Franja de Gaza")).contains("airstrike");
    assertThat(ids("fr", "Des frappes aériennes israéliennes sur la bande de Gaza"))
        .contains("airstrike");
    assertThat(ids("pl", "Izraelskie naloty na Strefę Gazy")).contains("airstrike");
    assertThat(ids("it", "Raid aerei israeliani sulla Striscia di Gaza")).contains("airstrike");
    assertThat(ids("pt", "Ataques aéreos israelenses na Faixa de Gaza")).contains("airstrike");
    assertThat(ids("nl", "Israëlische luchtaanvallen op de Gazastrook")).contains("airstrike");
    assertThat(ids("zh", "以色列空袭加沙地带")).contains("airstrike");
  }

  @Test
  void casualtiesOfAnAttackInSeveralLanguages() {
    assertThat(ids("en", "A suicide bomber killed 12 people and wounded 30 at a checkpoint"))
        .contains("suicide_bombing", "killed", "wounded", "checkpoint");
    assertThat(ids("ar", "قتل 12 شخصا وأصيب 30 آخرون في هجوم انتحاري عند حاجز"))
        .contains("suicide_bombing", "wounded", "checkpoint");
    assertThat(ids("fa", "۱۲ نفر کشته و ۳۰ نفر زخمی شدند")).contains("killed", "wounded");
    assertThat(ids("ru", "В результате теракта погибли 12 человек, ранены 30"))
        .contains("killed", "wounded");
    assertThat(ids("fr", "l'attaque a fait 12 morts et 30 blessés selon l'armée"))
        .contains("attack", "killed", "wounded", "army");
    assertThat(ids("it", "l'attentato dell'esercito")).contains("attack", "army");
  }

  @Test
  void theArrestInEveryLanguage() {
    assertThat(ids("en", "Police arrested the suspect on Monday"))
        .contains("arrest", "police", "suspect");
    assertThat(ids("ar", "ألقت الشرطة القبض على المشتبه به"))
        .contains("arrest", "police", "suspect");
    assertThat(ids("fa", "پلیس متهم را دستگیر کرد")).contains("arrest", "police", "suspect");
    assertThat(ids("fa", "بازداشت دو نفر در تهران")).contains("arrest");
    assertThat(ids("ur", "پولیس نے ملزم کو گرفتار کر لیا")).contains("arrest", "police", "suspect");
    assertThat(ids("tr", "Polis şüpheliyi gözaltına aldı")).contains("arrest", "police", "suspect");
    assertThat(ids("ru", "Полиция задержала подозреваемого"))
        .contains("arrest", "police", "suspect");
    assertThat(ids("de", "Die Polizei hat den Tatverdächtigen festgenommen"))
        .contains("arrest", "police", "suspect");
    assertThat(ids("es", "La policía detuvo al sospechoso; fue detenido en Madrid"))
        .contains("arrest", "police", "suspect");
    assertThat(ids("fr", "La police a arrêté le suspect")).contains("arrest", "police", "suspect");
    assertThat(ids("pl", "Policja zatrzymała podejrzanego, został zatrzymany w Warszawie"))
        .contains("arrest", "police", "suspect");
    assertThat(ids("it", "La polizia ha arrestato il sospettato"))
        .contains("arrest", "police", "suspect");
    assertThat(ids("pt", "A polícia prendeu o suspeito, que está detido"))
        .contains("arrest", "police", "suspect");
    assertThat(ids("nl", "De politie heeft de verdachte gearresteerd"))
        .contains("arrest", "police", "suspect");
    assertThat(ids("zh", "警方逮捕了犯罪嫌疑人")).contains("arrest", "police", "suspect");
  }

  @Test
  void aSentenceIsNotACondemnation() {
    // "condemned the attack" is diplomacy, "sentenced to" is a court's
    assertThat(ids("fr", "Le président a condamné l'attentat")).doesNotContain("sentence");
    assertThat(ids("fr", "Il a été condamné à dix ans de prison")).contains("sentence");
    assertThat(ids("es", "El gobierno ha condenado el atentado")).doesNotContain("sentence");
    assertThat(ids("ar", "أدانت وزارة الخارجية الهجوم")).doesNotContain("convicted");
    assertThat(ids("de", "Die Regierung verurteilte den Angriff"))
        .doesNotContain("sentence", "convicted");
  }

  @Test
  void theVaccineInEveryLanguage() {
    assertThat(ids("en", "The health ministry began the vaccination campaign in hospitals"))
        .contains("vaccine", "health_ministry", "hospital");
    assertThat(ids("ar", "بدأت وزارة الصحة حملة التطعيم في المستشفيات"))
        .contains("vaccine", "health_ministry", "hospital");
    assertThat(ids("fa", "وزارت بهداشت واکسیناسیون را در بیمارستان‌ها آغاز کرد"))
        .contains("vaccine", "health_ministry", "hospital");
    assertThat(ids("ur", "وزارت صحت نے ہسپتالوں میں ویکسین لگانے کا آغاز کیا"))
        .contains("vaccine", "health_ministry", "hospital");
    assertThat(ids("tr", "Sağlık Bakanlığı hastanelerde aşı uygulamasına başladı"))
        .contains("vaccine", "health_ministry", "hospital");
    assertThat(ids("ru", "Минздрав начал вакцинацию в больницах"))
        .contains("vaccine", "health_ministry", "hospital");
    assertThat(
            ids("de", "Das Gesundheitsministerium begann mit den Impfungen in den Krankenhäusern"))
        .contains("vaccine", "health_ministry", "hospital");
    assertThat(ids("es", "El Ministerio de Sanidad inició la vacunación en los hospitales"))
        .contains("vaccine", "health_ministry", "hospital");
    assertThat(ids("fr", "Le ministère de la Santé a lancé la vaccination dans les hôpitaux"))
        .contains("vaccine", "health_ministry", "hospital");
    assertThat(ids("pl", "Ministerstwo Zdrowia rozpoczęło szczepienia w szpitalach"))
        .contains("vaccine", "health_ministry", "hospital");
    assertThat(ids("it", "Il ministero della Salute ha avviato le vaccinazioni negli ospedali"))
        .contains("vaccine", "health_ministry", "hospital");
    assertThat(ids("pt", "O Ministério da Saúde iniciou a vacinação nos hospitais"))
        .contains("vaccine", "health_ministry", "hospital");
    assertThat(
            ids("nl", "Het ministerie van Volksgezondheid begon met vaccineren in de ziekenhuizen"))
        .contains("vaccine", "health_ministry", "hospital");
    assertThat(ids("zh", "卫生部在医院开始接种疫苗")).contains("vaccine", "health_ministry", "hospital");
  }

  @Test
  void diseasesByName() {
    assertThat(ids("en", "A cholera outbreak and measles cases")).contains("cholera", "measles");
    assertThat(ids("ar", "تفشي الكوليرا في اليمن")).contains("cholera");
    assertThat(ids("ru", "вспышка холеры и кори")).contains("cholera", "measles");
    assertThat(ids("fr", "une épidémie d'Ebola en RDC")).contains("ebola");
  }

  @Test
  void thePlaneCrashInEveryLanguage() {
    assertThat(ids("en", "A plane crash near the airport killed all passengers"))
        .contains("plane_crash", "airport", "passengers");
    assertThat(ids("ar", "تحطم طائرة قرب المطار ومقتل جميع الركاب"))
        .contains("plane_crash", "airport", "passengers");
    assertThat(ids("fa", "سقوط هواپیما در نزدیکی فرودگاه؛ همه مسافران کشته شدند"))
        .contains("plane_crash", "airport", "passengers");
    assertThat(ids("ur", "ایئرپورٹ کے قریب طیارہ حادثہ، تمام مسافر ہلاک"))
        .contains("plane_crash", "airport", "passengers");
    assertThat(ids("tr", "Havalimanı yakınında uçak kazası: tüm yolcular öldü"))
        .contains("plane_crash", "airport", "passengers");
    assertThat(ids("ru", "Авиакатастрофа вблизи аэропорта: погибли все пассажиры"))
        .contains("plane_crash", "airport", "passengers");
    assertThat(ids("de", "Flugzeugabsturz nahe dem Flughafen, alle Passagiere tot"))
        .contains("plane_crash", "airport", "passengers");
    assertThat(ids("es", "Accidente aéreo cerca del aeropuerto: murieron todos los pasajeros"))
        .contains("plane_crash", "airport", "passengers");
    assertThat(ids("fr", "Accident d'avion près de l'aéroport, tous les passagers sont morts"))
        .contains("plane_crash", "airport", "passengers");
    assertThat(ids("pl", "Katastrofa lotnicza w pobliżu lotniska, zginęli wszyscy pasażerowie"))
        .contains("plane_crash", "airport", "passengers");
    assertThat(ids("it", "Disastro aereo vicino all'aeroporto, morti tutti i passeggeri"))
        .contains("plane_crash", "airport", "passengers");
    assertThat(ids("pt", "Acidente aéreo perto do aeroporto mata todos os passageiros"))
        .contains("plane_crash", "airport", "passengers");
    assertThat(ids("nl", "Vliegtuigcrash bij de luchthaven, alle passagiers omgekomen"))
        .contains("plane_crash", "airport", "passengers");
    assertThat(ids("zh", "机场附近发生空难，机上乘客全部遇难")).contains("plane_crash", "airport", "passengers");
  }

  @Test
  void shipsAndTrains() {
    assertThat(ids("en", "A ferry capsized off the coast; a train derailed in the north"))
        .contains("ferry", "capsized", "derailment");
    assertThat(ids("it", "Un barcone di migranti è naufragato"))
        .contains("migrant_boat", "capsized");
    assertThat(ids("tr", "Tren raydan çıktı")).contains("train", "derailment");
    assertThat(ids("ru", "Поезд сошел с рельсов")).contains("train", "derailment");
  }

  @Test
  void foldedWordsThatMeanSomethingElseAreNotConcepts() {
    // folding makes "öldü" (died) "oldu" (became), "katıldı" (took part) "katildi", "über" "uber",
    // "fähre" "fahre"; French "charge" is no tank and "s'occupe" no occupation
    assertThat(ids("tr", "Toplantıya katıldı ve karar kabul edildi, her şey yolunda oldu."))
        .doesNotContain("murder", "killed");
    assertThat(ids("tr", "Açıklamada belirtildi; sınırlı sayıda kişi katılabildi."))
        .doesNotContain("disease", "border", "murder");
    assertThat(ids("de", "Er fährt über die Brücke und dann fahren wir nach Hause."))
        .doesNotContain("taxi", "ferry");
    assertThat(ids("fr", "Il prend en charge le dossier et s'occupe de la Charente."))
        .doesNotContain("tank", "occupation");
    assertThat(ids("es", "Sin detenerse, lo revisó detenidamente a tres metros."))
        .doesNotContain("arrest", "metro");
    assertThat(ids("ru", "Компания диверсифицирует производство.")).doesNotContain("sabotage");
    assertThat(ids("ur", "بلیک منی کا مسئلہ، ہنگامی اجلاس اور بری خبر"))
        .doesNotContain("whistleblower", "riot", "acquitted");
  }

  private static final String[][] EVERYDAY = {
    {
      "en",
      "The day after, he said in the morning that the people of the country are happy, and that they will go home to their families and friends at the end of the week."
    },
    {
      "fa",
      "روز بعد، او صبح گفت که مردم کشور خوشحال هستند و در پایان هفته به خانه و نزد خانواده و دوستان خود می‌روند."
    },
    {
      "ar",
      "في اليوم التالي قال في الصباح إن الناس في البلاد سعداء وإنهم سيعودون إلى بيوتهم وعائلاتهم وأصدقائهم في نهاية الأسبوع."
    },
    {
      "ur",
      "اگلے دن اس نے صبح کہا کہ ملک کے لوگ خوش ہیں اور ہفتے کے آخر میں اپنے گھروں، خاندانوں اور دوستوں کے پاس جائیں گے۔"
    },
    {
      "ru",
      "На следующий день он сказал утром, что люди в стране счастливы и что в конце недели они вернутся домой к своим семьям и друзьям."
    },
    {
      "tr",
      "Ertesi gün sabah yaptığı açıklamada ülkedeki insanların mutlu olduğunu ve hafta sonunda evlerine, ailelerine ve arkadaşlarına döneceklerini söyledi."
    },
    {
      "de",
      "Am Tag danach sagte er am Morgen, dass die Menschen im Land glücklich seien und am Ende der Woche zu ihren Familien und Freunden nach Hause gehen würden."
    },
    {
      "es",
      "Al día siguiente, dijo por la mañana que la gente del país está contenta y que volverá a casa con sus familias y amigos al final de la semana."
    },
    {
      "fr",
      "Le lendemain, il a dit dans la matinée que les gens du pays sont heureux et qu'ils rentreront chez eux auprès de leurs familles et de leurs amis à la fin de la semaine."
    },
    {
      "pl",
      "Następnego dnia powiedział rano, że ludzie w kraju są szczęśliwi i pod koniec tygodnia wrócą do domów, do swoich rodzin i przyjaciół."
    },
    {
      "it",
      "Il giorno dopo ha detto in mattinata che la gente del paese è felice e che alla fine della settimana tornerà a casa dalle famiglie e dagli amici."
    },
    {
      "pt",
      "No dia seguinte, ele disse de manhã que as pessoas do país estão felizes e que no fim da semana voltarão para casa, para as suas famílias e amigos."
    },
    {
      "nl",
      "De dag erna zei hij 's ochtends dat de mensen in het land blij zijn en dat ze aan het eind van de week naar huis gaan, naar hun families en vrienden."
    },
    {"zh", "第二天早上他说，这个国家的人们很高兴，周末他们会回家和家人朋友团聚。"},
  };

  @Test
  void everydaySentencesNameNoConcept() {
    for (String[] s : EVERYDAY) {
      List<String> hits =
          found(s[0], s[1]).stream().map(f -> f.concept().id() + " <- " + f.surfaces()).toList();
      assertThat(hits).as("concepts found in the everyday %s sentence", s[0]).isEmpty();
    }
  }
}
