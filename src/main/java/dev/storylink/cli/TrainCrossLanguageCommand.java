package dev.storylink.cli;

import dev.storylink.core.Json;
import dev.storylink.eval.CrossLanguageCv;
import dev.storylink.link.CrossLanguageModel;
import dev.storylink.link.CrossLanguageTrainer;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storylink train xlink}: fits the shipped cross-language model on the pair sets of {@link
 * CrossLanguageCv#SOURCES} (those present) and the rows of {@code eval.EcbCrossRows#BEST}. Writes
 * only weights. Not thread-safe.
 */
@Command(
    name = "xlink",
    mixinStandardHelpOptions = true,
    description =
        "Fits the cross-language model (every pair in different languages) on the SemEval dev"
            + " and xling-dev pairs under ../shared/data, and the rendered xling-dev ECB+ documents"
            + " against the English ones of their topic (weight 0.1, not calibrating).")
public final class TrainCrossLanguageCommand implements Callable<Integer> {
  static final Path MODEL =
      Path.of("src/main/resources/dev/storylink/link/cross-language-model.json");

  @Option(names = "--out", description = "Model file (default ${DEFAULT-VALUE}).")
  Path out = MODEL;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<CrossLanguageTrainer.Row> rows = CrossLanguageCv.allRows(new LinguaLanguageIdentifier());
    if (rows.stream().noneMatch(CrossLanguageTrainer.Row::crossLanguage)) {
      throw new IllegalArgumentException(
          "no pairs in different languages under " + CrossLanguageCv.SOURCES);
    }
    CrossLanguageModel model = CrossLanguageTrainer.train(rows);
    ModelFiles.write(out, model.toJson(Json.PRETTY));
    PrintWriter pw = spec.commandLine().getOut();
    long cross = rows.stream().filter(CrossLanguageTrainer.Row::crossLanguage).count();
    pw.printf(
        java.util.Locale.ROOT,
        "%d pairs (%d in different languages); threshold %.2f; wrote %s%n",
        rows.size(),
        cross,
        model.midpoint(),
        out);
    pw.flush();
    return 0;
  }
}
