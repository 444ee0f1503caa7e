package dev.storylink.link;

import dev.storylink.core.Article;
import dev.storylink.eval.PairsDataset;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.text.LinguaLanguageIdentifier;
import dev.storylink.text.TextAnalysis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Session 18 of {@link LinkExperiments}: training rows from other dev sets added to every training
 * fold of the SemEval CV (never to calibration, never scored). ECB+ ({@code ../ecbplus}): pairs of
 * one gold event at gold {@code same}, pairs of the two look-alike events of one topic at {@code
 * look}, pairs of two topics at {@code other}, {@code n} of each drawn at random (seed 18); the
 * rendered ECB+ ({@code ../xling-dev/ecb}): its same-language pairs of translated documents (ar-ar,
 * fa-fa, ...), scored alike. Each data set's term statistics are its own articles', as a store
 * holding only them would count. A development helper run by hand; not thread-safe.
 */
final class Session18Rows {
  private Session18Rows() {}

  /** One setting: rows per class, the three golds, the extra rows' weight, which sets. */
  record Spec(
      int[] n,
      double same,
      double look,
      double other,
      double weight,
      boolean ecb,
      int xecb,
      String part) {
    /**
     * {@code key=value,...} over n, same, look, other, w, ecb (0/1), xecb (0/1/2: 2 = ar,tr only).
     */
    static Spec parse(String s) {
      Map<String, String> kv = new HashMap<>();
      for (String p : s.split(",")) {
        if (!p.isBlank()) {
          String[] f = p.split("=");
          kv.put(f[0], f[1]);
        }
      }
      String n = kv.getOrDefault("n", "0");
      return new Spec(
          new int[] {
            Integer.parseInt(kv.getOrDefault("ns", n)),
            Integer.parseInt(kv.getOrDefault("nl", n)),
            Integer.parseInt(kv.getOrDefault("no", n))
          },
          Double.parseDouble(kv.getOrDefault("same", "1")),
          Double.parseDouble(kv.getOrDefault("look", "3")),
          Double.parseDouble(kv.getOrDefault("other", "4")),
          Double.parseDouble(kv.getOrDefault("w", "1")),
          !kv.getOrDefault("ecb", "1").equals("0"),
          Integer.parseInt(kv.getOrDefault("xecb", "0")),
          kv.getOrDefault("part", "both"));
    }
  }

  /** A labelled document set: features, gold event and topic per document. */
  record Docs(List<ArticleFeatures> feats, List<String> event, List<String> topic) {}

  static Docs ecb;
  static Docs xecb;

  /** Session 19: the two documents of each extra row of the last {@link #use}, in row order. */
  static final List<ArticleFeatures[]> rowDocs = new ArrayList<>();

  static void load(Path semevalDir) throws IOException {
    Path data = semevalDir.toAbsolutePath().getParent();
    ecb = docs(data.resolve("ecbplus"), id -> true);
    xecb = docs(data.resolve("xling-dev/ecb"), id -> id.contains("."));
  }

  private static Docs docs(Path dir, java.util.function.Predicate<String> keep) throws IOException {
    Map<String, Article> arts = PairsDataset.readArticles(dir.resolve("articles.jsonl"));
    CorpusStats stats = new CorpusStats();
    arts.values().parallelStream()
        .forEach(a -> stats.add(TextAnalysis.analyze(a.fullText(), a.lang())));
    FeatureExtractor fx = new FeatureExtractor(stats, new LinguaLanguageIdentifier());
    Map<String, ArticleFeatures> f = new ConcurrentHashMap<>();
    arts.values().parallelStream().forEach(a -> f.put(a.id(), fx.extract(a)));
    Map<String, String> ev = tsv(dir.resolve("clusters.tsv"));
    Map<String, String> tp = tsv(dir.resolve("topics.tsv"));
    List<String> ids = new ArrayList<>(arts.keySet());
    ids.removeIf(id -> !keep.test(id) || !ev.containsKey(id));
    Collections.sort(ids);
    return new Docs(
        ids.stream().map(f::get).toList(),
        ids.stream().map(ev::get).toList(),
        ids.stream().map(tp::get).toList());
  }

  private static Map<String, String> tsv(Path p) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length >= 2) {
        out.put(f[0], f[1]);
      }
    }
    return out;
  }

  /**
   * Replaces the harness's extra rows by those of {@code s}: their features appended to {@link
   * LinkExperiments#xs} and golds to {@link LinkExperiments#gold}, their indices in {@link
   * ExperimentModel#extraRows}. Returns a description (rows per kind).
   */
  static String use(Spec s) {
    int n = LinkExperiments.pairs.size();
    List<double[]> xs = LinkExperiments.xs;
    while (xs.size() > n) {
      xs.remove(xs.size() - 1);
    }
    List<Double> golds = new ArrayList<>();
    rowDocs.clear();
    int[] kinds = new int[3];
    if (s.ecb()) {
      List<int[]>[] byKind = classes(ecb, false);
      Random rnd = new Random(18);
      for (int k = 0; k < 3; k++) {
        List<int[]> l = new ArrayList<>(byKind[k]);
        Collections.shuffle(l, rnd);
        for (int[] p : l.subList(0, Math.min(s.n()[k], l.size()))) {
          xs.add(PairFeatures.compute(ecb.feats().get(p[0]), ecb.feats().get(p[1])));
          rowDocs.add(new ArticleFeatures[] {ecb.feats().get(p[0]), ecb.feats().get(p[1])});
          golds.add(k == 0 ? s.same() : k == 1 ? s.look() : s.other());
          kinds[k]++;
        }
      }
    }
    int xrows = 0;
    if (s.xecb() > 0) {
      List<int[]>[] byKind = classes(xecb, true);
      for (int k = 0; k < 3; k++) {
        for (int[] p : byKind[k]) {
          String lang = xecb.feats().get(p[0]).lang();
          if (s.xecb() == 2 && !lang.equals("ar") && !lang.equals("tr")) {
            continue;
          }
          xs.add(PairFeatures.compute(xecb.feats().get(p[0]), xecb.feats().get(p[1])));
          golds.add(k == 0 ? s.same() : k == 1 ? s.look() : s.other());
          rowDocs.add(new ArticleFeatures[] {xecb.feats().get(p[0]), xecb.feats().get(p[1])});
          xrows++;
        }
      }
    }
    double[] g = Arrays.copyOf(LinkExperiments.gold, n + golds.size());
    for (int i = 0; i < golds.size(); i++) {
      g[n + i] = golds.get(i);
    }
    LinkExperiments.gold = g;
    ExperimentModel.extraRows = java.util.stream.IntStream.range(n, n + golds.size()).toArray();
    ExperimentModel.extraWeight = s.weight();
    ExperimentModel.extraPart = s.part();
    return String.format(
        Locale.ROOT,
        "ecb same/look/other %d/%d/%d, xecb %d, gold %.1f/%.1f/%.1f, w %.2f, %s",
        kinds[0],
        kinds[1],
        kinds[2],
        xrows,
        s.same(),
        s.look(),
        s.other(),
        s.weight(),
        s.part());
  }

  /**
   * Prints, per class of the extra rows of {@code spec} (given golds), the mean and standard
   * deviation of the similarity of the model fitted on all SemEval pairs (no extra rows) and of a
   * few features.
   */
  static void predictions(String spec) {
    Spec s = Spec.parse(spec);
    use(new Spec(new int[3], 1, 3, 4, 1, false, 0, "both"));
    int n = LinkExperiments.pairs.size();
    int[] all = java.util.stream.IntStream.range(0, n).toArray();
    ExperimentModel m = ExperimentModel.fit(all, LinkExperiments.Opts.parse(";logit+cubic"), true);
    use(s);
    Map<Double, List<double[]>> byGold = new java.util.TreeMap<>();
    for (int i : ExperimentModel.extraRows) {
      byGold.computeIfAbsent(LinkExperiments.gold[i], g -> new ArrayList<>()).add(shown(m, i));
    }
    for (int i = 0; i < n; i++) {
      if (!LinkExperiments.crossLang[i]) {
        double g = LinkExperiments.gold[i];
        double key = -(g <= 1.5 ? 1.0 : g < 2.5 ? 2.0 : g < 3.5 ? 3.0 : 4.0);
        byGold.computeIfAbsent(key, k -> new ArrayList<>()).add(shown(m, i));
      }
    }
    byGold.forEach(
        (g, l) -> {
          StringBuilder sb =
              new StringBuilder(
                  String.format(
                      Locale.ROOT,
                      "%s %.1f n=%d",
                      g < 0 ? "semeval ~" : "extra gold",
                      Math.abs(g),
                      l.size()));
          for (int c = 0; c < 4; c++) {
            final int cc = c;
            double mean = l.stream().mapToDouble(v -> v[cc]).average().orElse(0);
            double sd =
                Math.sqrt(
                    l.stream()
                        .mapToDouble(v -> (v[cc] - mean) * (v[cc] - mean))
                        .average()
                        .orElse(0));
            sb.append(String.format(Locale.ROOT, "  %.2f±%.2f", mean, sd));
          }
          System.out.println(sb + "   (sim, terms, names, sentmax)");
        });
  }

  /** Row {@code i}'s similarity by {@code m}, and its terms, names and sentmax features. */
  private static double[] shown(ExperimentModel m, int i) {
    double[] x = LinkExperiments.xs.get(i);
    return new double[] {
      m.out(i),
      x[PairFeatures.index("terms")],
      x[PairFeatures.index("names")],
      x[PairFeatures.index("sentmax")]
    };
  }

  /** Pairs of one event, of one topic's two events, of two topics (same language when asked). */
  @SuppressWarnings("unchecked")
  private static List<int[]>[] classes(Docs d, boolean sameLanguage) {
    List<int[]>[] out = new List[] {new ArrayList<>(), new ArrayList<>(), new ArrayList<>()};
    int m = d.feats().size();
    for (int i = 0; i < m; i++) {
      for (int j = i + 1; j < m; j++) {
        if (sameLanguage && !d.feats().get(i).lang().equals(d.feats().get(j).lang())) {
          continue;
        }
        int k =
            d.event().get(i).equals(d.event().get(j))
                ? 0
                : d.topic().get(i).equals(d.topic().get(j)) ? 1 : 2;
        out[k].add(new int[] {i, j});
      }
    }
    return out;
  }
}
