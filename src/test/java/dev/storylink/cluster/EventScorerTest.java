package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.BareFeatures;
import dev.storylink.link.LinkResult;
import dev.storylink.link.PairScorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventScorerTest {
  /** Scores pairs from a table by the second article's id; counts the calls. */
  private static final class TableScorer implements PairScorer {
    final Map<String, Double> byRep = new HashMap<>();
    int calls;

    @Override
    public LinkResult link(ArticleFeatures a, ArticleFeatures b) {
      throw new UnsupportedOperationException();
    }

    @Override
    public double probability(ArticleFeatures a, ArticleFeatures b) {
      calls++;
      return byRep.getOrDefault(b.id(), 0.0);
    }
  }

  private static ArticleFeatures features(String id, String lang, String date) {
    return BareFeatures.of(id)
        .lang(lang)
        .date(Optional.ofNullable(date).map(LocalDate::parse))
        .build();
  }

  private static ActiveEvent event(int number, String lang, String... repDates) {
    ActiveEvent ev = new ActiveEvent("e" + number, "s" + number, lang, "h");
    for (int r = 0; r < repDates.length; r++) {
      String id = "e" + number + "r" + r;
      ArticleFeatures f = features(id, lang, repDates[r]);
      ev.add(new Article(id, lang, "t", "x", f.date(), "", ""), f, r + 1, false, 6);
    }
    return ev;
  }

  @Test
  void decayIsOneWithinADayOfTheEventAndFallsBeyond() {
    EventScorer s = new EventScorer(new TableScorer(), 3.0);
    ActiveEvent ev = event(1, "en", "2020-01-10", "2020-01-12");
    assertThat(s.decay(features("a", "en", "2020-01-11"), ev)).isEqualTo(1.0);
    assertThat(s.decay(features("a", "en", "2020-01-13"), ev)).isEqualTo(1.0);
    assertThat(s.decay(features("a", "en", "2020-01-09"), ev)).isEqualTo(1.0);
    assertThat(s.decay(features("a", "en", "2020-01-16"), ev))
        .isCloseTo(Math.exp(-1.0), within(1e-12));
    assertThat(s.decay(features("a", "en", "2020-01-03"), ev))
        .isCloseTo(Math.exp(-2.0), within(1e-12));
    assertThat(s.decay(features("a", "en", null), ev)).isEqualTo(1.0);
  }

  @Test
  void scoreIsTheBestRepresentativeTimesTheDecay() {
    TableScorer table = new TableScorer();
    table.byRep.put("e1r0", 0.4);
    table.byRep.put("e1r1", 0.9);
    table.byRep.put("e1r2", 0.5);
    EventScorer s = new EventScorer(table, 3.0);
    ActiveEvent ev = event(1, "en", "2020-01-10", "2020-01-10", "2020-01-10");
    assertThat(s.score(features("a", "en", "2020-01-10"), ev, 1)).isEqualTo(0.9);
    assertThat(s.score(features("a", "en", "2020-01-15"), ev, 1))
        .isCloseTo(0.9 * Math.exp(-4 / 3.0), within(1e-12));
  }

  @Test
  void shortlistKeepsTheBestThreePerLanguageSideAndItsScoresAreReused() {
    TableScorer table = new TableScorer();
    List<ActiveEvent> candidates = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      ActiveEvent ev = event(i, i % 2 == 0 ? "en" : "de", "2020-01-10");
      table.byRep.put("e" + i + "r0", i / 10.0);
      candidates.add(ev);
    }
    EventScorer s = new EventScorer(table, 3.0);
    ArticleFeatures f = features("a", "en", "2020-01-10");
    List<ActiveEvent> shortlist = s.shortlist(f, candidates, 7);
    assertThat(shortlist)
        .extracting(e -> e.id)
        .containsExactly("e10", "e8", "e6", "e9", "e7", "e5");
    int calls = table.calls;
    assertThat(s.score(f, shortlist.get(0), 7)).isEqualTo(1.0);
    assertThat(table.calls)
        .as("the newest representative was scored by the shortlist")
        .isEqualTo(calls);
    s.score(f, shortlist.get(0), 8);
    assertThat(table.calls).as("another lookup scores again").isEqualTo(calls + 1);
    assertThat(s.shortlist(f, candidates.subList(0, 6), 9)).hasSize(6);
  }

  /** A scorer whose second look (the four-argument probability) answers from another table. */
  private static final class LookingScorer implements PairScorer {
    final Map<String, Double> first = new HashMap<>();
    final Map<String, Double> second = new HashMap<>();
    final List<double[]> bands = new ArrayList<>();

    @Override
    public LinkResult link(ArticleFeatures a, ArticleFeatures b) {
      throw new UnsupportedOperationException();
    }

    @Override
    public double probability(ArticleFeatures a, ArticleFeatures b) {
      return first.getOrDefault(b.id(), 0.0);
    }

    @Override
    public double probability(ArticleFeatures a, ArticleFeatures b, double from, double to) {
      bands.add(new double[] {from, to});
      double p = probability(a, b);
      return p >= from && p < to ? second.getOrDefault(b.id(), 0.0) : p;
    }
  }

  @Test
  void theSecondLookOfTheConfigIsAskedForEveryRepresentativeAndTheShortlist() {
    LookingScorer looking = new LookingScorer();
    looking.first.put("e1r0", 0.35); // borderline: the second look gives 0.8
    looking.second.put("e1r0", 0.8);
    looking.first.put("e1r1", 0.6); // above the band: kept
    looking.second.put("e1r1", 0.1);
    ActiveEvent ev = event(1, "en", "2020-01-10", "2020-01-10");
    ArticleFeatures f = features("a", "en", "2020-01-10");

    EventScorer none = new EventScorer(looking, 3.0);
    assertThat(none.score(f, ev, 1)).isEqualTo(0.6);
    assertThat(looking.bands).as("no second look: the plain probability only").isEmpty();

    EventScorer looked = none.withSecondLook(new ClusterConfig.SecondLook(0.2, 0.43));
    assertThat(looked.score(f, ev, 2)).isEqualTo(0.8);
    assertThat(looking.bands).hasSize(2).allSatisfy(b -> assertThat(b).containsExactly(0.2, 0.43));
    double[] probs = looked.features(f, ev, 3, 0, EventFeatures.Parts.NONE);
    assertThat(probs[EventFeatures.NAMES.indexOf("best")]).isEqualTo(0.8);
    assertThat(none.withSecondLook(ClusterConfig.SecondLook.NONE)).isSameAs(none);
  }

  @Test
  void aTopKLookIsGivenOnlyToTheBestSameLanguageCandidatesOfTheLookup() {
    LookingScorer looking = new LookingScorer();
    looking.first.put("e1r0", 0.7); // the best neutral candidate: looked at, 0.9
    looking.second.put("e1r0", 0.9);
    looking.first.put("e2r0", 0.3); // second best: keeps its neutral probability
    looking.second.put("e2r0", 0.95);
    ActiveEvent e1 = event(1, "en", "2020-01-10");
    ActiveEvent e2 = event(2, "en", "2020-01-10");
    ArticleFeatures f = features("a", "en", "2020-01-10");
    EventScorer top1 =
        new EventScorer(looking, 3.0).withSecondLook(new ClusterConfig.SecondLook(0, 2, 1, 1));
    assertThat(top1.shortlist(f, List.of(e2, e1), 5)).containsExactly(e2, e1); // order kept
    assertThat(top1.score(f, e1, 5)).isEqualTo(0.9);
    assertThat(top1.score(f, e2, 5)).isEqualTo(0.3);
    assertThat(top1.score(f, e1, 6)).as("another lookup: not marked").isEqualTo(0.7);
  }
}
