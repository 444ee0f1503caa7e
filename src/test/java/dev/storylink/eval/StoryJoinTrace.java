package dev.storylink.eval;

import dev.storylink.cluster.Assignment;
import dev.storylink.cluster.AssignmentModel;
import dev.storylink.cluster.ClusterConfig;
import dev.storylink.cluster.EventFeatures;
import dev.storylink.cluster.StoryClusterer;
import dev.storylink.core.Article;
import dev.storylink.core.TempDirs;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.link.PairScorer;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.EventRecord;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints every story merge of a clustering as it happens: the article whose placement merged two
 * stories, its event, and the events (gold cluster, language, articles) of both stories, with the
 * article's best probability against each event of the other story. A development helper run by
 * hand:
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.eval.StoryJoinTrace \
 *     ../shared/data/xling-dev/ecb [feature=weight,...] [topic-prefix ...]
 * </pre>
 *
 * <p>The clusterer is the product's, one article at a time with a commit after each (so the events'
 * stories can be read back); the rule's weights are replaced as in {@link AssignmentExperiment}'s
 * {@code rule:} setting. Only merges touching a gold cluster whose id starts with one of the given
 * prefixes are printed (all without prefixes). Not thread-safe; prints to standard output.
 */
public final class StoryJoinTrace {
  private StoryJoinTrace() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = Path.of(args[0]);
    AssignmentModel model = AssignmentModel.shipped();
    if (args.length > 1 && !args[1].isBlank()) {
      double[] w = model.weights();
      for (String kv : args[1].split(",")) {
        String[] p = kv.split("=");
        int k = EventFeatures.NAMES.indexOf(p[0]);
        w[k < 0 ? w.length - 1 : k] = Double.parseDouble(p[1]);
      }
      model = new AssignmentModel(EventFeatures.NAMES, w, model.threshold(), model.yearPenalty());
    }
    List<String> prefixes = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      prefixes.add(args[i]);
    }
    ClusterConfig config = ClusterConfig.defaults().withAssignment(model);
    LanguageIdentifier langId = new LinguaLanguageIdentifier();
    Map<String, Article> articles = PairsDataset.readArticles(dir.resolve("articles.jsonl"));
    Map<String, String> gold = ClusterEvaluator.readGold(dir.resolve("clusters.tsv"));
    List<Article> all = new ArrayList<>(articles.values());
    AssignmentTraining.Featurized fz = AssignmentTraining.featurizeInOrder(all, langId);
    PairScorer scorer = AssignmentSimulation.clusterScorer(config);
    Path tmp = Files.createTempDirectory("storylink-trace");
    Map<String, List<String>> members = new LinkedHashMap<>();
    Map<String, String> storyOfEvent = new LinkedHashMap<>();
    try (ArticleStore store = ArticleStore.open(tmp.resolve("data"))) {
      StoryClusterer c = StoryClusterer.open(store, scorer, langId, config);
      for (Article a : all) {
        Assignment as;
        try {
          as = c.add(a);
        } catch (RuntimeException e) {
          continue;
        }
        c.commit();
        members.computeIfAbsent(as.eventId(), k -> new ArrayList<>()).add(a.id());
        Map<String, String> before = new LinkedHashMap<>(storyOfEvent);
        before.putIfAbsent(as.eventId(), as.newEvent() ? "(new)" : "?");
        for (String e : members.keySet()) {
          storyOfEvent.put(e, store.event(e).map(EventRecord::storyId).orElse(e));
        }
        // stories that got events from another story
        Map<String, List<String>> movedInto = new TreeMap<>();
        for (Map.Entry<String, String> e : storyOfEvent.entrySet()) {
          String was = before.get(e.getKey());
          if (!e.getKey().equals(as.eventId()) && !e.getValue().equals(was)) {
            movedInto.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
          }
        }
        boolean shown = prefixes.isEmpty() && !movedInto.isEmpty();
        for (String p : prefixes) {
          shown |= gold.get(a.id()).startsWith(p);
        }
        if (!shown) {
          continue;
        }
        ArticleFeatures f = fz.features().get(a.id());
        out.printf(
            Locale.ROOT,
            (movedInto.isEmpty() ? "placed " : "MERGE by ")
                + "%s (%s, gold %s) in event %s%s -> story %s%n",
            a.id(),
            a.lang(),
            gold.get(a.id()),
            as.eventId(),
            as.newEvent() ? " (new)" : "",
            as.storyId());
        String story = as.storyId();
        for (Map.Entry<String, String> e : storyOfEvent.entrySet()) {
          if (!e.getValue().equals(story)) {
            continue;
          }
          boolean moved = movedInto.getOrDefault(story, List.of()).contains(e.getKey());
          double best = 0;
          String lang = "";
          Map<String, Integer> golds = new TreeMap<>();
          for (String m : members.get(e.getKey())) {
            golds.merge(gold.get(m), 1, Integer::sum);
            lang = articles.get(m).lang();
            if (!m.equals(a.id()) && f != null && fz.features().containsKey(m)) {
              best = Math.max(best, scorer.probability(f, fz.features().get(m)));
            }
          }
          out.printf(
              Locale.ROOT,
              "   %s %-6s %s %s best p %.3f %s%n",
              moved ? "moved" : "kept ",
              e.getKey(),
              lang,
              golds,
              best,
              members.get(e.getKey()));
        }
      }
      // the rendered documents: attached to an English document of their event, falsely joined
      Map<String, String> storyOf = new LinkedHashMap<>();
      members.forEach((e, ms) -> ms.forEach(m -> storyOf.put(m, storyOfEvent.get(e))));
      for (Map.Entry<String, String> e : storyOf.entrySet()) {
        Article a = articles.get(e.getKey());
        if (a.lang().equals("en")) {
          continue;
        }
        String g = gold.get(a.id());
        boolean attached = false;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> o : storyOf.entrySet()) {
          if (!o.getValue().equals(e.getValue())) {
            continue;
          }
          boolean same = gold.get(o.getKey()).equals(g);
          attached |= same && articles.get(o.getKey()).lang().equals("en");
          if (!same) {
            wrong.add(o.getKey());
          }
        }
        if (!attached || !wrong.isEmpty()) {
          out.printf(
              Locale.ROOT,
              "%s %s (%s) story %s%s%n",
              attached ? "attached  " : "UNATTACHED",
              a.id(),
              g,
              e.getValue(),
              wrong.isEmpty() ? "" : " FALSE JOIN with " + wrong);
        }
      }
    } finally {
      TempDirs.deleteQuietly(tmp);
    }
  }
}
