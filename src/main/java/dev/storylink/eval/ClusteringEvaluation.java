package dev.storylink.eval;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.text.LanguageIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code eval clusters} and {@code eval cluster-pairs}: clusters a data set's articles in file
 * order with {@link ClusterEvaluator} and scores events (B-cubed, pairwise) and stories (B-cubed,
 * and for documents not in English the attach and false-join rates, see {@link StoryEvaluator})
 * against gold clusters, or checks SemEval gold pairs. Stateless and thread-safe.
 */
public final class ClusteringEvaluation {
  private ClusteringEvaluation() {}

  /** Clusters {@code dir/articles.jsonl} and scores it against {@code dir/clusters.tsv}. */
  public static EvalResult clusters(Path dir, ClusterConfig config, LanguageIdentifier langId)
      throws IOException {
    return clusters(dir, config, langId, ClusterEvaluator.Progress.NONE);
  }

  /** {@link #clusters(Path, ClusterConfig, LanguageIdentifier)}, telling {@code progress}. */
  public static EvalResult clusters(
      Path dir, ClusterConfig config, LanguageIdentifier langId, ClusterEvaluator.Progress progress)
      throws IOException {
    Path jsonl = dir.resolve("articles.jsonl");
    Path goldTsv = dir.resolve("clusters.tsv");
    if (!Files.isRegularFile(jsonl) || !Files.isRegularFile(goldTsv)) {
      throw new InputException(dir + ": expected articles.jsonl and clusters.tsv in this folder");
    }
    Map<String, String> gold = ClusterEvaluator.readGold(goldTsv);
    Map<String, Article> articles = PairsDataset.readArticles(jsonl);
    ClusterEvaluator.Clustering c =
        ClusterEvaluator.cluster(articles.values(), config, langId, progress);
    Map<String, String> langOf = new LinkedHashMap<>();
    articles.values().forEach(a -> langOf.put(a.id(), a.lang()));
    ClusterEvaluator.PRF b3 = ClusterEvaluator.bcubed(c.eventOf(), gold);
    ClusterEvaluator.PRF pw = ClusterEvaluator.pairwise(c.eventOf(), gold);
    StoryEvaluator.StoryScores st = StoryEvaluator.score(c.storyOf(), gold, langOf);
    long events = c.eventOf().values().stream().distinct().count();
    long goldCount = gold.values().stream().distinct().count();

    Map<String, Double> m = new LinkedHashMap<>();
    m.put("bcubed_f1", b3.f1());
    m.put("bcubed_p", b3.precision());
    m.put("bcubed_r", b3.recall());
    m.put("pairwise_f1", pw.f1());
    m.put("pairwise_p", pw.precision());
    m.put("pairwise_r", pw.recall());
    m.put("events", (double) events);
    m.put("story_bcubed_f1", st.bcubed().f1());
    m.put("story_bcubed_p", st.bcubed().precision());
    m.put("story_bcubed_r", st.bcubed().recall());
    m.put("stories", (double) st.stories());
    m.put("non_english", (double) st.others());
    m.put("attach_rate", st.attachRate());
    m.put("false_join_rate", st.falseJoinRate());

    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "articles=%d events=%d stories=%d gold clusters=%d%n",
            c.eventOf().size(),
            events,
            st.stories(),
            goldCount));
    text.append("events:  pairwise ").append(pw).append('\n');
    text.append("events:  b-cubed  ").append(b3).append('\n');
    text.append("stories: b-cubed  ").append(st.bcubed()).append('\n');
    if (st.others() > 0) {
      text.append(
          String.format(
              Locale.ROOT,
              "documents not in English: %d; attached to an English document of their event %d (%.3f);"
                  + " in a story with another event %d (%.3f)%n",
              st.others(),
              st.attached(),
              st.attachRate(),
              st.falselyJoined(),
              st.falseJoinRate()));
    }
    text.append(
        String.format(
            Locale.ROOT,
            "bcubed_f1=%.3f bcubed_p=%.3f bcubed_r=%.3f pairwise_f1=%.3f events=%d story_bcubed_f1=%.3f stories=%d",
            b3.f1(),
            b3.precision(),
            b3.recall(),
            pw.f1(),
            events,
            st.bcubed().f1(),
            st.stories()));
    if (st.others() > 0) {
      text.append(
          String.format(
              Locale.ROOT, " attach=%.3f false_joins=%.3f", st.attachRate(), st.falseJoinRate()));
    }
    text.append('\n');

    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "%d articles clustered in file order: %d events, %d stories, %d gold clusters.%n%n",
            c.eventOf().size(),
            events,
            st.stories(),
            goldCount));
    md.append("| measure | precision | recall | F1 |\n|---|---:|---:|---:|\n");
    md.append(prfRow("events, B-cubed", b3)).append(prfRow("events, pairwise", pw));
    md.append(prfRow("stories, B-cubed", st.bcubed()));
    if (st.others() > 0) {
      md.append(
          String.format(
              Locale.ROOT,
              "%nDocuments not in English: %d. In the same story as an English document of their gold event"
                  + " (attach rate): %d = **%.3f**. In a story holding a document of another gold event"
                  + " (false joins): %d = **%.3f**.%n",
              st.others(),
              st.attached(),
              st.attachRate(),
              st.falselyJoined(),
              st.falseJoinRate()));
    }
    return new EvalResult(m, text.toString(), md.toString());
  }

  /**
   * Clusters a SemEval-style pair set and checks whether its gold pairs share events and stories.
   */
  public static EvalResult clusterPairs(Path dir, ClusterConfig config, LanguageIdentifier langId)
      throws IOException {
    return clusterPairs(dir, config, langId, ClusterEvaluator.Progress.NONE);
  }

  /** {@link #clusterPairs(Path, ClusterConfig, LanguageIdentifier)}, telling {@code progress}. */
  public static EvalResult clusterPairs(
      Path dir, ClusterConfig config, LanguageIdentifier langId, ClusterEvaluator.Progress progress)
      throws IOException {
    PairsDataset ds = PairsDataset.load(dir);
    ClusterEvaluator.PairAgreement a =
        ClusterEvaluator.pairAgreement(
            ClusterEvaluator.cluster(ds.articles().values(), config, langId, progress), ds.pairs());
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("linked_same_event", a.linkedSameEvent());
    m.put("linked_same_story", a.linkedSameStory());
    m.put("unrelated_apart_events", a.unrelatedDifferentEvents());
    m.put("unrelated_apart_stories", a.unrelatedDifferentStories());
    m.put("linked", (double) a.linked());
    m.put("unrelated", (double) a.unrelated());
    String md =
        String.format(
            Locale.ROOT,
            "All articles clustered in file order; then the gold pairs are looked up.%n%n"
                + "| pairs | n | in the same event | in the same story |%n|---|---:|---:|---:|%n"
                + "| linked (Overall ≤ 1.5) | %d | **%.3f** | %.3f |%n"
                + "| unrelated (Overall ≥ 3.5) | %d | apart: **%.3f** | apart: %.3f |%n",
            a.linked(),
            a.linkedSameEvent(),
            a.linkedSameStory(),
            a.unrelated(),
            a.unrelatedDifferentEvents(),
            a.unrelatedDifferentStories());
    return new EvalResult(m, a + "\n", md);
  }

  private static String prfRow(String name, ClusterEvaluator.PRF prf) {
    return String.format(
        Locale.ROOT,
        "| %s | %.3f | %.3f | %.3f |%n",
        name,
        prf.precision(),
        prf.recall(),
        prf.f1());
  }
}
