package dev.storylink.text;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Month and weekday names of the {@link Languages#IDENTIFIED} languages, from CLDR through ICU: the
 * wide names in format and stand-alone context (so Polish has both "maj" and "maja"), lower-cased.
 * Thread-safe; built once on first use.
 */
public final class CalendarNames {
  private static final class Holder {
    static final Map<String, Integer> MONTHS = collect(true);
    static final Map<String, Integer> WEEKDAYS = collect(false);
  }

  private CalendarNames() {}

  /** True when {@code word} (any case) is a month name in an identified language. */
  public static boolean isMonth(String word) {
    return Holder.MONTHS.containsKey(normalize(word));
  }

  /**
   * The day of the week {@code word} (any case, with or without zero-width non-joiners) names in an
   * identified language, 1 = Sunday to 7 = Saturday, or 0 when it names none.
   */
  public static int weekday(String word) {
    return Holder.WEEKDAYS.getOrDefault(normalize(word), 0);
  }

  /** The month names, lower-cased. */
  public static Set<String> months() {
    return Holder.MONTHS.keySet();
  }

  /** The weekday names, lower-cased. */
  public static Set<String> weekdays() {
    return Holder.WEEKDAYS.keySet();
  }

  private static String normalize(String word) {
    return word.toLowerCase(Locale.ROOT).replace("\u200C", "");
  }

  /**
   * The month and weekday names of language {@code lang} (any ISO 639-1 code CLDR knows), wide, in
   * format and stand-alone context, lower-cased; computed on each call (callers build tables once).
   */
  public static Set<String> namesOf(String lang) {
    Map<String, Integer> out = new HashMap<>();
    collect(lang, true, out);
    collect(lang, false, out);
    return Set.copyOf(out.keySet());
  }

  private static Map<String, Integer> collect(boolean months) {
    Map<String, Integer> out = new HashMap<>();
    for (String lang : Languages.IDENTIFIED) {
      collect(lang, months, out);
    }
    return Map.copyOf(out);
  }

  private static void collect(String lang, boolean months, Map<String, Integer> out) {
    DateFormatSymbols sym = new DateFormatSymbols(new ULocale(lang));
    for (int context : List.of(DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE)) {
      String[] names =
          months
              ? sym.getMonths(context, DateFormatSymbols.WIDE)
              : sym.getWeekdays(context, DateFormatSymbols.WIDE);
      for (int k = 0; k < names.length; k++) {
        String n = names[k];
        if (n != null && !n.isBlank()) {
          // months are 0-based in ICU, weekdays 1-based (index 0 is empty)
          out.putIfAbsent(normalize(n.toLowerCase(Locale.of(lang))), months ? k + 1 : k);
        }
      }
    }
  }
}
