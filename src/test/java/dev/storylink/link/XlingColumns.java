package dev.storylink.link;

import dev.storylink.features.ArticleFeatures;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleBiFunction;

/**
 * The feature columns of a row of {@link XlingExperiment}: the cross-language features with the
 * candidate extras appended, the lexical ones zeroed in same-language rows, the square-root
 * companions, the intercept; and each row's weight and whether it calibrates. A development helper
 * run by hand; its switches are static and mutable: not thread-safe.
 */
final class XlingColumns {
  private XlingColumns() {}

  /** Candidate extra features, by name. */
  static final Map<String, ToDoubleBiFunction<ArticleFeatures, ArticleFeatures>> EXTRA =
      new LinkedHashMap<>();

  static final int[] SQRT_INDEX =
      CrossLanguageModel.SQRT.stream().mapToInt(CrossLanguageFeatures::index).toArray();
  static final int[] LEXICAL = {
    CrossLanguageFeatures.index("terms"),
    CrossLanguageFeatures.index("chars"),
    CrossLanguageFeatures.index("lead"),
    CrossLanguageFeatures.index("samescript")
  };

  /** Features zeroed in every row (ablation). */
  static final Set<Integer> DROP = new HashSet<>();

  /** Features zeroed in same-language rows only, besides the lexical ones. */
  static final Set<Integer> SAME_LANGUAGE_ZERO = new HashSet<>();

  /** Rows with a weight of their own (rows of a clustering set, ninth round). */
  static final Map<XlingExperiment.XRow, Double> WEIGHT = new IdentityHashMap<>();

  /** Rows in different languages that do not calibrate (rows of a clustering set). */
  static final Set<XlingExperiment.XRow> NO_CAL =
      Collections.newSetFromMap(new IdentityHashMap<>());

  /** Drop the square-root companions (ablation). */
  static boolean noSqrt;

  static final Map<String, double[]> RAW_CACHE = new ConcurrentHashMap<>();

  static boolean calibrates(XlingExperiment.XRow r) {
    return r.cross() && !NO_CAL.contains(r);
  }

  static double weight(XlingExperiment.XRow r, XlingExperiment.Config cfg) {
    Double w = WEIGHT.get(r);
    return w != null ? w : r.cross() ? 1 : cfg.sameWeight();
  }

  /** The features of a row, with the extras appended (same-language rows made cross-script). */
  static double[] raw(XlingExperiment.XRow r, XlingExperiment.Config cfg) {
    double[] z = Arrays.copyOf(r.z(), r.z().length + cfg.extras().size());
    for (int i : DROP) {
      z[i] = 0;
    }
    if (!r.cross()) {
      for (int i : LEXICAL) {
        z[i] = 0;
      }
      for (int i : SAME_LANGUAGE_ZERO) {
        z[i] = 0;
      }
    }
    for (int k = 0; k < cfg.extras().size(); k++) {
      z[r.z().length + k] = EXTRA.get(cfg.extras().get(k)).applyAsDouble(r.a(), r.b());
    }
    return z;
  }

  static double[] cachedRaw(XlingExperiment.XRow r, XlingExperiment.Config cfg) {
    String key =
        r.id1() + "|" + r.id2() + "|" + r.cross() + "|" + cfg.extras() + DROP + SAME_LANGUAGE_ZERO;
    return RAW_CACHE.computeIfAbsent(key, k -> raw(r, cfg));
  }

  /** The raw columns, their square-root companions and the intercept. */
  static double[] expanded(XlingExperiment.XRow r, XlingExperiment.Config cfg) {
    double[] z = cachedRaw(r, cfg);
    double[] e = new double[z.length + SQRT_INDEX.length + 1];
    System.arraycopy(z, 0, e, 0, z.length);
    int k = z.length;
    for (int i : SQRT_INDEX) {
      e[k++] = noSqrt ? 0 : Math.sqrt(Math.max(0, z[i]));
    }
    e[k] = 1;
    return e;
  }

  /** The dot product of weights with a row's expanded columns. */
  static double dot(double[] w, XlingExperiment.XRow r, XlingExperiment.Config cfg) {
    double[] e = expanded(r, cfg);
    double s = 0;
    for (int i = 0; i < e.length; i++) {
      s += w[i] * e[i];
    }
    return s;
  }
}
