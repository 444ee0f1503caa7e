package dev.storylink.cli;

import dev.storylink.core.Article;
import dev.storylink.core.Json;
import dev.storylink.eval.EcbCrossRows;
import dev.storylink.eval.PairEvaluator;
import dev.storylink.eval.PairsDataset;
import dev.storylink.eval.RenderedEcbRows;
import dev.storylink.features.CorpusStats;
import dev.storylink.link.ExtraRows;
import dev.storylink.link.LinkModel;
import dev.storylink.text.LinguaLanguageIdentifier;
import dev.storylink.text.TextAnalysis;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storylink train ...}: reproducible training of the shipped weights. Not thread-safe. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Learns the shipped weights from gold data (writes only weights, never texts).",
    subcommands = {
      TrainCommand.Link.class,
      TrainCrossLanguageCommand.class,
      TrainCommand.Background.class,
      TrainAssignCommand.class
    })
public final class TrainCommand implements Runnable {
  static final Path MODEL = Path.of("src/main/resources/dev/storylink/link/link-model.json");
  static final Path BACKGROUND =
      Path.of("src/main/resources/dev/storylink/features/background-df.tsv");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * {@code storylink train link DIR}: fits the pair model on a SemEval-style pair set. Not
   * thread-safe.
   */
  @Command(
      name = "link",
      mixinStandardHelpOptions = true,
      description =
          "Fits the link model (Tribuo: linear regression, boosted trees on its residuals, logistic"
              + " calibration) on DIR; the lexical model is also fitted (not calibrated) on the"
              + " same-language pairs of the rendered ECB+ documents when"
              + " ../shared/data/xling-dev/ecb is present.")
  public static final class Link implements Callable<Integer> {
    @Parameters(paramLabel = "DIR")
    Path dir;

    @Option(names = "--out", description = "Model file (default ${DEFAULT-VALUE}).")
    Path out = MODEL;

    @Option(
        names = "--refit-clustering",
        description =
            "Also refit the clusterer's regressions (neutral, evidence); by default they are kept"
                + " as shipped: the clusterer's thresholds and the assignment model are tuned to"
                + " them.")
    boolean refitClustering;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PairsDataset ds = PairsDataset.load(dir);
      LinguaLanguageIdentifier langId = new LinguaLanguageIdentifier();
      PairEvaluator.PairData data = PairEvaluator.featurize(ds, langId);
      ExtraRows extra = RenderedEcbRows.rowsIfPresent(langId);
      LinkModel model = PairEvaluator.train(data, extra);
      if (!refitClustering) {
        LinkModel shipped = LinkModel.shipped();
        model = new LinkModel(model.lexical(), shipped.evidence(), shipped.neutral());
      }
      ModelFiles.write(out, model.toJson(Json.PRETTY));
      PrintWriter pw = spec.commandLine().getOut();
      pw.println(
          extra.size()
              + " extra rows of the lexical model from "
              + EcbCrossRows.DIR
              + (extra.size() == 0 ? " (absent)" : ""));
      pw.println(
          PairEvaluator.summary(
              PairEvaluator.evaluate(data, model, PairEvaluator.Routing.BY_SCRIPT, "in-sample")));
      pw.println("wrote " + out);
      pw.flush();
      return 0;
    }
  }

  /**
   * {@code storylink train background JSONL...}: document frequencies of frequent terms. Not
   * thread-safe.
   */
  @Command(
      name = "background",
      mixinStandardHelpOptions = true,
      description = "Counts document frequencies of terms seen in at least --min-df articles.")
  public static final class Background implements Callable<Integer> {
    @Parameters(paramLabel = "JSONL", arity = "1..*")
    List<Path> files;

    @Option(
        names = "--min-df",
        description = "Keep terms in at least this many articles (default ${DEFAULT-VALUE}).")
    int minDf = 3;

    @Option(names = "--out", description = "Output (default ${DEFAULT-VALUE}).")
    Path out = BACKGROUND;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      CorpusStats stats = new CorpusStats();
      for (Path f : files) {
        for (Article a : PairsDataset.readArticles(f).values()) {
          stats.add(TextAnalysis.analyze(a.fullText(), a.lang()));
        }
      }
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        stats.write(w, minDf);
      }
      spec.commandLine()
          .getOut()
          .printf(
              java.util.Locale.ROOT,
              "%d articles, %d terms; wrote %s%n",
              stats.docCount(),
              stats.termCount(),
              out);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
