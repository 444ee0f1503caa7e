package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.text.TextAnalysis;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The economy, sport, society and science concepts of the shipped lexicon on real script in each
 * language, and everyday sentences that must name none of them.
 */
class ConceptLexiconEconomyTest {
  private static final ConceptLexicon SHIPPED = ConceptLexicon.shipped();
  private static final ConceptLexicon PART = loadPart();

  private static ConceptLexicon loadPart() {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                ConceptLexicon.class.getResourceAsStream("concepts/economy-sport-society.tsv"),
                StandardCharsets.UTF_8))) {
      return ConceptLexicon.parse(r, "economy-sport-society.tsv");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> ids(ConceptLexicon lexicon, String lang, String text) {
    return lexicon.find(TextAnalysis.analyze(text, lang).tokens(), lang).stream()
        .map(f -> f.concept().id())
        .toList();
  }

  private static List<String> ids(String lang, String text) {
    return ids(SHIPPED, lang, text);
  }

  @Test
  void theShippedLexiconLoadsEveryFile() {
    assertThat(SHIPPED.concepts().size()).isGreaterThanOrEqualTo(800);
    assertThat(PART.concepts().size()).isGreaterThanOrEqualTo(390);
    assertThat(PART.languages())
        .contains(
            "en", "ar", "fa", "ur", "tr", "ru", "de", "es", "fr", "pl", "it", "pt", "nl", "zh");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | Inflation rose to 8 percent in March
          ar | ارتفع معدل التضخم إلى 8 في المئة في مارس
          fa | نرخ تورم در اسفند به ۴۰ درصد رسید
          ur | مارچ میں مہنگائی کی شرح 8 فیصد ہو گئی
          tr | Enflasyon mart ayında yüzde 8'e yükseldi
          ru | Инфляция в марте выросла до 8 процентов
          de | Die Inflation stieg im März auf 8 Prozent
          es | La inflación subió al 8 por ciento en marzo
          fr | L'inflation a atteint 8 % en mars
          pl | Inflacja wzrosła w marcu do 8 procent
          it | L'inflazione è salita all'8 per cento a marzo
          pt | A inflação subiu para 8 por cento em março
          nl | De inflatie steeg in maart tot 8 procent
          zh | 三月份通货膨胀率上升至百分之八
          """)
  void inflationInEveryLanguage(String lang, String text) {
    assertThat(ids(lang, text)).contains("inflation");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | The central bank raised its key rate
          ar | رفع البنك المركزي سعر الفائدة
          fa | بانک مرکزی نرخ بهره را افزایش داد
          ur | اسٹیٹ بینک نے شرح سود بڑھا دی
          tr | Merkez Bankası politika faizini artırdı
          ru | Центробанк повысил ключевую ставку
          de | Die Notenbank erhöhte den Leitzins
          es | El banco central subió los tipos de interés
          fr | La banque centrale a relevé son taux directeur
          pl | Bank centralny podniósł stopy procentowe
          it | La banca centrale ha alzato i tassi di interesse
          pt | O banco central elevou a taxa de juros
          nl | De centrale bank verhoogde de rente
          zh | 央行宣布加息
          """)
  void aRateDecisionInEveryLanguage(String lang, String text) {
    assertThat(ids(lang, text)).contains("central_bank", "interest_rate");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | Al Ahly beat Zamalek in Friday's match
          ar | فاز الأهلي على الزمالك في مباراة الجمعة
          fa | پرسپولیس در مسابقه فوتبال روز جمعه استقلال را شکست داد
          ur | جمعہ کے میچ میں الاہلی نے زمالک کو ہرا دیا
          tr | Al Ahly cuma günkü maçta Zamalek'i yendi
          ru | «Аль-Ахли» обыграл «Замалек» в пятничном матче
          de | Al Ahly gewann die Partie gegen Zamalek am Freitag
          es | Al Ahly venció al Zamalek en el partido contra el campeón
          fr | Al Ahly a battu Zamalek lors du match de vendredi
          pl | Al Ahly pokonał Zamalek w piątkowym meczu
          it | L'Al Ahly ha battuto lo Zamalek nella partita di venerdì
          pt | O Al Ahly venceu o Zamalek na partida de sexta-feira
          nl | Al Ahly won vrijdag de wedstrijd tegen Zamalek
          zh | 阿赫利在周五的比赛中击败扎马雷克
          """)
  void aFootballMatchInEveryLanguage(String lang, String text) {
    assertThat(ids(lang, text)).contains("football_match");
  }

  @Test
  void sportWordsThatAreAlsoEverydayWordsNeedTheirSportContext() {
    // "league" (Arab League), "goal" (policy goal), "penalty" (legal), "transfer" (of power),
    // Persian کشتی (wrestling and ship), Turkish göl (lake) folded like gol (goal)
    assertThat(
            ids(
                PART,
                "en",
                "The Arab League said the goal is to avoid a penalty and a transfer of power"))
        .isEmpty();
    assertThat(ids(PART, "fa", "کشتی در بندر لنگر انداخت")).isEmpty();
    assertThat(ids(PART, "tr", "Van Gölü kıyısında"))
        .contains("lake")
        .doesNotContain("goal_scored");
    assertThat(ids("en", "He scored twice in the goalless first half before the penalty shootout"))
        .contains("goal_scored", "penalty_kick");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | The university cancelled all classes
          ar | أغلقت الجامعة أبوابها أمام الطلاب
          fa | دانشگاه تهران کلاس‌ها را تعطیل کرد
          ur | یونیورسٹی نے تمام کلاسیں منسوخ کر دیں
          tr | Üniversite tüm dersleri iptal etti
          ru | Университет отменил все занятия
          de | Die Universität sagte alle Vorlesungen ab
          es | La universidad suspendió todas las clases
          fr | L'université a suspendu tous les cours
          pl | Uniwersytet odwołał wszystkie zajęcia
          it | L'università ha sospeso tutte le lezioni
          pt | A universidade suspendeu todas as aulas
          nl | De universiteit schrapte alle colleges
          zh | 这所大学宣布停课
          """)
  void aUniversityInEveryLanguage(String lang, String text) {
    assertThat(ids(lang, text)).contains("university");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | Climate change is driving longer droughts
          ar | تغير المناخ يطيل فترات الجفاف
          fa | تغییرات اقلیمی باعث خشکسالی طولانی‌تر می‌شود
          ur | موسمیاتی تبدیلی سے خشک سالی بڑھ رہی ہے
          tr | İklim değişikliği kuraklıkları uzatıyor
          ru | Изменение климата усиливает засухи
          de | Der Klimawandel verlängert die Dürren
          es | El cambio climático agrava las sequías
          fr | Le changement climatique aggrave les sécheresses
          pl | Zmiany klimatu nasilają susze
          it | Il cambiamento climatico aggrava la siccità
          pt | A mudança climática agrava as secas
          nl | Klimaatverandering verergert de droogte
          zh | 气候变化加剧了干旱
          """)
  void climateChangeInEveryLanguage(String lang, String text) {
    assertThat(ids(lang, text)).contains("climate_change");
  }

  @Test
  void innerWordsOfPhrasesAreInflected() {
    assertThat(ids("ru", "Банк России снизил процентную ставку")).contains("interest_rate");
    assertThat(ids("ru", "Цены на нефть упали")).contains("oil_price");
    assertThat(ids("pl", "Rezerwa podniosła stopy procentowe")).contains("interest_rate");
    assertThat(ids("es", "Las reformas económicas del gobierno")).contains("economic_reform");
  }

  @Test
  void foldedFormsOfEverydayWordsAreNotTakenForConcepts() {
    // folding makes Polish stał (stood) = stal (steel), Turkish Macaristan begin like maç (match),
    // Spanish anunció (announced) = anuncio (advert), Turkish var (there is) = VAR
    assertThat(ids(PART, "pl", "Prezydent stał przy drodze")).isEmpty();
    assertThat(ids(PART, "tr", "Macaristan ile görüşmeler var")).isEmpty();
    assertThat(ids(PART, "es", "El presidente anunció nuevas medidas")).isEmpty();
    assertThat(
            ids(
                PART,
                "en",
                "Israeli forces raided a town in the West Bank, the Syrian Observatory said"))
        .isEmpty();
    assertThat(ids(PART, "fr", "À ce stade, l'émission a été concertée avec les invités"))
        .isEmpty();
    assertThat(
            ids(PART, "de", "Die Lage am Golf ist angespannt, Autoritäten verlagern die Debatte"))
        .isEmpty();
  }

  @Test
  void ambiguousWordsAreNotTakenForEconomicConcepts() {
    // Arabic ذهب is "gold" and "he went"; Turkish kar (kâr) is "profit" and "snow"; Russian стали
    // is
    // "steel" and "became"; French prix is "price" and "prize".
    assertThat(ids(PART, "ar", "ذهب الرئيس إلى المدينة")).isEmpty();
    assertThat(ids(PART, "tr", "Kar yağışı yolları kapattı")).isEmpty();
    assertThat(ids(PART, "ru", "Они стали говорить о городе")).isEmpty();
    assertThat(ids("ar", "ارتفعت أسعار الذهب")).contains("gold");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | The day after, he said in the morning that the people of the country are tired and want to go home. She thinks it is a good idea for everyone, and they will talk again next week.
          fa | روز بعد، او صبح گفت که مردم کشور خسته هستند و می‌خواهند به خانه بروند. او فکر می‌کند این برای همه ایده خوبی است و هفته آینده دوباره صحبت خواهند کرد.
          ar | في اليوم التالي، قال في الصباح إن شعب البلاد متعب ويريد العودة إلى المنزل. وهي تعتقد أنها فكرة جيدة للجميع، وسيتحدثون مرة أخرى الأسبوع المقبل.
          ur | اگلے دن اس نے صبح کہا کہ ملک کے لوگ تھک گئے ہیں اور گھر جانا چاہتے ہیں۔ وہ سمجھتی ہے کہ یہ سب کے لیے اچھا خیال ہے۔
          ru | На следующий день он сказал утром, что люди в стране устали и хотят вернуться домой. Она считает, что это хорошая идея для всех, и они снова поговорят на следующей неделе.
          tr | Ertesi gün sabah ülkenin insanlarının yorgun olduğunu ve eve gitmek istediklerini söyledi. Bunun herkes için iyi bir fikir olduğunu düşünüyor ve gelecek hafta yeniden konuşacaklar.
          de | Am Tag danach sagte er am Morgen, dass die Menschen des Landes müde sind und nach Hause wollen. Sie hält das für eine gute Idee für alle, und sie wollen nächste Woche wieder sprechen.
          es | Al día siguiente, dijo por la mañana que la gente del país está cansada y quiere volver a casa. Ella cree que es una buena idea para todos, y volverán a hablar la próxima semana.
          fr | Le lendemain, il a dit dans la matinée que les gens du pays sont fatigués et veulent rentrer chez eux. Elle pense que c'est une bonne idée pour tout le monde, et ils en reparleront la semaine prochaine.
          pl | Następnego dnia powiedział rano, że ludzie w kraju są zmęczeni i chcą wrócić do domu. Ona uważa, że to dobry pomysł dla wszystkich, i porozmawiają znowu w przyszłym tygodniu.
          it | Il giorno dopo, ha detto in mattinata che la gente del paese è stanca e vuole tornare a casa. Lei pensa che sia una buona idea per tutti, e ne riparleranno la prossima settimana.
          pt | No dia seguinte, ele disse pela manhã que o povo do país está cansado e quer voltar para casa. Ela acha que é uma boa ideia para todos, e eles vão conversar de novo na próxima semana.
          nl | De dag erna zei hij 's ochtends dat de mensen van het land moe zijn en naar huis willen. Zij vindt het een goed idee voor iedereen, en ze praten volgende week opnieuw.
          zh | 第二天早上他说，这个国家的人们很累，想回家。她认为这对大家来说是个好主意，他们下周会再谈。
          """)
  void everydaySentencesNameNoneOfTheseConcepts(String lang, String text) {
    assertThat(ids(PART, lang, text)).isEmpty();
  }
}
