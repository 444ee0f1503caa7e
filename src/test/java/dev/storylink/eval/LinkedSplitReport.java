package dev.storylink.eval;

import dev.storylink.cluster.AssignmentModel;
import dev.storylink.cluster.ClusterConfig;
import dev.storylink.cluster.EventFeatures;
import dev.storylink.cluster.YearCounts;
import dev.storylink.cluster.Years;
import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.link.PairScorer;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Prints every SemEval linked pair (Overall ≤ 1.5) that the shipped clustering leaves in two
 * events: the languages, dates and years of both, the events' sizes, the pair's link probability,
 * its time decay and the assignment probability the later article would get against a one-article
 * event of the earlier (what a seed join needs), and the reason it was not joined: {@code
 * languages} (events hold one language; only stories join them), {@code link} (the link probability
 * alone is below the threshold), {@code decay} (above it, but not after the time decay), {@code
 * years} (the year features take it below), {@code elsewhere} (the pair would join, but the later
 * article joined another event or the earlier one's event had grown). A development helper run by
 * hand:
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.eval.LinkedSplitReport \
 *     ../shared/data/semeval2022-task8
 * </pre>
 *
 * Not thread-safe; prints to standard output.
 */
public final class LinkedSplitReport {
  private LinkedSplitReport() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = Path.of(args[0]);
    LanguageIdentifier langId = new LinguaLanguageIdentifier();
    ClusterConfig config = ClusterConfig.defaults();
    AssignmentModel model = config.assignment();
    PairScorer scorer = AssignmentSimulation.clusterScorer(config);
    PairsDataset ds = PairsDataset.load(dir);
    List<Article> all = new ArrayList<>(ds.articles().values());
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      order.put(all.get(i).id(), i);
    }
    ClusterEvaluator.Clustering c = ClusterEvaluator.cluster(all, config, langId);
    AssignmentTraining.Featurized fz = AssignmentTraining.featurizeInOrder(all, langId);
    Map<String, Integer> size = new HashMap<>();
    c.eventOf().values().forEach(e -> size.merge(e, 1, Integer::sum));
    Map<String, Integer> reasons = new TreeMap<>();
    int linked = 0;
    out.println(
        "earlier\tlater\tlangs\tdates\tyears\tsizes\tstory\tlink\tdecay\tp_seed\tperson\tacts\treason");
    for (PairsDataset.GoldPair p : ds.pairs()) {
      if (p.overall() > 1.5
          || !c.eventOf().containsKey(p.id1())
          || !c.eventOf().containsKey(p.id2())) {
        continue;
      }
      linked++;
      if (c.eventOf().get(p.id1()).equals(c.eventOf().get(p.id2()))) {
        continue;
      }
      boolean firstIsEarlier = order.get(p.id1()) < order.get(p.id2());
      String early = firstIsEarlier ? p.id1() : p.id2();
      String late = firstIsEarlier ? p.id2() : p.id1();
      ArticleFeatures fe = fz.features().get(early);
      ArticleFeatures fl = fz.features().get(late);
      boolean sameStory = c.storyOf().get(early).equals(c.storyOf().get(late));
      String reason;
      double link = 0;
      double decay = EventFeatures.decay(fl.date(), fe.date(), fe.date(), 3.0);
      double seed = 0;
      String person = "";
      String acts = "";
      long yl = fz.years().getOrDefault(late, 0L);
      long ye = fz.years().getOrDefault(early, 0L);
      if (!fe.lang().equals(fl.lang())) {
        reason = "languages";
      } else {
        link = scorer.probability(fl, fe);
        double[] x = seedFeatures(fl, fe, link, decay, yl, ye);
        seed = model.probability(x);
        person = fl.mainPerson().orElse("-") + "/" + fe.mainPerson().orElse("-");
        acts = fl.leadConcepts() + "/" + fe.leadConcepts();
        double[] plain = x.clone();
        plain[10] = 0; // years_disjoint
        plain[28] = 0; // years_one_sided
        plain[29] = 0; // year_conflict
        double[] undecayed = plain.clone();
        undecayed[13] = link; // best_decayed without the decay
        if (model.probability(undecayed) < model.threshold()) {
          reason = "link";
        } else if (model.probability(plain) < model.threshold()) {
          reason = "decay";
        } else if (seed < model.threshold()) {
          reason = "years";
        } else {
          reason = "elsewhere";
        }
      }
      reasons.merge(reason, 1, Integer::sum);
      out.println(
          String.format(
              Locale.ROOT,
              "%s\t%s\t%s-%s\t%s/%s\t%s/%s\t%d/%d\t%s\t%.2f\t%.2f\t%.2f\t%s\t%s\t%s",
              early,
              late,
              fe.lang(),
              fl.lang(),
              date(fe.date()),
              date(fl.date()),
              years(ye),
              years(yl),
              size.get(c.eventOf().get(early)),
              size.get(c.eventOf().get(late)),
              sameStory ? "same" : "apart",
              link,
              decay,
              seed,
              person,
              acts,
              reason));
    }
    out.println("linked pairs " + linked + "; in two events, by reason: " + reasons);
    // the unrelated pairs in one language: how many a lower link threshold would reach
    int[] bins = new int[10];
    int unrelated = 0;
    for (PairsDataset.GoldPair p : ds.pairs()) {
      ArticleFeatures f1 = fz.features().get(p.id1());
      ArticleFeatures f2 = fz.features().get(p.id2());
      if (p.overall() < 3.5 || f1 == null || f2 == null || !f1.lang().equals(f2.lang())) {
        continue;
      }
      unrelated++;
      bins[(int) Math.min(9, 10 * scorer.probability(f2, f1))]++;
    }
    out.println(
        "unrelated same-language pairs "
            + unrelated
            + " by link decile: "
            + java.util.Arrays.toString(bins));
  }

  /**
   * The decision's features of article {@code late} (years {@code lateYears}) against a one-article
   * event of {@code early} (years {@code earlyYears}), their link probability and time decay given:
   * what a join to the earlier report alone is decided on.
   */
  static double[] seedFeatures(
      ArticleFeatures late,
      ArticleFeatures early,
      double link,
      double decay,
      long lateYears,
      long earlyYears) {
    YearCounts yc = new YearCounts();
    yc.add(earlyYears);
    return EventFeatures.compute(
        late,
        List.of(early),
        new double[] {link},
        early.date(),
        early.date(),
        1,
        lateYears,
        yc,
        decay,
        EventFeatures.Parts.ALL);
  }

  private static String date(Optional<java.time.LocalDate> d) {
    return d.map(Object::toString).orElse("-");
  }

  private static String years(long mask) {
    return mask == 0 ? "-" : Long.bitCount(mask) + "y,latest " + Years.latest(mask);
  }
}
