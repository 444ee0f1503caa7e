package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storylink.features.ArticleFeatures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus-relative pair feature {@code hub}, and its no-corpus value. */
class CorpusNeighboursTest {
  // the flood reports (one story) and the concert report of PassageFeaturesTest
  private static final ArticleFeatures FLOOD_A = PassageFeaturesTest.FLOOD_A;
  private static final ArticleFeatures FLOOD_B = PassageFeaturesTest.FLOOD_B;
  private static final ArticleFeatures CONCERT = PassageFeaturesTest.CONCERT;

  /** One outlet's police-report template filled with another event each time. */
  private static ArticleFeatures template(String id, String event) {
    return PassageFeaturesTest.article(
        id,
        "Police report Ostwald district",
        "Police headquarters Ostwald district reports for the weekend patrol log. "
            + event
            + " Witnesses please call the Ostwald district police headquarters hotline.");
  }

  private static final List<ArticleFeatures> TEMPLATES =
      List.of(
          template("t1", "A garden shed burned down in Kellberg on Saturday night."),
          template("t2", "Two cars collided at the Mainbach junction on Sunday."),
          template("t3", "A bicycle was stolen from the Tannweiler station."),
          template("t4", "Burglars broke into a bakery in Rosstal overnight."));

  private static double[] scored(CorpusNeighbours corpus, ArticleFeatures a, ArticleFeatures b) {
    double[] x = PairFeatures.compute(a, b);
    corpus.apply(a, b, x);
    return x;
  }

  private static double at(double[] x, String name) {
    return x[PairFeatures.index(name)];
  }

  @Test
  void theHubLeavesThePairOutAndAveragesBothSides() {
    CorpusNeighbours corpus = CorpusNeighbours.of(List.of(FLOOD_A, FLOOD_B, CONCERT));
    double[] x = scored(corpus, FLOOD_A, FLOOD_B);
    double ac = FLOOD_A.terms().cosine(CONCERT.terms());
    double bc = FLOOD_B.terms().cosine(CONCERT.terms());
    // the one other article is each side's only neighbour: K = 10 exceeds what the corpus has
    assertThat(at(x, "hub")).isCloseTo((ac + bc) / 2, within(1e-9));
    assertThat(at(x, "hub")).isLessThan(at(x, "terms"));
  }

  @Test
  void aTemplateFilledWithAnotherEventHasTheHigherHub() {
    List<ArticleFeatures> docs = new java.util.ArrayList<>(TEMPLATES);
    docs.addAll(List.of(FLOOD_A, FLOOD_B, CONCERT));
    CorpusNeighbours corpus = CorpusNeighbours.of(docs);
    double[] tpl = scored(corpus, TEMPLATES.get(0), TEMPLATES.get(1));
    double[] flood = scored(corpus, FLOOD_A, FLOOD_B);
    // each template report is as similar to the outlet's other reports as to its pair partner
    assertThat(at(tpl, "hub")).isGreaterThan(at(flood, "hub") + 0.2);
  }

  @Test
  void aPairsOwnCorpusGivesTheValueOfTheWholeCorpus() {
    List<ArticleFeatures> others = new java.util.ArrayList<>(TEMPLATES);
    others.add(CONCERT);
    List<ArticleFeatures> all = new java.util.ArrayList<>(others);
    all.addAll(List.of(FLOOD_A, FLOOD_B));
    // the pair's own articles among the others are left out
    List<ArticleFeatures> withPair = new java.util.ArrayList<>(others);
    withPair.add(FLOOD_A);
    double[] whole = scored(CorpusNeighbours.of(all), FLOOD_A, FLOOD_B);
    double[] own = scored(CorpusNeighbours.ofPair(FLOOD_A, FLOOD_B, withPair), FLOOD_A, FLOOD_B);
    assertThat(at(own, "hub")).isCloseTo(at(whole, "hub"), within(1e-12));
    assertThat(CorpusNeighbours.ofPair(FLOOD_A, FLOOD_B, others).covers(FLOOD_A, FLOOD_B)).isTrue();
  }

  @Test
  void withoutACorpusThePairGetsTheNeutralValue() {
    double[] none = scored(CorpusNeighbours.NONE, FLOOD_A, FLOOD_B);
    assertThat(at(none, "hub")).isEqualTo(CorpusNeighbours.NEUTRAL_HUB);
    // a corpus that lacks one of the two articles leaves it neutral too
    CorpusNeighbours partial = CorpusNeighbours.of(List.of(FLOOD_A, CONCERT));
    assertThat(partial.covers(FLOOD_A, FLOOD_B)).isFalse();
    assertThat(scored(partial, FLOOD_A, FLOOD_B)).containsExactly(none, within(0.0));
  }

  @Test
  void linkingTwoArticlesWithNoCorpusScoresWithTheNeutralValues() {
    LinkResult r = FeaturePairScorer.shipped().link(FLOOD_A, FLOOD_B);
    assertThat(r.features().get("hub")).isEqualTo(CorpusNeighbours.NEUTRAL_HUB);
    assertThat(r.similarity()).isBetween(1.0, 4.0);
    assertThat(r.sameStory()).isTrue();
    assertThat(FeaturePairScorer.shipped().link(FLOOD_A, CONCERT).sameStory()).isFalse();
  }

  @Test
  void theClusterersPairsLeaveThemZero() {
    double[] x = PairFeatures.compute(FLOOD_A, FLOOD_B, false);
    assertThat(at(x, "hub")).isZero();
    assertThat(LinkModel.NEUTRAL).doesNotContainAnyElementsOf(CorpusNeighbours.NAMES);
  }
}
