package dev.storylink.link;

import dev.storylink.core.Article;
import dev.storylink.eval.ClusterEvaluator;
import dev.storylink.eval.EcbCrossRows;
import dev.storylink.eval.PairsDataset;
import dev.storylink.eval.TopicFoldEvaluation;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.text.LanguageIdentifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The rendered ECB+ documents of xling-dev ({@code ../shared/data/xling-dev/ecb}) featurised once,
 * for {@link XlingRound9}: their gold events and topics, their rows against the English documents
 * of their topic ({@link EcbCrossRows}) as rows of {@link XlingExperiment}, and the check that no
 * ECB+ text is an article of the pair sets. Not thread-safe (its rows are registered in the static
 * weights of {@link XlingColumns}).
 */
record XlingEcb(
    Map<String, Article> articles,
    Map<String, ArticleFeatures> feats,
    Map<String, String> gold,
    Map<String, String> topics) {
  static final Path ECB = Path.of("../shared/data/xling-dev/ecb");

  static XlingEcb load(LanguageIdentifier langId) throws IOException {
    Map<String, Article> articles = PairsDataset.readArticles(ECB.resolve("articles.jsonl"));
    return new XlingEcb(
        articles,
        EcbCrossRows.featurize(articles, langId),
        ClusterEvaluator.readGold(ECB.resolve("clusters.tsv")),
        TopicFoldEvaluation.readTopics(ECB));
  }

  /**
   * The rows of the settings' pairs in two languages, each with the settings' weight and kept out
   * of the calibration.
   */
  List<XlingExperiment.XRow> xrows(EcbCrossRows.Settings s) throws IOException {
    List<XlingExperiment.XRow> out = new ArrayList<>();
    for (EcbCrossRows.Labeled p : EcbCrossRows.pairs(ECB, articles, s)) {
      ArticleFeatures a = feats.get(p.rendered());
      ArticleFeatures b = feats.get(p.english());
      if (a == null || b == null || a.lang().equals(b.lang())) {
        continue;
      }
      XlingExperiment.XRow r =
          new XlingExperiment.XRow(
              p.rendered(),
              p.english(),
              CrossLanguageFeatures.compute(a, b, PairFeatures.compute(a, b)),
              p.gold(),
              true,
              Set.of(
                  CrossLanguageTrainer.source(p.rendered()),
                  CrossLanguageTrainer.source(p.english())),
              a,
              b);
      XlingColumns.WEIGHT.put(r, s.weight());
      XlingColumns.NO_CAL.add(r);
      out.add(r);
    }
    return out;
  }

  /** {@code companion} followed by the settings' rows. */
  List<XlingExperiment.XRow> with(List<XlingExperiment.XRow> companion, EcbCrossRows.Settings s)
      throws IOException {
    List<XlingExperiment.XRow> out = new ArrayList<>(companion);
    out.addAll(xrows(s));
    return out;
  }

  /** The topics, in order. */
  TreeSet<String> topicSet() {
    return new TreeSet<>(topics.values());
  }

  /**
   * The training rows of a topic fold: {@code base}, then the rows of {@code rows} neither of whose
   * documents is in {@code topic}, in order.
   */
  <R> List<R> outsideTopic(
      List<R> base, List<R> rows, String topic, Function<R, String> id1, Function<R, String> id2) {
    List<R> out = new ArrayList<>(base);
    for (R r : rows) {
      if (!topic.equals(topics.get(id1.apply(r))) && !topic.equals(topics.get(id2.apply(r)))) {
        out.add(r);
      }
    }
    return out;
  }

  static String label(EcbCrossRows.Settings s) {
    return String.format(
        Locale.ROOT, "twin %.1f others %d w %.2f", s.twinGold(), s.others(), s.weight());
  }

  /** Prints, per pair set, how many of its sentences of 60 characters or more an ECB+ text has. */
  static void check(PrintStream out) throws IOException {
    Map<String, Article> ecb = PairsDataset.readArticles(ECB.resolve("articles.jsonl"));
    Set<String> ecbKeys = new HashSet<>();
    for (Article a : ecb.values()) {
      ecbKeys.addAll(keys(a.text()));
    }
    for (Path dir : List.of(XlingExperiment.XLING, XlingExperiment.SEMEVAL)) {
      PairsDataset ds = PairsDataset.load(dir);
      int shared = 0;
      Set<String> docs = new TreeSet<>();
      for (Article a : ds.articles().values()) {
        for (String k : keys(a.text())) {
          if (ecbKeys.contains(k)) {
            shared++;
            docs.add(a.id());
          }
        }
      }
      out.printf(
          Locale.ROOT,
          "%s: %d articles; sentences shared with xling-dev/ecb: %d (articles %s)%n",
          dir,
          ds.articles().size(),
          shared,
          docs);
    }
  }

  /** Normalised sentences of 60 characters or more. */
  static List<String> keys(String text) {
    List<String> out = new ArrayList<>();
    for (String s : text.split("[.!?\\n。؟]")) {
      String k = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
      if (k.length() >= 60) {
        out.add(k);
      }
    }
    return out;
  }
}
