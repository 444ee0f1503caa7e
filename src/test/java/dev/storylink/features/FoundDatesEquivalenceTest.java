package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.core.RealNews;
import dev.storylink.features.CalendarDates.DateMention;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Session 30: {@link CalendarDates#find} scans a text once and resolves what it found ({@link
 * FoundDates}), against the publication date, or without one and then against the date line; it
 * must give what session 29's find gave ({@link CalendarDatesBefore}: a second scan of an undated
 * text with a date line), with and without a publication date.
 */
class FoundDatesEquivalenceTest {

  private static final List<Optional<LocalDate>> PUBLISHED =
      List.of(
          Optional.empty(),
          Optional.of(LocalDate.of(2013, 9, 16)),
          Optional.of(LocalDate.of(2020, 2, 29)),
          Optional.of(LocalDate.of(2022, 3, 20)));

  /** Compares both on {@code text}; true when it has a date line (the second scan ran before). */
  private static boolean same(String text, String lang) {
    List<Token> tokens = TextAnalysis.analyze(text, lang).tokens();
    for (Optional<LocalDate> published : PUBLISHED) {
      List<DateMention> before = CalendarDatesBefore.find(text, tokens, lang, published);
      assertThat(CalendarDates.find(text, tokens, lang, published))
          .as("%s in %s, published %s", text, lang, published)
          .isEqualTo(before);
    }
    return DateLine.of(text, CalendarDatesBefore.find(text, tokens, lang, Optional.empty()))
        .isPresent();
  }

  @Test
  void composedTextsWithDateLinesWeekdaysHolidaysAndYearlessDates() {
    List<String[]> texts =
        List.of(
            new String[] {
              "en",
              "Warehouse fire closes the harbour road\nPublished 12: 17 am, Monday, September 16,"
                  + " 2013\nThe fire broke out on Friday night and burned until yesterday. Schools"
                  + " will stay closed on Tuesday and reopen next Monday, before Christmas and"
                  + " after 3 May. Last Friday and on 12/09/2013 and 2013-09-14 it rained."
            },
            new String[] {
              "en", "Ferry runs aground\nJanuary 3, 2014\nThe ferry left port on Dec. 31 and May 4."
            },
            new String[] {"en", "QUEENS DA SAYSSEPTEMBER 19, 2013\nThe trial opens on Thursday."},
            new String[] {
              "fr",
              "Incendie à Marseille\nPublié le lundi 16 septembre 2013\nLe feu a pris vendredi"
                  + " dernier et hier encore, avant Noël et le 2 mai."
            },
            new String[] {
              "ru",
              "Пожар в порту\n16 сентября 2013\nПожар начался в пятницу, а вчера его потушили;"
                  + " 29 февраля и в субботу."
            },
            new String[] {
              "ar",
              "حريق في الميناء\n16 سبتمبر 2013\nاندلع الحريق يوم الجمعة وأمس، و٥ رجب ١٤٤١ هـ و29"
                  + " فبراير."
            },
            new String[] {
              "fa",
              "آتش‌سوزی در بندر\n۱۳۹۲/۰۶/۲۵\nآتش روز جمعه شروع شد و دیروز خاموش شد؛ ۱۰ اسفند و"
                  + " نوروز."
            },
            new String[] {"zh", "港口火灾\n2013年9月16日\n火灾于9月13日开始。"},
            new String[] {
              "es",
              "Incendio en el puerto\n16 de septiembre de 2013\nEl viernes y ayer, en Navidad."
            },
            new String[] {
              "tr",
              "Limanda yangın\n16 Eylül 2013\nYangın cuma günü başladı ve dün söndürüldü, 29"
                  + " Şubat'ta."
            });
    int lines = 0;
    for (String[] t : texts) {
      lines += same(t[1], t[0]) ? 1 : 0;
    }
    assertThat(lines).as("texts with a date line").isGreaterThanOrEqualTo(8);
  }

  @Test
  void realNewsWithAndWithoutAPublicationDate() {
    int texts = 0;
    int lines = 0;
    for (JsonNode n : RealNews.withEcb()) {
      String text = n.path("title").asText() + "\n" + n.path("text").asText();
      lines += same(text, n.path("lang").asText("en")) ? 1 : 0;
      texts++;
    }
    assertThat(texts).isGreaterThan(1000);
    assertThat(lines).as("real texts with a date line").isGreaterThan(50);
  }
}
