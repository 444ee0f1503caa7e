package dev.storylink.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.store.StoredArticle;
import dev.storylink.text.Scripts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Session 29, a user's story of New Year's Eve in Los Angeles: rows of its facts held words that
 * only look like one another. One test per rule ({@link CasedNames}, the {@code fa-facts} words of
 * {@code common-words.txt}, {@link ConflictDetector#distinct}). Articles written for this test,
 * with ids of their own: {@link FactFixtures#FACTS} caches article facts by id.
 */
class StoryFactLookAlikesTest {
  private static StoredArticle stored(
      String id, String lang, String title, String text, Optional<LocalDate> date, int seq) {
    return new StoredArticle(
        new Article(id, lang, title, text, date, id + ".example", ""),
        seq,
        "e-" + id,
        Optional.empty());
  }

  private static final Optional<LocalDate> JAN_1 = Optional.of(LocalDate.parse("2027-01-01"));

  /** The surfaces of every name row, by row: cased and Arabic-script words together. */
  private static List<List<String>> nameRows(FactMatrix m) {
    return m.rows().stream()
        .filter(r -> r.kind() == Fact.Kind.NAME)
        .map(r -> r.cells().stream().flatMap(c -> c.surfaces().stream()).toList())
        .toList();
  }

  private static boolean arabicScript(List<String> surfaces, String word) {
    return surfaces.stream().anyMatch(s -> Scripts.hasArabicScript(s) && s.contains(word));
  }

  private static boolean cased(List<String> surfaces, String word) {
    return surfaces.stream().anyMatch(s -> s.contains(word));
  }

  @Test
  void anArabicScriptWordMeetsACasedNameOnlyWhenSpelledAlike() {
    // کیست "who is" has the skeleton of Coast (kst) but writes ی where Coast has o, a; روحانی
    // writes و, ا, ی where Rouhani has ou, a, i
    List<StoredArticle> story =
        List.of(
            stored(
                "coast-en",
                "en",
                "Rouhani greets the crowds",
                "President Hassan Rouhani sent greetings to one of the West Coast's biggest"
                    + " parties on Tuesday. Rouhani said the new year would bring hope to the West"
                    + " Coast's cities.",
                JAN_1,
                1),
            stored(
                "coast-fa",
                "fa",
                "پیام روحانی به جشن سال نو",
                "روحانی روز سه‌شنبه برای جشن سال نو پیام فرستاد. مجری جشن پرسید ستاره امشب کیست"
                    + " و جمعیت نام خواننده را فریاد زد.",
                JAN_1,
                2));
    List<List<String>> rows = nameRows(FactFixtures.FACTS.matrix(story));
    assertThat(rows).noneMatch(r -> cased(r, "Coast") && arabicScript(r, "کیست"));
    assertThat(rows).anyMatch(r -> cased(r, "Rouhani") && arabicScript(r, "روحانی"));
  }

  @Test
  void persianParkIsNoNameWordAndKeysNoRow() {
    // گرند پارک was one name keyed by پارک (brk), the row of a Burke; پارک is an ordinary word
    // (fa-facts), and as a candidate its پ and ا are no Burke's b and u
    List<StoredArticle> story =
        List.of(
            stored(
                "park-en",
                "en",
                "Singer Nora Burke opens the New Year party",
                "The singer Nora Burke opened the New Year party in the city on Tuesday night."
                    + " Thousands watched Burke on the main stage.",
                JAN_1,
                1),
            stored(
                "park-fa",
                "fa",
                "جشن سال نو در گرند پارک",
                "هزاران نفر سه‌شنبه شب در گرند پارک جشن سال نو را برگزار کردند. برنامه در گرند"
                    + " پارک با اجرای موسیقی آغاز شد و تا بامداد ادامه داشت.",
                JAN_1,
                2));
    List<List<String>> rows = nameRows(FactFixtures.FACTS.matrix(story));
    assertThat(rows).noneMatch(r -> cased(r, "Burke") && arabicScript(r, "پارک"));
  }

  @Test
  void aDateWithoutItsYearIsTheSameDayWithAYear() {
    // [1] undated: New Year's Eve is 12-31; [2] dated: 2026-12-31; [3] a parade of New Year's Day
    List<StoredArticle> story =
        List.of(
            stored(
                "eve-a",
                "en",
                "Crowds ring in the new year",
                "Crowds filled the main square on New Year's Eve to watch the fireworks.",
                Optional.empty(),
                1),
            stored(
                "eve-b",
                "en",
                "Fireworks over the main square",
                "Crowds filled the main square on New Year's Eve for the fireworks show.",
                JAN_1,
                2),
            stored(
                "eve-c",
                "en",
                "Parade through the main square",
                "Crowds filled the main square on New Year's Day for the parade.",
                Optional.of(LocalDate.parse("2027-01-02")),
                3));
    FactMatrix m = FactFixtures.FACTS.matrix(story);
    FactMatrix.Row event =
        m.rows().stream().filter(r -> r.key().equals("date:event")).findFirst().orElseThrow();
    assertThat(event.values()).containsExactly("2026-12-31", "2027-01-01");
    assertThat(FactMatrixText.render(m))
        .contains("CONFLICT: 2026-12-31 [1,2] vs 2027-01-01 [3]")
        .doesNotContain("12-31 [1] vs");
    // the day without its year is the row of the same day with a year
    assertThat(m.rows()).extracting(FactMatrix.Row::key).doesNotContain("date:12-31");
    FactMatrix.Row eve =
        m.rows().stream().filter(r -> r.key().equals("date:2026-12-31")).findFirst().orElseThrow();
    assertThat(eve.label()).isEqualTo("2026-12-31");
    assertThat(eve.reportedBy()).isEqualTo(2L);
    assertThat(eve.onlyOutlet()).isEmpty();
    // two articles alone: no conflict at all
    assertThat(ConflictDetector.conflicts(List.of(Set.of("12-31"), Set.of("2026-12-31"))))
        .containsExactly(false, false);
    assertThat(ConflictDetector.distinct(List.of(Set.of("12-31"), Set.of("2026-12-31"))))
        .containsExactly("2026-12-31");
    assertThat(ConflictDetector.distinct(List.of(Set.of("12-31"), Set.of("2027-01-01"))))
        .containsExactly("12-31", "2027-01-01");
  }
}
