package dev.storylink.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Story-level scores of a clustering against gold events that span languages (xling-dev/ecb):
 * B-cubed of the stories (events linked across languages) against the gold clusters, and, for the
 * documents whose given language is not English (the rendered ones), the attach rate (share in the
 * same story as at least one English document of their gold event) and the false-join rate (share
 * in a story that holds a document of another gold event). A document left out of the clustering
 * counts as neither attached nor falsely joined. Stateless and thread-safe.
 */
public final class StoryEvaluator {
  private StoryEvaluator() {}

  /**
   * Story-level figures.
   *
   * @param stories distinct stories over the scored documents
   * @param bcubed B-cubed of the stories against the gold clusters
   * @param others documents whose given language is not English (and that have a gold cluster)
   * @param attached of those, how many share a story with an English document of their gold event
   * @param falselyJoined of those, how many share a story with a document of another gold event
   */
  public record StoryScores(
      int stories, ClusterEvaluator.PRF bcubed, int others, int attached, int falselyJoined) {
    /** Validates the counts. */
    public StoryScores {
      Objects.requireNonNull(bcubed, "bcubed");
      if (stories < 0
          || others < 0
          || attached < 0
          || attached > others
          || falselyJoined < 0
          || falselyJoined > others) {
        throw new IllegalArgumentException("bad story scores");
      }
    }

    /**
     * Share of non-English documents attached to their event's English documents; NaN without any.
     */
    public double attachRate() {
      return others == 0 ? Double.NaN : (double) attached / others;
    }

    /** Share of non-English documents in a story with another gold event; NaN without any. */
    public double falseJoinRate() {
      return others == 0 ? Double.NaN : (double) falselyJoined / others;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "stories=%d b-cubed %s; non-English documents %d: attached %d (%.3f), falsely joined %d (%.3f)",
          stories,
          bcubed,
          others,
          attached,
          attachRate(),
          falselyJoined,
          falseJoinRate());
    }
  }

  /**
   * Scores {@code storyOf} (document → story) against {@code gold} (document → gold event), with
   * {@code langOf} the given language of each document.
   */
  public static StoryScores score(
      Map<String, String> storyOf, Map<String, String> gold, Map<String, String> langOf) {
    ClusterEvaluator.PRF b3 = ClusterEvaluator.bcubed(storyOf, gold);
    Map<String, List<String>> members = new HashMap<>();
    storyOf.forEach(
        (doc, story) -> {
          if (gold.containsKey(doc)) {
            members.computeIfAbsent(story, s -> new java.util.ArrayList<>()).add(doc);
          }
        });
    int others = 0;
    int attached = 0;
    int falselyJoined = 0;
    for (Map.Entry<String, String> g : gold.entrySet()) {
      String doc = g.getKey();
      String lang = langOf.getOrDefault(doc, "");
      if (lang.isEmpty() || lang.equals("en")) {
        continue;
      }
      others++;
      String story = storyOf.get(doc);
      if (story == null) {
        continue;
      }
      boolean attach = false;
      boolean falseJoin = false;
      for (String other : members.get(story)) {
        if (other.equals(doc)) {
          continue;
        }
        boolean sameEvent = gold.get(other).equals(g.getValue());
        attach |= sameEvent && "en".equals(langOf.get(other));
        falseJoin |= !sameEvent;
      }
      attached += attach ? 1 : 0;
      falselyJoined += falseJoin ? 1 : 0;
    }
    Set<String> stories = new HashSet<>();
    storyOf.forEach(
        (doc, story) -> {
          if (gold.containsKey(doc)) {
            stories.add(story);
          }
        });
    return new StoryScores(stories.size(), b3, others, attached, falselyJoined);
  }
}
