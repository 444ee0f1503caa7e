package dev.storylink.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fits the {@link CrossLanguageModel}: weighted ridge regression of the gold 1–4 similarity on the
 * expanded {@link CrossLanguageFeatures}, then the logistic calibration of {@link LinkTrainer}
 * (gold ≤ 2 same, ≥ 3 different) on out-of-fold predictions, and a decision threshold fitted apart
 * from the regression: the similarity that classifies the most out-of-fold pairs correctly,
 * searched in [{@link #CUT_FROM}, {@link #CUT_TO}]. A strong ridge penalty keeps the similarity
 * (and its Pearson correlation) steady between training sets, but compresses it around the mean, so
 * the cut that separates same from different may lie above 3.0 (the bound {@link LinkTrainer}
 * uses).
 *
 * <p>Training rows: every pair in different languages as it is, and every pair in one language
 * <em>as if it were written in two scripts</em> (word, character and lead overlaps set to 0, {@code
 * samescript} 0) with weight {@link #SAME_LANGUAGE_WEIGHT}: such a pair still says how much shared
 * names, places, numbers, dates and concepts mean, but its names match more easily than names
 * across scripts do, so it counts less. Deterministic. Stateless and thread-safe.
 */
public final class CrossLanguageTrainer {
  /** Ridge penalty (features are in [0, 1]). */
  public static final double LAMBDA = 10.0;

  /** Lowest decision threshold searched. */
  public static final double CUT_FROM = 1.5;

  /** Highest decision threshold searched. */
  public static final double CUT_TO = 3.5;

  /** Weight of a same-language pair made cross-script. */
  public static final double SAME_LANGUAGE_WEIGHT = 0.3;

  private static final int[] LEXICAL = {
    CrossLanguageFeatures.index("terms"),
    CrossLanguageFeatures.index("chars"),
    CrossLanguageFeatures.index("lead")
  };

  /**
   * One gold pair.
   *
   * @param id1 first article id
   * @param id2 second article id
   * @param z its {@link CrossLanguageFeatures}
   * @param gold gold similarity (1 = same story … 4 = unrelated)
   * @param crossLanguage whether the two articles are in different languages
   * @param weight the row's weight in the regression (&gt; 0)
   * @param calibrates whether the row is among those the calibration and the decision threshold are
   *     fitted on (out of fold): the pairs of a pair set in different languages, not rows built
   *     from a clustering set ({@code eval.EcbCrossRows})
   */
  public record Row(
      String id1,
      String id2,
      double[] z,
      double gold,
      boolean crossLanguage,
      double weight,
      boolean calibrates) {
    public Row {
      if (z.length != CrossLanguageFeatures.NAMES.size()
          || !(gold >= 1 && gold <= 4)
          || !(weight > 0 && weight <= 1)
          || calibrates && !crossLanguage) {
        throw new IllegalArgumentException("bad training row " + id1 + " " + id2);
      }
      z = z.clone();
    }

    /**
     * A pair of a pair set: weight 1 and calibrating when in different languages, else weight
     * {@link #SAME_LANGUAGE_WEIGHT}.
     */
    public Row(String id1, String id2, double[] z, double gold, boolean crossLanguage) {
      this(
          id1,
          id2,
          z,
          gold,
          crossLanguage,
          crossLanguage ? 1.0 : SAME_LANGUAGE_WEIGHT,
          crossLanguage);
    }

    @Override
    public double[] z() {
      return z.clone();
    }

    /** The article ids without a rendering suffix ({@code 123.fa} → {@code 123}). */
    public Set<String> sources() {
      return Set.of(source(id1), source(id2));
    }
  }

  private CrossLanguageTrainer() {}

  /** The id of the article an id renders ({@code 123.fa} → {@code 123}). */
  public static String source(String id) {
    int dot = id.indexOf('.');
    return dot < 0 ? id : id.substring(0, dot);
  }

  /**
   * The training input of a row: itself across languages, made cross-script within one; the
   * features of {@link CrossLanguageModel#RULE_ONLY} 0 (their weights come out 0).
   */
  static double[] input(Row r) {
    double[] z = r.z();
    for (String f : CrossLanguageModel.RULE_ONLY) {
      z[CrossLanguageFeatures.index(f)] = 0;
    }
    if (!r.crossLanguage()) {
      for (int i : LEXICAL) {
        z[i] = 0;
      }
      z[CrossLanguageFeatures.index("samescript")] = 0;
    }
    return z;
  }

  static double weight(Row r) {
    return r.weight();
  }

  /** Fits the model on {@code rows}, calibrated on 10-fold out-of-fold predictions. */
  public static CrossLanguageModel train(List<Row> rows) {
    List<Row> cross = rows.stream().filter(Row::calibrates).toList();
    double[] oof = new double[cross.size()];
    for (int f = 0; f < 10; f++) {
      Set<String> held = new HashSet<>();
      for (int i = f; i < cross.size(); i += 10) {
        held.addAll(cross.get(i).sources());
      }
      List<Row> rest = new ArrayList<>();
      for (Row r : rows) {
        if (java.util.Collections.disjoint(r.sources(), held)) {
          rest.add(r);
        }
      }
      CrossLanguageModel m = fit(rest, null);
      for (int i = f; i < cross.size(); i += 10) {
        oof[i] = m.similarity(cross.get(i).z());
      }
    }
    return fit(rows, oof.length >= 10 ? new Calibration(cross, oof) : null);
  }

  /** Out-of-fold similarities of the pairs in different languages, to calibrate on. */
  record Calibration(List<Row> rows, double[] sims) {}

  /** Fits the regression on {@code rows}; calibrates on {@code cal} or on in-sample predictions. */
  static CrossLanguageModel fit(List<Row> rows, Calibration cal) {
    double[] w =
        LinkTrainer.ridge(
            rows.stream().map(r -> CrossLanguageModel.expand(input(r))).toList(),
            rows.stream().mapToDouble(Row::gold).toArray(),
            rows.stream().mapToDouble(CrossLanguageTrainer::weight).toArray(),
            LAMBDA); // the intercept (last) is not penalised
    for (String f : CrossLanguageModel.RULE_ONLY) {
      w[CrossLanguageFeatures.index(f)] = 0; // an all-zero input: exactly 0 whatever the rounding
    }
    CrossLanguageModel m = new CrossLanguageModel(w, 1, 2.5);
    List<Row> calRows = cal == null ? rows.stream().filter(Row::calibrates).toList() : cal.rows;
    if (calRows.isEmpty()) {
      calRows = rows;
    }
    double[] sims = new double[calRows.size()];
    double[] gold = new double[calRows.size()];
    for (int i = 0; i < sims.length; i++) {
      sims[i] = cal == null ? m.similarity(calRows.get(i).z()) : cal.sims[i];
      gold[i] = calRows.get(i).gold();
    }
    double[] c = LinkTrainer.calibrate(sims, gold);
    double slope = Double.isFinite(c[0]) && c[0] > 0 ? c[0] : 3.0;
    double mid = Double.isFinite(c[1]) ? c[1] : 2.5;
    return new CrossLanguageModel(
        m.weights(), slope, bestCut(sims, gold, Math.max(CUT_FROM, Math.min(CUT_TO, mid))));
  }

  /**
   * The decision threshold (similarity at which the probability is 0.5) that classifies the most
   * pairs correctly (gold ≤ 2 same, ≥ 3 different), searched in [{@link #CUT_FROM}, {@link
   * #CUT_TO}] in steps of 0.01; ties go to the threshold nearest {@code prefer} (the logistic
   * midpoint).
   */
  static double bestCut(double[] sims, double[] gold, double prefer) {
    return bestCut(sims, gold, CUT_FROM, CUT_TO, prefer);
  }

  /** {@link #bestCut(double[], double[], double)} searched in [{@code lo}, {@code hi}]. */
  static double bestCut(double[] sims, double[] gold, double lo, double hi, double prefer) {
    double best = prefer;
    int bestCorrect = -1;
    int steps = (int) Math.round((hi - lo) * 100);
    for (int step = 0; step <= steps; step++) {
      double t = lo + step / 100.0;
      int correct = 0;
      for (int i = 0; i < sims.length; i++) {
        if (gold[i] <= 2.0 && sims[i] < t || gold[i] >= 3.0 && sims[i] >= t) {
          correct++;
        }
      }
      if (correct > bestCorrect
          || correct == bestCorrect && Math.abs(t - prefer) < Math.abs(best - prefer)) {
        bestCorrect = correct;
        best = t;
      }
    }
    return best;
  }
}
