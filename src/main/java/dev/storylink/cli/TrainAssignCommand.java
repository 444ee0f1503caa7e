package dev.storylink.cli;

import dev.storylink.cluster.AssignmentModel;
import dev.storylink.cluster.ClusterConfig;
import dev.storylink.cluster.EventFeatures;
import dev.storylink.core.Article;
import dev.storylink.core.Json;
import dev.storylink.eval.AssignmentSimulation;
import dev.storylink.eval.AssignmentTraining;
import dev.storylink.eval.ClusterEvaluator;
import dev.storylink.eval.PairsDataset;
import dev.storylink.eval.TopicFoldEvaluation;
import dev.storylink.link.PairScorer;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storylink train assign DIR [--pairs DIR]}: fits the assignment decision ({@link
 * AssignmentModel}) on a gold clustering (ECB+ style: articles.jsonl, clusters.tsv) and optionally
 * SemEval-style pairs, and writes {@code assignment-model.json}; with {@code --topic-folds K} it
 * first prints the clustering figures cross-validated by folds of topics. Not thread-safe.
 */
@Command(
    name = "assign",
    mixinStandardHelpOptions = true,
    description = "Fits the assignment decision (join an event or open one) on a gold clustering.")
public final class TrainAssignCommand implements Callable<Integer> {
  static final Path MODEL =
      Path.of("src/main/resources/dev/storylink/cluster/assignment-model.json");

  @Parameters(paramLabel = "DIR", description = "articles.jsonl + clusters.tsv (+ topics.tsv)")
  Path dir;

  @Option(names = "--pairs", description = "Also SemEval-style pairs in one language from DIR.")
  Path pairs;

  @Option(
      names = "--pairs-as",
      description =
          "rows (default: the second article of each pair against a one-article event of the"
              + " first) or stream (the pair set's articles clustered in order, linked pairs as"
              + " events and every other article alone).")
  String pairsAs = "rows";

  @Option(
      names = "--min-link",
      description =
          "Least time-decayed best link probability of a join, whatever the other features say"
              + " (default ${DEFAULT-VALUE}: none).")
  double minLink = 0;

  @Option(names = "--out", description = "Model file (default ${DEFAULT-VALUE}).")
  Path out = MODEL;

  @Option(
      names = "--threshold",
      description =
          "Join probability (default: the one that places the most training articles right).")
  double threshold = Double.NaN;

  @Option(
      names = "--year-penalty",
      description =
          "Share of the probability taken when latest years differ (default ${DEFAULT-VALUE}).")
  double yearPenalty = 0.0;

  @Option(
      names = "--without",
      split = ",",
      description =
          "Features left out of the fit (weight 0), comma-separated (default: all but the eleven"
              + " of the cross-validated decision; none with --all-features).")
  List<String> without = new ArrayList<>();

  @Option(names = "--all-features", description = "Fit on every feature.")
  boolean allFeatures;

  @Option(
      names = "--learner",
      description =
          "logistic regression (default) or xgboost (gradient-boosted trees exported to arrays).")
  String learner = "logistic";

  @Option(names = "--topic-folds", description = "Cross-validate by K folds of topics first.")
  int topicFolds;

  @Option(
      names = "--threshold-on",
      description =
          "Choose the threshold on the training articles themselves (training, default) or on"
              + " held-out topics (topics, when DIR has topics.tsv).")
  String thresholdOn = "training";

  @Option(names = "--dry-run", description = "Do not write the model.")
  boolean dryRun;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter pw = spec.commandLine().getOut();
    if (!learner.equals("logistic") && !learner.equals("xgboost")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--learner is logistic or xgboost, not " + learner);
    }
    if (!pairsAs.equals("rows") && !pairsAs.equals("stream")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--pairs-as is rows or stream, not " + pairsAs);
    }
    if (!thresholdOn.equals("topics") && !thresholdOn.equals("training")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--threshold-on is topics or training, not " + thresholdOn);
    }
    if (without.isEmpty() && !allFeatures) {
      without = new ArrayList<>(EventFeatures.NAMES);
      without.removeAll(TopicFoldEvaluation.Fit.SELECTED);
    }
    boolean byTopics =
        thresholdOn.equals("topics")
            && java.nio.file.Files.isRegularFile(dir.resolve("topics.tsv"));
    TopicFoldEvaluation.Fit fit =
        new TopicFoldEvaluation.Fit(
            threshold, yearPenalty, 42, without, learner.equals("xgboost"), byTopics, minLink);
    LinguaLanguageIdentifier langId = new LinguaLanguageIdentifier();
    ClusterConfig base = ClusterConfig.defaults();
    PairScorer scorer = AssignmentSimulation.clusterScorer(base);
    AssignmentTraining.Rows extra = AssignmentTraining.Rows.empty();
    if (pairs != null) {
      PairsDataset ds = PairsDataset.load(pairs);
      List<Article> pa = new ArrayList<>(ds.articles().values());
      AssignmentTraining.Featurized pf = AssignmentTraining.featurizeInOrder(pa, langId);
      extra =
          pairsAs.equals("stream")
              ? AssignmentTraining.clusterRows(
                  pa, AssignmentTraining.pairClusters(pa, ds.pairs(), 2.0), pf, scorer, base)
              : AssignmentTraining.pairRows(ds.pairs(), pf, scorer, base);
    }
    if (topicFolds > 1) {
      Map<String, Double> m = TopicFoldEvaluation.run(dir, topicFolds, base, fit, extra, langId);
      pw.printf(
          Locale.ROOT,
          "topic folds %d: cv_bcubed_f1=%.3f cv_bcubed_p=%.3f cv_bcubed_r=%.3f%n",
          topicFolds,
          m.get("cv_bcubed_f1"),
          m.get("cv_bcubed_p"),
          m.get("cv_bcubed_r"));
      pw.flush();
    }
    Map<String, Article> articles = PairsDataset.readArticles(dir.resolve("articles.jsonl"));
    Map<String, String> gold = ClusterEvaluator.readGold(dir.resolve("clusters.tsv"));
    AssignmentTraining.Featurized fz =
        AssignmentTraining.featurizeInOrder(new ArrayList<>(articles.values()), langId);
    AssignmentTraining.Rows rows =
        AssignmentTraining.clusterRows(new ArrayList<>(articles.values()), gold, fz, scorer, base);
    int clusterRows = rows.size();
    rows = rows.plus(extra);
    AssignmentModel model = fit.fit(rows);
    List<Article> all = new ArrayList<>(articles.values());
    if (!Double.isNaN(threshold)) {
      model = model.withThreshold(threshold);
    } else if (byTopics) {
      model =
          model.withThreshold(
              AssignmentSimulation.crossValidatedThreshold(
                  fit, all, gold, TopicFoldEvaluation.readTopics(dir), fz, scorer, base));
    } else {
      model =
          model.withThreshold(
              AssignmentSimulation.bestThreshold(model, all, gold, fz, scorer, base));
    }
    pw.printf(Locale.ROOT, "threshold %.2f%n", model.threshold());
    pw.printf(
        Locale.ROOT,
        "%d rows (%d from the clustering, %d from pairs)%n",
        rows.size(),
        clusterRows,
        rows.size() - clusterRows);
    if (model.trees().isPresent()) {
      pw.println("  " + model.trees().get());
    } else {
      double[] w = model.weights();
      for (int i = 0; i < EventFeatures.NAMES.size(); i++) {
        pw.printf(Locale.ROOT, "  %-16s %8.3f%n", EventFeatures.NAMES.get(i), w[i]);
      }
      pw.printf(Locale.ROOT, "  %-16s %8.3f%n", "intercept", w[w.length - 1]);
    }
    if (!dryRun) {
      ModelFiles.write(out, model.toJson(Json.PRETTY));
      pw.println("wrote " + out);
    }
    pw.flush();
    return 0;
  }
}
