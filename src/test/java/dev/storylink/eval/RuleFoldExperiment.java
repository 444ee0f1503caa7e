package dev.storylink.eval;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.cluster.Years;
import dev.storylink.core.Article;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shipped rule's topic-fold cross-validation ({@link RuleFoldEvaluation}) with its details, a
 * development helper run by hand:
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.eval.RuleFoldExperiment \
 *     ../shared/data/ecbplus cv|pertopic|splits[:t=0.43,m=0.30]
 * </pre>
 *
 * <p>{@code cv}: every setting of the grid clustered on all articles in file order, its in-sample
 * figures, each fold's choice and the pooled held-out figures; {@code pertopic}: the same with each
 * topic clustered alone (a fresh store per topic and setting); {@code splits}: one setting (the
 * shipped one unless {@code t}, {@code m} are given) in file order, each gold event split over
 * several events with those events' articles and the latest year each article names. Not
 * thread-safe; prints to standard output.
 */
public final class RuleFoldExperiment {
  private RuleFoldExperiment() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = Path.of(args[0]);
    LanguageIdentifier langId = new LinguaLanguageIdentifier();
    Map<String, String> gold = ClusterEvaluator.readGold(dir.resolve("clusters.tsv"));
    Map<String, String> topics = TopicFoldEvaluation.readTopics(dir);
    Map<String, Article> articles = PairsDataset.readArticles(dir.resolve("articles.jsonl"));
    ClusterConfig base = ClusterConfig.defaults();
    for (int i = 1; i < args.length; i++) {
      String[] parts = args[i].split(":", 2);
      Map<String, Double> o = new LinkedHashMap<>();
      if (parts.length > 1) {
        for (String kv : parts[1].split(",")) {
          String[] p = kv.split("=");
          o.put(p[0], Double.parseDouble(p[1]));
        }
      }
      switch (parts[0]) {
        case "cv", "pertopic" -> {
          boolean perTopic = parts[0].equals("pertopic");
          RuleFoldEvaluation.Setting old = new RuleFoldEvaluation.Setting(0.43, 0.35);
          Comparator<RuleFoldEvaluation.Setting> toward =
              Comparator.comparingDouble(
                  (RuleFoldEvaluation.Setting x) ->
                      -Math.abs(x.eventThreshold() - old.eventThreshold())
                          - Math.abs(x.mergeLink() - old.mergeLink()));
          List<String> names = List.of("cautious", "bold", "toward " + old);
          List<RuleFoldEvaluation.Result> rs =
              RuleFoldEvaluation.evaluate(
                  gold,
                  topics,
                  TopicFoldEvaluation.FOLDS,
                  RuleFoldEvaluation.grid(),
                  s -> {
                    Map<String, String> ev =
                        perTopic
                            ? perTopic(articles, topics, s.apply(base), langId)
                            : ClusterEvaluator.cluster(articles.values(), s.apply(base), langId)
                                .eventOf();
                    out.printf(
                        Locale.ROOT,
                        "%s %s in-sample %s%n",
                        parts[0],
                        s,
                        ClusterEvaluator.bcubed(ev, gold));
                    Map<String, double[]> per = new TreeMap<>();
                    TopicFoldEvaluation.bcubedPerArticle(ev, gold)
                        .forEach(
                            (id, pr) -> {
                              double[] t = per.computeIfAbsent(topics.get(id), k -> new double[3]);
                              t[0] += pr[0];
                              t[1] += pr[1];
                              t[2]++;
                            });
                    StringBuilder line = new StringBuilder("   per topic P/R:");
                    per.forEach(
                        (t, v) ->
                            line.append(
                                String.format(
                                    Locale.ROOT, " %s %.2f/%.2f", t, v[0] / v[2], v[1] / v[2])));
                    out.println(line);
                    return ev;
                  },
                  List.of(RuleFoldEvaluation.CAUTIOUS, RuleFoldEvaluation.BOLD, toward));
          for (int k = 0; k < rs.size(); k++) {
            RuleFoldEvaluation.Result r = rs.get(k);
            out.printf(
                Locale.ROOT,
                "%s CV (ties %s) P=%.3f R=%.3f F1=%.3f chosen %s (%s)%n",
                parts[0],
                names.get(k),
                r.precision(),
                r.recall(),
                r.f1(),
                r.chosen(),
                r.chosenSummary());
          }
        }
        case "splits" -> {
          RuleFoldEvaluation.Setting s =
              new RuleFoldEvaluation.Setting(
                  o.getOrDefault("t", base.eventThreshold()),
                  o.getOrDefault("m", base.mergeLink()));
          Map<String, String> ev =
              ClusterEvaluator.cluster(articles.values(), s.apply(base), langId).eventOf();
          out.printf(Locale.ROOT, "splits %s %s%n", s, ClusterEvaluator.bcubed(ev, gold));
          splits(out, ev, gold, articles);
        }
        default -> throw new IllegalArgumentException("unknown: " + args[i]);
      }
    }
  }

  /** Each topic's articles clustered alone, in file order; event ids prefixed by the topic. */
  static Map<String, String> perTopic(
      Map<String, Article> articles,
      Map<String, String> topics,
      ClusterConfig config,
      LanguageIdentifier langId) {
    Map<String, List<Article>> byTopic = new TreeMap<>();
    for (Article a : articles.values()) {
      byTopic.computeIfAbsent(topics.getOrDefault(a.id(), "?"), k -> new ArrayList<>()).add(a);
    }
    Map<String, String> out = new LinkedHashMap<>();
    byTopic.forEach(
        (t, list) ->
            ClusterEvaluator.cluster(list, config, langId)
                .eventOf()
                .forEach((id, e) -> out.put(id, t + "/" + e)));
    return out;
  }

  private static void splits(
      PrintStream out,
      Map<String, String> eventOf,
      Map<String, String> gold,
      Map<String, Article> articles) {
    Map<String, Map<String, List<String>>> byGold = new TreeMap<>();
    Map<String, Map<String, Integer>> goldOfEvent = new TreeMap<>();
    eventOf.forEach(
        (id, e) -> {
          String g = gold.get(id);
          byGold
              .computeIfAbsent(g, k -> new TreeMap<>())
              .computeIfAbsent(e, k -> new ArrayList<>())
              .add(id);
          goldOfEvent.computeIfAbsent(e, k -> new TreeMap<>()).merge(g, 1, Integer::sum);
        });
    byGold.forEach(
        (g, events) -> {
          if (events.size() < 2) {
            return;
          }
          out.printf(Locale.ROOT, "gold %s: %d events%n", g, events.size());
          events.forEach(
              (e, ids) -> {
                List<String> marked = new ArrayList<>();
                for (String id : ids) {
                  long mask = Years.of(articles.get(id));
                  marked.add(id + (mask == 0 ? "" : "@" + Years.latest(mask)));
                }
                out.printf(
                    Locale.ROOT,
                    "  %s (%d; event holds %s): %s%n",
                    e,
                    ids.size(),
                    goldOfEvent.get(e),
                    String.join(" ", marked));
              });
        });
  }
}
