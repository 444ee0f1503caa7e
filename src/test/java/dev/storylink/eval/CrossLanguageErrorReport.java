package dev.storylink.eval;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.link.CrossLanguageFeatures;
import dev.storylink.link.CrossLanguageModel;
import dev.storylink.link.CrossLanguageTrainer;
import dev.storylink.link.PairFeatures;
import dev.storylink.link.Reason;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.LinguaLanguageIdentifier;
import dev.storylink.text.TextAnalysis;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Error analysis of the cross-language model (issue 11), a development helper run by hand:
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.eval.CrossLanguageErrorReport \
 *     ../shared/data/xling-dev/pairs ../shared/data/xling-dev/ecb
 * </pre>
 *
 * <p>For a pair set: every pair in different languages with its out-of-fold similarity (the folds
 * of {@code eval pairs --cv}, models from {@link CrossLanguageCv#trainWithout}), largest error
 * first, with its non-zero features. For a cluster set: every rendered document with whether it
 * joined its event's English documents, the documents of other events in its story, and its best
 * same-event and other-event English partners under the shipped model with the reasons. Not
 * thread-safe; prints to standard output.
 */
public final class CrossLanguageErrorReport {
  private CrossLanguageErrorReport() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    LanguageIdentifier langId = new LinguaLanguageIdentifier();
    if (args.length > 0) {
      pairs(Path.of(args[0]), langId, out);
    }
    if (args.length > 1) {
      stories(Path.of(args[1]), langId, out);
    }
  }

  /** The pairs of {@code dir} in different languages, largest out-of-fold error first. */
  static void pairs(Path dir, LanguageIdentifier langId, PrintStream out) throws IOException {
    PairEvaluator.PairData data = PairEvaluator.featurize(PairsDataset.load(dir), langId);
    List<CrossLanguageTrainer.Row> rows = data.rows();
    List<CrossLanguageTrainer.Row> companion = CrossLanguageCv.companion(dir, langId);
    int n = rows.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Collections.shuffle(Arrays.asList(order), new Random(PairsEvaluation.SEED));
    double[] sim = new double[n];
    double[] prob = new double[n];
    for (int f = 0; f < 10; f++) {
      List<Integer> fold = new ArrayList<>();
      for (int i = f; i < n; i += 10) {
        fold.add(order[i]);
      }
      CrossLanguageModel m =
          CrossLanguageCv.trainWithout(
              rows, fold.stream().mapToInt(Integer::intValue).toArray(), companion);
      for (int i : fold) {
        sim[i] = m.similarity(rows.get(i).z());
        prob[i] = m.probability(sim[i]);
      }
    }
    List<Integer> cross = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (rows.get(i).crossLanguage()) {
        cross.add(i);
      }
    }
    cross.sort(
        (a, b) ->
            Double.compare(
                Math.abs(sim[b] - rows.get(b).gold()), Math.abs(sim[a] - rows.get(a).gold())));
    for (int i : cross) {
      CrossLanguageTrainer.Row r = rows.get(i);
      boolean decided = r.gold() <= 2 || r.gold() >= 3;
      boolean wrong = decided && (prob[i] >= 0.5) != (r.gold() <= 2);
      StringBuilder f = new StringBuilder();
      double[] z = r.z();
      for (int k = 0; k < z.length; k++) {
        if (z[k] > 0) {
          f.append(
              String.format(Locale.ROOT, " %s=%.2f", CrossLanguageFeatures.NAMES.get(k), z[k]));
        }
      }
      out.printf(
          Locale.ROOT,
          "%-16s %-16s gold %.2f predicted %.2f p %.2f %s |%s%n",
          r.id1(),
          r.id2(),
          r.gold(),
          sim[i],
          prob[i],
          wrong ? "WRONG" : "ok",
          f);
    }
  }

  /** The rendered documents of the cluster set {@code dir}: attach, false joins and why. */
  static void stories(Path dir, LanguageIdentifier langId, PrintStream out) throws IOException {
    Map<String, String> gold = ClusterEvaluator.readGold(dir.resolve("clusters.tsv"));
    Map<String, Article> articles = PairsDataset.readArticles(dir.resolve("articles.jsonl"));
    ClusterEvaluator.Clustering c =
        ClusterEvaluator.cluster(
            articles.values(), ClusterConfig.defaults(), langId, ClusterEvaluator.Progress.NONE);
    Map<String, String> langOf = new HashMap<>();
    articles.values().forEach(a -> langOf.put(a.id(), a.lang()));
    out.println(StoryEvaluator.score(c.storyOf(), gold, langOf));
    CorpusStats stats = new CorpusStats();
    articles.values().forEach(a -> stats.add(TextAnalysis.analyze(a.fullText(), a.lang())));
    FeatureExtractor fx = new FeatureExtractor(stats, langId);
    Map<String, ArticleFeatures> feats = new HashMap<>();
    articles.values().forEach(a -> feats.put(a.id(), fx.extract(a)));
    CrossLanguageModel model = CrossLanguageModel.shipped();
    Map<String, List<String>> members = new TreeMap<>();
    c.storyOf().forEach((d, s) -> members.computeIfAbsent(s, k -> new ArrayList<>()).add(d));
    for (String doc : new TreeSet<>(gold.keySet())) {
      String lang = langOf.getOrDefault(doc, "");
      if (lang.isEmpty() || lang.equals("en") || !c.storyOf().containsKey(doc)) {
        continue;
      }
      String event = gold.get(doc);
      List<String> story = members.get(c.storyOf().get(doc));
      boolean attached =
          story.stream()
              .anyMatch(
                  o -> !o.equals(doc) && event.equals(gold.get(o)) && "en".equals(langOf.get(o)));
      List<String> others =
          story.stream()
              .filter(o -> !event.equals(gold.get(o)))
              .map(o -> o + "/" + gold.get(o))
              .toList();
      String bestSame = "";
      String bestOther = "";
      double pSame = 0;
      double pOther = 0;
      for (String o : gold.keySet()) {
        if (!"en".equals(langOf.get(o)) || !feats.containsKey(o)) {
          continue;
        }
        double p = model.probability(feats.get(doc), feats.get(o));
        if (event.equals(gold.get(o)) && p > pSame) {
          pSame = p;
          bestSame = o;
        } else if (!event.equals(gold.get(o)) && p > pOther) {
          pOther = p;
          bestOther = o;
        }
      }
      out.printf(
          Locale.ROOT,
          "%s (%s) event %s: %s; other events in its story %s; best same-event %s p %.2f, best"
              + " other-event %s p %.2f%n",
          doc,
          lang,
          event,
          attached ? "attached" : "NOT attached",
          others,
          bestSame,
          pSame,
          bestOther,
          pOther);
      for (String o : List.of(bestSame, bestOther)) {
        if (!o.isEmpty()) {
          out.println("    vs " + o + ": " + reasons(feats.get(doc), feats.get(o)));
        }
      }
    }
  }

  private static String reasons(ArticleFeatures a, ArticleFeatures b) {
    return PairFeatures.reasons(a, b).stream()
        .limit(15)
        .map((Reason r) -> r.kind() + ":" + r.label())
        .collect(Collectors.joining(" "));
  }
}
