package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.core.RealNews;
import dev.storylink.features.CalendarDates.DateMention;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Session 30: {@link DateLine#glued} tries its pattern only on a head that writes a month in
 * capitals ({@link DateLine#hasCapitalMonth}); it must find what session 29's {@link
 * DateLine#glued} found, the pattern tried on every head.
 */
class GluedDatePrefilterTest {

  private static final List<String> MONTHS =
      List.of(
          "JANUARY",
          "FEBRUARY",
          "MARCH",
          "APRIL",
          "MAY",
          "JUNE",
          "JULY",
          "AUGUST",
          "SEPTEMBER",
          "OCTOBER",
          "NOVEMBER",
          "DECEMBER");

  /** Session 29's pattern, tried on every head. */
  private static final Pattern GLUED =
      Pattern.compile(
          "(?<=\\p{Lu})(" + String.join("|", MONTHS) + ") +(\\d{1,2}),? +((?:19|20)\\d{2})(?!\\d)");

  private static List<DateMention> old(String text) {
    List<DateMention> out = new ArrayList<>();
    Matcher m = GLUED.matcher(text).region(0, DateLine.headEnd(text));
    while (m.find()) {
      try {
        LocalDate d =
            LocalDate.of(
                Integer.parseInt(m.group(3)),
                MONTHS.indexOf(m.group(1)) + 1,
                Integer.parseInt(m.group(2)));
        out.add(
            new DateMention(
                d.toString(), Optional.of(d), DateCalendar.GREGORIAN, m.group(), m.start()));
      } catch (DateTimeException e) {
        // no such day
      }
    }
    return out;
  }

  private static final List<String> PIECES =
      List.of(
          "QUEENS DA SAYS",
          "SEPTEMBER",
          "MAY",
          "JUNE",
          "December",
          "DECEMBE",
          " ",
          "  ",
          "19",
          " 19,",
          " 2013",
          " 1999",
          "2013",
          ",",
          "\n",
          "Published",
          "ÉTÉ",
          "ДА",
          "Ş",
          "ΑΘΗΝΑ",
          "𝐀",
          "NOVEMBER 31, 2013",
          "OCTOBER 5 2020",
          "x",
          "a",
          "MARCHE",
          "JULY 4, 1776",
          "7");

  @Test
  void composedHeadsOfCapitalsMonthsAndDigits() {
    Random r = new Random(30);
    int found = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder b = new StringBuilder();
      int pieces = 1 + r.nextInt(12);
      for (int k = 0; k < pieces; k++) {
        b.append(PIECES.get(r.nextInt(PIECES.size())));
      }
      String text = b.toString();
      List<DateMention> expected = old(text);
      assertThat(DateLine.glued(text)).as(text).isEqualTo(expected);
      found += expected.size();
    }
    assertThat(found).isGreaterThan(1000);
  }

  @Test
  void aMonthAtTheHeadsEdgeOrAtItsFirstCharIsNoMatch() {
    String at0 = "SEPTEMBER 19, 2013 headline";
    assertThat(DateLine.glued(at0)).isEqualTo(old(at0)).isEmpty();
    String cut = "x".repeat(DateLine.HEAD - 12) + "SAYSSEPTEMBER 19, 2013";
    assertThat(DateLine.glued(cut)).isEqualTo(old(cut)).isEmpty();
    String glued = "QUEENS DA SAYSSEPTEMBER 19, 2013\nThe body.";
    assertThat(DateLine.glued(glued)).isEqualTo(old(glued)).hasSize(1);
  }

  @Test
  void realNews() {
    int texts = 0;
    int found = 0;
    for (JsonNode n : RealNews.withEcb()) {
      for (String text :
          List.of(
              n.path("text").asText(), n.path("title").asText() + "\n" + n.path("text").asText())) {
        List<DateMention> expected = old(text);
        assertThat(DateLine.glued(text)).as(n.path("id").asText()).isEqualTo(expected);
        found += expected.size();
        texts++;
      }
    }
    assertThat(texts).isGreaterThan(1000);
    assertThat(found).isPositive();
  }
}
