package dev.storylink.features;

import com.ibm.icu.lang.UScript;
import dev.storylink.core.Article;
import dev.storylink.text.CalendarNames;
import dev.storylink.text.CompoundVerbs;
import dev.storylink.text.NameKeys;
import dev.storylink.text.Scripts;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import dev.storylink.text.ar.ArabicNameShape;
import dev.storylink.text.ar.ArabicProcliticStripper;
import dev.storylink.text.de.CapitalisedNames;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The one place that says which words are content words and which are names, used by feature
 * extraction ({@link FeatureExtractor}) and by the coverage comparison ({@code
 * dev.storylink.compare}).
 *
 * <p>Content word ({@link #isContent}): two or more characters, at least one a letter, not a stop
 * word. A word is rare when its idf is at least {@link #RARE_IDF_FRACTION} of the largest idf
 * ({@link #rareIdf}). A word's apostrophe suffix is dropped (Erdoğan'ın → Erdoğan, Putin's → Putin)
 * and a French elided article too (l'Iran → Iran), see {@link #stripApostrophe}; a name's display
 * keeps the Irish O' of a family name (O'Brien, not Brien), see {@link #label}.
 *
 * <p>Three name rules, from loose to strict:
 *
 * <ul>
 *   <li>Name of an article's features ({@link #featureKey}): in cased scripts a capitalised word
 *       that is not a stop word and either stands inside a sentence or is rare; in Arabic script a
 *       rare word of three or more letters that is no ordinary word ({@link CommonWords}) nor
 *       Persian verb form ({@link PersianVerbForms}; its key mapped by {@link
 *       NameKeys#arabicScriptKey}), and in Persian text neither part of a compound verb nor of a
 *       written date where it stands ({@link #verbOrDatePart}); in other scripts without capitals
 *       but Chinese and Japanese (Hebrew, Hangul, Devanagari...) a rare word of two or more
 *       letters. Never a stop word or a number.
 *   <li>Name-like word of a sentence signature ({@link #isNameLike}), matched across scripts by its
 *       consonant skeleton: three or more letters, not a stop word or number; in Arabic script rare
 *       and no ordinary word ({@link CommonWords}) nor Persian verb form; in cased scripts
 *       capitalised and, when it starts its sentence, rare.
 *   <li>Name reported as a fact ({@link #isFactName}), which must also be name-like: in Arabic
 *       script it is no ordinary word, no given name alone ({@link CommonWords}), no Persian verb
 *       form, no Persian light verb itself (گذاشت) nor, in Urdu text, an Urdu auxiliary after a
 *       verb (گئیں in گر گئیں "fell", رہیں; {@link CompoundVerbs}) and never written right before a
 *       Persian light verb (سقوط کرد "fell", برجای گذاشت "left behind", {@link CompoundVerbs}), and
 *       it recurs with the shape of a name ({@link ArabicNameShape}) or follows a given name as
 *       written (علي, not the preposition على); in cased scripts it is rare, is capitalised inside
 *       a sentence at least once and never written in lower case, and is no weekday or month name
 *       (CLDR, {@link CalendarNames}) nor title word of its language ({@link GivenNames}, see
 *       {@link #factSurface}); in languages that capitalise every noun only a run of capitalised
 *       words is a name ({@link CapitalisedNames}).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class NameRules {
  /** A word is rare when its idf is at least this fraction of the largest possible idf. */
  public static final double RARE_IDF_FRACTION = 0.55;

  private NameRules() {}

  /** The idf at and above which a word is rare under {@code stats}. */
  public static double rareIdf(TermStats stats) {
    return RARE_IDF_FRACTION * stats.maxIdf();
  }

  /** True for a term that carries content: not a stop word, not punctuation, not one letter. */
  public static boolean isContent(String term, Set<String> stop) {
    if (term.length() < 2 || stop.contains(term)) {
      return false;
    }
    for (int i = 0; i < term.length(); i++) {
      if (Character.isLetter(term.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Removes an apostrophe suffix (Erdoğan'ın) or a French elided article (l'Iran). */
  public static String stripApostrophe(String term) {
    int q = term.indexOf('\'');
    if (q < 0) {
      q = term.indexOf('\u2019');
    }
    if (q < 0) {
      return term;
    }
    if (q <= 2 && term.length() - q > 3) {
      return term.substring(q + 1);
    }
    return term.substring(0, q);
  }

  /**
   * The term a name is keyed and matched by: the term without its apostrophe part ({@link
   * #stripApostrophe}) and, for an Arabic word written with a hamza on its first alef (إلازيغ),
   * with the ال the analysis took for the article put back ({@link
   * ArabicProcliticStripper#withUnstrippedAlefLam}).
   */
  public static String nameTerm(Token t) {
    String term = stripApostrophe(t.term());
    return Scripts.hasArabicScript(term)
        ? ArabicProcliticStripper.withUnstrippedAlefLam(t.surface(), term)
        : term;
  }

  /** Display form of a name as written: without its apostrophe part, unless nothing is left. */
  public static String label(String surface) {
    if (surface.length() > 1
        && surface.charAt(0) == 'O'
        && (surface.charAt(1) == '\'' || surface.charAt(1) == '\u2019')) {
      // the Irish O' of a family name (O'Brien, not Brien; O'Brien's → O'Brien), not the Turkish
      // pronoun's O'nun, O'na (three letters or fewer after it); for display only: the key of the
      // name stays its term without the apostrophe part, as the link features were fitted so
      int p = Math.max(surface.indexOf('\'', 2), surface.indexOf('\u2019', 2));
      String name = p < 0 ? surface : surface.substring(0, p);
      if (name.length() - 2 >= 4) {
        return name;
      }
    }
    String s = stripApostrophe(surface);
    return s.isEmpty() ? surface : s;
  }

  /**
   * Name key of a token for the article's features, or null when the token is not a name (kept
   * null-returning and allocation-free: it runs on every token ingested).
   */
  static String featureKey(Token t, Set<String> stop, double rareIdf, TermStats stats) {
    String term = stripApostrophe(t.term());
    if (term.length() < 2 || stop.contains(term) || Scripts.isAllDigits(term)) {
      return null;
    }
    if (Scripts.hasArabicScript(term)) {
      if (term.length() < 3
          || stats.idf(t.term()) < rareIdf
          || CommonWords.isCommon(term)
          || PersianVerbForms.test(t.surface())) {
        return null;
      }
      return NameKeys.arabicScriptKey(term);
    }
    if (!Character.isLetter(term.charAt(0))) {
      return null;
    }
    if (!Scripts.isCased(term.charAt(0))) {
      // other scripts without capitals (Hebrew, Hangul, Devanagari, Thai...): rare words, as in
      // Arabic script; not Chinese or Japanese words, whose readings match no foreign name
      int script = Scripts.scriptOf(term);
      if (script == UScript.HAN
          || script == UScript.HIRAGANA
          || script == UScript.KATAKANA
          || stats.idf(t.term()) < rareIdf) {
        return null;
      }
      return term;
    }
    if (!t.capitalized()) {
      return null;
    }
    if (t.sentenceInitial() && stats.idf(t.term()) < rareIdf) {
      return null;
    }
    return term;
  }

  /**
   * True when the word {@code tokens.get(i)} of a Persian text is, where it stands, part of a verb
   * or of a date and so no name of the article's features, whatever {@link #featureKey} says of the
   * word alone (the class comment's first rule, in Persian text, {@code lang} "fa"):
   *
   * <ol>
   *   <li>it is a Persian light verb ({@link CompoundVerbs#isLightVerb}: گذاشت in برجای گذاشت "left
   *       behind", کرد, شد …);
   *   <li>it is written right before one (next word of its sentence, one space between): the first
   *       part of a compound verb, برجای in برجای گذاشت, سقوط in سقوط کرد "fell";
   *   <li>it lies inside a written date of the text ({@code dates}, {@link CalendarDates#find}):
   *       the month آذر in ۷ آذر ۱۴۰۵ is a date, not a name.
   * </ol>
   */
  static boolean verbOrDatePart(
      List<Token> tokens, int i, String lang, List<CalendarDates.DateMention> dates) {
    Token t = tokens.get(i);
    if (!"fa".equals(lang) || !Scripts.hasArabicScript(t.term())) {
      return false;
    }
    if (CompoundVerbs.isLightVerb("fa", t.surface())) {
      return true;
    }
    if (beforeLightVerbAt(tokens, i)) {
      return true;
    }
    for (CalendarDates.DateMention d : dates) {
      if (d.covers(t.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when token {@code t} (whose term has idf {@code idf}) may be a name: three or more
   * letters, not a stop word or number; in Arabic script rare; otherwise capitalised, and rare when
   * it starts its sentence.
   */
  public static boolean isNameLike(Token t, double idf, double rareIdf, Set<String> stop) {
    String term = t.term();
    if (term.length() < 3 || stop.contains(term) || Scripts.isAllDigits(term)) {
      return false;
    }
    if (Scripts.hasArabicScript(term)) {
      return idf >= rareIdf
          && !CommonWords.isCommonForFacts(stripApostrophe(term))
          && !PersianVerbForms.test(t.surface());
    }
    if (!t.capitalized()) {
      return false;
    }
    return !t.sentenceInitial() || idf >= rareIdf;
  }

  /**
   * True when the name-like word {@code tokens.get(i)} is reported as a name (the fact rule of the
   * class comment, but for the run of capitalised words: see {@link #factSurface}).
   *
   * @param occurrences how often the word (by {@code keyOf}) occurs as a name-like word
   * @param idf the idf of its term
   * @param keyOf the matching key of a term without its apostrophe part; words with the same key
   *     are the same word
   * @param lang the text's language ({@link Article#UNKNOWN_LANG} when unknown): its given names
   *     and titles keep a name's capital as evidence inside a title-case run ({@link
   *     TitleCaseRuns}: Governor Pritzker)
   */
  public static boolean isFactName(
      List<Token> tokens,
      int i,
      int occurrences,
      double idf,
      double rareIdf,
      UnaryOperator<String> keyOf,
      String lang) {
    Token t = tokens.get(i);
    String term = stripApostrophe(t.term());
    if (Scripts.hasArabicScript(term)) {
      // no capitals: a rare word that is no ordinary word (CommonWords) is a name when it recurs
      // and has none of the marks of a common noun or verb (definite article, tanwin, feminine or
      // pronoun ending), or when it follows a given name (علي رضا معزي)
      if (CommonWords.isCommonForFacts(term)
          || CommonWords.isGivenName(term)
          || PersianVerbForms.test(t.surface())
          || CompoundVerbs.isLightVerb("fa", t.surface())
          || "ur".equals(lang) && CompoundVerbs.isLightVerb("ur", t.surface())
          || beforeLightVerb(tokens, keyOf.apply(term), keyOf)
          || ("fa".equals(lang) && PersianNouns.pluralElsewhere(tokens, t))) {
        return false;
      }
      return (occurrences >= 2 && ArabicNameShape.test(t.surface()))
          || (term.length() >= 4 && afterGivenName(tokens, i));
    }
    String key = keyOf.apply(term);
    return !commonOrSentenceInitial(tokens, key, keyOf, lang)
        && idf >= rareIdf
        && !CalendarWords.contains(term);
  }

  /**
   * The name as displayed for the fact name {@code tokens.get(i)}: its surface without the
   * apostrophe part, or in a language that capitalises every noun the run of capitalised words
   * around it, places left out ({@link CapitalisedNames#run}; {@code place} is true for the indexes
   * of the tokens the place finder matched); "" when there it stands alone and is no name, and ""
   * for a title word of {@code lang} ({@link GivenNames#TITLE}: Turkish İçişleri Bakanı, English
   * Interior Minister, the office before a name and no person).
   */
  public static String factSurface(
      List<Token> tokens, int i, String lang, Set<String> stop, IntPredicate place) {
    Token t = tokens.get(i);
    if ((GivenNames.shipped().kinds(t, lang) & GivenNames.TITLE) != 0) {
      return "";
    }
    if (!Scripts.hasArabicScript(stripApostrophe(t.term()))
        && CapitalisedNames.capitalisesNouns(lang)) {
      return CapitalisedNames.run(tokens, i, stop, place);
    }
    return label(t.surface());
  }

  /**
   * True when the token before {@code tokens.get(i)}, in its sentence, is a given name as written
   * ({@link CommonWords#isGivenName(Token)}: علي, not the preposition على, so حافة in "على حافة
   * جبلية", "on a mountain edge", is no surname).
   */
  private static boolean afterGivenName(List<Token> tokens, int i) {
    return i > 0
        && tokens.get(i - 1).sentence() == tokens.get(i).sentence()
        && CommonWords.isGivenName(tokens.get(i - 1));
  }

  /**
   * True when the Arabic-script word with key {@code key} is written, somewhere in {@code tokens},
   * right before a Persian light verb ({@link CompoundVerbs#isLightVerb}: شد, شده, کرد, کردند,
   * می‌کند …; next token of its sentence, one space between): it is then the first part of a
   * compound verb, a noun or adjective such as سقوط in سقوط کرد "fell" or پرت in پرت شد "was
   * thrown", and no name, as a cased word also written in lower case is none.
   */
  private static boolean beforeLightVerb(
      List<Token> tokens, String key, UnaryOperator<String> keyOf) {
    for (int k = 0; k + 1 < tokens.size(); k++) {
      if ((beforeLightVerbAt(tokens, k) || rightBefore(tokens, k, PersianNouns::isCopula))
          && keyOf.apply(stripApostrophe(tokens.get(k).term())).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the word {@code tokens.get(k)} is written right before a Persian light verb: the next
   * word of its sentence, one space between ({@link CompoundVerbs#isLightVerb}: برجای گذاشت).
   */
  private static boolean beforeLightVerbAt(List<Token> tokens, int k) {
    return rightBefore(tokens, k, next -> CompoundVerbs.isLightVerb("fa", next));
  }

  /**
   * True when the word {@code tokens.get(k)} is followed, in its sentence with one space between,
   * by a word whose written form passes {@code next}: a Persian light verb (above) or the copula
   * ({@link PersianNouns#isCopula}: ممکن است "it is possible"; facts only: the link features keep
   * such words, as the shipped link model was fitted with them: leaving them out there cost the
   * xling pairs CV Pearson 0.772 → 0.759 with the session-25 pairing change).
   */
  private static boolean rightBefore(List<Token> tokens, int k, Predicate<String> next) {
    if (k + 1 >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(k);
    Token n = tokens.get(k + 1);
    return n.sentence() == t.sentence() && n.start() - t.end() <= 1 && next.test(n.surface());
  }

  /**
   * True when the word with key {@code key} is no name: it is also written in lower case, or it is
   * written in capitals only where a capital says nothing: at the start of a sentence, or inside a
   * title-case run ({@link TitleCaseRuns}: Review in "2019 Marijuana Laws in Review" is no name).
   */
  private static boolean commonOrSentenceInitial(
      List<Token> tokens, String key, UnaryOperator<String> keyOf, String lang) {
    boolean inside = false;
    boolean[] titleRun = null;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (keyOf.apply(stripApostrophe(t.term())).equals(key)) {
        if (!t.capitalized()) {
          return true; // also written in lower case: a common word
        }
        if (!inside && !t.sentenceInitial()) {
          titleRun = titleRun == null ? TitleCaseRuns.of(tokens, lang) : titleRun;
          inside = !titleRun[k];
        }
      }
    }
    return !inside;
  }

  /** Weekday and month names of the supported languages (CLDR), as analysed terms. */
  private static final class CalendarWords {
    private static final class Holder {
      static final Set<String> TERMS = terms();
    }

    private CalendarWords() {}

    static boolean contains(String term) {
      return Holder.TERMS.contains(term);
    }

    private static Set<String> terms() {
      Set<String> out = new HashSet<>();
      for (Set<String> names : List.of(CalendarNames.months(), CalendarNames.weekdays())) {
        for (String n : names) {
          TextAnalysis.analyze(n, Article.UNKNOWN_LANG).tokens().forEach(t -> out.add(t.term()));
        }
      }
      return Set.copyOf(out);
    }
  }
}
