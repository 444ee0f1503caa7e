package dev.storylink.eval;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.text.LanguageIdentifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs {@link RegressionConfig}s: checks the data files against their sha256, runs the evaluation
 * and compares each figure with its expected value. A figure passes when it is no more than its
 * tolerance worse than expected (better by more than the tolerance is reported as BETTER: time to
 * raise the expected value). Exit codes of a run ({@link #exitCode}): 3 when a gate fails, 4 when a
 * config's data differs from its checksums (that config is not run: its figures would not be
 * comparable), otherwise 0; a config whose data folder is absent is skipped. Stateless and
 * thread-safe.
 */
public final class RegressionRunner {
  private RegressionRunner() {}

  /** Result of one figure. */
  public enum Status {
    /** Within the tolerance. */
    PASS,
    /** Better than expected by more than the tolerance. */
    BETTER,
    /** Worse than expected by more than the tolerance, or not measured. */
    FAIL
  }

  /** One checked figure. */
  public record Check(RegressionConfig.Metric metric, double got, Status status) {
    /** Validates. */
    public Check {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(status, "status");
    }

    /** Whether this is a gate that failed. */
    public boolean gateFailed() {
      return metric.gate() && status == Status.FAIL;
    }
  }

  /** What happened to a config. */
  public enum State {
    /** Evaluated and compared. */
    RAN,
    /** The data folder is absent: not run. */
    NO_DATA,
    /** A data file is missing or its sha256 differs: not run. */
    DATA_DIFFERS
  }

  /**
   * The outcome of one config.
   *
   * @param config the config
   * @param state whether it ran
   * @param message why it did not run (empty when it ran)
   * @param checks the checked figures, in the config's order (empty when it did not run)
   * @param result the evaluation's result (absent when it did not run)
   */
  public record Outcome(
      RegressionConfig config,
      State state,
      String message,
      List<Check> checks,
      Optional<EvalResult> result) {
    /** Validates. */
    public Outcome {
      Objects.requireNonNull(config, "config");
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(message, "message");
      checks = List.copyOf(checks);
      Objects.requireNonNull(result, "result");
    }

    /** Whether a gate failed. */
    public boolean gateFailed() {
      return checks.stream().anyMatch(Check::gateFailed);
    }
  }

  /** Checks the data and, when it matches, evaluates and compares. */
  public static Outcome run(RegressionConfig c, LanguageIdentifier langId) throws IOException {
    Path dir = c.dataDir();
    if (!Files.isDirectory(dir)) {
      return new Outcome(
          c, State.NO_DATA, dir + " is absent: skipped", List.of(), Optional.empty());
    }
    List<String> differences = dataDifferences(c);
    if (!differences.isEmpty()) {
      return new Outcome(
          c,
          State.DATA_DIFFERS,
          "the data differs from the config, figures would not be comparable: not run; "
              + String.join("; ", differences),
          List.of(),
          Optional.empty());
    }
    EvalResult r = evaluate(c, langId);
    return new Outcome(c, State.RAN, "", compare(c, r), Optional.of(r));
  }

  /** Runs the config's evaluation (without checking the data). */
  public static EvalResult evaluate(RegressionConfig c, LanguageIdentifier langId)
      throws IOException {
    RegressionConfig.Options o = c.options();
    return switch (c.kind()) {
      case PAIRS -> PairsEvaluation.run(c.dataDir(), o.folds(), o.seed(), langId);
      case CLUSTERS -> {
        EvalResult r = ClusteringEvaluation.clusters(c.dataDir(), clusterConfig(o), langId);
        if (o.topicFolds() == 0) {
          yield r;
        }
        // the shipped rule and the learned decision, both cross-validated by folds of topics
        EvalResult rule =
            RuleFoldEvaluation.withFolds(r, c.dataDir(), o.topicFolds(), clusterConfig(o), langId);
        yield TopicFoldEvaluation.withFolds(
            rule, c.dataDir(), o.topicFolds(), clusterConfig(o), langId);
      }
      case CLUSTER_PAIRS -> {
        EvalResult r = ClusteringEvaluation.clusterPairs(c.dataDir(), clusterConfig(o), langId);
        yield o.folds() == 0
            ? r
            : ClusterPairsCv.withFolds(
                r, c.dataDir(), clusterConfig(o), o.folds(), o.seed(), langId);
      }
      case LANGID -> LanguageIdEvaluator.run(c.dataDir(), langId);
    };
  }

  /** The shipped clustering configuration with the thresholds the options override. */
  public static ClusterConfig clusterConfig(RegressionConfig.Options o) {
    ClusterConfig cc = ClusterConfig.defaults();
    if (!o.eventThreshold().isNaN()) {
      cc = cc.withEventThreshold(o.eventThreshold());
    }
    if (!o.storyThreshold().isNaN()) {
      cc = cc.withStoryThreshold(o.storyThreshold());
    }
    return cc;
  }

  /** Compares every figure of the config with the result. */
  public static List<Check> compare(RegressionConfig c, EvalResult r) {
    List<Check> out = new ArrayList<>();
    for (RegressionConfig.Metric m : c.metrics()) {
      double got = r.metric(m.name()).orElse(Double.NaN);
      out.add(new Check(m, got, status(m, got)));
    }
    return out;
  }

  /**
   * PASS within the tolerance, BETTER beyond it on the good side, FAIL otherwise (or unmeasured).
   */
  public static Status status(RegressionConfig.Metric m, double got) {
    if (Double.isNaN(got)) {
      return Status.FAIL;
    }
    double gain = m.lowerIsBetter() ? m.expected() - got : got - m.expected();
    // a little slack for the decimal rounding of expected values and tolerances
    double tol = m.tolerance() + 1e-9;
    return gain < -tol ? Status.FAIL : gain > tol ? Status.BETTER : Status.PASS;
  }

  /** The sha256 of a file in lower-case hex. */
  public static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** One message per data file that is missing or whose sha256 differs from the config's. */
  public static List<String> dataDifferences(RegressionConfig c) throws IOException {
    List<String> out = new ArrayList<>();
    for (var e : c.files().entrySet()) {
      Path f = c.dataDir().resolve(e.getKey());
      if (!Files.isRegularFile(f)) {
        out.add(f + " is missing");
        continue;
      }
      String got = sha256(f);
      if (!got.equals(e.getValue())) {
        out.add(f + " has sha256 " + got + ", the config expects " + e.getValue());
      }
    }
    return out;
  }

  /** 3 when a gate failed, else 4 when some data differed, else 0. */
  public static int exitCode(List<Outcome> outcomes) {
    if (outcomes.stream().anyMatch(Outcome::gateFailed)) {
      return 3;
    }
    return outcomes.stream().anyMatch(o -> o.state() == State.DATA_DIFFERS) ? 4 : 0;
  }

  /** The console table of one outcome: metric, expected, got, tolerance, gate, result. */
  public static String table(Outcome o) {
    RegressionConfig c = o.config();
    StringBuilder sb = new StringBuilder();
    sb.append("== ")
        .append(c.name())
        .append(": ")
        .append(c.title())
        .append(" (eval ")
        .append(c.kind().label())
        .append(' ')
        .append(c.data())
        .append(")\n");
    if (o.state() != State.RAN) {
      return sb.append(o.state() == State.NO_DATA ? "SKIPPED: " : "DATA DIFFERS: ")
          .append(o.message())
          .append('\n')
          .toString();
    }
    int w = Math.max(6, c.metrics().stream().mapToInt(m -> m.name().length()).max().orElse(0));
    String row = "%-" + w + "s  %8s  %8s  %9s  %-4s  %s%n";
    sb.append(
        String.format(
            Locale.ROOT, row, "metric", "expected", "got", "tolerance", "gate", "result"));
    for (Check k : o.checks()) {
      RegressionConfig.Metric m = k.metric();
      String result =
          k.status().name()
              + (m.gate() ? "" : " (informational)")
              + (k.status() == Status.BETTER ? ": raise the expected value" : "");
      sb.append(
          String.format(
              Locale.ROOT,
              row,
              m.name(),
              fmt(m.expected()),
              fmt(k.got()),
              (m.lowerIsBetter() ? "+" : "-") + fmt(m.tolerance()),
              m.gate() ? "yes" : "no",
              result));
    }
    return sb.toString();
  }

  /** The one-line summary of a run. */
  public static String summary(List<Outcome> outcomes) {
    long ran = outcomes.stream().filter(o -> o.state() == State.RAN).count();
    long gates =
        outcomes.stream().flatMap(o -> o.checks().stream()).filter(k -> k.metric().gate()).count();
    long failed =
        outcomes.stream().flatMap(o -> o.checks().stream()).filter(Check::gateFailed).count();
    long info =
        outcomes.stream()
            .flatMap(o -> o.checks().stream())
            .filter(k -> !k.metric().gate() && k.status() == Status.FAIL)
            .count();
    long skipped = outcomes.stream().filter(o -> o.state() == State.NO_DATA).count();
    long differs = outcomes.stream().filter(o -> o.state() == State.DATA_DIFFERS).count();
    return String.format(
        Locale.ROOT,
        "regressions=%d ran=%d skipped_no_data=%d data_differs=%d gates=%d gates_failed=%d informational_below=%d",
        outcomes.size(),
        ran,
        skipped,
        differs,
        gates,
        failed,
        info);
  }

  static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    return v == Math.rint(v) && Math.abs(v) >= 2
        ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%.3f", v);
  }
}
