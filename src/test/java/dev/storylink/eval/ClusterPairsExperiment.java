package dev.storylink.eval;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.link.LinkModel;
import dev.storylink.link.LinkTrainer;
import dev.storylink.link.Regression;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cross-validated SemEval cluster-pairs ({@link ClusterPairsCv}) for candidate ways of fitting the
 * clusterer's neutral regression (docs/clustering-quality.md, tenth round), a development helper
 * run by hand:
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.eval.ClusterPairsExperiment \
 *     ../shared/data/semeval2022-task8 base shift:-0.15 identity:1.5:-0.1
 * </pre>
 *
 * <p>Variants: {@code base} (as shipped: {@link PairEvaluator#trainClustering}; prints each fold's
 * calibration); {@code shift:D} (the same, its decision midpoint moved by D: lower joins less);
 * {@code logmid} (the logistic midpoint of the out-of-fold predictions instead of the best-accuracy
 * search); {@code trees} (ridge + the lexical model's boosted trees); {@code identity:C[:D]} (a
 * logistic regression of gold ≤ C against gold ≥ 5 − C over the neutral features, {@link
 * LinkTrainer#trainIdentity}, its midpoint moved by D); {@code mono} (fitted on the pairs in one
 * language only); {@code feat:F,G[:D]} (the neutral features plus F, G, its midpoint moved by D:
 * only features the clusterer's scorer computes, so not the passage features); {@code
 * target:maxtime|meantime|meanget} (the Overall score mixed with sub-scores of {@code
 * pairs_detail.tsv}). Not thread-safe; prints to standard output.
 */
public final class ClusterPairsExperiment {
  private ClusterPairsExperiment() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = Path.of(args[0]);
    LanguageIdentifier langId = new LinguaLanguageIdentifier();
    ClusterConfig config = ClusterConfig.defaults();
    ClusterPairsCv.Prepared p = ClusterPairsCv.Prepared.of(dir, langId);
    java.nio.file.Path detail = dir.resolve("pairs_detail.tsv");
    if (java.nio.file.Files.exists(detail)) {
      List<String> lines = java.nio.file.Files.readAllLines(detail);
      for (String l : lines.subList(1, lines.size())) {
        String[] f = l.split("\t");
        DETAIL.put(
            f[0] + " " + f[1],
            new double[] {
              Double.parseDouble(f[4]),
              Double.parseDouble(f[5]),
              Double.parseDouble(f[6]),
              Double.parseDouble(f[7])
            });
      }
    }
    for (int a = 1; a < args.length; a++) {
      String v = args[a];
      EvalResult r =
          ClusterPairsCv.run(
              p,
              config,
              ClusterPairsCv.FOLDS,
              Long.getLong("seed", ClusterPairsCv.SEED),
              langId,
              f -> {},
              fitter(v, out));
      out.printf(Locale.ROOT, "%s\t%s", v, r.text());
    }
  }

  /** Sub-scores by "id1 id2": Geography, Entities, Time, Narrative. */
  static final java.util.Map<String, double[]> DETAIL = new java.util.HashMap<>();

  static ClusterPairsCv.Fitter fitter(String v, PrintStream out) {
    Regression lexical = LinkModel.shipped().lexical();
    String[] parts = v.split(":");
    double arg =
        parts.length > 1 && !parts[0].equals("feat") && !parts[0].equals("target")
            ? Double.parseDouble(parts[1])
            : 0;
    return switch (parts[0]) {
      case "base" ->
          d -> {
            LinkModel m = PairEvaluator.trainClustering(d, lexical);
            out.printf(
                Locale.ROOT,
                "  neutral slope %.3f midpoint %.3f%n",
                m.neutral().slope(),
                m.neutral().midpoint());
            return m;
          };
      case "shift" ->
          d -> {
            LinkModel m = PairEvaluator.trainClustering(d, lexical);
            Regression n = m.neutral();
            return m.withNeutral(n.withCalibration(n.slope(), n.midpoint() + arg));
          };
      case "identity" ->
          d -> {
            double shift = parts.length > 2 ? Double.parseDouble(parts[2]) : 0;
            LinkModel m = PairEvaluator.trainClustering(d, lexical);
            List<double[]> xs = new ArrayList<>();
            List<Boolean> same = new ArrayList<>();
            for (int i = 0; i < d.pairs().size(); i++) {
              double g = d.pairs().get(i).overall();
              if (g <= arg || g >= 5 - arg) {
                xs.add(d.xs().get(i));
                same.add(g <= arg);
              }
            }
            boolean[] s = new boolean[same.size()];
            double[] w = new double[same.size()];
            for (int i = 0; i < s.length; i++) {
              s[i] = same.get(i);
              w[i] = 1;
            }
            Regression id = LinkTrainer.trainIdentity(LinkModel.neutralShape(), xs, s, w);
            return m.withNeutral(id.withCalibration(id.slope(), id.midpoint() + shift));
          };
      case "trees" ->
          d -> {
            LinkModel m = PairEvaluator.trainClustering(d, lexical);
            double[] ys = d.pairs().stream().mapToDouble(PairsDataset.GoldPair::overall).toArray();
            return m.withNeutral(
                LinkTrainer.train(
                    LinkModel.neutralShape(), d.xs(), ys, null, LinkModel.LEXICAL_TREES));
          };
      case "logmid" ->
          d -> {
            LinkModel m = PairEvaluator.trainClustering(d, lexical);
            Regression n = m.neutral();
            int len = d.pairs().size();
            double[] oof = new double[len];
            double[] ys = d.pairs().stream().mapToDouble(PairsDataset.GoldPair::overall).toArray();
            for (int[] fold : PairEvaluator.folds(len, 10, 42)) {
              int[] rows = PairEvaluator.complement(fold, len);
              List<double[]> xs = new ArrayList<>();
              double[] y = new double[rows.length];
              for (int r = 0; r < rows.length; r++) {
                xs.add(d.xs().get(rows[r]));
                y[r] = ys[rows[r]];
              }
              Regression f = LinkTrainer.train(LinkModel.neutralShape(), xs, y, null);
              for (int i : fold) {
                oof[i] = f.similarity(d.xs().get(i));
              }
            }
            List<double[]> rows = new ArrayList<>();
            List<Boolean> same = new ArrayList<>();
            for (int i = 0; i < len; i++) {
              if (ys[i] <= 2 || ys[i] >= 3) {
                rows.add(new double[] {oof[i], 1});
                same.add(ys[i] <= 2);
              }
            }
            boolean[] s = new boolean[same.size()];
            double[] w = new double[s.length];
            for (int i = 0; i < s.length; i++) {
              s[i] = same.get(i);
              w[i] = 1;
            }
            double[] b = LinkTrainer.logistic(rows, s, w);
            out.printf(
                Locale.ROOT,
                "  logistic slope %.3f midpoint %.3f (searched %.3f)%n",
                -b[0],
                -b[1] / b[0],
                n.midpoint());
            return m.withNeutral(n.withCalibration(-b[0], -b[1] / b[0]));
          };
      case "feat" ->
          d -> {
            LinkModel m = PairEvaluator.trainClustering(d, lexical);
            List<String> f = new ArrayList<>(LinkModel.NEUTRAL);
            f.addAll(List.of(parts[1].split(",")));
            Regression shape = Regression.shape(f, LinkModel.LEXICAL_SQRT);
            Regression n = PairEvaluator.fit(d, shape, java.util.Optional.empty());
            double shift = parts.length > 2 ? Double.parseDouble(parts[2]) : 0;
            return m.withNeutral(n.withCalibration(n.slope(), n.midpoint() + shift));
          };
      case "target" ->
          d -> {
            // gold replaced by a mix of SemEval sub-scores (pairs_detail.tsv), e.g. max:Time
            List<PairsDataset.GoldPair> g = new ArrayList<>();
            for (PairsDataset.GoldPair q : d.pairs()) {
              double[] sub = DETAIL.get(q.id1() + " " + q.id2());
              double y =
                  switch (parts[1]) {
                    case "maxtime" -> Math.max(q.overall(), sub[2]);
                    case "meantime" -> (q.overall() + sub[2]) / 2;
                    case "meanget" -> (q.overall() + sub[0] + sub[1] + sub[2]) / 4;
                    default -> throw new IllegalArgumentException(parts[1]);
                  };
              g.add(new PairsDataset.GoldPair(q.id1(), q.id2(), y));
            }
            PairEvaluator.PairData t =
                new PairEvaluator.PairData(
                    g,
                    d.xs(),
                    d.groups(),
                    d.crossScript(),
                    d.zs(),
                    d.crossLanguage(),
                    d.companion());
            return PairEvaluator.trainClustering(t, lexical);
          };
      case "mono" ->
          d -> {
            // the neutral model fitted on the pairs in one language only (what it scores)
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < d.pairs().size(); i++) {
              if (!d.crossLanguage().get(i)) {
                rows.add(i);
              }
            }
            PairEvaluator.PairData one =
                ClusterPairsCv.subset(d, rows.stream().mapToInt(Integer::intValue).toArray());
            LinkModel m = PairEvaluator.trainClustering(d, lexical);
            Regression n = PairEvaluator.trainClustering(one, lexical).neutral();
            out.printf(Locale.ROOT, "  mono neutral midpoint %.3f%n", n.midpoint());
            return m.withNeutral(n);
          };
      default -> throw new IllegalArgumentException("unknown variant " + v);
    };
  }
}
