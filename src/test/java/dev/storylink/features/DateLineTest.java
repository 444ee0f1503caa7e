package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.features.CalendarDates.DateMention;
import dev.storylink.text.TextAnalysis;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link DateLine}, on composed texts without a publication date. */
class DateLineTest {
  private static List<DateMention> find(String lang, String text, LocalDate published) {
    return CalendarDates.find(
        text, TextAnalysis.analyze(text, lang).tokens(), lang, Optional.ofNullable(published));
  }

  private static List<LocalDate> days(String lang, String text, LocalDate published) {
    return find(lang, text, published).stream().map(d -> d.day().orElseThrow()).toList();
  }

  @Test
  void aBylineDateResolvesTheWeekdaysOfAnUndatedText() {
    String text =
        "Warehouse fire closes the harbour road\n"
            + "Published 12: 17 am, Monday, September 16, 2013\n"
            + "The fire broke out on Friday night and burned until yesterday.";
    // Monday (the byline's own weekday), the byline's date, Friday before it, yesterday
    assertThat(days("en", text, null))
        .containsExactly(
            LocalDate.of(2013, 9, 16),
            LocalDate.of(2013, 9, 16),
            LocalDate.of(2013, 9, 13),
            LocalDate.of(2013, 9, 15));
  }

  @Test
  void todayAndTomorrowAreResolvedAgainstTheDateLine() {
    String text =
        "Warehouse fire closes the harbour road\n"
            + "Published 12: 17 am, Monday, September 16, 2013\n"
            + "The road stays closed today and reopens tomorrow.";
    assertThat(days("en", text, null))
        .containsExactly(
            LocalDate.of(2013, 9, 16),
            LocalDate.of(2013, 9, 16),
            LocalDate.of(2013, 9, 16),
            LocalDate.of(2013, 9, 17));
  }

  @Test
  void aDateWithoutAYearIsResolvedAgainstTheDateLine() {
    String text = "Ferry runs aground\nJanuary 3, 2014\nThe ferry left port on Dec. 31.";
    List<DateMention> found = find("en", text, null);
    assertThat(found).extracting(DateMention::key).containsExactly("2014-01-03", "12-31");
    assertThat(found.get(1).day()).contains(LocalDate.of(2013, 12, 31));
  }

  @Test
  void aTimeAfterTheDateStillMakesADateLine() {
    String text =
        "Bridge reopens\nSeptember 16, 2013 9: 36 am EDT\nIt had been shut since Tuesday.";
    assertThat(days("en", text, null))
        .containsExactly(LocalDate.of(2013, 9, 16), LocalDate.of(2013, 9, 10));
  }

  @Test
  void runningTextAfterADateMakesNoDateLine() {
    String text = "The bridge opened on May 4, 1998, to great applause.\nIt closed on Tuesday.";
    assertThat(find("en", text, null)).extracting(DateMention::key).containsExactly("1998-05-04");
  }

  @Test
  void aParagraphEndingWithADateIsNoDateLine() {
    String text =
        "The regional health office reported fifteen new cases of the disease on Tuesday, a"
            + " sharp rise in the region, against only four new cases reported on March 9, 2020.\n"
            + "More tests follow.";
    assertThat(find("en", text, null)).extracting(DateMention::key).containsExactly("2020-03-09");
  }

  @Test
  void onlyTheHeadIsRead() {
    String text =
        "Bridge reopens\nCrowds cheer\nMayor speaks\nJanuary 3, 2014\nOn Tuesday it shut.";
    assertThat(find("en", text, null)).extracting(DateMention::key).containsExactly("2014-01-03");
  }

  @Test
  void aDateGluedToAHeadlineInCapitals() {
    String text =
        "STORM FLOODS HARBOUR TOWN, MAYOR SAYSOCTOBER 3, 2019\n"
            + "The storm struck last Wednesday and the water rose on Thursday.";
    List<DateMention> found = find("en", text, null);
    assertThat(found).extracting(DateMention::surface).first().isEqualTo("OCTOBER 3, 2019");
    // 3 October 2019 was a Thursday: last Wednesday the 2nd, Thursday the day itself
    assertThat(days("en", text, null))
        .containsExactly(
            LocalDate.of(2019, 10, 3), LocalDate.of(2019, 10, 2), LocalDate.of(2019, 10, 3));
  }

  @Test
  void theGluedRuleWantsCapitalsOnBothSides() {
    assertThat(find("en", "Storm warning, mayor saysOctober 3, 2019\nIt rained.", null)).isEmpty();
  }

  @Test
  void aPublicationDateWinsOverTheDateLine() {
    String text = "Bridge reopens\nSeptember 16, 2013\nIt had been shut since Tuesday.";
    assertThat(days("en", text, LocalDate.of(2013, 9, 20)))
        .containsExactly(LocalDate.of(2013, 9, 16), LocalDate.of(2013, 9, 17));
  }
}
