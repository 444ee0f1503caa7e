package dev.storylink.features;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import dev.storylink.text.CharMapFolder;
import dev.storylink.text.Languages;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts numbers and calendar dates from text in any supported language.
 *
 * <p>Numbers: Arabic-Indic (٤٣) and Persian (۴۳) digits are read as ASCII; digits glued to a Latin
 * letter are a model name (F16), glued to a word of another script a number (死亡43人, بـ43);
 * thousands groups ("1,000", "1.000", "1 000" is two numbers) are joined; a single separator
 * followed by one or two digits is a decimal point ("3,5" = "3.5"). Whole numbers below 10 and
 * plain years (1900–2099) are left out: they are too common to be evidence (a magnitude 6.1 is
 * kept).
 *
 * <p>Dates: a day number next to a month name in any identified language ({@code
 * Languages#IDENTIFIED}) (CLDR month names from ICU4J, wide forms: "29 February", "29 فبراير", "29.
 * Februar", "February 29"), and numeric dates "2020-02-29", "29/02/2020", "29.02.2020", and the
 * Chinese, Japanese and Korean forms "2020年2月29日", "2月29日", "2월 29일". The key is {@code MM-DD}
 * (plus the year when written).
 *
 * <p>Stateless and thread-safe (month tables are built once, lazily).
 */
public final class Quantities {
  private static final CharMapFolder DIGITS = new DigitFolder();
  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:[.,]\\d{3})+|\\d+(?:[.,]\\d{1,2})?)(?![\\d])");
  private static final Pattern ISO_DATE =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
  private static final Pattern DMY_DATE =
      Pattern.compile("(?<!\\d)(\\d{1,2})[./](\\d{1,2})[./]((?:19|20)\\d{2})(?!\\d)");

  /** Chinese, Japanese and Korean dates: 2020年2月29日, 2月29日, 2월 29일. */
  private static final Pattern CJK_DATE =
      Pattern.compile(
          "(?<!\\d)(?:((?:19|20)\\d{2})\\s*[年년]\\s*)?(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");

  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{1,2}");
  private static volatile Map<String, Integer> months;

  private Quantities() {}

  /** A number or date found in a text; {@code key} is canonical, {@code surface} as written. */
  public record Found(String key, String surface) {}

  /** Numbers in {@code text}. */
  public static List<Found> numbers(String text) {
    String digits = DIGITS.fold(text);
    List<Found> out = new ArrayList<>();
    DigitRuns runs = new DigitRuns(digits);
    Matcher m = NUMBER.matcher(digits);
    for (int from = 0; runs.find(m, from); from = m.end()) {
      // skip digits glued to Latin letters (model names like F16, A320) and parts of dates;
      // scripts written without spaces glue numbers to words (死亡43人, 43명)
      if (m.start() > 0 && isLatinLetter(digits.charAt(m.start() - 1))) {
        continue;
      }
      if (m.end() < digits.length()
          && Character.isLetter(digits.charAt(m.end()))
          && !Character.isIdeographic(digits.charAt(m.end()))) {
        if (isLatinLetter(digits.charAt(m.end()))) {
          continue;
        }
      }
      if (m.start() > 0 && "-/".indexOf(digits.charAt(m.start() - 1)) >= 0
          || m.end() < digits.length() && "-/".indexOf(digits.charAt(m.end())) >= 0) {
        continue;
      }
      String key = normalize(m.group(1));
      if (key == null) {
        continue;
      }
      out.add(new Found(key, text.substring(m.start(), m.end())));
    }
    return out;
  }

  /**
   * The places where a run of ASCII digits starts in a text: every pattern here starts with the
   * first digit of a run (its lookbehind refuses a digit before), so {@link #find} tries a pattern
   * only there, and a text is scanned once however many patterns run over it.
   */
  private static final class DigitRuns {
    private final String text;
    private final int[] starts;
    private final int count;

    DigitRuns(String text) {
      this.text = text;
      int[] found = new int[8];
      int n = 0;
      boolean afterDigit = false;
      for (int i = 0, len = text.length(); i < len; i++) {
        boolean digit = isDigit(text.charAt(i));
        if (digit && !afterDigit) {
          if (n == found.length) {
            found = java.util.Arrays.copyOf(found, n * 2);
          }
          found[n++] = i;
        }
        afterDigit = digit;
      }
      this.starts = found;
      this.count = n;
    }

    /**
     * {@link Matcher#find()} from {@code from} (the end of the previous match): the first run start
     * at or after {@code from} where the pattern matches (its lookbehinds still see the text
     * before), so the matches are the same.
     */
    boolean find(Matcher m, int from) {
      m.useTransparentBounds(true).useAnchoringBounds(false);
      int k = java.util.Arrays.binarySearch(starts, 0, count, from);
      for (k = k >= 0 ? k : -k - 1; k < count; k++) {
        if (m.region(starts[k], text.length()).lookingAt()) {
          return true;
        }
      }
      return false;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLatinLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Canonical form of a number string, or null when it is not evidence (small, a year). */
  static String normalize(String s) {
    String plain;
    if (GROUPED.matcher(s).matches()) {
      plain = s.replace(",", "").replace(".", "");
    } else {
      plain = s.replace(',', '.');
    }
    double v;
    try {
      v = Double.parseDouble(plain);
    } catch (NumberFormatException e) {
      return null;
    }
    if (v < 10 && v == Math.rint(v)) {
      return null;
    }
    if (YEAR.matcher(plain).matches()) {
      return null;
    }
    if (v == Math.rint(v) && v < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  /** Calendar dates in {@code text}, given its tokens from {@link TextAnalysis}. */
  public static List<Found> dates(String text, List<Token> tokens) {
    String digits = DIGITS.fold(text);
    List<Found> out = new ArrayList<>();
    DigitRuns runs = new DigitRuns(digits);
    Matcher m = ISO_DATE.matcher(digits);
    for (int from = 0; runs.find(m, from); from = m.end()) {
      add(out, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(1), text, m);
    }
    m = DMY_DATE.matcher(digits);
    for (int from = 0; runs.find(m, from); from = m.end()) {
      add(out, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), m.group(3), text, m);
    }
    m = CJK_DATE.matcher(digits);
    for (int from = 0; runs.find(m, from); from = m.end()) {
      int month = Integer.parseInt(m.group(2));
      int day = Integer.parseInt(m.group(3));
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        String year = m.group(1) == null ? "" : m.group(1) + "-";
        out.add(
            new Found(
                String.format(Locale.ROOT, "%s%02d-%02d", year, month, day),
                text.substring(m.start(), m.end())));
      }
    }
    Map<String, Integer> monthTable = months();
    for (int i = 0; i < tokens.size(); i++) {
      Integer month = monthTable.get(tokens.get(i).term());
      if (month == null) {
        continue;
      }
      int day = dayAt(tokens, i - 1);
      int from = i - 1;
      if (day < 0) {
        day = dayAt(tokens, i + 1);
        from = i;
      }
      if (day < 0) {
        continue;
      }
      int to = from == i ? i + 1 : i;
      String year = "";
      if (to + 1 < tokens.size() && YEAR.matcher(tokens.get(to + 1).term()).matches()) {
        year = tokens.get(to + 1).term();
        to++;
      }
      String key =
          String.format(Locale.ROOT, "%s%02d-%02d", year.isEmpty() ? "" : year + "-", month, day);
      out.add(new Found(key, text.substring(tokens.get(from).start(), tokens.get(to).end())));
    }
    return out;
  }

  private static int dayAt(List<Token> tokens, int i) {
    if (i < 0 || i >= tokens.size()) {
      return -1;
    }
    String t = tokens.get(i).term();
    if (!DAY.matcher(t).matches()) {
      return -1;
    }
    int d = Integer.parseInt(t);
    return d >= 1 && d <= 31 ? d : -1;
  }

  private static void add(
      List<Found> out, int month, int day, String year, String text, Matcher m) {
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      out.add(
          new Found(
              String.format(Locale.ROOT, "%s-%02d-%02d", year, month, day),
              text.substring(m.start(), m.end())));
    }
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> t = months;
    if (t == null) {
      synchronized (Quantities.class) {
        t = months;
        if (t == null) {
          t = new HashMap<>();
          for (String lang : Languages.IDENTIFIED) {
            DateFormatSymbols sym = new DateFormatSymbols(new ULocale(lang));
            for (int ctx : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
              String[] names = sym.getMonths(ctx, DateFormatSymbols.WIDE);
              for (int k = 0; k < 12 && k < names.length; k++) {
                for (Token tok : TextAnalysis.analyze(names[k], lang).tokens()) {
                  if (tok.term().length() >= 3) {
                    t.putIfAbsent(tok.term(), k + 1);
                  }
                }
              }
            }
          }
          months = Map.copyOf(t);
        }
      }
    }
    return t;
  }

  /** Length-preserving folder that turns Arabic-Indic and Persian digits into ASCII. */
  private static final class DigitFolder extends CharMapFolder {
    DigitFolder() {
      super(new Builder().digits('\u0660').digits('\u06F0').map("\u066B", '.').map("\u066C", ','));
    }
  }
}
