package dev.storylink.core;

/**
 * How the keys of the term statistics are named, shared by the stage that counts them ({@code
 * features}) and the one that stores them ({@code store}): plain keys are folded terms; a key that
 * starts with {@link #SENTENCE_PREFIX} stands for a long sentence (its hash), counted to find site
 * boilerplate. Constants only; thread-safe.
 */
public final class CountedKeys {
  /** Prefix of the keys that stand for a long sentence. */
  public static final String SENTENCE_PREFIX = "\u0001s:";

  private CountedKeys() {}

  /** True when {@code key} stands for a long sentence. */
  public static boolean isSentence(String key) {
    return key.startsWith(SENTENCE_PREFIX);
  }
}
