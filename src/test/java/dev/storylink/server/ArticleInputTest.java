package dev.storylink.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storylink.core.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleInputTest {
  private static final ObjectMapper M = new ObjectMapper();

  @Test
  void readsAllFieldsAndDerivesIds() throws Exception {
    Article a =
        ArticleInput.read(
            M.readTree("{\"id\":\" x1 \",\"lang\":\"AR\",\"title\":\"t\",\"text\":\"b\",\"date\":\"2020-02-29T10:00:00Z\",\"source\":\"s\",\"url\":\"u\"}"),
            "a");
    assertThat(a.id()).isEqualTo("x1");
    assertThat(a.lang()).isEqualTo("ar");
    assertThat(a.date()).contains(LocalDate.of(2020, 2, 29));
    Article t = ArticleInput.read(M.readTree("\"just a text\""), "a");
    assertThat(t.id()).isEqualTo(ArticleInput.derivedId("just a text")).startsWith("t-");
    assertThat(t.hasLanguage()).isFalse();
  }

  @Test
  void rejectsBadValuesWith400() {
    assertThatThrownBy(() -> ArticleInput.read(M.readTree("42"), "a"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThatThrownBy(() -> ArticleInput.read(M.readTree("{\"text\":\"x\",\"id\":\"" + "i".repeat(201) + "\"}"), "a"))
        .isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> ArticleInput.read(M.readTree("{\"text\":\"x\",\"lang\":\"english\"}"), "a"))
        .isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> new ApiException(200, "ok")).isInstanceOf(IllegalArgumentException.class);
  }
}
