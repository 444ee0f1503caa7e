package dev.storylink.features;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The value of a number token as {@link QuantityRoles} reads it: ASCII digits (the analysis folds
 * every script's digits), an Arabic clitic و/ف/ب/ل before them dropped ("و85": and 85), "1,000" /
 * "1.000" read as thousands, one separator before one or two digits as a decimal point ("5,4" =
 * 5.4); anything else (letters, more separators, over 18 characters) is no number. Stateless and
 * thread-safe.
 */
final class NumberTokens {
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,]\\d{3})+");
  private static final Pattern DECIMAL = Pattern.compile("\\d+[.,]\\d{1,2}");

  private NumberTokens() {}

  /** The value of a number token, or empty when it is not one. */
  static Optional<Double> value(String term) {
    if (term.length() > 1 && TermLexicon.CLITICS.indexOf(term.charAt(0)) >= 0) {
      term = term.substring(1); // "و85": and 85
    }
    if (term.isEmpty()
        || term.length() > 18
        || !Character.isDigit(term.charAt(0))
        || !Character.isDigit(term.charAt(term.length() - 1))) {
      return Optional.empty();
    }
    for (int k = 0; k < term.length(); k++) {
      char c = term.charAt(k);
      if (!(c >= '0' && c <= '9') && c != '.' && c != ',') {
        return Optional.empty();
      }
    }
    String s = term;
    if (GROUPED.matcher(s).matches()) {
      s = s.replace(",", "").replace(".", "");
    } else if (DECIMAL.matcher(s).matches()) {
      s = s.replace(',', '.');
    } else if (s.indexOf('.') >= 0 || s.indexOf(',') >= 0) {
      return Optional.empty();
    }
    return Optional.of(Double.parseDouble(s));
  }
}
