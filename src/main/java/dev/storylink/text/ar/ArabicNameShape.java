package dev.storylink.text.ar;

import java.util.regex.Pattern;

/**
 * Whether an Arabic-script word has the shape of a proper name. Arabic script has no capitals, so a
 * rare word is only taken as a name when it has none of the marks of a common noun or verb. After
 * dropping tatweel (U+0640), a word has the shape of a name when all of these hold:
 *
 * <ol>
 *   <li>it has at least four letters;
 *   <li>it does not start with the definite article, alone or after a proclitic (ال, وال, فال, بال,
 *       لال, كال) or as لل;
 *   <li>it does not start with a conjunction before a verb or pronoun prefix (وا, وأ, وإ, وي, وت,
 *       ون, and the same after ف), nor with the derived-verb prefixes است, مست, تا, تأ;
 *   <li>it does not end in a feminine, pronoun, dual or plural ending: ة, ه, ا, ى, ها, هم, ين, ون,
 *       ات, ية, ی (Persian yeh) or ي;
 *   <li>it carries no harakat or shadda (U+064B..U+0652), which mark an explained common word;
 *   <li>it is not a four-letter word starting with an imperfect-verb or participle prefix (ي, ت, أ,
 *       ن, ب, م), nor a verbal-noun pattern (ا.ت..., ا..ا.), nor a Persian past plural verb ending
 *       in اند.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class ArabicNameShape {
  /** Rules 2 to 5: definite article, verb prefixes, noun or verb endings, harakat. */
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "^(?:[وفبلك]?ال|لل|[وف][اأإيتن]|است|مست|ت[اأ]).*|.*(?:[ًٌٍَُِّْ]|[ةهاى]|ها|هم|ين|ون|ات|ية|ی|ي)$");

  /** Rule 6 (and harakat anywhere): verb and verbal-noun patterns. */
  private static final Pattern VERB_OR_NOUN_PATTERN =
      Pattern.compile("^[يتأنبم].{3}$|^ا.ت.*|^ا..ا.$|.*اند$|.*[\u064B-\u0652].*");

  private ArabicNameShape() {}

  /** True when {@code surface} (an Arabic-script word as written) has the shape of a name. */
  public static boolean test(String surface) {
    String s = surface.replace("\u0640", "");
    return s.length() >= 4
        && !NOT_A_NAME.matcher(s).matches()
        && !VERB_OR_NOUN_PATTERN.matcher(s).matches();
  }
}
