package dev.storylink.facts;

import dev.storylink.store.StoredArticle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The articles a story's fact matrix shows when the story has more than it can read: at most {@link
 * #MAX_COLUMNS}, chosen so that every voice is heard before any is heard twice. Rules, in order,
 * each over the story's articles in timeline order (the order given):
 *
 * <ol>
 *   <li>the first article of each language;
 *   <li>then the first article of each outlet (source) not yet shown;
 *   <li>then the remaining articles, earliest first;
 * </ol>
 *
 * until {@link #MAX_COLUMNS} are chosen; the chosen articles keep their timeline order. A story of
 * at most {@link #MAX_COLUMNS} articles is shown whole. The bound keeps a story's facts readable
 * and their cost bounded: each shown pair of articles has its sentences aligned (a story of 300
 * long articles took 20 seconds and gave 7 MB of JSON before), and the first reports of each
 * language and outlet are where a fact first appears.
 *
 * <p>Stateless and thread-safe.
 */
public final class FactColumns {
  /** Most articles a fact matrix shows (every pair of them is aligned: 66 pairs). */
  public static final int MAX_COLUMNS = 12;

  private FactColumns() {}

  /** The articles to show of {@code story} (in timeline order), in that order. */
  public static List<StoredArticle> pick(List<StoredArticle> story) {
    return pick(story, a -> a.article().lang(), a -> a.article().source());
  }

  /**
   * The items to show of {@code story} (articles in timeline order, as anything that knows its
   * language and source, e.g. a list's summaries before the texts are read), in that order.
   */
  public static <T> List<T> pick(
      List<T> story, Function<T, String> language, Function<T, String> source) {
    if (story.size() <= MAX_COLUMNS) {
      return List.copyOf(story);
    }
    boolean[] chosen = new boolean[story.size()];
    int count = 0;
    Set<String> languages = new HashSet<>();
    for (int i = 0; i < story.size() && count < MAX_COLUMNS; i++) {
      if (languages.add(language.apply(story.get(i)))) {
        chosen[i] = true;
        count++;
      }
    }
    Set<String> sources = new HashSet<>();
    for (int i = 0; i < story.size(); i++) {
      if (chosen[i]) {
        sources.add(source.apply(story.get(i)));
      }
    }
    for (int i = 0; i < story.size() && count < MAX_COLUMNS; i++) {
      String outlet = source.apply(story.get(i));
      if (!chosen[i] && !outlet.isEmpty() && sources.add(outlet)) {
        chosen[i] = true;
        count++;
      }
    }
    for (int i = 0; i < story.size() && count < MAX_COLUMNS; i++) {
      if (!chosen[i]) {
        chosen[i] = true;
        count++;
      }
    }
    List<T> out = new ArrayList<>(count);
    for (int i = 0; i < story.size(); i++) {
      if (chosen[i]) {
        out.add(story.get(i));
      }
    }
    return out;
  }
}
