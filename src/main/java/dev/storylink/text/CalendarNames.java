package dev.storylink.text;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Month and weekday names of the {@link Languages#IDENTIFIED} languages, from CLDR through ICU: the
 * wide names in format and stand-alone context (so Polish has both "maj" and "maja"), lower-cased.
 * Thread-safe; built once on first use.
 */
public final class CalendarNames {
  private static final class Holder {
    static final Set<String> MONTHS = collect(true);
    static final Set<String> WEEKDAYS = collect(false);
  }

  private CalendarNames() {}

  /** True when {@code word} (any case) is a month name in a supported language. */
  public static boolean isMonth(String word) {
    return Holder.MONTHS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The month names, lower-cased. */
  public static Set<String> months() {
    return Holder.MONTHS;
  }

  /** The weekday names, lower-cased. */
  public static Set<String> weekdays() {
    return Holder.WEEKDAYS;
  }

  private static Set<String> collect(boolean months) {
    Set<String> out = new HashSet<>();
    for (String lang : Languages.IDENTIFIED) {
      DateFormatSymbols sym = new DateFormatSymbols(new ULocale(lang));
      for (int context : List.of(DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE)) {
        String[] names =
            months
                ? sym.getMonths(context, DateFormatSymbols.WIDE)
                : sym.getWeekdays(context, DateFormatSymbols.WIDE);
        for (String n : names) {
          if (n != null && !n.isBlank()) {
            out.add(n.toLowerCase(new Locale(lang)).toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return Set.copyOf(out);
  }
}
