package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.BareFeatures;
import dev.storylink.features.Mention;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shares of {@link CrossLanguageFeatures#keyCover}: matched weight over the shorter side's
 * weight (plus a prior of one), so that a short rendered report whose every concept its long
 * partner names scores high, and one shared concept of one scores little.
 */
class CrossLanguageCoverTest {
  private static List<Mention> concepts(String... keys) {
    return Arrays.stream(keys)
        .map(k -> new Mention(Mention.Kind.CONCEPT, k, k, List.of(k), 1.0, 1, ""))
        .toList();
  }

  @Test
  void theShorterSideDecides() {
    List<Mention> shortSide = concepts("court", "jury", "sentence");
    List<Mention> longSide =
        concepts("court", "jury", "sentence", "judge", "prison", "murder", "bail", "prosecutor");
    double[] c = CrossLanguageFeatures.keyCover(shortSide, longSide);
    assertThat(c[0]).isCloseTo(3.0 / 4.0, within(1e-9));
    assertThat(c[1]).isEqualTo(3);
    assertThat(CrossLanguageFeatures.keyCover(longSide, shortSide)[0])
        .isCloseTo(c[0], within(1e-9));
    // a Dice overlap would give 6 / 11: the long side's extra concepts do not count against it
    assertThat(c[0]).isGreaterThan(6.0 / 11.0);
  }

  private static Mention name(String key, String skeleton) {
    return new Mention(Mention.Kind.NAME, key, key, List.of(key), 2.0, 1, skeleton);
  }

  @Test
  void acrossScriptsOnlyNamesWithASkeletonWeighOnTheirSide() {
    // the Persian side: Putin and Rouhani, and two words too short for a skeleton
    List<Mention> fa =
        List.of(name("پوتین", "btn"), name("روحانی", "rhn"), name("ایی", ""), name("اسی", ""));
    // the English side names five, two of them the Persian side's
    List<Mention> en =
        List.of(
            name("putin", "btn"),
            name("rouhani", "rhn"),
            name("erdogan", "rdkn"),
            name("astana", "stn"),
            name("idlib", "dlb"));
    double[] across = CrossLanguageFeatures.nameCover(fa, en, true);
    assertThat(across[0]).isCloseTo(1.0, within(1e-9)); // 4 of the 4 that could meet
    assertThat(across[1]).isEqualTo(2);
    // in one script a name meets by its key, skeleton or not: all four weigh
    List<Mention> fa2 = List.of(name("پوتین", "btn"), name("ایی", ""), name("اسی", ""));
    assertThat(CrossLanguageFeatures.nameCover(fa2, List.of(name("پوتین", "btn")), false)[0])
        .isCloseTo(1.0, within(1e-9));
    List<Mention> other =
        List.of(
            name("پوتین", "btn"),
            name("ترامپ", "trmb"),
            name("اردوغان", "rdkn"),
            name("آستانه", "stn"));
    assertThat(CrossLanguageFeatures.nameCover(fa2, other, false)[0])
        .isCloseTo(1 / 3.0, within(1e-9));
    // nothing that can meet across scripts: zero, not a division by zero
    assertThat(CrossLanguageFeatures.nameCover(List.of(name("ایی", "")), en, true)[0]).isZero();
  }

  private static Mention name(String key, String skeleton, int count) {
    return new Mention(Mention.Kind.NAME, key, key, List.of(key), 2.0, count, skeleton);
  }

  @Test
  void namesEitherSideMentionsTwiceAreCountedApart() {
    // Nichols is named three times in the Persian report, Fulton twice in the English one,
    // Atlanta once on each side: two of the three matched names recur
    List<Mention> fa =
        List.of(name("نیکولز", "nkls", 3), name("فولتون", "fltn", 1), name("آتلانتا", "tlnt", 1));
    List<Mention> en =
        List.of(name("nichols", "nkls", 1), name("fulton", "fltn", 2), name("atlanta", "tlnt", 1));
    double[] c = CrossLanguageFeatures.nameCover(fa, en, true);
    assertThat(c[1]).isEqualTo(3);
    assertThat(c[3]).isEqualTo(2);
    // a name mentioned twice on one side that the other does not name is no match
    double[] none =
        CrossLanguageFeatures.nameCover(
            List.of(name("نیکولز", "nkls", 3)), List.of(name("x", "")), true);
    assertThat(none[3]).isZero();
  }

  @Test
  void oneSharedConceptOfOneIsWeak() {
    double[] c = CrossLanguageFeatures.keyCover(concepts("killed"), concepts("killed", "war"));
    assertThat(c[0]).isCloseTo(0.5, within(1e-9));
    assertThat(c[1]).isEqualTo(1);
  }

  @Test
  void nothingSharedOrNothingNamedIsZero() {
    assertThat(CrossLanguageFeatures.keyCover(concepts("a"), concepts("b")))
        .containsExactly(0, 0, 1, 1);
    assertThat(CrossLanguageFeatures.keyCover(List.of(), concepts("b")))
        .containsExactly(0, 0, 0, 1);
    // a concept named twice counts once
    assertThat(CrossLanguageFeatures.keyCover(concepts("a", "a"), concepts("a"))[1]).isEqualTo(1);
  }

  private static List<Mention> of(Mention.Kind kind, String... keys) {
    return Arrays.stream(keys).map(k -> new Mention(kind, k, k, List.of(k), 1.0, 1, "")).toList();
  }

  private static double evcover(ArticleFeatures a, ArticleFeatures b) {
    return CrossLanguageFeatures.compute(a, b)[CrossLanguageFeatures.index("evcover")];
  }

  @Test
  void aShortReportWhoseEveryFigureDayAndConceptTheLongOneHasIsCovered() {
    // a short Persian report: earthquake, 12 killed, on ۱۰ اسفند (29 February)
    ArticleFeatures shortSide =
        BareFeatures.of("fa")
            .lang("fa")
            .concepts(concepts("earthquake"))
            .quantities(of(Mention.Kind.QUANTITY, "killed:12"))
            .dates(of(Mention.Kind.DATE, "2020-02-29"))
            .build();
    ArticleFeatures longSide =
        BareFeatures.of("en")
            .concepts(concepts("earthquake", "rescue", "aftershock", "hospital", "red_crescent"))
            .quantities(of(Mention.Kind.QUANTITY, "killed:12", "injured:85", "magnitude:5.4"))
            .dates(of(Mention.Kind.DATE, "02-28", "03-02"))
            .build();
    // three items, all in the long report (the day within one): 3 / (3 + 1)
    assertThat(evcover(shortSide, longSide)).isCloseTo(0.75, within(1e-9));
    assertThat(evcover(longSide, shortSide)).isCloseTo(0.75, within(1e-9));
    // another toll and another day: only the concept is covered
    ArticleFeatures other =
        BareFeatures.of("fa2")
            .lang("fa")
            .concepts(concepts("earthquake"))
            .quantities(of(Mention.Kind.QUANTITY, "killed:30"))
            .dates(of(Mention.Kind.DATE, "04-10"))
            .build();
    assertThat(evcover(other, longSide)).isCloseTo(0.25, within(1e-9));
    // a side that gives no evidence covers nothing
    assertThat(evcover(BareFeatures.of("x").lang("fa").build(), longSide)).isZero();
  }

  @Test
  void daysMatchByMonthAndDayWithinOne() {
    List<Mention> a = of(Mention.Kind.DATE, "2020-02-29", "02-29", "07-04");
    List<Mention> b = of(Mention.Kind.DATE, "03-01", "2019-07-05");
    // 29 February and 4 July are two distinct days; 4 July meets 5 July (02-29 and 03-01 are
    // compared as month * 31 + day, so a month's end is not next to the next month's start)
    assertThat(CrossLanguageConflicts.dayMatches(a, b)).containsExactly(1, 2, 2);
    assertThat(CrossLanguageConflicts.dayMatches(List.of(), b)).containsExactly(0, 0, 2);
  }

  @Test
  void theFeaturesAreInRangeAndNamed() {
    assertThat(CrossLanguageFeatures.NAMES)
        .contains("conceptcover", "concepthits", "placecover", "numbercover", "evcover");
    assertThat(CrossLanguageModel.EXPANDED)
        .isEqualTo(CrossLanguageFeatures.NAMES.size() + CrossLanguageModel.SQRT.size() + 1);
  }
}
