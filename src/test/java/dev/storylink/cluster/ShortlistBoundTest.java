package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.bench.SyntheticArticles;
import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.link.BoundedProbability;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.link.LinkResult;
import dev.storylink.link.PairScorer;
import dev.storylink.store.ArticleStore;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shortlist's bound ({@link EventScorer#shortlist} through {@link PairScorer#bounded}: a
 * candidate whose probability with the character 4-gram cosine at its most favourable value is
 * below the third-best exact one is not scored in full) changes nothing: the bound is never below
 * the exact probability, the shortlists are those of the scorer without bounds (same events, same
 * order, same scores), and so are the placements, on the cluster fixtures (six languages) and
 * generated articles.
 */
class ShortlistBoundTest {
  @TempDir Path tmp;

  private static final FeaturePairScorer SCORER = FeaturePairScorer.forClustering();

  /** The same scorer without bounds (every probability computed in full, as before them). */
  private static final PairScorer PLAIN =
      new PairScorer() {
        @Override
        public LinkResult link(ArticleFeatures a, ArticleFeatures b) {
          return SCORER.link(a, b);
        }

        @Override
        public double probability(ArticleFeatures a, ArticleFeatures b) {
          return SCORER.probability(a, b);
        }

        @Override
        public double probability(
            ArticleFeatures a, ArticleFeatures b, double from, double to, double weight) {
          return SCORER.probability(a, b, from, to, weight);
        }
      };

  private static List<Article> articles() throws IOException {
    List<Article> all = ClusterFixtures.articles();
    all.addAll(SyntheticArticles.generate(160, 7));
    return all;
  }

  @Test
  void theBoundIsNeverBelowTheProbabilityAndTheShortlistsAreUnchanged() throws IOException {
    FeatureExtractor fx =
        new FeatureExtractor(CorpusStats.background(), new LinguaLanguageIdentifier());
    List<ArticleFeatures> fs = new ArrayList<>();
    for (Article a : articles()) {
      fs.add(fx.extract(a));
    }
    int bounded = 0;
    for (ArticleFeatures a : fs) {
      for (ArticleFeatures b : fs) {
        BoundedProbability p = SCORER.bounded(a, b);
        double want = SCORER.probability(a, b);
        bounded += p.isKnown() ? 0 : 1;
        assertThat(p.atMost()).as("%s, %s", a.id(), b.id()).isGreaterThanOrEqualTo(want);
        assertThat(Double.compare(p.exact(), want)).as("%s, %s", a.id(), b.id()).isZero();
      }
    }
    assertThat(bounded).isGreaterThan(fs.size() * fs.size() / 2);

    // each article against events of one representative each, in random candidate lists
    List<ActiveEvent> events = new ArrayList<>();
    for (int i = 0; i < fs.size(); i++) {
      ArticleFeatures f = fs.get(i);
      ActiveEvent ev = new ActiveEvent("e" + (i + 1), "s" + (i + 1), f.lang(), "h");
      ev.add(new Article(f.id(), f.lang(), "t", "x", f.date(), "", ""), f, i + 1, false, 6);
      events.add(ev);
    }
    EventScorer withBounds = new EventScorer(SCORER, 3.0);
    EventScorer without = new EventScorer(PLAIN, 3.0);
    Random rnd = new Random(11);
    int lookup = 0;
    int lists = 0;
    int skipped = 0;
    for (ArticleFeatures f : fs) {
      for (int round = 0; round < 4; round++) {
        List<ActiveEvent> candidates = new ArrayList<>();
        int n = 7 + rnd.nextInt(40);
        for (int k = 0; k < n; k++) {
          ActiveEvent ev = events.get(rnd.nextInt(events.size()));
          if (!candidates.contains(ev) && !ev.reps.get(0).id().equals(f.id())) {
            candidates.add(ev);
          }
        }
        if (candidates.size() <= 2 * EventScorer.SHORTLIST) {
          continue;
        }
        List<ActiveEvent> want = without.shortlist(f, candidates, ++lookup);
        Map<ActiveEvent, Double> wantQuick = new LinkedHashMap<>();
        want.forEach(ev -> wantQuick.put(ev, ev.quick));
        int stamp = ++lookup;
        List<ActiveEvent> got = withBounds.shortlist(f, candidates, stamp);
        assertThat(got).as(f.id()).containsExactlyElementsOf(want);
        for (ActiveEvent ev : got) {
          assertThat(ev.quickStamp).isEqualTo(stamp);
          assertThat(Double.compare(ev.quick, wantQuick.get(ev))).as(ev.id).isZero();
        }
        skipped += (int) candidates.stream().filter(ev -> ev.quickStamp != stamp).count();
        lists++;
      }
    }
    assertThat(lists).isGreaterThan(500);
    assertThat(skipped).as("candidates left out by the bound").isPositive();
  }

  @Test
  void placementsAreThoseOfTheScorerWithoutBounds() throws IOException {
    List<Article> articles = articles();
    assertThat(place(tmp.resolve("bounded"), SCORER, articles))
        .isEqualTo(place(tmp.resolve("plain"), PLAIN, articles));
  }

  private static Map<String, Assignment> place(Path dir, PairScorer scorer, List<Article> articles)
      throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      StoryClusterer c =
          StoryClusterer.open(
              store, scorer, new LinguaLanguageIdentifier(), ClusterConfig.defaults());
      Map<String, Assignment> out = new LinkedHashMap<>();
      for (Article a : articles) {
        out.put(a.id(), c.add(a));
      }
      c.commit();
      return out;
    }
  }
}
