package dev.storylink.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.features.CorpusStats;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per kind of fact, in the script the press writes it in (composed fixture articles). */
class FactExtractorTest {
  private static final FactExtractor EXTRACTOR = new FactExtractor(CorpusStats.background());

  private static List<Fact> facts(String story, String id, Fact.Kind kind) {
    Article a = FactFixtures.article(story, id);
    return EXTRACTOR.extract(a, 1).of(kind);
  }

  @Test
  void namesInPersianArabicAndEnglishShareTheirKey() {
    Fact fa =
        facts("quake", "quake-fa-khabar", Fact.Kind.NAME).stream()
            .filter(f -> f.surface().equals("پزشکیان"))
            .findFirst()
            .orElseThrow();
    Fact en =
        facts("quake", "quake-en-wire", Fact.Kind.NAME).stream()
            .filter(f -> f.surface().equals("Masoud Pezeshkian"))
            .findFirst()
            .orElseThrow();
    assertThat(fa.key()).isEqualTo(en.key());
    assertThat(fa.label()).isEqualTo("Pzshkian");
    // a word of the news-concept lexicon is no name (زلزال: earthquake)
    assertThat(facts("quake", "quake-ar-akhbar", Fact.Kind.NAME))
        .extracting(Fact::surface)
        .doesNotContain("زلزال");
  }

  @Test
  void aGermanNounBeforeAGenitivePlaceIsNoName() {
    Article a =
        new Article(
            "de-gipfel",
            "de",
            "Putin und Ruhani telefonieren über Idlib",
            "Der russische Präsident Wladimir Putin und der iranische Präsident Hassan Ruhani haben"
                + " am Samstag über Idlib telefoniert. Putin begrüßte die Bereitschaft Teherans,"
                + " den nächsten Gipfel auszurichten.",
            java.util.Optional.of(java.time.LocalDate.of(2020, 2, 29)),
            "",
            "");
    List<Fact> names = EXTRACTOR.extract(a, 1).of(Fact.Kind.NAME);
    assertThat(names).extracting(Fact::surface).doesNotContain("Bereitschaft");
    // a name the headline writes alone ("Putin und Ruhani") is a name where the text writes it in
    // a run of capitalised words
    assertThat(names).extracting(Fact::surface).contains("Wladimir Putin", "Hassan Ruhani");
    assertThat(names).extracting(Fact::surface).doesNotContain("Wladimir", "Hassan");
  }

  @Test
  void aRussianPlaceInAHardConsonantIsAPlaceInItsCaseForms() {
    // session 30 user run: compare listed Ирану as a name; Snowball stems Иран to ира, Ирану to
    // иран
    Article a =
        new Article(
            "ru-gipfel",
            "ru",
            "Путин и Роухани обсудили Идлиб",
            "Президент России Владимир Путин позвонил Ирану. Роухани назвал положение в Идлибе"
                + " тревожным. В Иране и в Пакистане ждут встречи в Тегеране.",
            java.util.Optional.of(java.time.LocalDate.of(2020, 2, 29)),
            "",
            "");
    assertThat(EXTRACTOR.extract(a, 1).of(Fact.Kind.PLACE))
        .extracting(Fact::key)
        .contains("place:IR", "place:PK", "place:Asia/Tehran");
    assertThat(EXTRACTOR.extract(a, 1).of(Fact.Kind.NAME))
        .extracting(Fact::surface)
        .doesNotContain("Ирану", "Иране", "Пакистане", "Тегеране");
  }

  @Test
  void placesInArabicAndPersianAreCldrRegions() {
    assertThat(facts("quake", "quake-ar-akhbar", Fact.Kind.PLACE))
        .extracting(Fact::key, Fact::surface)
        .contains(
            org.assertj.core.groups.Tuple.tuple("place:IR", "إيران"),
            org.assertj.core.groups.Tuple.tuple("place:TR", "تركيا"));
    assertThat(facts("quake", "quake-fa-khabar", Fact.Kind.PLACE))
        .extracting(Fact::key)
        .contains("place:TR", "place:QA", "place:IR", "place:Asia/Tehran");
  }

  @Test
  void theDayOfADateIsNoMagnitude() {
    // "on the Richter scale at dawn on Tuesday 3 March 2026": the 3 is the date's, not a magnitude
    Article a =
        new Article(
            "qa-ar-quake",
            "ar",
            "زلزال يضرب كرمان",
            "ضرب زلزال بقوة ٦٫١ درجات على مقياس ريختر فجر الثلاثاء ٣ آذار ٢٠٢٦ مدينة كرمان.",
            java.util.Optional.of(java.time.LocalDate.of(2026, 3, 3)),
            "",
            "");
    assertThat(EXTRACTOR.extract(a, 1).of(Fact.Kind.QUANTITY))
        .extracting(Fact::key, Fact::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("quantity:magnitude", "6.1"));
  }

  @Test
  void solarHijriDatesResolveToGregorianDays() {
    List<Fact> dates = facts("trade", "trade-fa-khabar", Fact.Kind.DATE);
    assertThat(dates)
        .extracting(Fact::key, Fact::surface)
        .contains(org.assertj.core.groups.Tuple.tuple("date:2025-04-09", "۲۰ فروردین ۱۴۰۴"));
    Fact event = dates.stream().filter(f -> f.role().equals("event")).findFirst().orElseThrow();
    assertThat(event.value()).isEqualTo("2025-04-09");
    // a weekday is resolved against the publication date (Thursday before 6 March 2025)
    assertThat(facts("quake", "quake-en-daily", Fact.Kind.DATE))
        .extracting(Fact::key)
        .contains("date:2025-03-06", "date:2025-03-03");
  }

  @Test
  void quantitiesKeepTheirRoleAndUnit() {
    assertThat(facts("quake", "quake-fa-khabar", Fact.Kind.QUANTITY))
        .extracting(Fact::key, Fact::value, Fact::surface)
        .contains(
            org.assertj.core.groups.Tuple.tuple("quantity:killed", "34", "۳۴ نفر کشته"),
            org.assertj.core.groups.Tuple.tuple("quantity:injured", "310", "۳۱۰ نفر زخمی"),
            org.assertj.core.groups.Tuple.tuple("quantity:magnitude", "6.2", "۶.۲ ریشتر"));
    Fact money =
        facts("quake", "quake-ar-akhbar", Fact.Kind.QUANTITY).stream()
            .filter(f -> f.role().equals("money"))
            .findFirst()
            .orElseThrow();
    assertThat(money.key()).isEqualTo("quantity:money:5000000:USD");
    assertThat(money.unit()).isEqualTo("USD");
    assertThat(money.surface()).isEqualTo("5 ملايين دولار");
    assertThat(money.conflictable()).isFalse();
  }

  @Test
  void quotesHaveTheirSpeaker() {
    Fact fa = facts("quake", "quake-fa-khabar", Fact.Kind.QUOTE).get(0);
    assertThat(fa.label()).isEqualTo("هیچ کس را زیر آوار رها نمی‌کنیم.");
    assertThat(fa.speaker()).contains("پزشکیان");
    Fact en = facts("crash", "crash-en-wire", Fact.Kind.QUOTE).get(0);
    assertThat(en.label()).isEqualTo("The road was wet and the driver lost control,");
    assertThat(en.speaker()).contains("Ali Hassan");
  }

  @Test
  void theEventTypeComesFromTheConceptLexicon() {
    assertThat(facts("quake", "quake-ar-akhbar", Fact.Kind.EVENT_TYPE))
        .extracting(Fact::key)
        .containsExactly("event_type:earthquake");
    assertThat(facts("quake", "quake-fa-khabar", Fact.Kind.EVENT_TYPE))
        .extracting(Fact::key)
        .containsExactly("event_type:earthquake");
  }

  @Test
  void figuresWithoutARoleInPersianDigits() {
    assertThat(facts("trade", "trade-fa-khabar", Fact.Kind.NUMBER))
        .extracting(Fact::key, Fact::surface)
        .contains(org.assertj.core.groups.Tuple.tuple("number:12", "۱۲"));
    // the digits of a date or of a role quantity are no separate figure
    assertThat(facts("trade", "trade-fa-khabar", Fact.Kind.NUMBER))
        .extracting(Fact::key)
        .doesNotContain("number:20", "number:30", "number:15");
  }

  @Test
  void conflictDetectorKeepsARisingTollAndYearlessDates() {
    assertThat(
            ConflictDetector.conflicts(
                List.of(java.util.Set.of("34", "43"), java.util.Set.of("43"), java.util.Set.of())))
        .containsExactly(false, false, false);
    assertThat(ConflictDetector.conflicts(List.of(java.util.Set.of("43"), java.util.Set.of("34"))))
        .containsExactly(true, true);
    assertThat(
            ConflictDetector.conflicts(
                List.of(java.util.Set.of("03-04"), java.util.Set.of("2025-03-04"))))
        .containsExactly(false, false);
  }

  /**
   * Session 29: the date of a publication line in the lead is no event date ({@link Datelines}).
   */
  @Test
  void aPublicationLineIsNoEventDate() {
    for (String[] lead :
        new String[][] {
          {
            "es",
            "Publicado el viernes 1 de enero de 2027. La orquesta tocó el jueves en la plaza mayor."
          },
          {"en", "Updated 01/01/2027. The band played in the old harbour on Thursday night."},
          {"fa", "تاریخ انتشار: ۱ ژانویه ۲۰۲۷. خواننده پنجشنبه شب در پارک اجرا کرد."}
        }) {
      Article a =
          new Article(
              "dateline-" + lead[0],
              lead[0],
              "x",
              lead[1],
              java.util.Optional.of(java.time.LocalDate.of(2027, 1, 1)),
              "dateline.example",
              "");
      List<Fact> dates = EXTRACTOR.extract(a, 1).of(Fact.Kind.DATE);
      assertThat(dates)
          .as(lead[1])
          .filteredOn(f -> f.key().equals("date:event"))
          .extracting(Fact::value)
          .containsExactly("2026-12-31");
      // the publication line's date stays a date of the article
      assertThat(dates).as(lead[1]).extracting(Fact::key).contains("date:2027-01-01");
    }
  }
}
