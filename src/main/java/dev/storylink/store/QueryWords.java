package dev.storylink.store;

import dev.storylink.core.Texts;
import dev.storylink.features.NameRules;
import dev.storylink.text.CrossLingualAnalyzer;
import dev.storylink.text.Scripts;
import dev.storylink.text.Stopwords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of a search query: the query analysed as the articles' text is ({@link
 * CrossLingualAnalyzer}), with Persian affixes written three ways made to find each other.
 *
 * <p>Persian writes a plural or comparative suffix and the verbal prefix joined to the word
 * (کشتهها), behind a zero-width non-joiner (کشته‌ها) or behind a space (کشته ها). The analyzer
 * drops the ZWNJ, so the first two index as one term ({@code کشتهها}); the third indexes as two
 * ({@code کشته}, {@code ها}), and the store's text has no positions to find the pair as a phrase.
 * The articles' text terms are left as they are (they are also the features' term statistics); the
 * query looks up both forms instead. (A singular finding an article that writes only its plural
 * needs the index's help: {@link PluralForms}.) The affixes are the suffixes -ها, -های, -هایی, -ای,
 * -تر, -ترین and the prefixes می-, نمی- (compared folded: Arabic yeh and kaf). Exact rules, on the
 * query's analysed words in order:
 *
 * <ol>
 *   <li>A word that is a suffix, after an Arabic-script word with only spaces or ZWNJs between
 *       them, is joined to it: {@code کشته ها} is the one word {@code کشتهها} whose core is {@code
 *       کشته}. A word that is a prefix, before an Arabic-script word, is joined to that word the
 *       same way: {@code می رود} is {@code میرود} with the core {@code رود}.
 *   <li>A word written with a ZWNJ whose first part is a prefix, or else whose last part is a
 *       suffix, has the rest as its core: {@code کشته‌ها} → {@code کشته}, {@code نمی‌داند} → {@code
 *       داند}.
 *   <li>A word written joined that ends with -ترین, -تر, -هایی, -های or -ها (longest first) after
 *       at least 3 letters that are no Persian stop word has those letters as its core: {@code
 *       کشتهها} → {@code کشته}, {@code بزرگترین} → {@code بزرگ}. Joined -ای and می-/نمی- are not
 *       split: too many words merely begin or end so (برای, میدان, میلیون).
 * </ol>
 *
 * A word is looked up as itself and as its core (one word's alternatives, {@link StorySearch}), so
 * each of the three spellings finds the others: the joined and ZWNJ forms by the joined term, the
 * spaced form by its core. A core is at least 2 letters long.
 *
 * <p>A word in another script written with an apostrophe (', ’, ‘ or ʼ, which the analyzer drops)
 * has as its core the word the apostrophe form writes, as articles index it ({@link PluralForms}'s
 * apostrophe forms, {@code features.NameRules#stripApostrophe} on the word as written): {@code
 * Kirman'da}, {@code Kirman’da} and {@code Kirmanʼda} → {@code kirman}, {@code l'Iran} → {@code
 * iran}; the core is one analysed term of at least 2 letters. So a Turkish name with its case
 * ending finds the articles that write the bare name and, through the bare name, its other case
 * forms (Kirman'da finds Kirman and Kirman'ın).
 *
 * <p>Stateless and thread-safe.
 */
final class QueryWords {
  private static final List<String> SUFFIXES = fold("هایی", "ترین", "های", "ها", "ای", "تر");
  private static final List<String> JOINED_SUFFIXES = fold("هایی", "ترین", "های", "ها", "تر");
  private static final List<String> PREFIXES = fold("نمی", "می");
  private static final char ZWNJ = '\u200C';

  /** The apostrophes a word may write its ending behind: ', ’, ‘ and ʼ (modifier letter). */
  private static final String APOSTROPHES = "'\u2019\u2018\u02BC";

  private QueryWords() {}

  /**
   * One query word: its term, the core that counts as it too (empty when it has none), and the word
   * as the query wrote it ({@code Тайип} for the term {@code таиип}; a suffix or prefix written
   * apart with the word: {@code کشته ها}), shown to people when the word matched in another
   * spelling. Immutable.
   */
  record Word(String term, String core, String written) {
    Word {
      Objects.requireNonNull(term, "term");
      Objects.requireNonNull(core, "core");
      Objects.requireNonNull(written, "written");
      if (term.isEmpty() || written.isEmpty()) {
        throw new IllegalArgumentException("a query word has a term and a written form");
      }
    }

    /** The terms looked up for this word: the term, then its core if it has one. */
    List<String> forms() {
      return core.isEmpty() ? List.of(term) : List.of(term, core);
    }
  }

  private record Token(String term, String surface, int start, int end) {}

  /** The words of {@code query} (distinct terms, at most {@code max}), in query order. */
  static List<Word> of(String query, int max) {
    List<Token> tokens = tokens(query);
    Map<String, Word> out = new LinkedHashMap<>();
    for (int i = 0; i < tokens.size() && out.size() < max; i++) {
      Token t = tokens.get(i);
      Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      Word w;
      if (next != null && PREFIXES.contains(t.term()) && adjacent(query, t, next)) {
        w = new Word(t.term() + next.term(), next.term(), written(query, t, next));
        i++;
      } else if (next != null && SUFFIXES.contains(next.term()) && adjacent(query, t, next)) {
        w = new Word(t.term() + next.term(), t.term(), written(query, t, next));
        i++;
      } else {
        w = new Word(t.term(), core(t), written(query, t, t));
      }
      out.putIfAbsent(w.term(), w);
    }
    return List.copyOf(out.values());
  }

  /**
   * The query's text from {@code first} to {@code last} as one line ({@link Texts#oneLine}: a bidi
   * control inside becomes a space); the term when nothing printable is left.
   */
  private static String written(String query, Token first, Token last) {
    String w = Texts.oneLine(query.substring(first.start(), last.end()));
    return w.isEmpty() ? first.term() : w;
  }

  /** Two Arabic-script words with only spaces or ZWNJs between them. */
  private static boolean adjacent(String query, Token a, Token b) {
    if (!Scripts.hasArabicScript(a.term()) || !Scripts.hasArabicScript(b.term())) {
      return false;
    }
    for (int k = a.end(); k < b.start(); k++) {
      char c = query.charAt(k);
      if (c != ZWNJ && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  /** The core of one written word (rules 2 and 3 of the class comment), or "". */
  private static String core(Token t) {
    String term = t.term();
    if (!Scripts.hasArabicScript(term)) {
      return apostropheCore(t);
    }
    int z = t.surface().indexOf(ZWNJ);
    if (z >= 0) {
      String first = foldOne(t.surface().substring(0, z));
      String last = foldOne(t.surface().substring(t.surface().lastIndexOf(ZWNJ) + 1));
      if (PREFIXES.contains(first) && term.startsWith(first)) {
        return atLeast(term.substring(first.length()), 2);
      }
      if (SUFFIXES.contains(last) && term.endsWith(last)) {
        return atLeast(term.substring(0, term.length() - last.length()), 2);
      }
      return "";
    }
    for (String s : JOINED_SUFFIXES) {
      if (term.endsWith(s)) {
        String core = atLeast(term.substring(0, term.length() - s.length()), 3);
        return Stopwords.of("fa").contains(core) ? "" : core;
      }
    }
    return "";
  }

  /** The core of a word written with an apostrophe (class comment), or "". */
  private static String apostropheCore(Token t) {
    String surface = t.surface();
    boolean any = false;
    StringBuilder plain = new StringBuilder(surface.length());
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      boolean apostrophe = APOSTROPHES.indexOf(c) >= 0;
      any |= apostrophe;
      plain.append(apostrophe ? '\'' : c);
    }
    if (!any) {
      return "";
    }
    List<Token> bare = tokens(NameRules.stripApostrophe(plain.toString()));
    if (bare.size() != 1 || bare.get(0).term().equals(t.term())) {
      return "";
    }
    String core = bare.get(0).term();
    return core.codePoints().filter(Character::isLetter).count() >= 2 ? core : "";
  }

  private static String atLeast(String core, int letters) {
    return core.codePointCount(0, core.length()) >= letters ? core : "";
  }

  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = CrossLingualAnalyzer.INSTANCE.tokenStream(StoreSchema.TEXT, text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int start = off.startOffset();
        int end = off.endOffset();
        out.add(new Token(t.toString(), text.substring(start, end), start, end));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A written affix or word part as the analyzer folds it. */
  private static String foldOne(String s) {
    return CrossLingualAnalyzer.INSTANCE.normalize(StoreSchema.TEXT, s).utf8ToString();
  }

  /** Written affixes or word parts, each as the analyzer folds it. */
  static List<String> fold(String... affixes) {
    List<String> out = new ArrayList<>();
    for (String a : affixes) {
      out.add(foldOne(a));
    }
    return List.copyOf(out);
  }
}
