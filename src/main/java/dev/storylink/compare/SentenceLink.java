package dev.storylink.compare;

import java.util.List;
import java.util.Objects;

/**
 * Sentence {@code a} of the first article and sentence {@code b} of the second say the same thing.
 * A sentence may take part in several links (1:n alignment). Immutable and thread-safe.
 *
 * @param a sentence index in the first article
 * @param b sentence index in the second article
 * @param score alignment score in [0, 1]
 * @param evidence what the two sentences share (readable labels), strongest first
 */
public record SentenceLink(int a, int b, double score, List<String> evidence) {
  public SentenceLink {
    Objects.requireNonNull(evidence, "evidence");
    evidence = List.copyOf(evidence);
    if (a < 0 || b < 0) {
      throw new IllegalArgumentException("negative sentence index");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score out of range: " + score);
    }
  }
}
