package dev.storylink.eval;

import dev.storylink.cluster.AssignmentModel;
import dev.storylink.cluster.ClusterConfig;
import dev.storylink.cluster.EventFeatures;
import dev.storylink.core.Article;
import dev.storylink.core.Texts;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.link.PairScorer;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Prints the features of the assignment decision where it errs, a development helper run by hand:
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.eval.AssignmentDiagnosis \
 *     ../shared/data 5,12,35
 * </pre>
 *
 * <p>Fits the cross-validated recipe on all of ECB+; then, for ECB+ and xling-dev ecb articles of
 * the given topics, the features against every earlier gold event of their topic and language
 * (teacher-forced, in file order); and the SemEval unrelated pairs the fitted decision puts in one
 * event, with the second article's features against a one-article event of the first. Not
 * thread-safe; prints to standard output.
 */
public final class AssignmentDiagnosis {
  private AssignmentDiagnosis() {}

  private static final List<String> SHOW =
      List.of(
          "best",
          "best_decayed",
          "years_disjoint",
          "latest_year_share",
          "latest_year_unseen",
          "quantity_conflict",
          "dates_disjoint",
          "top_names_covered",
          "event_top_names_covered",
          "names_covered",
          "centroid");

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path data = Path.of(args[0]);
    Set<String> topics = Set.of(args[1].split(","));
    double minLink = args.length > 2 ? Double.parseDouble(args[2]) : 0;
    Path ecb = data.resolve("ecbplus");
    LanguageIdentifier langId = new LinguaLanguageIdentifier();
    ClusterConfig base = ClusterConfig.defaults();
    PairScorer scorer = AssignmentSimulation.caching(AssignmentSimulation.clusterScorer(base));
    Map<String, Article> articles = PairsDataset.readArticles(ecb.resolve("articles.jsonl"));
    Map<String, String> gold = ClusterEvaluator.readGold(ecb.resolve("clusters.tsv"));
    List<Article> all = new ArrayList<>(articles.values());
    AssignmentTraining.Featurized fz = AssignmentTraining.featurizeInOrder(all, langId);
    AssignmentModel model =
        TopicFoldEvaluation.fitAndTune(
            all,
            gold,
            TopicFoldEvaluation.readTopics(ecb),
            fz,
            scorer,
            base,
            TopicFoldEvaluation.Fit.crossValidated().withMinLink(minLink));
    out.println(model);
    out.println("columns: " + SHOW + " p");
    if (!topics.contains("none")) {
      teacherForced(ecb, topics, model, scorer, base, langId, out);
    }
    falseJoins(data.resolve("xling-dev/ecb"), AssignmentModel.shipped(), base, langId, out);
    falseJoins(data.resolve("xling-dev/ecb"), model, base, langId, out);
    semeval(data.resolve("semeval2022-task8"), model, scorer, base, langId, out);
  }

  private static void teacherForced(
      Path dir,
      Set<String> topics,
      AssignmentModel model,
      PairScorer scorer,
      ClusterConfig base,
      LanguageIdentifier langId,
      PrintStream out)
      throws IOException {
    out.println("== " + dir);
    Map<String, Article> articles = PairsDataset.readArticles(dir.resolve("articles.jsonl"));
    Map<String, String> gold = ClusterEvaluator.readGold(dir.resolve("clusters.tsv"));
    AssignmentTraining.Featurized fz =
        AssignmentTraining.featurizeInOrder(new ArrayList<>(articles.values()), langId);
    Map<String, AssignmentTraining.Event> events = new LinkedHashMap<>();
    for (Article a : articles.values()) {
      String g = gold.get(a.id());
      ArticleFeatures f = fz.features().get(a.id());
      if (g == null || f == null) {
        continue;
      }
      long y = fz.years().get(a.id());
      String topic = a.id().substring(0, a.id().indexOf('_'));
      if (topics.contains(topic)) {
        out.printf(Locale.ROOT, "%s (%s) years %s%n", a.id(), g, TwinJoinReport.years(y));
        for (Map.Entry<String, AssignmentTraining.Event> e : events.entrySet()) {
          if (!e.getKey().startsWith(topic + "_") || !e.getValue().lang.equals(f.lang())) {
            continue;
          }
          double[] x = AssignmentTraining.features(f, y, e.getValue(), scorer, base.decayDays());
          out.printf(
              Locale.ROOT,
              "   %s %-12s %s p=%.2f%n",
              e.getKey().equals(g) ? "OWN " : "else",
              e.getKey(),
              show(x),
              model.probability(x));
        }
      }
      events
          .computeIfAbsent(g, k -> new AssignmentTraining.Event(f.lang()))
          .add(f, y, base.representatives());
    }
  }

  private static void falseJoins(
      Path dir,
      AssignmentModel model,
      ClusterConfig base,
      LanguageIdentifier langId,
      PrintStream out)
      throws IOException {
    out.println("== " + dir + " false joins with " + model);
    Map<String, Article> articles = PairsDataset.readArticles(dir.resolve("articles.jsonl"));
    Map<String, String> gold = ClusterEvaluator.readGold(dir.resolve("clusters.tsv"));
    ClusterEvaluator.Clustering c =
        ClusterEvaluator.cluster(articles.values(), base.withAssignment(model), langId);
    for (Article a : articles.values()) {
      if (a.lang().equals("en") || !c.eventOf().containsKey(a.id())) {
        continue;
      }
      String g = gold.get(a.id());
      String story = c.storyOf().get(a.id());
      String event = c.eventOf().get(a.id());
      List<String> wrongEvent = new ArrayList<>();
      List<String> wrongStory = new ArrayList<>();
      for (Map.Entry<String, String> e : c.storyOf().entrySet()) {
        if (!e.getValue().equals(story) || g.equals(gold.get(e.getKey()))) {
          continue;
        }
        (c.eventOf().get(e.getKey()).equals(event) ? wrongEvent : wrongStory).add(e.getKey());
      }
      if (!wrongEvent.isEmpty() || !wrongStory.isEmpty()) {
        out.printf(
            Locale.ROOT,
            "%s %s: in its event %s; in its story %s%n",
            a.id(),
            g,
            wrongEvent,
            wrongStory);
      }
    }
  }

  private static void semeval(
      Path dir,
      AssignmentModel model,
      PairScorer scorer,
      ClusterConfig base,
      LanguageIdentifier langId,
      PrintStream out)
      throws IOException {
    out.println("== " + dir + " unrelated pairs in one event");
    PairsDataset ds = PairsDataset.load(dir);
    ClusterEvaluator.Clustering c =
        ClusterEvaluator.cluster(ds.articles().values(), base.withAssignment(model), langId);
    AssignmentTraining.Featurized fz =
        AssignmentTraining.featurizeInOrder(new ArrayList<>(ds.articles().values()), langId);
    for (PairsDataset.GoldPair p : ds.pairs()) {
      String e1 = c.eventOf().get(p.id1());
      if (p.overall() < 3.5 || e1 == null || !e1.equals(c.eventOf().get(p.id2()))) {
        continue;
      }
      Article a = ds.articles().get(p.id1());
      Article b = ds.articles().get(p.id2());
      ArticleFeatures fa = fz.features().get(p.id1());
      ArticleFeatures fb = fz.features().get(p.id2());
      AssignmentTraining.Event ev = new AssignmentTraining.Event(fa.lang());
      ev.add(fa, fz.years().get(p.id1()), base.representatives());
      double[] x = AssignmentTraining.features(fb, fz.years().get(p.id2()), ev, scorer, 3.0);
      out.printf(
          Locale.ROOT,
          "%s %s %.2f %s | %s | %s%n   %s p=%.2f dates %s %s%n",
          p.id1(),
          p.id2(),
          p.overall(),
          a.lang(),
          Texts.abbreviate(a.title().isBlank() ? a.text() : a.title(), 70),
          Texts.abbreviate(b.title().isBlank() ? b.text() : b.title(), 70),
          show(x),
          model.probability(x),
          a.date().map(Object::toString).orElse("-"),
          b.date().map(Object::toString).orElse("-"));
    }
  }

  private static String show(double[] x) {
    StringBuilder s = new StringBuilder();
    for (String n : SHOW) {
      s.append(String.format(Locale.ROOT, "%.2f ", x[EventFeatures.NAMES.indexOf(n)]));
    }
    return s.toString().strip();
  }
}
