package dev.storylink.store;

import dev.storylink.features.NameRules;
import dev.storylink.store.NameForms.Spelling;
import dev.storylink.text.Scripts;
import dev.storylink.text.Stopwords;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexReader;

/**
 * The plurals of an article's Persian, Arabic and Urdu words (and, in other languages, words
 * written with an apostrophe ending: Van'da), indexed behind their singular (the bare word) in
 * {@link StoreSchema#PLURAL_FORMS} ({@code "طرف\u001fطرفها"}), so that a singular query word finds
 * the articles that write only its plural: طرف finds طرف‌ها and طرفها (both indexed as {@code
 * طرفها}: the analyzer drops the ZWNJ), حكومة finds حكومات, مسلم finds المسلمين. The article's text
 * terms are unchanged (they are also the clusterer's term statistics); search adds the plurals the
 * store holds as alternatives of the word ({@link StorySearch}), found by one term-dictionary seek
 * per word when the query is planned, never by reading a hit's stored fields.
 *
 * <p>Exact rules, on an article's distinct analysed terms (folded: ZWNJ removed, Arabic yeh and
 * kaf, ں → ن, the Arabic definite article already stripped from Arabic articles), by the article's
 * language only:
 *
 * <ul>
 *   <li>{@code fa}: a term ending in -هایی, -های or -ها (the longest that fits) has the rest as its
 *       singular; a term ending in -ات has the rest and the rest + ه as its singulars (اطلاعات →
 *       اطلاع, حملات → حمله).
 *   <li>{@code ar} and {@code ur}: a term ending in -ات has the rest and the rest + ه (ة folded) as
 *       its singulars (انتخابات → انتخاب, حكومات → حكومه); one ending in -ون or -ين has the rest
 *       (معلمون, مسلمين → مسلم; Urdu لوگوں → لوگ, کتابیں → کتاب).
 *   <li>A singular has at least {@value #MIN_SINGULAR_LETTERS} letters and is no stop word of the
 *       language (تنها, میں, ہیں give none; كانون does not make كان).
 *   <li>Names are not cut by -ات, -ون, -ين, the endings of many names (بوتين, كلينتون, ماكرون,
 *       الكرملين, عرفات): a term that writes one of the article's names (the name keys {@link
 *       NameForms#indexKeys} uses), alone or behind one of the clitics و, ف, ب, ل (وياسين), gives
 *       no singular by them; in Arabic script those names are the article's rare words that are no
 *       ordinary word ({@code features.NameRules}), so a rare plural would not be cut either: such
 *       a word is cut all the same when the article's own text shows it is a plural ({@link
 *       PluralEvidence}: in Arabic written with the definite article, and for -ون/-ين only on a
 *       participle, فاعل or nisba stem: المسعفين, الناخبين, الفلسطينيين, not الكرملين; in Urdu
 *       written with a final ں: مریضوں; in Urdu and Persian an -ات on the stem of a borrowed Arabic
 *       verbal noun or participle: امتحانات, مذاکرات, not عرفات). The Persian -ها family, which
 *       ends no name, applies to every term.
 *   <li>An Arabic ten (عشرين, ثلاثين ... تسعين and their -ون forms) gives none, so three does not
 *       find thirty.
 *   <li>-ان (Persian animate plural, Arabic dual) is not cut: too many names end so (ایران,
 *       اردوغان).
 *   <li><b>Apostrophe forms</b>, in every other language: a term written with an apostrophe (' or
 *       ’) is indexed behind the word it writes ({@code features.NameRules#stripApostrophe}: the
 *       part before it, or the part after a French elided article) when that word has at least 2
 *       letters and is no stop word of the language. Turkish writes the case ending of every name
 *       so (Van'da, Erdoğan'ın, Ankara’da): a search for Van finds Van'da, also where the name has
 *       no other spellings to go by (a name of two consonants, {@link NameForms}).
 *   <li>Any other term gives none.
 * </ul>
 *
 * A word whose singular is only a look-alike (Arabic زيتون, olive, under زيت, oil) can thus find an
 * article it does not mean; the word itself always ranks by its own idf among the others.
 *
 * <p>Stateless and thread-safe.
 */
final class PluralForms {
  /** A singular is at least this many letters long. */
  static final int MIN_SINGULAR_LETTERS = 3;

  /** Plurals looked at per singular, at most, when a query is planned. */
  static final int MAX_PLURALS = 64;

  private static final List<String> PERSIAN = QueryWords.fold("هایی", "های", "ها");
  private static final List<String> SOUND = QueryWords.fold("ون", "ين");
  private static final String AT = QueryWords.fold("ات").get(0);
  private static final String TA_MARBUTA = QueryWords.fold("ة").get(0);

  /** The units of the Arabic tens (عشرين, ثلاثون...), whose -ين / -ون is no plural. */
  private static final Set<String> TENS =
      Set.copyOf(QueryWords.fold("عشر", "ثلاث", "اربع", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"));

  private static final String CLITICS = "\u0648\u0641\u0628\u0644";

  private static final Map<String, Set<String>> STOP_WORDS =
      Map.of("fa", Stopwords.of("fa"), "ar", Stopwords.of("ar"), "ur", Stopwords.of("ur"));

  private PluralForms() {}

  /**
   * The {@link StoreSchema#PLURAL_FORMS} keys of an article in {@code lang}: each of its distinct
   * {@code tokens} that is a plural (class comment) behind each of its singulars; {@code names} are
   * the article's name keys (as {@link NameForms#indexKeys} takes them).
   */
  static List<String> keys(String lang, List<String> tokens, Collection<String> names) {
    return keys(lang, tokens, names, "");
  }

  /**
   * The {@link StoreSchema#PLURAL_FORMS} keys of an article in {@code lang} whose title and text
   * are {@code text}: as {@link #keys(String, List, Collection)}, but a name taken for one only
   * because it is rare is no name when {@code text} shows it is a plural ({@link PluralEvidence}).
   */
  static List<String> keys(
      String lang, List<String> tokens, Collection<String> names, String text) {
    return keysOfDistinct(lang, TextTerms.of(tokens).distinct(), names, text);
  }

  /**
   * {@link #keys(String, List, Collection, String)} of an article whose distinct text terms, in the
   * order of their first occurrence, are {@code distinct} ({@link TextTerms#distinct}): the same
   * keys, each term looked at once without a set of the terms seen.
   */
  static List<String> keysOfDistinct(
      String lang, List<String> distinct, Collection<String> names, String text) {
    List<String> out = new ArrayList<>();
    if (!STOP_WORDS.containsKey(lang)) {
      for (String t : distinct) {
        apostropheForm(lang, t).ifPresent(bare -> out.add(bare + StoreSchema.FORM_SEPARATOR + t));
      }
      return out;
    }
    Set<String> nameKeys = NameForms.nameKeys(names);
    Set<String> named = new HashSet<>();
    for (String t : distinct) {
      if (Scripts.hasArabicScript(t) && PluralEvidence.hasPluralEnding(t) && isName(t, nameKeys)) {
        named.add(t);
      }
    }
    Set<String> plurals = PluralEvidence.of(lang, text, named);
    for (String t : distinct) {
      if (!Scripts.hasArabicScript(t)) {
        continue;
      }
      boolean notAName = !named.contains(t) || plurals.contains(t);
      for (String singular : singulars(lang, t, notAName)) {
        out.add(singular + StoreSchema.FORM_SEPARATOR + t);
      }
    }
    return out;
  }

  /**
   * The word an apostrophe form writes (rule of the class comment): Van'da → van, Erdoğan'ın →
   * erdoğan, Trump's → trump, l'Iran → iran; empty for a term without an apostrophe, or whose word
   * has fewer than 2 letters or is a stop word of {@code lang}.
   */
  static Optional<String> apostropheForm(String lang, String term) {
    if (term.indexOf('\'') < 0 && term.indexOf('\u2019') < 0) {
      return Optional.empty();
    }
    String bare = NameRules.stripApostrophe(term);
    return bare.equals(term)
            || bare.codePoints().filter(Character::isLetter).count() < 2
            || Stopwords.of(lang).contains(bare)
        ? Optional.empty()
        : Optional.of(bare);
  }

  /** The term writes a name, alone or behind one of the clitics و, ف, ب, ل (وياسين). */
  static boolean isName(String term, Set<String> nameKeys) {
    return nameKeys.contains(NameForms.nameKey(term))
        || (term.length() > 1
            && CLITICS.indexOf(term.charAt(0)) >= 0
            && nameKeys.contains(NameForms.nameKey(term.substring(1))));
  }

  /** The singulars of one folded term of an article in {@code lang} that is none of its names. */
  static List<String> singulars(String lang, String term) {
    return singulars(lang, term, true);
  }

  /**
   * The singulars of one folded term of an article in {@code lang}; {@code notAName}: the term
   * writes none of the article's names (else only the Persian -ها rule applies).
   */
  static List<String> singulars(String lang, String term, boolean notAName) {
    Set<String> stop = STOP_WORDS.get(lang);
    if (stop == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (lang.equals("fa")) {
      for (String s : PERSIAN) {
        if (term.endsWith(s)) {
          add(out, term.substring(0, term.length() - s.length()), stop);
          break;
        }
      }
    } else if (notAName) {
      for (String s : SOUND) {
        String rest = term.substring(0, Math.max(0, term.length() - s.length()));
        if (term.endsWith(s) && !TENS.contains(rest)) {
          add(out, rest, stop);
        }
      }
    }
    if (notAName && term.endsWith(AT)) {
      String rest = term.substring(0, term.length() - AT.length());
      add(out, rest, stop);
      if (rest.codePointCount(0, rest.length()) >= MIN_SINGULAR_LETTERS - 1) {
        add(out, rest + TA_MARBUTA, stop);
      }
    }
    return out;
  }

  private static void add(List<String> out, String singular, Set<String> stop) {
    if (singular.codePointCount(0, singular.length()) >= MIN_SINGULAR_LETTERS
        && !stop.contains(singular)
        && Scripts.hasArabicScript(singular)) {
      out.add(singular);
    }
  }

  /**
   * The plurals the store indexes behind {@code singular} (an analysed query word or one of its
   * forms), with their document frequencies in {@link StoreSchema#TEXT}; at most {@value
   * #MAX_PLURALS}.
   */
  static List<Spelling> of(IndexReader r, String singular) throws IOException {
    return NameForms.behind(r, StoreSchema.PLURAL_FORMS, singular, MAX_PLURALS);
  }
}
