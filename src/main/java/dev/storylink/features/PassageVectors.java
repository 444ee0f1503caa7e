package dev.storylink.features;

import dev.storylink.text.Stemmers;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The head and first-sentence vectors of an article, for the same-language link model: the head is
 * the title (the first sentence when the article has no separate title), each sentence vector the
 * idf-weighted stems of one of the first {@link #SENTENCES} sentences of at least {@link
 * #MIN_TOKENS} content words. Boilerplate sentences are skipped. Stateless and thread-safe.
 *
 * @param head idf-weighted stem vector of the title or first sentence
 * @param sentences stem vectors of the first sentences
 */
public record PassageVectors(SparseVector head, List<SparseVector> sentences) {
  /** Sentences kept per article. */
  public static final int SENTENCES = 8;

  /** Content words a sentence needs to be kept. */
  public static final int MIN_TOKENS = 4;

  /** No head, no sentences. */
  public static final PassageVectors EMPTY = new PassageVectors(SparseVector.EMPTY, List.of());

  public PassageVectors {
    java.util.Objects.requireNonNull(head, "head");
    sentences = List.copyOf(sentences);
  }

  /**
   * The vectors of an analysed text whose tokens are {@code tokens} ({@code boilerplate[s]}: whether
   * sentence {@code s} is boilerplate).
   */
  static PassageVectors of(
      List<Token> tokens, Set<String> stop, TermStats stats, String lang, boolean[] boilerplate) {
    SparseVector.Builder head = new SparseVector.Builder();
    List<SparseVector> sentences = new ArrayList<>();
    SparseVector.Builder current = null;
    int currentSentence = -1;
    int count = 0;
    for (Token t : tokens) {
      int s = t.sentence();
      if (s != currentSentence) {
        if (current != null && count >= MIN_TOKENS) {
          sentences.add(current.build());
          if (sentences.size() == SENTENCES) {
            current = null;
            break;
          }
        }
        current = new SparseVector.Builder();
        currentSentence = s;
        count = 0;
      }
      String term = t.term();
      if (!NameRules.isContent(term, stop) || boilerplate[s]) {
        continue;
      }
      long dim = SparseVector.hash(Stemmers.stem(term, lang));
      double w = stats.idf(term);
      current.add(dim, w);
      count++;
      if (s == tokens.get(0).sentence()) {
        head.add(dim, w);
      }
    }
    if (current != null && count >= MIN_TOKENS && sentences.size() < SENTENCES) {
      sentences.add(current.build());
    }
    return new PassageVectors(head.build(), sentences);
  }
}
