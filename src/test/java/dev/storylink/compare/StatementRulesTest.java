package dev.storylink.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.features.CorpusStats;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules that decide which statements and facts only one article reports (issue 12), on short
 * articles written for this test (invented events).
 */
class StatementRulesTest {
  private static final CoverageComparer CMP = new CoverageComparer(CorpusStats.background());

  private static final Article AR_CALL =
      Article.of(
          "ar-call",
          "ar",
          "اتصل الرئيس الروسي فلاديمير بوتين بالرئيس الإيراني حسن روحاني يوم السبت.\n"
              + "من جهته، أكد الرئيس الروسي، وفقاً لما أورده الكرملين، أن التعاون بين موسكو وطهران"
              + " حول الاتفاق النووي مستمر.\n"
              + "وقال روحاني إن 12 زائرا قتلوا في حادث سير.");
  private static final Article FA_CALL =
      Article.of(
          "fa-call",
          "fa",
          "ولادیمیر پوتین، رئیس\u200cجمهور روسیه، روز شنبه با حسن روحانی گفت\u200cوگوی تلفنی"
              + " کرد.\n"
              + "پوتین گفت همکاری مسکو و تهران درباره برجام ادامه دارد و نباید اجازه دهیم این"
              + " توافق به بهانه\u200cای برای مداخله و سوءاستفاده آمریکایی\u200cها تبدیل شود.\n"
              + "روحانی گفت ۱۲ زائر در حادثه رانندگی کشته شدند.");

  private static List<String> texts(List<Passage> ps) {
    return ps.stream().map(Passage::text).toList();
  }

  @Test
  void aFigureThePartnerReportsIsReported() {
    // "At least 14 people were killed" against "دست کم ۱۴ نفر کشته": the partner has the figure
    Comparison c = CMP.compare(ComposedFixturesCompareTest.EN, ComposedFixturesCompareTest.FA);
    assertThat(texts(c.statementsOnlyInA())).noneMatch(t -> t.contains("14 people"));
    assertThat(texts(c.statementsOnlyInA())).noneMatch(t -> t.contains("230 were injured"));
  }

  @Test
  void aSpeechVerbWithAConnectorIsNoStatement() {
    Comparison c = CMP.compare(AR_CALL, FA_CALL);
    assertThat(texts(c.statementsOnlyInA()))
        .noneMatch(t -> t.strip().equals("من جهته، أكد الرئيس الروسي"))
        .noneMatch(t -> t.strip().startsWith("وفقاً لما أورده"));
  }

  @Test
  void persianAndBetweenNounsKeepsOneStatement() {
    Comparison c = CMP.compare(AR_CALL, FA_CALL);
    // the pretext statement is listed whole: "و" joins two nouns (مداخله و سوءاستفاده), not clauses
    assertThat(texts(c.statementsOnlyInB()))
        .anyMatch(t -> t.contains("نباید اجازه دهیم") && t.contains("آمریکایی"));
    // ... and what both report is not listed: the call, the figure, the cooperation on the deal
    assertThat(texts(c.statementsOnlyInB()))
        .noneMatch(t -> t.contains("۱۲ زائر"))
        .noneMatch(t -> t.contains("همکاری مسکو و تهران"));
  }

  @Test
  void theNuclearDealAndRussiaAreSharedFactsAcrossWording() {
    Comparison c = CMP.compare(AR_CALL, FA_CALL);
    // برجام = الاتفاق النووي (Aliases); روسیه = الروسي (Nisba)
    assertThat(c.onlyInB()).extracting(Fact::surface).doesNotContain("برجام", "روسیه");
    assertThat(c.onlyInA()).extracting(Fact::surface).doesNotContain("الاتفاق", "النووي");
  }

  @Test
  void theNumbersOfAPersianDateAreTheDatesNotFigures() {
    Article en =
        Article.of("en", "en", "A bus overturned south of Baghdad on 15 March 2025, killing 12.");
    Article fa =
        Article.of(
            "fa", "fa", "اتوبوسی روز ۲۴ اسفند ۱۴۰۳ در جنوب بغداد واژگون شد و ۱۲ نفر کشته شدند.");
    Comparison c = CMP.compare(en, fa);
    assertThat(c.onlyInB())
        .filteredOn(f -> f.kind() == Fact.Kind.NUMBER)
        .extracting(Fact::label)
        .doesNotContain("24", "1403");
  }

  private static Optional<String> nisba(String word, String lang) {
    List<Token> t = TextAnalysis.analyze(word, lang).tokens();
    return Nisba.country(t.get(t.size() - 1), lang);
  }

  @Test
  void adjectivesOfNationalityNameTheirCountry() {
    assertThat(nisba("الروسي", "ar")).contains("RU");
    assertThat(nisba("الإيرانية", "ar")).contains("IR");
    assertThat(nisba("روسی", "fa")).contains("RU");
    assertThat(nisba("وقطر", "ar")).contains("QA");
    assertThat(nisba("The Russian", "en")).contains("RU");
    assertThat(nisba("The Iraqi", "en")).contains("IQ");
    assertThat(nisba("in Turkey", "en")).contains("TR");
    assertThat(nisba("السياسي", "ar")).isEmpty();
    assertThat(nisba("بهداشتی", "fa")).isEmpty();
  }

  @Test
  void germanAdjectivesOfNationalityNameTheirCountryInLowerCase() {
    assertThat(nisba("die iranische Regierung", "de")).isEmpty(); // the last word is no adjective
    assertThat(nisba("die iranische", "de")).contains("IR");
    assertThat(nisba("der türkischen", "de")).contains("TR");
    assertThat(nisba("die syrische", "de")).contains("SY");
    assertThat(nisba("der französischen", "de")).contains("FR");
    assertThat(nisba("die deutsche", "de")).contains("DE");
    // an adjective in -isch whose stem names no country
    assertThat(nisba("die politische", "de")).isEmpty();
    assertThat(nisba("der technischen", "de")).isEmpty();
    assertThat(nisba("die europäische", "de")).isEmpty();
  }

  @Test
  void aGermanAdjectiveIsTheCountryTheOtherArticleNames() {
    Article de =
        Article.of(
            "de-idlib",
            "de",
            "Die iranische Regierung und die türkischen Truppen: Gespräche über die syrische"
                + " Provinz Idlib in Moskau.");
    Article ru =
        Article.of(
            "ru-idlib",
            "ru",
            "Правительство Ирана, войска Турции и Сирия: переговоры об Идлибе в Москве.");
    Comparison c = CMP.compare(de, ru);
    assertThat(c.onlyInB())
        .filteredOn(f -> f.kind() == Fact.Kind.PLACE)
        .extracting(Fact::label)
        .doesNotContain("Iran", "Türkiye", "Syria");
  }

  @Test
  void wellKnownAgreementsMeetUnderTheirNamesInEachLanguage() {
    for (String[] t :
        List.of(
            new String[] {"ar", "حول الاتفاق النووي"},
            new String[] {"fa", "درباره برجام"},
            new String[] {"fa", "درباره توافق هسته\u200cای"},
            new String[] {"en", "the JCPOA"},
            new String[] {"ru", "ядерной сделки"})) {
      assertThat(Aliases.find(TextAnalysis.analyze(t[1], t[0]).tokens(), t[0]))
          .as(t[1])
          .extracting(Aliases.Found::key)
          .containsExactly("jcpoa");
    }
    assertThat(Aliases.find(TextAnalysis.analyze("un accord", "fr").tokens(), "fr")).isEmpty();
  }

  @Test
  void seatsOfGovernmentMeetUnderTheirNamesInEachLanguage() {
    for (String[] t :
        List.of(
            new String[] {"en", "the Kremlin said", "kremlin"},
            new String[] {"de", "teilte der Kreml mit", "kremlin"},
            new String[] {"ru", "сообщили в Кремле", "kremlin"},
            new String[] {"ar", "أعلن الكرملين", "kremlin"},
            new String[] {"fa", "کرملین اعلام کرد", "kremlin"},
            new String[] {"en", "the White House said", "whitehouse"},
            new String[] {"ar", "قال البيت الأبيض", "whitehouse"},
            new String[] {"fa", "کاخ سفید اعلام کرد", "whitehouse"},
            new String[] {"ru", "в Белом доме", "whitehouse"},
            new String[] {"ar", "أعلن البنتاغون", "pentagon"})) {
      assertThat(Aliases.find(TextAnalysis.analyze(t[1], t[0]).tokens(), t[0]))
          .as(t[1])
          .extracting(Aliases.Found::key)
          .containsExactly(t[2]);
    }
  }
}
