package dev.storylink.core;

import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The language of an article: an ISO 639-1 code (two lowercase letters, e.g. {@code ar}, {@code
 * fa}, {@code en}), or {@link #UNDETERMINED} ({@code und}) when it is not known. Immutable and
 * thread-safe.
 *
 * @param code the ISO 639-1 code, or {@code "und"}
 */
public record Language(String code) {
  private static final String UND = "und";
  private static final Set<String> ISO_639_1 =
      Stream.of(ULocale.getISOLanguages())
          .filter(c -> c.length() == 2)
          .collect(Collectors.toUnmodifiableSet());
  // a language subtag, then an optional region (ISO 3166 letters or UN M.49 digits): en, en-US,
  // fa_IR, es-419
  private static final Pattern TAG =
      Pattern.compile("([A-Za-z]{2})(?:[-_]([A-Za-z]{2}|[0-9]{3}))?");

  /** No language could be determined. */
  public static final Language UNDETERMINED = new Language(UND);

  /** Validates the code: {@code "und"} or a two-letter lowercase ISO 639-1 code. */
  public Language {
    Objects.requireNonNull(code, "code");
    if (!code.equals(UND) && !ISO_639_1.contains(code)) {
      throw new IllegalArgumentException(
          "not a lowercase ISO 639-1 language code: '" + clip(code) + "'");
    }
  }

  /**
   * Parses a language as articles, feeds and HTTP headers give it: an ISO 639-1 code in any case,
   * optionally with a region that is dropped ({@code ar-EG}, {@code fa_IR} and {@code en-US} give
   * {@code ar}, {@code fa} and {@code en}), or {@code und}. Anything else is an {@link
   * InputException} that says what is accepted.
   */
  public static Language of(String tag) {
    Objects.requireNonNull(tag, "tag");
    String t = tag.strip();
    if (t.equalsIgnoreCase(UND)) {
      return UNDETERMINED;
    }
    Matcher m = TAG.matcher(t);
    if (m.matches()) {
      String code = m.group(1).toLowerCase(Locale.ROOT);
      if (ISO_639_1.contains(code)) {
        return new Language(code);
      }
    }
    throw new InputException(
        "unknown language '"
            + clip(t)
            + "': expected an ISO 639-1 code such as ar, fa or en,"
            + " optionally with a region (ar-EG, fa_IR, en-US)");
  }

  /** True for {@link #UNDETERMINED}. */
  public boolean isUndetermined() {
    return code.equals(UND);
  }

  /** The code ({@code ar}, {@code und}...). */
  @Override
  public String toString() {
    return code;
  }

  private static String clip(String s) {
    return Texts.abbreviate(s, 40);
  }
}
