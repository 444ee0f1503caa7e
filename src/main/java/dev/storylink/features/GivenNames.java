package dev.storylink.features;

import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words that make a capitalised name a person ({@link MainPerson}): given names in the scripts
 * of the supported languages (Jamal, Владимир, محمد, رضا), title words (President, coach, الرئيس,
 * رئیس‌جمهور, президент) and words that are never a person's name although they follow one (the
 * League of "Premier League", the Department of "Justice Department").
 *
 * <p>File format ({@code persons/given-names.tsv}, UTF-8, tab-separated; lines starting with {@code
 * #} are comments): a header line {@code kind lang words}, then lines of a kind ({@code given},
 * {@code title} or {@code not}), the language the words are analysed in (ISO 639-1, so that they
 * are folded like article text of that language: the Arabic article stripped, Persian letter
 * variants and ZWNJ folded), and the words separated by {@code |}. A word ending in {@code *} is a
 * stem that matches every word it begins (Владимир* matches Владимира, Владимиром); a word of
 * several tokens (Jean-Luc, رئیس جمهور) is matched by its last token. Lookups are by the token's
 * term: a given name or a word that names no person counts in a report of any language, a title
 * only in its own language (Persian رئیس, "head", also begins "head of" constructs).
 *
 * <p>A malformed line is refused at load with its line number. Immutable after loading and
 * thread-safe.
 */
public final class GivenNames {
  /** The kind of a word: a given name. */
  public static final int GIVEN = 1;

  /** The kind of a word: a title or role written before a name. */
  public static final int TITLE = 2;

  /** The kind of a word: never the name of a person. */
  public static final int NOT = 4;

  private static final Map<String, Integer> KINDS =
      Map.of("given", GIVEN, "title", TITLE, "not", NOT);

  private static final class Holder {
    static final GivenNames SHIPPED = loadShipped();
  }

  /** A stem and its kinds. */
  private record Stem(String prefix, int kinds) {}

  /** Given names and words that name no person: whole words, and stems by their first char. */
  private final Map<String, Integer> exact;

  private final Map<Character, List<Stem>> stems;

  /** Titles by language, the same way. */
  private final Map<String, Map<String, Integer>> titles;

  private final Map<String, Map<Character, List<Stem>>> titleStems;

  /** Keys are terms, or {@code lang + TAB + term} for titles (as {@link #parse} stores them). */
  private GivenNames(Map<String, Integer> exactKeys, Map<String, Integer> stemKeys) {
    Map<String, Integer> plain = new HashMap<>();
    Map<String, Map<String, Integer>> byLang = new HashMap<>();
    exactKeys.forEach(
        (key, k) -> {
          int tab = key.indexOf('\t');
          if (tab < 0) {
            plain.put(key, k);
          } else {
            byLang
                .computeIfAbsent(key.substring(0, tab), l -> new HashMap<>())
                .put(key.substring(tab + 1), k);
          }
        });
    Map<Character, List<Stem>> plainStems = new HashMap<>();
    Map<String, Map<Character, List<Stem>>> stemsByLang = new HashMap<>();
    stemKeys.forEach(
        (key, k) -> {
          int tab = key.indexOf('\t');
          Map<Character, List<Stem>> into =
              tab < 0
                  ? plainStems
                  : stemsByLang.computeIfAbsent(key.substring(0, tab), l -> new HashMap<>());
          String prefix = key.substring(tab + 1);
          into.computeIfAbsent(prefix.charAt(0), c -> new ArrayList<>()).add(new Stem(prefix, k));
        });
    this.exact = Map.copyOf(plain);
    this.stems = Map.copyOf(plainStems);
    Map<String, Map<String, Integer>> t = new HashMap<>();
    byLang.forEach((l, m) -> t.put(l, Map.copyOf(m)));
    this.titles = Map.copyOf(t);
    Map<String, Map<Character, List<Stem>>> ts = new HashMap<>();
    stemsByLang.forEach((l, m) -> ts.put(l, Map.copyOf(m)));
    this.titleStems = Map.copyOf(ts);
  }

  /** The shipped lists, loaded once. */
  public static GivenNames shipped() {
    return Holder.SHIPPED;
  }

  /**
   * The kinds ({@link #GIVEN}, {@link #TITLE}, {@link #NOT}, or-ed) of a token of a text in
   * language {@code lang}; 0 when it is none. In Arabic a glued conjunction or preposition (و، ف،
   * ب، ل) may precede the word.
   */
  public int kinds(Token t, String lang) {
    String term = t.term();
    int k = kinds(term, lang);
    if (k == 0
        && "ar".equals(lang)
        && term.length() > 3
        && TermLexicon.CLITICS.indexOf(term.charAt(0)) >= 0) {
      k = kinds(term.substring(1), lang);
    }
    return k;
  }

  /** The kinds of a folded term in a text of language {@code lang}. */
  int kinds(String term, String lang) {
    return kinds(term)
        | lookup(
            term, titles.getOrDefault(lang, Map.of()), titleStems.getOrDefault(lang, Map.of()));
  }

  /** The given names and words that name no person among the kinds of a folded term. */
  int kinds(String term) {
    return lookup(term, exact, stems);
  }

  /** The kinds of {@code term} as a whole word and of the stems it begins with (no allocation). */
  private static int lookup(
      String term, Map<String, Integer> words, Map<Character, List<Stem>> by) {
    if (term.isEmpty()) {
      return 0;
    }
    int k = words.getOrDefault(term, 0);
    List<Stem> candidates = by.get(term.charAt(0));
    if (candidates != null) {
      for (Stem st : candidates) {
        if (term.startsWith(st.prefix())) {
          k |= st.kinds();
        }
      }
    }
    return k;
  }

  static GivenNames loadShipped() {
    InputStream in = GivenNames.class.getResourceAsStream("persons/given-names.tsv");
    if (in == null) {
      throw new IllegalStateException("persons/given-names.tsv is missing from the classpath");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(r, "persons/given-names.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses lists in the file format above; {@code name} names the source in errors. */
  static GivenNames parse(BufferedReader r, String name) throws IOException {
    Map<String, Integer> exact = new HashMap<>();
    Map<String, Integer> stems = new HashMap<>();
    boolean header = false;
    for (TsvRows.Row row : TsvRows.read(r)) {
      int lineNo = row.lineNo();
      String[] f = row.fields();
      if (!header) {
        if (f.length != 3
            || !f[0].equals("kind")
            || !f[1].equals("lang")
            || !f[2].equals("words")) {
          throw new IllegalStateException(
              name + ":" + lineNo + ": the header must be kind, lang, words");
        }
        header = true;
        continue;
      }
      if (f.length != 3) {
        throw new IllegalStateException(
            name + ":" + lineNo + ": " + f.length + " fields, 3 expected");
      }
      Integer kind = KINDS.get(f[0]);
      if (kind == null) {
        throw new IllegalStateException(name + ":" + lineNo + ": unknown kind '" + f[0] + "'");
      }
      if (!f[1].matches("[a-z]{2}")) {
        throw new IllegalStateException(name + ":" + lineNo + ": bad language '" + f[1] + "'");
      }
      for (String word : f[2].split("\\|")) {
        String w = word.strip();
        if (w.isEmpty()) {
          continue;
        }
        boolean stem = w.endsWith("*");
        List<Token> tokens =
            TextAnalysis.analyze(stem ? w.substring(0, w.length() - 1) : w, f[1]).tokens();
        if (tokens.isEmpty()) {
          throw new IllegalStateException(
              name + ":" + lineNo + ": '" + w + "' analyses to no word");
        }
        String term = tokens.get(tokens.size() - 1).term();
        if (stem && term.length() < 2) {
          throw new IllegalStateException(name + ":" + lineNo + ": stem '" + w + "' is too short");
        }
        // titles hold in their own language only (Persian رئیس begins constructs, "head of")
        String key = kind == TITLE ? f[1] + '\t' + term : term;
        (stem ? stems : exact).merge(key, kind, (a, b) -> a | b);
      }
    }
    if (!header) {
      throw new IllegalStateException(name + ": empty list");
    }
    return new GivenNames(exact, stems);
  }
}
