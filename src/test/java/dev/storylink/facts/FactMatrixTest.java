package dev.storylink.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.store.StoredArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fact matrix of the composed fixture stories: exactly the planted conflicts are flagged, and
 * the facts listed as reported by one outlet only are those a reader of the texts lists (precision
 * against {@code fixtures/facts/expected-only-in.tsv}).
 */
class FactMatrixTest {
  private static List<String[]> tsv(String name) throws IOException {
    try (InputStream in = FactMatrixTest.class.getResourceAsStream("/fixtures/facts/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .toList();
    }
  }

  @Test
  void flagsExactlyThePlantedConflicts() throws IOException {
    Set<String> expected = new HashSet<>();
    tsv("expected-conflicts.tsv").forEach(f -> expected.add(f[0] + " " + f[1]));
    Set<String> found = new HashSet<>();
    for (String story : FactFixtures.STORIES) {
      FactFixtures.matrix(story).conflicts().forEach(r -> found.add(story + " " + r.key()));
    }
    assertThat(found).isEqualTo(expected);
  }

  @Test
  void aNameRowIsLabelledByTheSpellingMostArticlesWrite() {
    String en =
        "Iranian President Hassan Rouhani spoke with Russian President Vladimir Putin on Saturday"
            + " about Idlib. Rouhani said the talks in Astana must go on.";
    List<StoredArticle> story =
        List.of(
            stored(
                "de",
                "Der iranische Präsident Hassan Ruhani sprach am Samstag mit Wladimir Putin über"
                    + " Idlib. Ruhani sagte, die Gespräche in Astana müssten weitergehen.",
                1),
            stored("en", en, 2),
            stored("en", en.replace("spoke with", "called"), 3));
    FactMatrix m = FactFixtures.FACTS.matrix(story);
    // the German column comes first, but two articles write Rouhani
    assertThat(row(m, "name:rhn").label()).isEqualTo("Hassan Rouhani");
  }

  @Test
  void aGermanAdjectiveOfTheCountryIsAMention() {
    List<StoredArticle> story =
        List.of(
            stored(
                "de",
                "Die türkischen Truppen blieben am Samstag in der syrischen Provinz Idlib.",
                1),
            stored(
                "en",
                "Turkish troops stayed in Syria's Idlib province on Saturday, Syria said.",
                2));
    FactMatrix m = FactFixtures.FACTS.matrix(story);
    assertThat(row(m, "place:SY").cells().get(0).state())
        .isNotEqualTo(FactMatrix.State.NOT_REPORTED);
  }

  private static StoredArticle stored(String lang, String text, long seq) {
    Article a =
        new Article(
            "label-" + seq,
            lang,
            "",
            text,
            Optional.of(LocalDate.of(2020, 2, 29)),
            "outlet" + seq + ".example",
            "");
    return new StoredArticle(a, seq, "e-label", Optional.empty());
  }

  @Test
  void theConflictingCellsAreTheArticlesWithTheOtherValue() {
    FactMatrix m = FactFixtures.matrix("quake");
    FactMatrix.Row killed = row(m, "quantity:killed");
    assertThat(killed.values()).containsExactly("43", "34");
    int fa = column(m, "quake-fa-khabar");
    assertThat(killed.cells().get(fa).values()).containsExactly("34");
    assertThat(killed.cells().get(fa).surfaces()).containsExactly("۳۴ نفر کشته");
    assertThat(killed.cells().get(fa).state()).isEqualTo(FactMatrix.State.CONFLICTING);
    FactMatrix.Row date = row(m, "date:event");
    int daily = column(m, "quake-en-daily");
    assertThat(date.cells().get(daily).values()).containsExactly("2025-03-03");
    // the Solar Hijri date of the Persian article is the same day as the others' 4 March
    assertThat(date.cells().get(fa).values()).containsExactly("2025-03-04");
    assertThat(date.cells().get(fa).surfaces()).containsExactly("۱۴ اسفند ۱۴۰۳");
    // a fact all report the same way is reported, not conflicting
    FactMatrix.Row injured = row(m, "quantity:injured");
    assertThat(injured.cells()).allMatch(c -> c.state() == FactMatrix.State.REPORTED);
    assertThat(injured.conflicting()).isFalse();
  }

  @Test
  void onlyOneOutletFactsArePrecise() throws IOException {
    Set<String> expected = new HashSet<>();
    tsv("expected-only-in.tsv").forEach(f -> expected.add(f[0] + " " + f[1] + " " + f[2]));
    Set<String> found = new HashSet<>();
    for (String story : FactFixtures.STORIES) {
      for (FactMatrix.Row r : FactFixtures.matrix(story).onlyOneOutlet()) {
        found.add(story + " " + r.onlyOutlet().orElseThrow() + " " + r.key());
      }
    }
    Set<String> right = new HashSet<>(found);
    right.retainAll(expected);
    double precision = found.isEmpty() ? 1.0 : (double) right.size() / found.size();
    double recall = (double) right.size() / expected.size();
    System.out.printf(
        java.util.Locale.ROOT,
        "only-one-outlet facts on the fixtures: precision %.2f (%d/%d), recall %.2f%n",
        precision,
        right.size(),
        found.size(),
        recall);
    assertThat(precision).as("precision; found %s", found).isGreaterThanOrEqualTo(0.9);
    assertThat(recall).as("recall; found %s", found).isGreaterThanOrEqualTo(0.75);
  }

  @Test
  void firstReportedByIsTheEarliestArticleThenIngestOrder() {
    FactMatrix m = FactFixtures.matrix("quake");
    // all report Iran on 5 March except the daily (6 March): the first ingested of the 5 March ones
    assertThat(row(m, "place:IR").firstReportedBy()).isEqualTo("quake-en-wire");
    // only the daily (a day later) says Pakistan
    assertThat(row(m, "place:PK").firstReportedBy()).isEqualTo("quake-en-daily");
    // the Arabic article (ingested second) is the first with the money
    assertThat(row(m, "quantity:money:5000000:USD").firstReportedBy()).isEqualTo("quake-ar-akhbar");
  }

  @Test
  void columnsAreGroupedByLanguageThenSource() {
    FactMatrix m = FactFixtures.matrix("quake");
    assertThat(m.columns())
        .extracting(FactMatrix.Column::articleId)
        .containsExactly("quake-ar-akhbar", "quake-en-daily", "quake-en-wire", "quake-fa-khabar");
  }

  @Test
  void quotesOfAlignedSentencesAreOneFactWithTheirSpeaker() {
    FactMatrix m = FactFixtures.matrix("quake");
    List<FactMatrix.Row> quotes =
        m.rows().stream().filter(r -> r.kind() == Fact.Kind.QUOTE).toList();
    assertThat(quotes).hasSize(1);
    FactMatrix.Row q = quotes.get(0);
    assertThat(q.speaker()).contains("Pezeshkian");
    assertThat(q.cells().get(column(m, "quake-fa-khabar")).surfaces())
        .containsExactly("«هیچ کس را زیر آوار رها نمی‌کنیم.»");
    assertThat(q.cells().get(column(m, "quake-en-wire")).state())
        .isEqualTo(FactMatrix.State.REPORTED);
  }

  @Test
  void namesMeetAcrossScripts() {
    FactMatrix m = FactFixtures.matrix("trade");
    FactMatrix.Row erdogan =
        m.rows().stream().filter(r -> r.label().contains("Erdogan")).findFirst().orElseThrow();
    assertThat(erdogan.cells()).noneMatch(c -> c.state() == FactMatrix.State.NOT_REPORTED);
    // "Turkey" (left out of the gazetteer as a common word) is the place ترکیه of the Persian
    FactMatrix.Row turkey = row(m, "place:TR");
    assertThat(turkey.cells().get(column(m, "trade-en-wire")).surfaces()).contains("Turkey");
    assertThat(turkey.cells().get(column(m, "trade-fa-khabar")).surfaces()).contains("ترکیه");
  }

  @Test
  void sentencesThatAlignWithNothingAreListed() {
    FactMatrix m = FactFixtures.matrix("quake");
    assertThat(m.comparedPairs()).isEqualTo(6);
    assertThat(m.unaligned())
        .extracting(FactMatrix.UnalignedSentence::text)
        .containsExactly("وخصصت الحكومة 5 ملايين دولار لمساعدة المتضررين.");
  }

  @Test
  void textRenderingMarksConflictsAndOnlyInFacts() {
    String text = FactMatrixText.render(FactFixtures.matrix("quake"));
    assertThat(text).contains("CONFLICT: 43 [1,2,3] vs 34 [4]");
    assertThat(text).contains("CONFLICT: 2025-03-04 [1,3,4] vs 2025-03-03 [2]");
    assertThat(text).contains("only daily.example");
  }

  @Test
  void aLargeStoryAlignsABoundedNumberOfPairs() {
    assertThat(StoryAlignment.pairs(10)).hasSize(45);
    assertThat(StoryAlignment.pairs(50).size()).isLessThanOrEqualTo(StoryAlignment.MAX_PAIRS);
    assertThat(StoryAlignment.pairs(50).size()).isGreaterThan(200);
  }

  static FactMatrix.Row row(FactMatrix m, String key) {
    return m.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
  }

  static int column(FactMatrix m, String id) {
    for (int c = 0; c < m.columns().size(); c++) {
      if (m.columns().get(c).articleId().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no column " + id);
  }
}
