package dev.storylink.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The learned pair model: a ridge regression from expanded {@link PairFeatures} to the SemEval
 * 1–4 overall similarity, and a logistic calibration from that similarity to the probability of
 * the same event: {@code p = 1 / (1 + exp(slope * (similarity - midpoint)))}. Because the
 * probability is a monotone function of the similarity, the two never disagree.
 *
 * <p>Feature expansion: each similarity feature {@code x} contributes {@code x} and {@code
 * sqrt(x)}; the indicators contribute themselves; a constant 1 comes last.
 *
 * <p>Immutable and thread-safe. The shipped weights are the resource {@code link-model.json},
 * written by {@code storylink train link}.
 */
public final class LinkModel {
  /** Features that get a square-root companion. */
  static final List<String> SQRT_FEATURES =
      List.of("terms", "chars", "lead", "names", "places", "numbers", "dates", "stems", "keywords", "shared");

  private final List<String> featureNames;
  private final double[] weights;
  private final double slope;
  private final double midpoint;
  private final int[] sqrtIndex;

  /** Creates a model over {@code featureNames} (which must match {@link PairFeatures#NAMES}). */
  public LinkModel(List<String> featureNames, double[] weights, double slope, double midpoint) {
    this.featureNames = List.copyOf(featureNames);
    if (!this.featureNames.equals(PairFeatures.NAMES)) {
      throw new IllegalArgumentException(
          "model was trained on features " + featureNames + ", this build computes "
              + PairFeatures.NAMES + "; retrain with `storylink train link`");
    }
    List<Integer> idx = new ArrayList<>();
    for (String f : SQRT_FEATURES) {
      idx.add(featureNames.indexOf(f));
    }
    this.sqrtIndex = idx.stream().mapToInt(Integer::intValue).toArray();
    if (weights.length != expandedSize()) {
      throw new IllegalArgumentException(
          "expected " + expandedSize() + " weights, got " + weights.length);
    }
    this.weights = weights.clone();
    this.slope = slope;
    this.midpoint = midpoint;
  }

  /** Length of the expanded feature vector. */
  int expandedSize() {
    return featureNames.size() + SQRT_FEATURES.size() + 1;
  }

  /** Expands raw features (see class comment). */
  double[] expand(double[] x) {
    double[] e = new double[expandedSize()];
    System.arraycopy(x, 0, e, 0, x.length);
    for (int k = 0; k < sqrtIndex.length; k++) {
      e[x.length + k] = Math.sqrt(Math.max(0, x[sqrtIndex[k]]));
    }
    e[e.length - 1] = 1;
    return e;
  }

  /** The predicted 1–4 similarity (1 = same story). */
  public double similarity(double[] x) {
    double[] e = expand(x);
    double s = 0;
    for (int i = 0; i < e.length; i++) {
      s += weights[i] * e[i];
    }
    return Math.max(1.0, Math.min(4.0, s));
  }

  /** Probability of the same event given a predicted similarity. */
  public double probability(double similarity) {
    return 1.0 / (1.0 + Math.exp(slope * (similarity - midpoint)));
  }

  /** The similarity at which the probability is 0.5. */
  public double midpoint() {
    return midpoint;
  }

  public double slope() {
    return slope;
  }

  /** A copy of the weights. */
  public double[] weights() {
    return weights.clone();
  }

  /** Serialises the model. */
  public ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode n = mapper.createObjectNode();
    ArrayNode names = n.putArray("features");
    featureNames.forEach(names::add);
    ArrayNode w = n.putArray("weights");
    for (double v : weights) {
      w.add(v);
    }
    n.put("slope", slope);
    n.put("midpoint", midpoint);
    return n;
  }

  /** Reads a model written by {@link #toJson}. */
  public static LinkModel fromJson(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.path("features").forEach(f -> names.add(f.asText()));
    JsonNode w = n.path("weights");
    double[] weights = new double[w.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = w.get(i).asDouble();
    }
    return new LinkModel(names, weights, n.path("slope").asDouble(), n.path("midpoint").asDouble());
  }

  private static volatile LinkModel shipped;

  /** The model shipped in the resource {@code link-model.json}. */
  public static LinkModel shipped() {
    LinkModel m = shipped;
    if (m == null) {
      synchronized (LinkModel.class) {
        m = shipped;
        if (m == null) {
          try (InputStream in = LinkModel.class.getResourceAsStream("link-model.json")) {
            Objects.requireNonNull(in, "link-model.json missing from the classpath");
            m = fromJson(new ObjectMapper().readTree(in));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          shipped = m;
        }
      }
    }
    return m;
  }
}
