package dev.storylink.features;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import dev.storylink.text.Languages;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The day words of one language, or of every language, as analysed terms: the wide weekday names of
 * every identified language from CLDR through ICU4J (and the Russian and Polish forms that follow
 * "on": "в субботу", "w sobotę"), and "yesterday", "today" and "tomorrow" (en, de, fr, es, it, pt,
 * ru, pl, tr, ar, fa, ur where the word is not another word too: no Arabic اليوم, German morgen,
 * Spanish mañana or Urdu کل). Each language's words are read only in its own text (Urdu ہفتہ,
 * Saturday, folds to Persian هفته, week); a text in a language with no words of its own here reads
 * those of every language ({@link #forLanguage}). Split from {@link CalendarTables}.
 *
 * <p>Immutable and thread-safe.
 */
final class DayWords {
  /** {@link #of} of a term that means "yesterday". */
  static final int YESTERDAY = -1;

  /** {@link #of} of a term that means "today". */
  static final int TODAY = -2;

  /** {@link #of} of a term that means "tomorrow". */
  static final int TOMORROW = -3;

  private static final class Holder {
    private static final Map<String, Map<String, Integer>> WORDS = buildDayWords();
    static final Map<String, DayWords> BY_LANGUAGE = byLanguage(WORDS);
    static final DayWords ANY_LANGUAGE = new DayWords(anyLanguage(WORDS));
  }

  private static final int FILTER_BITS = 1 << 14;
  private final Map<String, Integer> words;
  private final long[] filter = new long[FILTER_BITS / 64];

  DayWords(Map<String, Integer> words) {
    this.words = Map.copyOf(words);
    for (String w : this.words.keySet()) {
      int bit = w.hashCode() & (FILTER_BITS - 1);
      filter[bit >>> 6] |= 1L << bit;
    }
  }

  /**
   * The ISO day of week (1 = Monday … 7 = Sunday) {@code term} names, {@link #YESTERDAY}, {@link
   * #TODAY} or {@link #TOMORROW} when it means one of them, or 0: one lookup for all, since it runs
   * on every token of a dated text.
   */
  int of(String term) {
    int bit = term.hashCode() & (FILTER_BITS - 1);
    return (filter[bit >>> 6] & (1L << bit)) == 0 ? 0 : words.getOrDefault(term, 0);
  }

  /** The words and their values ({@link #of}). */
  Map<String, Integer> words() {
    return words;
  }

  /**
   * The day {@code word} ({@link #YESTERDAY}, {@link #TODAY}, {@link #TOMORROW}) is from its
   * reference day.
   */
  static int offset(int word) {
    return switch (word) {
      case YESTERDAY -> -1;
      case TODAY -> 0;
      case TOMORROW -> 1;
      default -> throw new IllegalArgumentException("no relative day word: " + word);
    };
  }

  /**
   * The weekday and relative day words of language {@code lang} ({@link #of}); a language with no
   * such words here reads those of every language. Looked up once per text: its words are then
   * asked for on every token.
   */
  static DayWords forLanguage(String lang) {
    return Holder.BY_LANGUAGE.getOrDefault(lang, Holder.ANY_LANGUAGE);
  }

  private static Map<String, DayWords> byLanguage(Map<String, Map<String, Integer>> words) {
    Map<String, DayWords> out = new HashMap<>();
    words.forEach((lang, w) -> out.put(lang, new DayWords(w)));
    return Map.copyOf(out);
  }

  private static Map<String, Map<String, Integer>> buildDayWords() {
    Map<String, Map<String, Integer>> out = buildWeekdays();
    String[][][] relative = {YESTERDAY_WORDS, TODAY_WORDS, TOMORROW_WORDS};
    int[] values = {YESTERDAY, TODAY, TOMORROW};
    for (int r = 0; r < relative.length; r++) {
      for (Map.Entry<String, Set<String>> y : relativeDay(relative[r]).entrySet()) {
        for (String term : y.getValue()) {
          out.computeIfAbsent(y.getKey(), k -> new HashMap<>()).putIfAbsent(term, values[r]);
        }
      }
    }
    return out;
  }

  private static Map<String, Integer> anyLanguage(Map<String, Map<String, Integer>> byLang) {
    Map<String, Integer> out = new HashMap<>();
    // in a fixed order of languages: the first language's meaning of a term wins
    byLang.keySet().stream().sorted().forEach(lang -> byLang.get(lang).forEach(out::putIfAbsent));
    return out;
  }

  /** "Yesterday" by language: {language, word}. */
  private static final String[][] YESTERDAY_WORDS = {
    {"en", "yesterday"}, {"ar", "أمس"}, {"fa", "دیروز"}, {"ur", "گزشتہ روز"}, {"tr", "dün"},
    {"ru", "вчера"}, {"de", "gestern"}, {"es", "ayer"}, {"fr", "hier"}, {"pl", "wczoraj"},
    {"it", "ieri"}, {"pt", "ontem"}, {"nl", "gisteren"}, {"zh", "昨天"}, {"ja", "昨日"}
  };

  /**
   * "Today" by language. Not Arabic اليوم, which is as often "the day" ("اليوم التالي", the next
   * day; "اليوم الوطني", national day).
   */
  private static final String[][] TODAY_WORDS = {
    {"en", "today"}, {"fa", "امروز"}, {"ur", "آج"}, {"tr", "bugün"}, {"ru", "сегодня"},
    {"de", "heute"}, {"es", "hoy"}, {"fr", "aujourd'hui"}, {"pl", "dzisiaj"}, {"pl", "dziś"},
    {"it", "oggi"}, {"pt", "hoje"}
  };

  /**
   * "Tomorrow" by language. Not German morgen (Morgen, morning, folds to it), Spanish mañana ("esta
   * mañana", this morning) or Urdu کل (both yesterday and tomorrow).
   */
  private static final String[][] TOMORROW_WORDS = {
    {"en", "tomorrow"},
    {"ar", "غدا"},
    {"fa", "فردا"},
    {"tr", "yarın"},
    {"ru", "завтра"},
    {"fr", "demain"},
    {"pl", "jutro"},
    {"it", "domani"},
    {"pt", "amanhã"}
  };

  /** The terms of {@code words} ({language, word} pairs) by language: one-token words only. */
  private static Map<String, Set<String>> relativeDay(String[][] words) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String[] w : words) {
      List<Token> tokens = TextAnalysis.analyze(w[1], w[0]).tokens();
      if (tokens.size() == 1) {
        out.computeIfAbsent(w[0], k -> new HashSet<>()).add(tokens.get(0).term());
      }
    }
    return out;
  }

  private static Map<String, Map<String, Integer>> buildWeekdays() {
    Map<String, Map<String, Integer>> out = new HashMap<>();
    for (String lang : Languages.IDENTIFIED) {
      DateFormatSymbols sym = new DateFormatSymbols(new ULocale(lang));
      for (int ctx : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
        String[] names = sym.getWeekdays(ctx, DateFormatSymbols.WIDE);
        for (int k = 1; k < names.length; k++) { // ICU: 1 = Sunday … 7 = Saturday
          List<Token> tokens = TextAnalysis.analyze(names[k], lang).tokens();
          if (tokens.size() == 1) {
            int iso = k == 1 ? 7 : k - 1;
            out.computeIfAbsent(lang, l -> new HashMap<>()).putIfAbsent(tokens.get(0).term(), iso);
          }
        }
      }
    }
    // Russian "в субботу" (accusative) and Polish "w sobotę": the forms that follow "on"
    for (String[] extra :
        new String[][] {
          {"ru", "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"},
          {"pl", "poniedziałek", "wtorek", "środę", "czwartek", "piątek", "sobotę", "niedzielę"}
        }) {
      for (int k = 1; k < extra.length; k++) {
        for (Token t : TextAnalysis.analyze(extra[k], extra[0]).tokens()) {
          out.computeIfAbsent(extra[0], l -> new HashMap<>()).putIfAbsent(t.term(), k);
        }
      }
    }
    return out;
  }
}
