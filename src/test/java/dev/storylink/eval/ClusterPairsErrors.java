package dev.storylink.eval;

import dev.storylink.cluster.Assignment;
import dev.storylink.cluster.ClusterConfig;
import dev.storylink.cluster.EventFeatures;
import dev.storylink.core.Article;
import dev.storylink.core.Texts;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.link.CrossLanguageModel;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.link.LinkModel;
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

/**
 * The errors of the cross-validated SemEval cluster-pairs run ({@link ClusterPairsCv}), a
 * development helper run by hand (docs/clustering-quality.md, thirteenth round):
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.eval.ClusterPairsErrors \
 *     ../shared/data/semeval2022-task8 &gt; errors.tsv
 * </pre>
 *
 * <p>Per fold, the fold's models fitted as the gated run fits them cluster all articles; every
 * held-out pair the clustering gets wrong (a linked pair in two events, an unrelated pair in one)
 * is printed with: its languages, dates and order, the pair's link probability under the fold's
 * scorer, the time decay between them, how each side was placed (event, new or joined, the
 * decision's probability; a linked pair in two languages only when not in one story), and for a
 * joined pair how they met ({@code direct}: the later one joined the earlier one's event with a
 * link to it that clears the bar; {@code chain}: it joined that event through another member;
 * {@code merge}: two events merged). Lines starting with {@code T} give each side's outlet and
 * title (its text's opening when the title is empty). Lines starting with {@code M} list the
 * members of the event a joined unrelated pair ended in, in order, with their links to both sides.
 * Not thread-safe; prints to standard output.
 */
public final class ClusterPairsErrors {
  private ClusterPairsErrors() {}

  public static void main(String[] args) throws IOException {
    LanguageIdentifier langId = new LinguaLanguageIdentifier();
    run(
        new PrintStream(System.out, true, StandardCharsets.UTF_8),
        ClusterPairsCv.Prepared.of(Path.of(args[0]), langId),
        langId,
        args.length > 1 && args[1].equals("rows"));
  }

  /** The errors, or with {@code rows} the features of every labelled pair, fold by fold. */
  static void run(
      PrintStream out, ClusterPairsCv.Prepared p, LanguageIdentifier langId, boolean rows) {
    ClusterConfig config = ClusterConfig.defaults();
    PairEvaluator.PairData data = p.data();
    List<Article> all = new ArrayList<>(p.dataset().articles().values());
    Map<String, Integer> order = new HashMap<>();
    all.forEach(a -> order.put(a.id(), order.size()));
    Map<String, Article> byId = p.dataset().articles();
    AssignmentTraining.Featurized fz = AssignmentTraining.featurizeInOrder(all, langId);
    int n = data.pairs().size();
    int f = 0;
    for (int[] fold : PairEvaluator.folds(n, ClusterPairsCv.FOLDS, ClusterPairsCv.SEED)) {
      f++;
      if (Integer.getInteger("fold", f) != f) {
        continue;
      }
      LinkModel model =
          ClusterPairsCv.shippedFitter(config)
              .fit(ClusterPairsCv.subset(data, PairEvaluator.complement(fold, n)));
      CrossLanguageModel cross = CrossLanguageCv.trainWithout(data.rows(), fold, data.companion());
      PairScorer scorer = FeaturePairScorer.forClustering(model, cross);
      Map<String, Assignment> placed = new HashMap<>();
      ClusterEvaluator.Clustering c =
          ClusterEvaluator.cluster(
              all,
              config,
              langId,
              scorer,
              o -> o.assignment().ifPresent(a -> placed.put(a.articleId(), a)));
      if (rows) {
        rows(out, f, fold, data, c, placed, order, fz, scorer, config);
        continue;
      }
      for (int i : fold) {
        PairsDataset.GoldPair g = data.pairs().get(i);
        if (g.overall() > 1.5 && g.overall() < 3.5) {
          continue;
        }
        String e1 = c.eventOf().get(g.id1());
        String e2 = c.eventOf().get(g.id2());
        if (e1 == null || e2 == null) {
          continue;
        }
        boolean linked = g.overall() <= 1.5;
        // events hold one language: a linked pair in two languages is right when in one story
        boolean together =
            e1.equals(e2) || linked && c.storyOf().get(g.id1()).equals(c.storyOf().get(g.id2()));
        if (linked == together) {
          continue;
        }
        Held h = Held.of(g, order, fz, scorer, config);
        String early = h.early().id();
        String late = h.late().id();
        ArticleFeatures fe = h.early();
        ArticleFeatures fl = h.late();
        double link = h.link();
        double decay = h.decay();
        Assignment ae = placed.get(early);
        Assignment al = placed.get(late);
        String how;
        if (!linked) {
          if (!al.eventId().equals(ae.eventId())) {
            how = "merge";
          } else if (al.duplicateOf().isPresent()) {
            how = "duplicate";
          } else {
            how = link * decay >= config.eventThreshold() ? "direct" : "chain";
          }
        } else {
          how =
              !fe.lang().equals(fl.lang()) ? "stories" : al.newEvent() ? "opened" : "joined-other";
        }
        out.printf(
            Locale.ROOT,
            "%s\t%d\t%.2f\t%s\t%s\t%s\t%d/%d\t%s\tlink %.3f\tdecay %.2f\t%s\t%s\t%s"
                + "\tsizes %d/%d\tyears %s/%s%n",
            linked ? "SPLIT" : "JOINED",
            f,
            g.overall(),
            early,
            late,
            fe.lang() + "-" + fl.lang(),
            order.get(early),
            order.get(late),
            date(fe.date()) + "/" + date(fl.date()),
            link,
            decay,
            how,
            describe(ae),
            describe(al),
            size(c, e1),
            size(c, e2),
            Long.toHexString(fz.years().getOrDefault(early, 0L)),
            Long.toHexString(fz.years().getOrDefault(late, 0L)));
        out.printf(
            Locale.ROOT,
            "  T\t%s\t%s\t%s%n  T\t%s\t%s\t%s%n",
            early,
            byId.get(early).source(),
            opening(byId.get(early)),
            late,
            byId.get(late).source(),
            opening(byId.get(late)));
        if (!linked) {
          for (Article a : all) {
            if (!e1.equals(c.eventOf().get(a.id()))) {
              continue;
            }
            ArticleFeatures fa = fz.features().get(a.id());
            out.printf(
                Locale.ROOT,
                "  M\t%s\t%d\t%s\t%s\tto-early %.3f\tto-late %.3f\t%s%n",
                a.id(),
                order.get(a.id()),
                date(fa.date()),
                describe(placed.get(a.id())),
                a.id().equals(early) ? 1.0 : scorer.probability(fa, fe),
                a.id().equals(late) ? 1.0 : scorer.probability(fa, fl),
                Texts.abbreviate(a.title(), 70));
          }
        }
      }
    }
  }

  /** The title, or the text's first 100 characters when the title is empty (most SemEval ones). */
  private static String opening(Article a) {
    return Texts.abbreviate(a.title().isBlank() ? a.text().strip() : a.title(), 100);
  }

  /**
   * One line per labelled held-out pair in one language: fold, gold, clustered together, link, and
   * the decision's features of the later article against a one-article event of the earlier one.
   */
  private static void rows(
      PrintStream out,
      int f,
      int[] fold,
      PairEvaluator.PairData data,
      ClusterEvaluator.Clustering c,
      Map<String, Assignment> placed,
      Map<String, Integer> order,
      AssignmentTraining.Featurized fz,
      PairScorer scorer,
      ClusterConfig config) {
    if (f == 1) {
      out.println(
          "fold\tgold\ttogether\tearly\tlate\tlang\tgap\tlink\tq\tlead_cos\tgrams_cos\t"
              + String.join("\t", EventFeatures.NAMES));
    }
    for (int i : fold) {
      PairsDataset.GoldPair g = data.pairs().get(i);
      if (g.overall() > 1.5 && g.overall() < 3.5) {
        continue;
      }
      if (!fz.features().containsKey(g.id1()) || !fz.features().containsKey(g.id2())) {
        continue;
      }
      Held h = Held.of(g, order, fz, scorer, config);
      ArticleFeatures fe = h.early();
      ArticleFeatures fl = h.late();
      if (!fe.lang().equals(fl.lang())) {
        continue;
      }
      String early = fe.id();
      String late = fl.id();
      double link = h.link();
      double[] x =
          LinkedSplitReport.seedFeatures(
              fl,
              fe,
              link,
              h.decay(),
              fz.years().getOrDefault(late, 0L),
              fz.years().getOrDefault(early, 0L));
      StringBuilder sb = new StringBuilder();
      for (double v : x) {
        sb.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
      }
      out.printf(
          Locale.ROOT,
          "%d\t%.2f\t%d\t%s\t%s\t%s\t%d\t%.4f\t%.4f\t%.4f\t%.4f%s%n",
          f,
          g.overall(),
          c.eventOf().get(early).equals(c.eventOf().get(late)) ? 1 : 0,
          early,
          late,
          fe.lang(),
          order.get(late) - order.get(early),
          link,
          config.assignment().probability(x),
          fl.lead().cosine(fe.lead()),
          fl.charGrams().cosine(fe.charGrams()),
          sb);
    }
  }

  /**
   * A held-out pair in arrival order: the earlier and the later article's features, the pair's link
   * probability (the later against the earlier) and the time decay between them.
   */
  private record Held(ArticleFeatures early, ArticleFeatures late, double link, double decay) {
    static Held of(
        PairsDataset.GoldPair g,
        Map<String, Integer> order,
        AssignmentTraining.Featurized fz,
        PairScorer scorer,
        ClusterConfig config) {
      boolean firstEarlier = order.get(g.id1()) < order.get(g.id2());
      ArticleFeatures e = fz.features().get(firstEarlier ? g.id1() : g.id2());
      ArticleFeatures l = fz.features().get(firstEarlier ? g.id2() : g.id1());
      return new Held(
          e,
          l,
          scorer.probability(l, e),
          EventFeatures.decay(l.date(), e.date(), e.date(), config.decayDays()));
    }
  }

  private static int size(ClusterEvaluator.Clustering c, String event) {
    return (int) c.eventOf().values().stream().filter(event::equals).count();
  }

  private static String describe(Assignment a) {
    return a.eventId()
        + (a.newEvent() ? ":new" : a.duplicateOf().isPresent() ? ":dup" : ":join")
        + String.format(Locale.ROOT, "@%.2f", a.probability());
  }

  private static String date(Optional<java.time.LocalDate> d) {
    return d.map(Object::toString).orElse("-");
  }
}
