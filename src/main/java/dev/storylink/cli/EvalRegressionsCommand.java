package dev.storylink.cli;

import dev.storylink.eval.RegressionConfig;
import dev.storylink.eval.RegressionReport;
import dev.storylink.eval.RegressionRunner;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storylink eval regressions [CONFIG...]}. Not thread-safe. */
@Command(
    name = "regressions",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the regression configs and checks their figures against the expected ones.",
      "Runs regression configs (default: every regressions/*.json): checks each data file's sha256,",
      "runs the evaluation and prints a table per config (metric, expected, got, tolerance, gate,",
      "result). Exit 3 when a gate fails, 4 when a config's data differs from its checksums (that",
      "config is not run); a config whose data folder is absent is skipped. The last line is a",
      "one-line summary. With --report, rewrites the marked sections of the given Markdown files."
    })
public final class EvalRegressionsCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "CONFIG",
      arity = "0..*",
      description = "Config files or folders (default: regressions).")
  java.util.List<Path> configs = new java.util.ArrayList<>();

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "Rewrite the <!-- regressions:KEY --> sections of FILE (repeatable; needs every config run).")
  java.util.List<Path> reports = new java.util.ArrayList<>();

  @Option(
      names = "--details",
      description = "Also print each evaluation's own output (its tables).")
  boolean details;

  @Option(
      names = "--checksums",
      description = "Only print the sha256 of each config's data files, as its \"files\".")
  boolean checksums;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    java.util.List<RegressionConfig> all = RegressionConfig.loadAll(configs);
    if (checksums) {
      for (RegressionConfig c : all) {
        StringBuilder sb = new StringBuilder();
        for (String f : c.files().keySet()) {
          Path p = c.dataDir().resolve(f);
          sb.append(sb.isEmpty() ? "" : ", ")
              .append('"')
              .append(f)
              .append("\": \"")
              .append(Files.isRegularFile(p) ? RegressionRunner.sha256(p) : "(missing)")
              .append('"');
        }
        out.println(c.name() + ": \"files\": {" + sb + "}");
      }
      out.flush();
      return 0;
    }
    LinguaLanguageIdentifier langId = new LinguaLanguageIdentifier();
    java.util.List<RegressionRunner.Outcome> outcomes = new java.util.ArrayList<>();
    for (RegressionConfig c : all) {
      RegressionRunner.Outcome o = RegressionRunner.run(c, langId);
      outcomes.add(o);
      if (o.result().isPresent()) {
        out.print(details ? o.result().get().text() : o.result().get().summary() + "\n");
      }
      out.print(RegressionRunner.table(o));
      out.flush();
    }
    if (!reports.isEmpty()) {
      java.util.List<String> notRun =
          outcomes.stream()
              .filter(o -> o.state() != RegressionRunner.State.RAN)
              .map(o -> o.config().name())
              .toList();
      if (!notRun.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println("storylink: reports not written: not run: " + String.join(", ", notRun));
      } else {
        java.util.Set<String> ran = new java.util.HashSet<>();
        outcomes.forEach(o -> ran.add(o.config().name()));
        boolean complete =
            !Files.isDirectory(Path.of("regressions"))
                || RegressionConfig.loadAll(java.util.List.of()).stream()
                    .allMatch(c -> ran.contains(c.name()));
        if (!complete) {
          out.println(
              "reports: summary and headline sections left as they are (not every config of regressions/ ran)");
        }
        for (Path r : reports) {
          int n = RegressionReport.rewrite(r, outcomes, complete);
          out.println("report " + r + ": " + n + " section(s) rewritten");
        }
      }
    }
    out.println(RegressionRunner.summary(outcomes));
    out.flush();
    int code = RegressionRunner.exitCode(outcomes);
    if (code == 3) {
      spec.commandLine().getErr().println("storylink: a regression gate failed (see FAIL above)");
    } else if (code == 4) {
      spec.commandLine()
          .getErr()
          .println("storylink: data differs from a regression config (see DATA DIFFERS above)");
    }
    return code;
  }
}
