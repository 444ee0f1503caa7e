package dev.storylink.cluster;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Feature 36 of {@link EventFeatures}, {@code template_conflict}: the article is another instance
 * of a templated text, not another report of the event. Each representative of the event is
 * compared with the article: they are in conflict when they use the same words (the Dice of their
 * terms, weights aside, at least {@value #TEMPLATED}: the store's term weights would count the
 * template's words for less the more instances it holds) while each names someone or somewhere the
 * other does not (names and places) and each has a figure the other lacks (different councils
 * approving different budget items: {@code Council of Lyon approves budget item 11} against {@code
 * Council of Porto approves budget item 3}). The feature is 1 when every representative is in
 * conflict with the article, else 0: one representative of the same council and figures keeps the
 * event open to it. {@link EventMerges} does not merge two events in conflict ({@link #between}).
 * Stateless and thread-safe.
 */
final class TemplateConflict {
  /** The least Dice of the terms of two texts of one template. */
  static final double TEMPLATED = 0.6;

  private TemplateConflict() {}

  /**
   * 1 when the article {@code f} is in conflict with every one of the representatives {@code reps},
   * else 0.
   */
  static double of(ArticleFeatures f, List<ArticleFeatures> reps) {
    if (reps.isEmpty() || f.numbers().isEmpty() || f.names().isEmpty() && f.places().isEmpty()) {
      return 0;
    }
    for (ArticleFeatures r : reps) {
      if (f.terms().dimensionDice(r.terms()) < TEMPLATED) {
        return 0; // a representative in other words: no template to read
      }
    }
    Set<String> specifics = specifics(f);
    Set<String> figures = keys(f.numbers());
    for (ArticleFeatures r : reps) {
      if (!differ(specifics, specifics(r)) || !figuresDiffer(figures, keys(r.numbers()))) {
        return 0;
      }
    }
    return 1;
  }

  /**
   * Whether two events' representatives are of one template and other instances: the oldest of
   * either in conflict with every one of the other's.
   */
  static boolean between(List<ArticleFeatures> a, List<ArticleFeatures> b) {
    return !a.isEmpty() && !b.isEmpty() && (of(a.get(0), b) > 0 || of(b.get(0), a) > 0);
  }

  /** The keys of the names and places of an article. */
  private static Set<String> specifics(ArticleFeatures f) {
    Set<String> out = keys(f.names());
    f.places().forEach(m -> out.add(m.key()));
    return out;
  }

  private static Set<String> keys(List<Mention> mentions) {
    Set<String> out = new HashSet<>();
    mentions.forEach(m -> out.add(m.key()));
    return out;
  }

  /** Whether each set has a key the other lacks. */
  private static boolean differ(Set<String> a, Set<String> b) {
    return !a.containsAll(b) && !b.containsAll(a);
  }

  /** Whether each has a figure the other lacks. */
  private static boolean figuresDiffer(Set<String> a, Set<String> b) {
    return !a.isEmpty() && !b.isEmpty() && differ(a, b);
  }
}
