package dev.storylink.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleInputTest {
  private static final ObjectMapper M = new ObjectMapper();

  @Test
  void readsAllFieldsAndDerivesIds() throws Exception {
    Article a =
        ArticleInput.read(
            M.readTree(
                "{\"id\":\" x1 \",\"lang\":\"AR\",\"title\":\"t\",\"text\":\"b\",\"date\":\"2020-02-29T10:00:00Z\",\"source\":\"s\",\"url\":\"u\"}"),
            "a");
    assertThat(a.id()).isEqualTo("x1");
    assertThat(a.lang()).isEqualTo("ar");
    assertThat(a.date()).contains(LocalDate.of(2020, 2, 29));
    Article t = ArticleInput.read(M.readTree("\"just a text\""), "a");
    assertThat(t.id()).isEqualTo(ArticleInput.derivedId("just a text")).startsWith("t-");
    assertThat(t.hasLanguage()).isFalse();
  }

  @Test
  void rejectsBadValuesWith400() throws Exception {
    assertThatThrownBy(() -> ArticleInput.read(M.readTree("42"), "a"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThatThrownBy(
            () ->
                ArticleInput.read(
                    M.readTree("{\"text\":\"x\",\"id\":\"" + "i".repeat(513) + "\"}"), "a"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("at most 512");
    assertThat(
            ArticleInput.read(
                    M.readTree("{\"text\":\"x\",\"id\":\"" + "i".repeat(512) + "\"}"), "a")
                .id())
        .hasSize(512);
    assertThatThrownBy(
            () -> ArticleInput.read(M.readTree("{\"text\":\"x\",\"lang\":\"english\"}"), "a"))
        .isInstanceOf(InputException.class);
    assertThatThrownBy(() -> new ApiException(200, "ok"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Article read(String json) throws Exception {
    return ArticleInput.read(M.readTree(json), "article [4]");
  }

  @Test
  void languageTagsAsInTheCli() throws Exception {
    assertThat(read("{\"text\":\"x\",\"lang\":\"ar-EG\"}").lang()).isEqualTo("ar");
    assertThat(read("{\"text\":\"x\",\"lang\":\"fa_IR\"}").lang()).isEqualTo("fa");
    assertThat(read("{\"text\":\"x\",\"lang\":\"en-US\"}").lang()).isEqualTo("en");
    assertThat(read("{\"text\":\"x\",\"lang\":\"SV\"}").lang()).isEqualTo("sv");
    for (String bad : List.of("klingon", "xx", "ara", "e1", "en-")) {
      assertThatThrownBy(() -> read("{\"text\":\"x\",\"lang\":\"" + bad + "\"}"))
          .as(bad)
          .isInstanceOf(InputException.class)
          .hasMessageContaining("article [4]")
          .hasMessageContaining("not an ISO 639-1 code");
    }
  }

  @Test
  void datesAndDateTimesWithinTheYearRange() throws Exception {
    LocalDate leap = LocalDate.of(2020, 2, 29);
    for (String d :
        List.of(
            "2020-02-29",
            "2020-02-29T10:00:00",
            "2020-02-29T10:00:00Z",
            "2020-02-29T10:00:00+03:30",
            "2020-02-29T23:59:59.5-05:00")) {
      assertThat(read("{\"text\":\"x\",\"date\":\"" + d + "\"}").date()).as(d).contains(leap);
    }
    for (String d :
        List.of(
            "0000-01-01",
            "1899-12-31",
            "2101-01-01",
            "+999999999-12-31",
            "-999999999-01-01",
            "2021-02-29",
            "2020-02-29T25:00:00",
            "yesterday")) {
      assertThatThrownBy(() -> read("{\"text\":\"x\",\"date\":\"" + d + "\"}"))
          .as(d)
          .isInstanceOfAny(InputException.class, ApiException.class)
          .hasMessageContaining("article [4]")
          .hasMessageContaining("date");
    }
    assertThat(read("{\"text\":\"x\",\"date\":\"1900-01-01\"}").date())
        .contains(LocalDate.of(1900, 1, 1));
  }

  @Test
  void idsWithBidiOrControlCharactersAreRefused() {
    for (String c :
        List.of(
            "\\u202e", "\\u202a", "\\u2066", "\\u2069", "\\u200f", "\\u0000", "\\u0007", "\\n",
            "\\u0085")) {
      assertThatThrownBy(() -> read("{\"text\":\"x\",\"id\":\"abc" + c + "def\"}"))
          .as(c)
          .isInstanceOf(InputException.class)
          .hasMessageContaining("control character");
    }
  }

  @Test
  void nulIsRemovedFromTitleTextAndSource() throws Exception {
    Article a =
        read("{\"title\":\"T\\u0000itle\",\"text\":\"te\\u0000xt\",\"source\":\"S\\u0000rc\"}");
    assertThat(a.title()).isEqualTo("Title");
    assertThat(a.text()).isEqualTo("text");
    assertThat(a.source()).isEqualTo("Src");
  }

  @Test
  void onlyHttpUrlsAreKept() throws Exception {
    for (String bad :
        List.of(
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "//evil.example/x",
            "/relative",
            "http://",
            " javascript:alert(1)",
            "https://ok.example/\\u202e")) {
      List<String> warnings = new ArrayList<>();
      Article a =
          ArticleInput.read(
              M.readTree("{\"text\":\"x\",\"url\":\"" + bad + "\"}"), "article [1]", warnings::add);
      assertThat(a.url()).as(bad).isEmpty();
      assertThat(warnings)
          .as(bad)
          .singleElement()
          .asString()
          .startsWith("article [1]: url dropped");
    }
    List<String> none = new ArrayList<>();
    Article ok =
        ArticleInput.read(
            M.readTree("{\"text\":\"x\",\"url\":\"HTTPS://news.example/a?b=c\"}"), "a", none::add);
    assertThat(ok.url()).isEqualTo("HTTPS://news.example/a?b=c");
    assertThat(none).isEmpty();
  }
}
