package dev.storylink.compare;

import dev.storylink.core.InputException;
import dev.storylink.text.Sentence;
import java.util.List;

/**
 * Bounds on the work and the result of one comparison. Aligning sentences scores every pair of
 * sentences (and of their clauses), so the work grows with the product of the two articles'
 * sizes; these caps keep it bounded while leaving every news article untouched (the longest
 * article of the evaluation sets has 157 sentences, 17,000 characters and a sentence of 2,135
 * characters).
 *
 * <ul>
 *   <li>An article is refused ({@link InputException}) with more than {@link #MAX_TEXT_CHARS}
 *       characters (title and text), more than {@link #MAX_SENTENCES} sentences, or a sentence of
 *       more than {@link #MAX_SENTENCE_CHARS} characters.
 *   <li>A sentence of more than {@link #MAX_CLAUSES} clauses (a list rather than prose) is
 *       scored as a whole only, not clause by clause.
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

  /** A sentence of more clauses is scored as a whole only. */
  public static final int MAX_CLAUSES = 24;

  /** Most links one sentence takes part in. */
  public static final int MAX_PARTNERS = 32;

  private ComparisonLimits() {}

  /**
   * Throws {@link InputException} when the text of article {@code id} is too long to compare
   * (checked before it is analysed).
   */
  static void checkText(String id, String fullText) {
    if (fullText.length() > MAX_TEXT_CHARS) {
      throw new InputException(
          "article '" + id + "' is too long to compare: " + fullText.length()
              + " characters, at most " + MAX_TEXT_CHARS + " are compared");
    }
  }

  /** Throws {@link InputException} when article {@code id} has too many or too long sentences. */
  static void checkSentences(String id, List<Sentence> sentences) {
    if (sentences.size() > MAX_SENTENCES) {
      throw new InputException(
          "article '" + id + "' is too long to compare: " + sentences.size()
              + " sentences, at most " + MAX_SENTENCES + " are compared");
    }
    for (Sentence s : sentences) {
      if (s.text().length() > MAX_SENTENCE_CHARS) {
        throw new InputException(
            "article '" + id + "' cannot be compared: sentence " + (s.index() + 1) + " has "
                + s.text().length() + " characters, at most " + MAX_SENTENCE_CHARS
                + " are compared (is it prose?)");
      }
    }
  }
}
