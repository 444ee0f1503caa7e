package dev.storylink.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storylink.core.Json;
import dev.storylink.core.Lazy;
import dev.storylink.learn.TreeEnsemble;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The learned assignment decision: a logistic model over {@link EventFeatures} that ranks an
 * article's candidate events (the highest probability first) and decides whether the article joins
 * the best one (probability at or above {@code threshold}) or opens a new event. Fitted by {@code
 * storylink train assign} (Tribuo's logistic regression, exported to these weights: scoring is one
 * dot product). Conflicting years weigh against a join through their feature and, beyond the
 * learned weight, by {@code yearPenalty}: the probability of a candidate whose latest mentioned
 * year differs from the article's is multiplied by {@code 1 - yearPenalty}. With {@code trees}
 * (gradient-boosted regression trees, {@code --learner xgboost}) the probability is the trees'
 * value, clamped to [0, 1], instead of the logistic one. A join also needs the time-decayed best
 * link probability ({@code best_decayed}) to reach {@code minLink}: below it the probability is 0,
 * whatever the other features say (the decision never joins what the pair model calls different).
 * Immutable and thread-safe.
 *
 * @param features the feature names, {@link EventFeatures#NAMES}
 * @param weights one weight per feature, then the intercept
 * @param threshold probability at which an article joins its best candidate
 * @param yearPenalty in [0, 1]: the share of the probability taken away when the latest years
 *     mentioned differ
 * @param trees trees that give the probability instead of the weights, if any
 * @param minLink in [0, 1): the least {@code best_decayed} of a join (0: no floor)
 */
public record AssignmentModel(
    List<String> features,
    double[] weights,
    double threshold,
    double yearPenalty,
    Optional<TreeEnsemble> trees,
    double minLink) {
  /** Index of {@code best_decayed} in {@link EventFeatures#NAMES}. */
  private static final int BEST_DECAYED = 13;

  public AssignmentModel {
    Objects.requireNonNull(trees, "trees");
    if (trees.isPresent() && trees.get().maxFeature() >= features.size()) {
      throw new IllegalArgumentException("a tree splits on a feature beyond " + features.size());
    }
    features = List.copyOf(features);
    if (!features.equals(EventFeatures.NAMES)) {
      throw new IllegalArgumentException(
          "assignment model features "
              + features
              + " differ from this build's "
              + EventFeatures.NAMES
              + "; retrain with `storylink train assign`");
    }
    if (weights.length != features.size() + 1) {
      throw new IllegalArgumentException(
          "expected " + (features.size() + 1) + " weights, got " + weights.length);
    }
    weights = weights.clone();
    if (!(threshold > 0 && threshold < 1) || !(yearPenalty >= 0 && yearPenalty <= 1)) {
      throw new IllegalArgumentException("threshold in (0, 1), year penalty in [0, 1]");
    }
    if (!(minLink >= 0 && minLink < 1)) {
      throw new IllegalArgumentException("minimum link probability in [0, 1): " + minLink);
    }
  }

  /** A model with no floor on the link probability. */
  public AssignmentModel(
      List<String> features,
      double[] weights,
      double threshold,
      double yearPenalty,
      Optional<TreeEnsemble> trees) {
    this(features, weights, threshold, yearPenalty, trees, 0);
  }

  /** A logistic model (no trees). */
  public AssignmentModel(
      List<String> features, double[] weights, double threshold, double yearPenalty) {
    this(features, weights, threshold, yearPenalty, Optional.empty());
  }

  private static final Lazy<AssignmentModel> SHIPPED =
      new Lazy<>(() -> read("assignment-model.json"));

  /** The model shipped in the resource {@code assignment-model.json}. */
  public static AssignmentModel shipped() {
    return SHIPPED.get();
  }

  /**
   * Whether the probability depends on any feature from index {@code from} on: always with trees,
   * else when a weight there is not 0.
   */
  public boolean reads(int from) {
    return reads(from, weights.length - 1);
  }

  /**
   * Whether the probability depends on any feature of indices {@code from} (inclusive) to {@code
   * to} (exclusive): always with trees, else when a weight there is not 0.
   */
  public boolean reads(int from, int to) {
    if (trees.isPresent()) {
      return true;
    }
    for (int i = from; i < Math.min(to, weights.length - 1); i++) {
      if (weights[i] != 0) {
        return true;
      }
    }
    return false;
  }

  /** Probability that the article belongs to the event with features {@code x}. */
  public double probability(double[] x) {
    if (x[BEST_DECAYED] < minLink) {
      return 0;
    }
    if (trees.isPresent()) {
      double p = Math.max(0, Math.min(1, trees.get().value(x)));
      return x[10] > 0 ? p * (1 - yearPenalty) : p;
    }
    double s = weights[weights.length - 1];
    for (int i = 0; i < x.length; i++) {
      s += weights[i] * x[i];
    }
    double p = 1.0 / (1.0 + Math.exp(-s));
    // years_disjoint: both texts mention years, none in common
    return x[10] > 0 ? p * (1 - yearPenalty) : p;
  }

  /** A copy with another threshold. */
  public AssignmentModel withThreshold(double t) {
    return new AssignmentModel(features, weights, t, yearPenalty, trees, minLink);
  }

  /** A copy with another year penalty. */
  public AssignmentModel withYearPenalty(double y) {
    return new AssignmentModel(features, weights, threshold, y, trees, minLink);
  }

  /** A copy with other weights (the bias last). */
  public AssignmentModel withWeights(double[] w) {
    return new AssignmentModel(features, w, threshold, yearPenalty, trees, minLink);
  }

  /** A copy with another minimum link probability. */
  public AssignmentModel withMinLink(double m) {
    return new AssignmentModel(features, weights, threshold, yearPenalty, trees, m);
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  /** Serialises the model. */
  public ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode n = mapper.createObjectNode();
    ArrayNode f = n.putArray("features");
    features.forEach(f::add);
    ArrayNode w = n.putArray("weights");
    for (double v : weights) {
      w.add(v);
    }
    n.put("threshold", threshold);
    n.put("yearPenalty", yearPenalty);
    if (minLink > 0) {
      n.put("minLink", minLink);
    }
    trees.ifPresent(t -> n.set("trees", t.toJson(mapper)));
    return n;
  }

  /** Reads a model written by {@link #toJson}. */
  public static AssignmentModel fromJson(JsonNode n) {
    List<String> f = new ArrayList<>();
    n.path("features").forEach(x -> f.add(x.asText()));
    JsonNode w = n.path("weights");
    double[] weights = new double[w.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = w.get(i).asDouble();
    }
    Optional<TreeEnsemble> trees =
        n.has("trees") ? Optional.of(TreeEnsemble.fromJson(n.get("trees"))) : Optional.empty();
    return new AssignmentModel(
        f,
        weights,
        n.path("threshold").asDouble(),
        n.path("yearPenalty").asDouble(),
        trees,
        n.path("minLink").asDouble(0));
  }

  private static AssignmentModel read(String resource) {
    try (InputStream in = AssignmentModel.class.getResourceAsStream(resource)) {
      Objects.requireNonNull(in, resource + " missing from the classpath");
      return fromJson(Json.MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AssignmentModel m
        && features.equals(m.features)
        && Arrays.equals(weights, m.weights)
        && threshold == m.threshold
        && yearPenalty == m.yearPenalty
        && trees.equals(m.trees)
        && minLink == m.minLink;
  }

  @Override
  public int hashCode() {
    return Objects.hash(features, Arrays.hashCode(weights), threshold, yearPenalty, trees, minLink);
  }

  @Override
  public String toString() {
    return "AssignmentModel"
        + trees.map(Object::toString).orElse(Arrays.toString(weights))
        + " threshold="
        + threshold
        + (minLink > 0 ? " minLink=" + minLink : "");
  }
}
