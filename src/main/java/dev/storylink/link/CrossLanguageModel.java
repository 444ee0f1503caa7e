package dev.storylink.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storylink.core.Json;
import dev.storylink.features.ArticleFeatures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The one model for every pair of articles in different languages, whether or not they share a
 * script (German–English, Persian–English, Russian–Arabic...): a linear regression from the {@link
 * CrossLanguageFeatures} (each, and the square root of the overlaps) to the SemEval 1–4 similarity,
 * and a logistic calibration of that similarity into the probability of the same event, {@code p =
 * 1 / (1 + exp(slope * (similarity - midpoint)))}. Used by {@code storylink link} and by the
 * clusterer's story linking, so the clusterer joins no stories that linking would call different.
 * Trained by {@link CrossLanguageTrainer} ({@code storylink train xlink}); the shipped weights are
 * the resource {@code cross-language-model.json}. Scoring is a dot product (no fitting library at
 * run time). Immutable and thread-safe.
 */
public final class CrossLanguageModel {
  /** The features that also get a square-root companion. */
  public static final List<String> SQRT =
      List.of(
          "names",
          "namecover",
          "places",
          "numbers",
          "dates",
          "concepts",
          "quantities",
          "terms",
          "chars",
          "lead",
          "conceptcover");

  private static final int[] SQRT_INDEX =
      SQRT.stream().mapToInt(CrossLanguageFeatures::index).toArray();

  /** Length of the expanded input: the features, their square-root companions, a constant 1. */
  public static final int EXPANDED = CrossLanguageFeatures.NAMES.size() + SQRT.size() + 1;

  private final double[] weights;
  private final double slope;
  private final double midpoint;

  /**
   * @param weights one per expanded input ({@link #EXPANDED})
   * @param slope calibration slope
   * @param midpoint similarity at which the probability is 0.5 (the decision threshold)
   */
  public CrossLanguageModel(double[] weights, double slope, double midpoint) {
    if (weights.length != EXPANDED) {
      throw new IllegalArgumentException(
          "expected " + EXPANDED + " weights, got " + weights.length + "; retrain (train xlink)");
    }
    for (double w : weights) {
      if (!Double.isFinite(w)) {
        throw new IllegalArgumentException("weights must be finite");
      }
    }
    for (int i : RULE_ONLY_INDEX) {
      if (weights[i] != 0) {
        throw new IllegalArgumentException(
            CrossLanguageFeatures.NAMES.get(i) + " is read by the rule only: weight must be 0");
      }
    }
    if (!Double.isFinite(slope) || !Double.isFinite(midpoint)) {
      throw new IllegalArgumentException("calibration must be finite");
    }
    this.weights = weights.clone();
    this.slope = slope;
    this.midpoint = midpoint;
  }

  /** Expands the features of {@link CrossLanguageFeatures#compute} into the model's inputs. */
  public static double[] expand(double[] z) {
    double[] e = new double[EXPANDED];
    System.arraycopy(z, 0, e, 0, z.length);
    int k = z.length;
    for (int i : SQRT_INDEX) {
      e[k++] = Math.sqrt(Math.max(0, z[i]));
    }
    e[k] = 1;
    return e;
  }

  /** Predicted similarity on the 1–4 scale (1 = same story) from the features {@code z}. */
  public double similarity(double[] z) {
    return Math.max(1.0, Math.min(4.0, raw(z)));
  }

  /** The regression's output before it is clamped to the 1–4 scale ({@link #similarity}). */
  double raw(double[] z) {
    double s = weights[EXPANDED - 1];
    for (int i = 0; i < z.length; i++) {
      s += weights[i] * z[i];
    }
    int k = z.length;
    for (int i : SQRT_INDEX) {
      s += weights[k++] * Math.sqrt(Math.max(0, z[i]));
    }
    return s;
  }

  /** Probability of the same event at a predicted similarity. */
  public double probability(double similarity) {
    return 1.0 / (1.0 + Math.exp(slope * (similarity - midpoint)));
  }

  /** Probability that {@code a} and {@code b} report the same event (with {@link #decided}). */
  public double probability(ArticleFeatures a, ArticleFeatures b) {
    return probability(decided(CrossLanguageFeatures.compute(a, b)));
  }

  /**
   * The features that are evidence specific to one event: a shared or matched name, place, number,
   * date, figure in a role, publication date, or word, character or lead overlap (between languages
   * of one script). News concepts and the event type are not: a hit-and-run in Queens and one in
   * Bloomington share seven concepts (session 23 of docs/link-model.md).
   */
  public static final List<String> SPECIFIC =
      List.of(
          "names",
          "namecover",
          "namehits",
          "places",
          "placecover",
          "numbers",
          "numbercover",
          "dates",
          "pubdate",
          "quantities",
          "terms",
          "chars",
          "lead",
          "namepairs",
          "namerecur");

  private static final int[] SPECIFIC_INDEX =
      SPECIFIC.stream().mapToInt(CrossLanguageFeatures::index).toArray();

  /**
   * The features only {@link #decided} reads: their weights are 0 ({@link CrossLanguageTrainer}
   * fits without them). Fitted as inputs they lowered the xling-dev pairs CV (Pearson 0.772 →
   * 0.760, session 31 of docs/cross-language.md) and left a flood in Pakistan the same event as an
   * earthquake in Turkey that shares its toll (0.87–0.90): two conflicts of 1,692 training rows are
   * too rare for the ridge to weigh.
   */
  public static final List<String> RULE_ONLY = List.of("placeconflict", "typeconflict");

  private static final int[] RULE_ONLY_INDEX =
      RULE_ONLY.stream().mapToInt(CrossLanguageFeatures::index).toArray();

  private static final int PLACECONFLICT = CrossLanguageFeatures.index("placeconflict");
  private static final int TYPECONFLICT = CrossLanguageFeatures.index("typeconflict");
  private static final int NAMEHITS = CrossLanguageFeatures.index("namehits");

  /**
   * Most probability a pair gets whose two sides name only other countries and only other incidents
   * ({@code placeconflict} and {@code typeconflict} both 1: a flood in Pakistan against an
   * earthquake in Turkey) and share at most {@link #CONFLICT_NAMES} names (a given name such as Ali
   * is shared by chance): as {@link #NO_SPECIFIC_EVIDENCE}.
   */
  public static final double CONFLICTING = 0.1;

  /**
   * Most matched names ({@code namehits}) a pair may share for {@link #CONFLICTING} to hold: of the
   * 1,692 training rows, both conflicts hold on 13, and the one that reports the same story shares
   * three names.
   */
  public static final int CONFLICT_NAMES = 2;

  /**
   * Most probability a pair with none of the {@link #SPECIFIC} evidence gets: about the share of
   * the same event among the training rows in different languages that have none (18 of 211, 0.085,
   * all of them rendered ECB+ documents against another document of their topic).
   */
  public static final double NO_SPECIFIC_EVIDENCE = 0.1;

  /**
   * The similarity the product decides with ({@code link}, the clusterer's story linking, {@code
   * eval pairs}): {@link #similarity}, except that a pair with none of the {@link #SPECIFIC}
   * evidence (concepts, the event type and conflicts only) is held at or above the similarity of
   * probability {@link #NO_SPECIFIC_EVIDENCE}: it is never called the same event on shared concepts
   * alone; and a pair whose sides name only other countries and only other incidents, with at most
   * {@link #CONFLICT_NAMES} names shared, is held at or above the similarity of probability {@link
   * #CONFLICTING}, whatever figures, day and concepts it shares. The fitting ({@link
   * CrossLanguageTrainer}) reads the plain {@link #similarity}.
   */
  public double decided(double[] z) {
    double s = similarity(z);
    if (conflicting(z)) {
      return Math.min(4.0, Math.max(s, similarityAt(CONFLICTING)));
    }
    for (int i : SPECIFIC_INDEX) {
      if (z[i] != 0) {
        return s;
      }
    }
    return Math.min(4.0, Math.max(s, similarityAt(NO_SPECIFIC_EVIDENCE)));
  }

  /**
   * True when {@code placeconflict} and {@code typeconflict} are both 1 and at most {@link
   * #CONFLICT_NAMES} names are matched: the rule of {@link #decided} for {@link #CONFLICTING}.
   */
  public static boolean conflicting(double[] z) {
    return z[PLACECONFLICT] == 1
        && z[TYPECONFLICT] == 1
        && Math.round(z[NAMEHITS] * 10) <= CONFLICT_NAMES;
  }

  /** The similarity at which the calibrated probability is {@code p}. */
  private double similarityAt(double p) {
    return midpoint + Math.log((1 - p) / p) / slope;
  }

  public double[] weights() {
    return weights.clone();
  }

  public double slope() {
    return slope;
  }

  public double midpoint() {
    return midpoint;
  }

  /** Serialises the model (features named, so a file for other features is refused). */
  public ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode n = mapper.createObjectNode();
    ArrayNode f = n.putArray("features");
    CrossLanguageFeatures.NAMES.forEach(f::add);
    ArrayNode s = n.putArray("sqrtFeatures");
    SQRT.forEach(s::add);
    ArrayNode w = n.putArray("weights");
    for (double v : weights) {
      w.add(v);
    }
    n.put("slope", slope);
    n.put("midpoint", midpoint);
    return n;
  }

  /** Reads a model written by {@link #toJson}. */
  public static CrossLanguageModel fromJson(JsonNode n) {
    List<String> f = new ArrayList<>();
    n.path("features").forEach(x -> f.add(x.asText()));
    List<String> s = new ArrayList<>();
    n.path("sqrtFeatures").forEach(x -> s.add(x.asText()));
    if (!f.equals(CrossLanguageFeatures.NAMES) || !s.equals(SQRT)) {
      throw new IllegalArgumentException(
          "cross-language model for other features "
              + f
              + "; retrain with `storylink train xlink`");
    }
    JsonNode w = n.path("weights");
    double[] weights = new double[w.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = w.get(i).asDouble();
    }
    return new CrossLanguageModel(
        weights, n.path("slope").asDouble(), n.path("midpoint").asDouble());
  }

  private static volatile CrossLanguageModel shipped;

  /** The model shipped in the resource {@code cross-language-model.json}. */
  public static CrossLanguageModel shipped() {
    CrossLanguageModel m = shipped;
    if (m == null) {
      synchronized (CrossLanguageModel.class) {
        m = shipped;
        if (m == null) {
          try (InputStream in =
              CrossLanguageModel.class.getResourceAsStream("cross-language-model.json")) {
            Objects.requireNonNull(in, "cross-language-model.json missing from the classpath");
            m = fromJson(Json.MAPPER.readTree(in));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          shipped = m;
        }
      }
    }
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CrossLanguageModel m
        && Arrays.equals(weights, m.weights)
        && slope == m.slope
        && midpoint == m.midpoint;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(weights), slope, midpoint);
  }
}
