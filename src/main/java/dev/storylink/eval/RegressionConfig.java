package dev.storylink.eval;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storylink.core.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One regression: an evaluation as data, in the manner of Anserini's regression configs. A JSON
 * file {@code regressions/NAME.json} names the data folder (relative to the working directory, as
 * the other commands take it), the sha256 of each data file the evaluation reads, the evaluation
 * kind and its options, and the expected figures with a tolerance, each a gate (a failure fails CI)
 * or informational. Format (see regressions/README.md):
 *
 * <pre>{@code
 * {
 *   "title": "Link model on the SemEval-2022 Task 8 dev pairs",
 *   "kind": "pairs",                     // pairs | clusters | cluster-pairs | langid
 *   "data": "../shared/data/semeval2022-task8",
 *   "files": {"articles.jsonl": "<sha256>", "pairs.tsv": "<sha256>"},
 *   "options": {"folds": 10, "seed": 42},
 *   "tolerance": 0.005,
 *   "metrics": [
 *     {"name": "cv_pearson", "label": "Pearson, 10-fold CV", "expected": 0.749, "gate": true, "headline": true}
 *   ]
 * }
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @param name the file name without {@code .json} (not part of the JSON)
 * @param title what is measured, for tables
 * @param kind the evaluation
 * @param data the data folder
 * @param files data file name (inside {@code data}) → expected sha256 in hex
 * @param options options of the evaluation
 * @param tolerance default tolerance of the metrics
 * @param metrics the checked figures
 */
public record RegressionConfig(
    String name,
    String title,
    Kind kind,
    String data,
    Map<String, String> files,
    Options options,
    double tolerance,
    List<Metric> metrics) {

  /** The evaluations a config can run. */
  public enum Kind {
    /** {@code eval pairs}: link model on a pair set, optionally cross-validated. */
    PAIRS,
    /** {@code eval clusters}: events and stories against gold clusters. */
    CLUSTERS,
    /** {@code eval cluster-pairs}: gold pairs in the clustering. */
    CLUSTER_PAIRS,
    /** {@code eval langid}: language identification. */
    LANGID;

    /** The kind written as in the command line ({@code cluster-pairs}). */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static Kind of(String s) {
      for (Kind k : values()) {
        if (k.label().equals(s)) {
          return k;
        }
      }
      throw new IllegalArgumentException(
          "unknown kind \"" + s + "\" (pairs, clusters, cluster-pairs, langid)");
    }
  }

  /**
   * Options of the evaluation; absent ones take their defaults.
   *
   * @param folds pairs, cluster-pairs: k of the k-fold cross-validation, 0 for none (default 0)
   * @param seed pairs, cluster-pairs: seed of the fold shuffle (default 42)
   * @param eventThreshold clusters, cluster-pairs: event threshold (NaN: shipped)
   * @param storyThreshold clusters, cluster-pairs: story threshold (NaN: shipped)
   * @param topicFolds clusters: also the shipped rule with its parameters chosen on folds of topics
   *     ({@code topics.tsv}; {@link RuleFoldEvaluation}) and the clustering with the assignment
   *     decision learned on them ({@link TopicFoldEvaluation}), k folds, 0 for none (default 0)
   */
  public record Options(
      Integer folds, Long seed, Double eventThreshold, Double storyThreshold, Integer topicFolds) {
    /** Fills in the defaults and validates. */
    public Options {
      folds = folds == null ? 0 : folds;
      seed = seed == null ? PairsEvaluation.SEED : seed;
      eventThreshold = eventThreshold == null ? Double.NaN : eventThreshold;
      storyThreshold = storyThreshold == null ? Double.NaN : storyThreshold;
      topicFolds = topicFolds == null ? 0 : topicFolds;
      if (topicFolds < 0 || topicFolds == 1) {
        throw new IllegalArgumentException("topicFolds must be 0 (none) or at least 2");
      }
      if (folds < 0 || folds == 1) {
        throw new IllegalArgumentException("folds must be 0 (no cross-validation) or at least 2");
      }
    }

    /** All defaults. */
    public static Options defaults() {
      return new Options(null, null, null, null, null);
    }
  }

  /**
   * One checked figure.
   *
   * @param name the figure's name as the evaluation reports it (e.g. {@code cv_pearson})
   * @param label a readable name for tables (default: the name)
   * @param expected the expected value
   * @param tolerance how far the measured value may fall short (default: the config's)
   * @param gate whether falling short fails the run (exit 3)
   * @param headline whether the README's headline table shows it
   * @param lowerIsBetter whether smaller values are better (e.g. a false-join rate)
   */
  public record Metric(
      String name,
      String label,
      Double expected,
      Double tolerance,
      Boolean gate,
      Boolean headline,
      Boolean lowerIsBetter) {
    /** Fills in the defaults and validates. */
    public Metric {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a metric needs a name");
      }
      if (expected == null || expected.isNaN()) {
        throw new IllegalArgumentException("metric " + name + " needs an expected value");
      }
      label = label == null || label.isBlank() ? name : label;
      tolerance = tolerance == null ? Double.NaN : tolerance;
      gate = gate != null && gate;
      headline = headline != null && headline;
      lowerIsBetter = lowerIsBetter != null && lowerIsBetter;
      if (tolerance < 0) {
        throw new IllegalArgumentException("metric " + name + ": negative tolerance");
      }
    }
  }

  /** Validates and fills in defaults (per-metric tolerances from the config's). */
  public RegressionConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (title == null || title.isBlank()) {
      title = name;
    }
    if (data == null || data.isBlank()) {
      throw new IllegalArgumentException("\"data\" (the data folder) is missing");
    }
    if (files == null || files.isEmpty()) {
      throw new IllegalArgumentException("\"files\" (data file -> sha256) is missing");
    }
    files.forEach(
        (f, h) -> {
          if (h == null || !h.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("files." + f + ": not a sha256 in lower-case hex");
          }
        });
    files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    options = options == null ? Options.defaults() : options;
    if (kind != Kind.PAIRS && kind != Kind.CLUSTER_PAIRS && options.folds() != 0) {
      throw new IllegalArgumentException(
          "folds is an option of kinds pairs and cluster-pairs only");
    }
    if (kind != Kind.PAIRS
        && kind != Kind.CLUSTER_PAIRS
        && options.seed() != PairsEvaluation.SEED) {
      throw new IllegalArgumentException("seed is an option of kinds pairs and cluster-pairs only");
    }
    if (kind != Kind.CLUSTERS && options.topicFolds() != 0) {
      throw new IllegalArgumentException("topicFolds is an option of kind clusters only");
    }
    if ((kind == Kind.PAIRS || kind == Kind.LANGID)
        && (!options.eventThreshold().isNaN() || !options.storyThreshold().isNaN())) {
      throw new IllegalArgumentException(
          "thresholds are options of kinds clusters and cluster-pairs only");
    }
    if (metrics == null || metrics.isEmpty()) {
      throw new IllegalArgumentException("\"metrics\" is missing");
    }
    double tol = tolerance;
    metrics =
        metrics.stream()
            .map(
                m ->
                    m.tolerance().isNaN()
                        ? new Metric(
                            m.name(),
                            m.label(),
                            m.expected(),
                            tol,
                            m.gate(),
                            m.headline(),
                            m.lowerIsBetter())
                        : m)
            .toList();
  }

  /** The data folder. */
  public Path dataDir() {
    return Path.of(data);
  }

  /** The JSON body of a config (everything but the name). */
  private record Json(
      String title,
      String kind,
      String data,
      Map<String, String> files,
      Options options,
      Double tolerance,
      List<Metric> metrics) {}

  private static final ObjectMapper JSON = dev.storylink.core.Json.MAPPER;

  /** Reads {@code file}; the name is the file name without {@code .json}. */
  public static RegressionConfig load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file + ": no such regression config");
    }
    String fileName = file.getFileName().toString();
    String name =
        fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
    try {
      Json j = JSON.readValue(file.toFile(), Json.class);
      if (j.kind() == null) {
        throw new IllegalArgumentException("\"kind\" is missing");
      }
      return new RegressionConfig(
          name,
          j.title(),
          Kind.of(j.kind()),
          j.data(),
          j.files(),
          j.options(),
          j.tolerance() == null ? 0.005 : j.tolerance(),
          j.metrics());
    } catch (JsonMappingException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
      throw new InputException(file + ": " + cause.getMessage().lines().findFirst().orElse(""));
    } catch (IllegalArgumentException e) {
      throw new InputException(file + ": " + e.getMessage());
    }
  }

  /**
   * The configs named on the command line: files, or folders whose {@code *.json} files are read in
   * name order; none means the folder {@code regressions}.
   */
  public static List<RegressionConfig> loadAll(List<Path> paths) throws IOException {
    List<Path> given = paths.isEmpty() ? List.of(Path.of("regressions")) : paths;
    List<RegressionConfig> out = new java.util.ArrayList<>();
    for (Path p : given) {
      if (Files.isDirectory(p)) {
        try (var s = Files.list(p)) {
          for (Path f :
              s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
            out.add(load(f));
          }
        }
      } else {
        out.add(load(p));
      }
    }
    if (out.isEmpty()) {
      throw new InputException(given + ": no regression configs (*.json) found");
    }
    return List.copyOf(out);
  }
}
