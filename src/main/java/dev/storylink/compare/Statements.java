package dev.storylink.compare;

import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The statements of a sentence ({@link Coverage#unreported}): its runs of words between clause
 * marks (commas, colons, semicolons, quotation marks) and the word "and" (و, and, und, et, и, ...).
 *
 * <ul>
 *   <li>A run needs {@link Coverage#MIN_STATEMENT_WORDS} words with features that are no framing
 *       words (speech verbs and connectors: said, added, according to, أكد, من جهته, تصریح کرد): a
 *       shorter run joins the next, so "من جهته، أكد الرئيس الروسي" is no statement of its own but
 *       the frame of the one after it.
 *   <li>Persian writes و between nouns as often as between clauses: there it ends a statement only
 *       after a verb (است و, شد و, بوده و) or before a verbal noun with its preposition (و استقبال
 *       از), so "بهانه‌ای برای مداخله و سوءاستفاده آمریکایی‌ها" stays one statement; a short run
 *       ended by such a و completes the statement before it.
 * </ul>
 *
 * <p>Confined to one comparison (not thread-safe); the framing words are shared and immutable.
 */
final class Statements {
  /** Words that join two statements in one sentence (and, in the supported languages). */
  private static final Set<String> AND =
      Set.of("و", "and", "und", "et", "и", "y", "e", "ve", "en", "oraz", "ed");

  private static final Pattern CLAUSE_MARK =
      Pattern.compile("[,;:\u060C\u061B\u00AB\u00BB\u201C\u201D\"]");

  /** Prepositions after a Persian verbal noun that begins a new statement (و استقبال از). */
  private static final Set<String> FA_PREPOSITIONS = Set.of("از", "با", "بر");

  /** Endings of Persian verbs and participles (شد, کنند, هستیم, است, بوده, گرفته). */
  private static final List<String> FA_VERB_ENDINGS = List.of("د", "یم", "ید", "ست", "ده", "ته");

  /** Framing words: speech verbs and connectors that frame a statement (composed for StoryLink). */
  private static final Map<String, String> FRAMING =
      Map.of(
          "ar",
          "قال أكد أضاف اعتبر أعرب كشف ذكر أعلن أشار شدد تابع لفت أوضح مشيرا مشيراً مؤكدا مؤكداً"
              + " مضيفا مضيفاً معتبرا معتبراً معربا معرباً داعيا داعياً قائلا قائلاً لافتا لافتاً"
              + " موضحا موضحاً جهته بدوره وفقا وفقاً لما أورده بحسب حسب نقلا نقلاً موقع الرئاسة"
              + " الرئيس رئيس أن أنّ إن إنه أنه بأن كذلك أيضا أيضاً",
          "fa",
          "گفت افزود تصریح تاکید تأکید کرد کرده شده اظهار داشت ابراز بیان خواند همانطور بارها"
              + " اشاره ادامه نیز همچنین گزارش",
          "ur",
          "کہا بتایا مزید کہنا",
          "en",
          "said says told added stressed noted according reported statement also",
          "de",
          "sagte sagt erklärte teilte betonte laut",
          "fr",
          "dit déclaré selon affirmé ajouté",
          "ru",
          "сказал заявил отметил добавил сообщил подчеркнул",
          "tr",
          "dedi söyledi açıkladı belirtti göre");

  private static final Map<String, Set<String>> FRAMING_TERMS = new ConcurrentHashMap<>();

  private final SentenceSignatures x;
  private final Set<String> framing;
  private final boolean persian;

  Statements(SentenceSignatures x) {
    this.x = x;
    String lang = x.at.lang();
    this.framing = FRAMING_TERMS.computeIfAbsent(lang, Statements::framingTerms);
    this.persian = lang.equals("fa");
  }

  private static Set<String> framingTerms(String lang) {
    Set<String> out = new HashSet<>();
    for (String w : FRAMING.getOrDefault(lang, "").split(" ")) {
      for (Token t : TextAnalysis.analyze(w, lang).tokens()) {
        out.add(MatchKeys.termKey(t.term()));
      }
    }
    return Set.copyOf(out);
  }

  /** True when token {@code k} is a framing word (said, according to). */
  boolean framing(int k) {
    return framing.contains(MatchKeys.termKey(x.at.tokens().get(k).term()));
  }

  /** The statements of the sentence of tokens {@code from..to}, as {first, end} token ranges. */
  List<int[]> of(int from, int to) {
    List<Token> tokens = x.at.tokens();
    String text = x.at.text();
    List<int[]> out = new ArrayList<>();
    int start = from;
    int words = 0;
    for (int k = from; k < to; k++) {
      boolean and = k > start && AND.contains(tokens.get(k).term());
      boolean mark =
          k > start
              && CLAUSE_MARK
                  .matcher(text.substring(tokens.get(k - 1).end(), tokens.get(k).start()))
                  .find();
      boolean persianAnd = and && persian && !mark;
      if (persianAnd && !clauseAnd(tokens, k, to)) {
        and = false; // و between nouns
      }
      if ((and || mark) && words >= Coverage.MIN_STATEMENT_WORDS) {
        out.add(new int[] {start, k});
        start = k;
        words = 0;
      } else if (persianAnd && and && !out.isEmpty() && out.get(out.size() - 1)[1] == start) {
        out.get(out.size() - 1)[1] = k; // a short run after a verb completes the one before
        start = k;
        words = 0;
      }
      if (!x.tokenSigs.get(k).w.isEmpty() && !framing(k)) {
        words++;
      }
    }
    if (start < to) {
      if (words < Coverage.MIN_STATEMENT_WORDS && !out.isEmpty()) {
        out.get(out.size() - 1)[1] = to; // a short last run joins the one before
      } else if (words >= Coverage.MIN_STATEMENT_WORDS) {
        out.add(new int[] {start, to});
      }
    }
    return out;
  }

  /** True when the Persian و at {@code k} joins two clauses, not two nouns (class comment). */
  private static boolean clauseAnd(List<Token> tokens, int k, int to) {
    String before = tokens.get(k - 1).surface().replace("\u200C", "");
    for (String end : FA_VERB_ENDINGS) {
      if (before.endsWith(end) && before.length() > end.length()) {
        return true;
      }
    }
    return k + 2 < to && FA_PREPOSITIONS.contains(tokens.get(k + 2).surface());
  }
}
