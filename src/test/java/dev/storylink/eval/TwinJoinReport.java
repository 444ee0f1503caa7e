package dev.storylink.eval;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.cluster.EventFeatures;
import dev.storylink.cluster.Years;
import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import dev.storylink.link.PairScorer;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints, for every event of a clustering that ends up holding two gold events, the moment a
 * document of the second gold event joined it: its features against the event then, and what the
 * two sides mention (years, full dates, top names, figures). A development helper run by hand:
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.eval.TwinJoinReport \
 *     ../shared/data/xling-dev/ecb
 * </pre>
 *
 * <p>The clustering is the real clusterer's (shipped configuration); the features are recomputed by
 * replaying its assignments in file order with {@link AssignmentTraining#featurizeInOrder}. Not
 * thread-safe; prints to standard output.
 */
public final class TwinJoinReport {
  private TwinJoinReport() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = Path.of(args[0]);
    LanguageIdentifier langId = new LinguaLanguageIdentifier();
    ClusterConfig config = ClusterConfig.defaults();
    PairScorer scorer = AssignmentSimulation.caching(AssignmentSimulation.clusterScorer(config));
    Map<String, Article> articles = PairsDataset.readArticles(dir.resolve("articles.jsonl"));
    Map<String, String> gold = ClusterEvaluator.readGold(dir.resolve("clusters.tsv"));
    List<Article> all = new ArrayList<>(articles.values());
    ClusterEvaluator.Clustering c = ClusterEvaluator.cluster(all, config, langId);
    AssignmentTraining.Featurized fz = AssignmentTraining.featurizeInOrder(all, langId);
    // events holding two gold events
    Map<String, Map<String, Integer>> golds = new HashMap<>();
    c.eventOf()
        .forEach(
            (a, e) ->
                golds
                    .computeIfAbsent(e, k -> new LinkedHashMap<>())
                    .merge(gold.get(a), 1, Integer::sum));
    PrintStream joins = args.length > 1 ? new PrintStream(args[1], StandardCharsets.UTF_8) : null;
    if (joins != null) {
      joins.println(
          "id\town\tsize\tay\tey\tfounder\tfbest\t" + String.join("\t", EventFeatures.NAMES));
    }
    for (Article a : all) {
      String g = gold.get(a.id());
      if (a.lang().equals("en") || !c.eventOf().containsKey(a.id())) {
        continue;
      }
      String story = c.storyOf().get(a.id());
      List<String> wrong = new ArrayList<>();
      c.storyOf()
          .forEach(
              (o, s) -> {
                if (s.equals(story) && !g.equals(gold.get(o))) {
                  wrong.add(o + "@" + c.eventOf().get(o));
                }
              });
      if (!wrong.isEmpty()) {
        out.printf(
            Locale.ROOT,
            "FALSE JOIN %s %s (event %s): %s%n",
            a.id(),
            g,
            c.eventOf().get(a.id()),
            wrong);
      }
    }
    Map<String, AssignmentTraining.Event> events = new HashMap<>();
    Map<String, List<String>> members = new HashMap<>();
    for (Article a : all) {
      String e = c.eventOf().get(a.id());
      ArticleFeatures f = fz.features().get(a.id());
      if (e == null || f == null) {
        continue;
      }
      long y = fz.years().get(a.id());
      AssignmentTraining.Event ev = events.get(e);
      List<String> mem = members.computeIfAbsent(e, k -> new ArrayList<>());
      boolean mixed = golds.get(e).size() > 1;
      if (ev != null && joins != null) {
        double[] x = AssignmentTraining.features(f, y, ev, scorer, config.decayDays());
        boolean own = mem.stream().anyMatch(m -> gold.get(m).equals(gold.get(a.id())));
        long ey = 0;
        for (String m : mem) {
          ey |= fz.years().get(m);
        }
        StringBuilder row =
            new StringBuilder(
                a.id()
                    + "\t"
                    + (own ? 1 : 0)
                    + "\t"
                    + mem.size()
                    + "\t"
                    + Long.bitCount(y)
                    + "\t"
                    + Long.bitCount(ey));
        boolean founder = gold.get(mem.get(0)).equals(gold.get(a.id()));
        double fbest = 0;
        for (int r = 0;
            r < Math.min(ev.reps.size(), Math.max(1, config.representatives() / 2));
            r++) {
          fbest = Math.max(fbest, scorer.probability(f, ev.reps.get(r)));
        }
        row.append(String.format(Locale.ROOT, "\t%d\t%.4f", founder ? 1 : 0, fbest));
        for (double v : x) {
          row.append(String.format(Locale.ROOT, "\t%.4f", v));
        }
        joins.println(row);
      }
      if (ev != null && mixed) {
        double[] x = AssignmentTraining.features(f, y, ev, scorer, config.decayDays());
        boolean twin = mem.stream().noneMatch(m -> gold.get(m).equals(gold.get(a.id())));
        boolean joinsMixed =
            twin || mem.stream().anyMatch(m -> !gold.get(m).equals(gold.get(a.id())));
        if (joinsMixed) {
          out.printf(
              Locale.ROOT,
              "%s %s %s (%s) joins %s %s story %s%n",
              twin ? "TWIN" : "mix ",
              a.id(),
              gold.get(a.id()),
              f.lang(),
              e,
              summary(mem, gold),
              c.storyOf().get(a.id()));
          out.printf(Locale.ROOT, "   features %s%n", show(x));
          out.printf(
              Locale.ROOT,
              "   article years %s latest-year counts of the event %s%n",
              years(y),
              latestCounts(mem, fz));
          out.printf(Locale.ROOT, "   article: %s%n", describe(f));
          for (String m : mem) {
            ArticleFeatures g = fz.features().get(m);
            out.printf(
                Locale.ROOT,
                "     %s %-14s p=%.2f years %s %s%n",
                gold.get(m).equals(gold.get(a.id())) ? "own " : "twin",
                m,
                scorer.probability(f, g),
                years(fz.years().get(m)),
                describe(g));
          }
        }
      }
      if (ev == null) {
        ev = new AssignmentTraining.Event(f.lang());
        events.put(e, ev);
      }
      ev.add(f, y, config.representatives());
      mem.add(a.id());
    }
    if (joins != null) {
      joins.close();
    }
  }

  private static String summary(List<String> mem, Map<String, String> gold) {
    return mem.stream()
        .collect(Collectors.groupingBy(gold::get, LinkedHashMap::new, Collectors.counting()))
        .toString();
  }

  private static String latestCounts(List<String> mem, AssignmentTraining.Featurized fz) {
    Map<Integer, Integer> n = new java.util.TreeMap<>();
    int none = 0;
    for (String m : mem) {
      long y = fz.years().get(m);
      if (y == 0) {
        none++;
      } else {
        n.merge(Years.latest(y), 1, Integer::sum);
      }
    }
    return n + " none=" + none;
  }

  private static String describe(ArticleFeatures f) {
    return "dates="
        + keys(f.dates(), 6)
        + " names="
        + top(f.names(), 5)
        + " qty="
        + keys(f.quantities(), 6)
        + " places="
        + top(f.places(), 3)
        + " pub="
        + f.date().map(Object::toString).orElse("-");
  }

  private static String keys(List<Mention> ms, int k) {
    return ms.stream().limit(k).map(Mention::key).toList().toString();
  }

  private static String top(List<Mention> ms, int k) {
    return ms.stream()
        .sorted(Comparator.comparingDouble((Mention m) -> -m.count() * m.weight()))
        .limit(k)
        .map(m -> m.key() + "x" + m.count())
        .toList()
        .toString();
  }

  private static String show(double[] x) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < x.length; i++) {
      if (x[i] != 0) {
        s.append(String.format(Locale.ROOT, "%s=%.2f ", EventFeatures.NAMES.get(i), x[i]));
      }
    }
    return s.toString().strip();
  }

  /** The years of a {@link Years} mask, as a list. */
  static String years(long mask) {
    List<Integer> ys = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      if ((mask & (1L << i)) != 0) {
        ys.add(Years.FIRST + i);
      }
    }
    return ys.toString();
  }
}
