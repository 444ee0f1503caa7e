package dev.storylink.eval;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.link.CrossLanguageFeatures;
import dev.storylink.text.LinguaLanguageIdentifier;
import dev.storylink.text.TextAnalysis;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often names match across scripts on pairs that are and are not one story, a development
 * helper run by hand (issue 11, fifth round):
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.eval.NameMatchReport \
 *     ../shared/data/xling-dev/ecb ../shared/data/semeval2022-task8
 * </pre>
 *
 * <p>For the ECB+ set: every pair of a rendered document and an English one, by relation (same gold
 * event, the look-alike event of its topic, another topic), the share with a matched name ({@code
 * namehits} &gt; 0) and with a matched multi-token name ({@code namepairs} &gt; 0: a Chinese
 * transliterated name or a short name keyed with its neighbour). For the SemEval set: every pair of
 * an Arabic and an English article (the set pairs articles within one language, so these are
 * unrelated), the same shares. Not thread-safe; prints to standard output.
 */
public final class NameMatchReport {
  private NameMatchReport() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length > 0) {
      ecb(Path.of(args[0]), out);
    }
    if (args.length > 1) {
      semeval(Path.of(args[1]), out);
    }
  }

  private static Map<String, ArticleFeatures> features(Map<String, Article> articles) {
    CorpusStats stats = new CorpusStats();
    articles.values().forEach(a -> stats.add(TextAnalysis.analyze(a.fullText(), a.lang())));
    FeatureExtractor fx = new FeatureExtractor(stats, new LinguaLanguageIdentifier());
    Map<String, ArticleFeatures> out = new TreeMap<>();
    articles.values().forEach(a -> out.put(a.id(), fx.extract(fx.withSupportedLanguage(a))));
    return out;
  }

  /** Counts of pairs: all, with a matched name, with a matched multi-token name. */
  private static final class Counts {
    int pairs;
    int named;
    int multi;
    final List<String> multiExamples = new ArrayList<>();

    void add(ArticleFeatures a, ArticleFeatures b) {
      double[] z = CrossLanguageFeatures.compute(a, b);
      pairs++;
      if (z[CrossLanguageFeatures.index("namehits")] > 0) {
        named++;
      }
      if (z[CrossLanguageFeatures.index("namepairs")] > 0) {
        multi++;
        if (multiExamples.size() < 8) {
          multiExamples.add(a.id() + "~" + b.id());
        }
      }
    }

    String line(String label) {
      return String.format(
          Locale.ROOT,
          "%-28s pairs %6d  name matched %6d (%.3f)  multi-token name matched %5d (%.4f) %s",
          label,
          pairs,
          named,
          pairs == 0 ? 0.0 : (double) named / pairs,
          multi,
          pairs == 0 ? 0.0 : (double) multi / pairs,
          multiExamples);
    }
  }

  static void ecb(Path dir, PrintStream out) throws IOException {
    Map<String, String> gold = ClusterEvaluator.readGold(dir.resolve("clusters.tsv"));
    Map<String, ArticleFeatures> feats =
        features(PairsDataset.readArticles(dir.resolve("articles.jsonl")));
    Map<String, Counts> byRelation = new TreeMap<>();
    for (ArticleFeatures r : feats.values()) {
      if (r.lang().equals("en")) {
        continue;
      }
      for (ArticleFeatures e : feats.values()) {
        if (!e.lang().equals("en")) {
          continue;
        }
        String relation =
            gold.get(r.id()).equals(gold.get(e.id()))
                ? "same event"
                : topic(r.id()).equals(topic(e.id())) ? "look-alike event" : "other topic";
        byRelation.computeIfAbsent(r.lang() + " " + relation, k -> new Counts()).add(r, e);
        byRelation.computeIfAbsent("all " + relation, k -> new Counts()).add(r, e);
      }
    }
    byRelation.forEach((k, c) -> out.println(c.line(k)));
  }

  private static String topic(String id) {
    return id.substring(0, id.indexOf('_'));
  }

  static void semeval(Path dir, PrintStream out) throws IOException {
    Map<String, Article> articles = PairsDataset.readArticles(dir.resolve("articles.jsonl"));
    Map<String, Article> arEn = new TreeMap<>();
    articles.forEach(
        (id, a) -> {
          if (a.lang().equals("ar") || a.lang().equals("en")) {
            arEn.put(id, a);
          }
        });
    Map<String, ArticleFeatures> feats = features(arEn);
    Counts c = new Counts();
    for (ArticleFeatures a : feats.values()) {
      if (!a.lang().equals("ar")) {
        continue;
      }
      for (ArticleFeatures e : feats.values()) {
        if (e.lang().equals("en")) {
          c.add(a, e);
        }
      }
    }
    out.println(c.line("SemEval ar x en (unrelated)"));
  }
}
