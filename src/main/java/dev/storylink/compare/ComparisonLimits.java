package dev.storylink.compare;

import dev.storylink.core.InputException;
import dev.storylink.text.Sentence;
import java.util.List;

/**
 * Bounds on the work and the result of one comparison. Aligning sentences scores every pair of
 * sentences (and of their clauses), so the work grows with the product of the two articles' sizes;
 * these caps keep it bounded while leaving every news article untouched (the longest article of the
 * evaluation sets has 157 sentences, 17,000 characters and a sentence of 2,135 characters).
 *
 * <ul>
 *   <li>An article is refused ({@link InputException}) with more than {@link #MAX_TEXT_CHARS}
 *       characters (title and text), more than {@link #MAX_SENTENCES} sentences, or a sentence of
 *       more than {@link #MAX_SENTENCE_CHARS} characters.
 *   <li>A pair of articles is refused when scoring would take more than {@link #MAX_UNIT_PAIRS}
 *       pairs of units (a unit is a sentence or one of its clause units, see {@link
 *       SentenceScorer}; the count is the product of the two articles' unit counts) or more than
 *       {@link #MAX_RARE_WORD_PAIRS} pairs of rare words tried as cognates (the product of the two
 *       articles' rare words summed over their units). The largest pair of the evaluation sets
 *       needs 82,215 unit pairs and 3,261,456 rare-word pairs.
 *   <li>No sentence takes part in more than {@link #MAX_PARTNERS} links, so a result holds at most
 *       {@code MAX_PARTNERS × MAX_SENTENCES} links, each with at most {@link
 *       SentenceScorer#EVIDENCE} evidence labels: the result grows with the articles, never with
 *       the product of their sizes.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ComparisonLimits {
  /** Most characters of an article (title and text) compared. */
  public static final int MAX_TEXT_CHARS = 120_000;

  /** Most sentences of an article compared. */
  public static final int MAX_SENTENCES = 600;

  /** Most characters of one sentence. */
  public static final int MAX_SENTENCE_CHARS = 4_000;

  /** Most pairs of units (sentences and clause units) scored in one comparison. */
  public static final long MAX_UNIT_PAIRS = 1_500_000;

  /** Most pairs of rare words tried as cognates in one comparison. */
  public static final long MAX_RARE_WORD_PAIRS = 50_000_000;

  /** Most links one sentence takes part in. */
  public static final int MAX_PARTNERS = 32;

  /**
   * A bound on the work of one pair: at most {@code unitPairs} pairs of units and {@code
   * rareWordPairs} pairs of rare words (never more than the limits above).
   */
  public record Budget(long unitPairs, long rareWordPairs) {
    public Budget {
      if (unitPairs < 1
          || rareWordPairs < 1
          || unitPairs > MAX_UNIT_PAIRS
          || rareWordPairs > MAX_RARE_WORD_PAIRS) {
        throw new IllegalArgumentException(
            "a budget is positive and within the limits: " + unitPairs + ", " + rareWordPairs);
      }
    }
  }

  /** The whole of the limits: what one comparison may take. */
  public static final Budget WHOLE = new Budget(MAX_UNIT_PAIRS, MAX_RARE_WORD_PAIRS);

  private ComparisonLimits() {}

  /**
   * Throws {@link InputException} when the text of article {@code id} is too long to compare
   * (checked before it is analysed).
   */
  static void checkText(String id, String fullText) {
    if (fullText.length() > MAX_TEXT_CHARS) {
      throw new InputException(
          "article '"
              + id
              + "' is too long to compare: "
              + fullText.length()
              + " characters, at most "
              + MAX_TEXT_CHARS
              + " are compared");
    }
  }

  /**
   * Throws {@link InputException} when comparing articles {@code a} and {@code b}, whose signatures
   * are built, would take more work than {@code budget} allows.
   */
  static void checkWork(SentenceSignatures a, SentenceSignatures b, Budget budget) {
    long units = a.units() * b.units();
    long rare = a.rareWords() * b.rareWords();
    if (units > budget.unitPairs() || rare > budget.rareWordPairs()) {
      throw new InputException(
          "articles '"
              + a.article.id()
              + "' and '"
              + b.article.id()
              + "' are too long to compare"
              + " together: "
              + units
              + " sentence and clause pairs (at most "
              + budget.unitPairs()
              + ") and "
              + rare
              + " rare-word pairs (at most "
              + budget.rareWordPairs()
              + ") to score;"
              + " compare shorter articles or parts of them");
    }
  }

  /** Throws {@link InputException} when article {@code id} has too many or too long sentences. */
  static void checkSentences(String id, List<Sentence> sentences) {
    if (sentences.size() > MAX_SENTENCES) {
      throw new InputException(
          "article '"
              + id
              + "' is too long to compare: "
              + sentences.size()
              + " sentences, at most "
              + MAX_SENTENCES
              + " are compared");
    }
    for (Sentence s : sentences) {
      if (s.text().length() > MAX_SENTENCE_CHARS) {
        throw new InputException(
            "article '"
                + id
                + "' cannot be compared: sentence "
                + (s.index() + 1)
                + " has "
                + s.text().length()
                + " characters, at most "
                + MAX_SENTENCE_CHARS
                + " are compared (is it prose?)");
      }
    }
  }
}
