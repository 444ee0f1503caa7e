package dev.storylink.features;

import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Numbers with their role: "12 killed" = "۱۲ کشته" = "12 قتيلا" = "12 погибших" = "造成12人死亡" all
 * read as {@code killed:12}; "magnitude 5.4" = "۵.۴ ریشتر" as {@code magnitude:5.4}; "$2.5 million"
 * = "2.5 مليون دولار" as {@code money:2500000:USD}; "12%" = "yüzde 12" = "۱۲ درصد" as {@code
 * percent:12}.
 *
 * <p>Rules, over the tokens of one sentence:
 *
 * <ol>
 *   <li>A number is a token of digits (any script's digits are folded to ASCII by the analysis),
 *       with "1,000" / "1.000" read as thousands and one separator before one or two digits as a
 *       decimal point ("5,4" = 5.4).
 *   <li>A scale word right after it multiplies it (million, مليون, میلیون, млн, Millionen, لاکھ, 万
 *       …).
 *   <li>Its role is that of the nearest role word (file {@code quantity-roles.tsv}) within four
 *       tokens after it (counted from its count noun, rule 4) or before it, not across another
 *       number and not across the sentence end, and after it not across a comma, semicolon, colon
 *       or bracket of any script ("29 February 2020, killing 12 people": 2020 is no toll); at equal
 *       distance the word after wins ("12 killed and 85 injured"), in Arabic the word before.
 *   <li>People is a generic count: a count noun right after the number (people, شخص, نفر, افراد,
 *       kişi, человек, Menschen, personas, personnes, 人 …) is the number's own, and a specific role
 *       word (killed, injured, missing, arrested, displaced, magnitude) within the window, before
 *       or after, wins over it: "killing 12 people", "12 people were killed", "left 12 people
 *       dead", "مقتل 12 شخصا", "کشته شدن ۱۲ نفر", "12 افراد ہلاک", "12 kişinin ölümüne", "погибли
 *       12 человек", "tötete 12 Menschen", "造成12人死亡". Without one the number is {@code people:12}.
 *   <li>A role word is one number's: a word right after a number (no clause mark between) is that
 *       number's, not the next one's ("12 قتيلا و85 جريحا"); a word after the number that a "count
 *       of" word introduces (عدد, تعداد, شمار, число, "number of") is the next number's ("ارتفع إلى
 *       43 وعدد المصابين إلى 593": 43 is not the injured); a word after the number that stands
 *       nearer to the next number than to this one's own words is the next number's ("killing 12
 *       people and injuring 85") unless another role word stands between it and that number ("43
 *       شخصاً على الأقل لقوا حتفهم وأصيب 210": 43 killed), and one as near to both yields to a role
 *       word before this number at the same distance ("کشته شدن ۱۲ نفر و زخمی شدن ۸۵ نفر", "matando
 *       a 12 personas e hiriendo a 85").
 *   <li>A "%" or "٪" right after the digits makes it a percentage; a currency sign before it ($, €,
 *       £, ¥) or a currency word within two tokens after its scale word (dollars, دولار, евро …)
 *       makes it money in that currency, whatever role word is near.
 * </ol>
 *
 * <ol start="6">
 *   <li>A number without a role other than people that a rise word stands right before ("rose to",
 *       "reached", "stieg auf", "выросло до"; kind {@code rise}) takes the role of the nearest role
 *       word before the rise word, within 8 tokens of the sentence and not across another number or
 *       a clause mark: "the death toll from the floods rose to 52" is {@code killed:52}.
 * </ol>
 *
 * <ol start="7">
 *   <li>A number word of the file (kind {@code number}: two to twenty and the tens in English,
 *       German, Spanish, French, Russian, Arabic, Persian, Urdu; seven, sieben, سبعة, هفت) is a
 *       number of its value, read by rules 3 to 5, but only with a role one event has one figure of
 *       (killed, injured, missing, arrested, displaced; {@link Role#perEvent}, not magnitude):
 *       "killed seven workers", "sieben Tote", "قتل سبعة عمال", "هفت نفر کشته" are {@code
 *       killed:7}; "seven people" and "seven days" are nothing.
 * </ol>
 *
 * <ol start="8">
 *   <li>A plain year (four digits 1900–2099 written without a separator, {@link
 *       Quantities#isPlainYear}) with no scale word and no role word right after it is a year and
 *       has no role: "crowds of people welcomed 2027", "killed in 2019" count nobody, while "2020
 *       people", "2000 killed" and "killing 2000 people" (a count noun right after it) are read by
 *       rules 3 to 6.
 * </ol>
 *
 * <p>A number followed by a unit of time (kind {@code duration} in the file: days, hours, years,
 * أيام, روز, gün, дней, Tage, 天 …) is a span of time and has no role: "12 people died 3 days later"
 * is {@code killed:12} and no {@code killed:3}. So is a number followed by a unit of length,
 * weight, area or volume (kind {@code measure}: metres, km, tonnes, متر, کیلومتر, метров, 公里 …):
 * "died after falling 150 metres" has no {@code killed:150}. Persian تن, a ton and the count noun
 * of persons, is a unit only before a noun of goods (the file's two-word {@code measure} phrases:
 * تن دارو, تن کمک, تن گندم …): "۲۰ تن دارو به وان فرستاد" has no {@code people:20}, "۲۰ تن کشته
 * شدند" is {@code killed:20}. A time of day has no role either ({@link Quantities#isClockTime}:
 * "ساعت ۱۱:۱۲ جان باخت" has no {@code killed:12}). A number without a role is not returned ({@link
 * Quantities#numbers} has them all). Thread-safe: the word tables are immutable after class
 * initialisation.
 */
public final class QuantityRoles {
  /** What a number counts or measures. */
  public enum Role {
    KILLED,
    INJURED,
    MISSING,
    ARRESTED,
    DISPLACED,
    MAGNITUDE,
    PERCENT,
    PEOPLE,
    MONEY;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether an event has one figure of this role, so two reports of it with different values
     * contradict each other: killed, injured, missing, arrested, displaced, magnitude.
     */
    public boolean perEvent() {
      return this != PERCENT && this != PEOPLE && this != MONEY;
    }

    /**
     * Whether the lower-case key {@code key} names a role an event has one figure of ({@link
     * #perEvent}); false for any other key.
     */
    public static boolean isPerEventKey(String key) {
      return ofKey(key).map(Role::perEvent).orElse(false);
    }

    /** The role a lower-case key names ({@code "killed"}), if any. */
    public static Optional<Role> ofKey(String key) {
      for (Role r : values()) {
        if (r.key().equals(key)) {
          return Optional.of(r);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * A number with its role.
   *
   * @param role what it counts
   * @param value the value, scale applied
   * @param unit the currency code for money, else empty
   * @param surface the text from the number to its role word, as written
   * @param start offset of the surface in the text
   */
  public record RoleQuantity(Role role, double value, String unit, String surface, int start) {
    public RoleQuantity {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(surface, "surface");
      if (!Double.isFinite(value) || value < 0 || start < 0) {
        throw new IllegalArgumentException("bad quantity " + value + " at " + start);
      }
    }

    /** The language-neutral key: {@code killed:12}, {@code money:2500000:USD}. */
    public String key() {
      String v =
          value == Math.rint(value) && value < 1e15
              ? Long.toString((long) value)
              : Double.toString(value);
      return role.key() + ":" + v + (unit.isEmpty() ? "" : ":" + unit);
    }
  }

  private QuantityRoles() {}

  /**
   * The numbers of {@code text} (in language {@code lang}, ISO 639-1) that have a role, in text
   * order.
   */
  public static List<RoleQuantity> find(String text, List<Token> tokens, String lang) {
    List<RoleQuantity> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Optional<Double> number = NumberTokens.value(tokens.get(i).term());
      if (number.isEmpty()) {
        numberWord(text, tokens, i, lang).ifPresent(out::add);
        continue;
      }
      Token t = tokens.get(i);
      if (Quantities.isClockTime(text, t.start(), t.end())) {
        continue; // "at 11:12": the hour and the minutes count nobody
      }
      double value = number.get();
      int last = i;
      TermLexicon.Entry<QuantityWords.Word> scale =
          QuantityWords.wordAt(tokens, i + 1, "scale", lang);
      if (scale != null) {
        value *= Double.parseDouble(scale.value().value());
        last = i + scale.terms().size();
      }
      if (QuantityWords.unitAt(tokens, last + 1, lang)) {
        continue; // "3 days later", "24 hours", "150 metres": a span or a size counts nobody
      }
      String currency = currencySign(text, t.start());
      for (int k = last + 1; currency.isEmpty() && k <= last + 2 && k < tokens.size(); k++) {
        TermLexicon.Entry<QuantityWords.Word> c = QuantityWords.wordAt(tokens, k, "currency", lang);
        if (c != null && tokens.get(k).sentence() == t.sentence()) {
          currency = c.value().value();
          last = k + c.terms().size() - 1;
        }
      }
      if (!currency.isEmpty()) {
        out.add(
            new RoleQuantity(
                Role.MONEY,
                value,
                currency,
                text.substring(t.start(), tokens.get(last).end()),
                t.start()));
        continue;
      }
      if (t.end() < text.length() && (text.charAt(t.end()) == '%' || text.charAt(t.end()) == '٪')) {
        out.add(
            new RoleQuantity(
                Role.PERCENT, value, "", text.substring(t.start(), t.end() + 1), t.start()));
        continue;
      }
      if (scale == null && Quantities.isPlainYear(t.term()) && !roleWordAfter(tokens, i, lang)) {
        continue; // "people welcomed 2027": a year counts nobody (rule 8)
      }
      Optional<RoleWindow.Found> role = RoleWindow.roleNear(text, tokens, i, last, lang);
      if (role.isEmpty() || role.get().role() == Role.PEOPLE) {
        Optional<RoleWindow.Found> risen = RoleWindow.risenTo(text, tokens, i, lang);
        role = risen.isPresent() ? risen : role;
      }
      if (role.isPresent()) {
        RoleWindow.Found r = role.get();
        int from = Math.min(t.start(), r.start());
        int to = Math.max(tokens.get(r.last()).end(), t.end());
        double v = r.role() == Role.MAGNITUDE ? number.get() : value;
        out.add(new RoleQuantity(r.role(), v, "", text.substring(from, to), t.start()));
      }
    }
    return out;
  }

  /**
   * Whether a role word (a count noun included) is the next token of token {@code i}'s sentence.
   */
  private static boolean roleWordAfter(List<Token> tokens, int i, String lang) {
    return i + 1 < tokens.size()
        && tokens.get(i + 1).sentence() == tokens.get(i).sentence()
        && QuantityWords.roleWordAt(tokens, i + 1, lang) != null;
  }

  /**
   * The figure of a number word at {@code i} (kind {@code number} in the file: seven, sieben, سبعة,
   * هفت): only with a role of one per event (killed, injured, missing, arrested, displaced) by
   * rules 3 to 5, and not before a unit of time or measure ("seven days").
   */
  private static Optional<RoleQuantity> numberWord(
      String text, List<Token> tokens, int i, String lang) {
    TermLexicon.Entry<QuantityWords.Word> w = QuantityWords.numberWordAt(tokens, i, lang);
    if (w == null) {
      return Optional.empty();
    }
    int last = i + w.terms().size() - 1;
    if (QuantityWords.unitAt(tokens, last + 1, lang)) {
      return Optional.empty();
    }
    Optional<RoleWindow.Found> role = RoleWindow.roleNear(text, tokens, i, last, lang);
    if (role.isEmpty() || !role.get().role().perEvent() || role.get().role() == Role.MAGNITUDE) {
      return Optional.empty();
    }
    RoleWindow.Found r = role.get();
    Token t = tokens.get(i);
    int from = Math.min(t.start(), r.start());
    int to = Math.max(tokens.get(r.last()).end(), tokens.get(last).end());
    return Optional.of(
        new RoleQuantity(
            r.role(),
            Double.parseDouble(w.value().value()),
            "",
            text.substring(from, to),
            t.start()));
  }

  private static String currencySign(String text, int start) {
    int k = start - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    if (k < 0) {
      return "";
    }
    return switch (text.charAt(k)) {
      case '$' -> "USD";
      case '€' -> "EUR";
      case '£' -> "GBP";
      case '¥' -> "JPY";
      default -> "";
    };
  }
}
