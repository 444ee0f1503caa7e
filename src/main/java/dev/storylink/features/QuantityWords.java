package dev.storylink.features;

import dev.storylink.core.Resources;
import dev.storylink.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The word table of {@link QuantityRoles}, file {@code quantity-roles.tsv}: one line per word
 * group, {@code kind[=value]<TAB>language or *<TAB>phrase|phrase...}; the kind is a {@link
 * QuantityRoles.Role} name or one of {@code scale}, {@code currency}, {@code duration}, {@code
 * measure}, {@code rise}, {@code number} (a number word, its value after "="; a value kind); a
 * {@code *} word is analysed as each script's languages analyse it. A malformed line or an unknown
 * role fails class initialisation, naming the line. Thread-safe: immutable after class
 * initialisation.
 */
final class QuantityWords {
  private static final List<String> ANY = List.of("en", "ar", "fa", "ur", "ru", "zh");
  private static final Set<String> VALUE_KINDS =
      Set.of("scale", "currency", "duration", "measure", "rise", "number");

  /** What a word of the file says: its kind (a role, or a value kind), value. */
  record Word(String kind, String value) {}

  private static final class Holder {
    static final TermLexicon<Word> WORDS = load(kind -> true);

    /**
     * The number words alone (kind {@code number}): read at every token that is no number, where a
     * lexicon of a few words rejects a word in a bit test or two.
     */
    static final TermLexicon<Word> NUMBER_WORDS = load("number"::equals);
  }

  private QuantityWords() {}

  /** The table's words that start at token {@code i}, in language {@code lang}. */
  static List<TermLexicon.Entry<Word>> matchAt(List<Token> tokens, int i, String lang) {
    return Holder.WORDS.matchAt(tokens, i, lang);
  }

  /**
   * Whether {@code kind} is a value kind (scale, currency, duration, measure, rise, number), not a
   * role.
   */
  static boolean isValueKind(String kind) {
    return VALUE_KINDS.contains(kind);
  }

  /**
   * The first number word (kind {@code number}: seven, sieben, سبعة) at {@code tokens[i]}, or null;
   * the same entry as {@code wordAt(tokens, i, "number", lang)}.
   */
  static TermLexicon.Entry<Word> numberWordAt(List<Token> tokens, int i, String lang) {
    List<TermLexicon.Entry<Word>> words = Holder.NUMBER_WORDS.matchAt(tokens, i, lang);
    return words.isEmpty() ? null : words.get(0);
  }

  private static TermLexicon<Word> load(Predicate<String> kinds) {
    TermLexicon.Builder<Word> lexicon = TermLexicon.builder();
    List<String> lines = Resources.text(QuantityWords.class, "quantity-roles.tsv").lines().toList();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalStateException(
            "quantity-roles.tsv:" + (n + 1) + ": want 3 tab-separated fields");
      }
      String[] kv = f[0].split("=", 2);
      Word word = new Word(kv[0], kv.length > 1 ? kv[1] : "");
      if (!VALUE_KINDS.contains(word.kind())) {
        QuantityRoles.Role.valueOf(word.kind().toUpperCase(Locale.ROOT)); // fails: unknown role
      }
      if (!kinds.test(word.kind())) {
        continue;
      }
      for (String phrase : f[2].split("\\|")) {
        // a word of any language is analysed as each script's languages analyse it
        for (String lang : f[1].equals("*") ? ANY : List.of(f[1])) {
          lexicon.add(phrase, lang, word);
        }
      }
    }
    return lexicon.build();
  }

  /** The first word at {@code tokens[i]} of a kind that is no value (a role word), or null. */
  static TermLexicon.Entry<Word> roleWordAt(List<Token> tokens, int i, String lang) {
    for (TermLexicon.Entry<Word> w : matchAt(tokens, i, lang)) {
      if (!QuantityWords.isValueKind(w.value().kind())) {
        return w;
      }
    }
    return null;
  }

  /** The first word at {@code tokens[i]} of the given kind, or null. */
  static TermLexicon.Entry<Word> wordAt(List<Token> tokens, int i, String kind, String lang) {
    for (TermLexicon.Entry<Word> w : matchAt(tokens, i, lang)) {
      if (w.value().kind().equals(kind)) {
        return w;
      }
    }
    return null;
  }

  /** Whether a unit of time or of measure (kinds duration, measure) starts at {@code tokens[i]}. */
  static boolean unitAt(List<Token> tokens, int i, String lang) {
    for (TermLexicon.Entry<Word> w : matchAt(tokens, i, lang)) {
      if (w.value().kind().equals("duration") || w.value().kind().equals("measure")) {
        return true;
      }
    }
    return false;
  }
}
