package dev.storylink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleLimitsTest {

  private static Article text(String text) {
    return new Article("a1", "en", "", text, Optional.empty(), "", "");
  }

  @Test
  void hugeWordsAreRefusedButLongTextsInScriptsWithoutSpacesAreNot() {
    assertThatThrownBy(
            () -> ArticleLimits.check(text("A " + "w".repeat(40_000) + " b"), "in.jsonl", w -> {}))
        .isInstanceOf(IngestInputException.class)
        .hasMessageContaining("text holds a word of over 16000 bytes");
    assertThatThrownBy(() -> ArticleLimits.check(text("😀".repeat(4_001)), "x", w -> {}))
        .hasMessageContaining("16000");
    String longButSpaced = ("word ".repeat(10_000));
    assertThat(ArticleLimits.check(text(longButSpaced), "x", w -> {}).text())
        .isEqualTo(longButSpaced);
    String chinese = "中国国家主席今天在北京会见了来访的代表团双方就合作问题交换了意见".repeat(400);
    assertThat(ArticleLimits.check(text(chinese), "x", w -> {}).text()).isEqualTo(chinese);
    String thai = "รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกร".repeat(400);
    assertThat(ArticleLimits.check(text(thai), "x", w -> {}).text()).isEqualTo(thai);
  }

  @Test
  void languageTags() {
    assertThat(ArticleLimits.lang("ar-EG", "x")).isEqualTo("ar");
    assertThat(ArticleLimits.lang("fa_IR", "x")).isEqualTo("fa");
    assertThat(ArticleLimits.lang("zh-Hant-TW", "x")).isEqualTo("zh");
    assertThat(ArticleLimits.lang("", "x")).isEqualTo(Article.UNKNOWN_LANG);
    assertThat(ArticleLimits.lang("und", "x")).isEqualTo(Article.UNKNOWN_LANG);
    assertThatThrownBy(() -> ArticleLimits.lang("klingon", "line 3"))
        .isInstanceOf(IngestInputException.class)
        .hasMessage(
            "line 3: unknown language 'klingon': not an ISO 639-1 code (two letters, such as ar, fa, ur, en, tr,"
                + " ru, de, es, fr, pl, it, pt, nl; a region may follow: ar-EG, fa_IR)");
    // the tag quoted in the message is cleaned by the one rule of messages (Texts.oneLine): a
    // bidi override or a line break is a space, not the escape (a backslash, u202E) of session 18
    assertThatThrownBy(() -> ArticleLimits.lang("kl\u202Ein\ngon", "line 4"))
        .hasMessageStartingWith("line 4: unknown language 'kl in gon': not an ISO 639-1 code");
    assertThat(JsonArticles.normalizeLang("klingon")).isEqualTo(Article.UNKNOWN_LANG);
    assertThat(JsonArticles.normalizeLang("en-us")).isEqualTo("en");
  }

  @Test
  void urlsAreKeptOnlyWhenHttp() {
    List<String> warnings = new ArrayList<>();
    assertThat(ArticleLimits.url("https://a.example/x", warnings::add))
        .isEqualTo("https://a.example/x");
    assertThat(ArticleLimits.url("javascript:alert(1)", warnings::add)).isEmpty();
    assertThat(ArticleLimits.url("java\tscript:alert(1)", warnings::add)).isEmpty();
    assertThat(ArticleLimits.url("data:text/html,x", warnings::add)).isEmpty();
    assertThat(ArticleLimits.url("https://" + "a".repeat(5_000), warnings::add)).isEmpty();
    for (String ok :
        List.of(
            "https://akhbar.example/news/درة-تشا",
            "http://[::1]:8080/x",
            "http://u@news.example:81",
            "https://news.example?q=1",
            "HTTP://NEWS.EXAMPLE")) {
      assertThat(
              ArticleLimits.url(
                  ok,
                  w -> {
                    throw new AssertionError(ok + ": " + w);
                  }))
          .isEqualTo(ok);
    }
    assertThat(ArticleLimits.url("http://:80/x", warnings::add)).isEmpty();
    warnings.remove(warnings.size() - 1);
    assertThat(warnings).hasSize(4).allMatch(w -> w.startsWith("url dropped: "));
    assertThat(warnings.get(1)).contains("control character").doesNotContain("\t");
  }

  /**
   * A new user's run, session 25: {@code {"title": "no id", "text": "\u0000\u0001binary"}} was
   * stored in silence. The text's C0 control characters (not tab, line feed, carriage return or
   * form feed) are removed and the warning says how many and which came first; a C1 control (a
   * windows-1252 quote read as Latin-1) stays; a text without controls is returned as it is.
   */
  @Test
  void controlCharactersOfATextAreRemovedWithAWarning() {
    List<String> warnings = new ArrayList<>();
    Article a =
        ArticleLimits.check(
            new Article("p1", "und", "no id", "\u0000\u0001binary", Optional.empty(), "", ""),
            "article",
            warnings::add);
    assertThat(a.text()).isEqualTo("binary");
    assertThat(warnings)
        .containsExactly("text: 2 control characters removed (the first, U+0000, at character 1)");

    warnings.clear();
    String persian = "زلزله\u0007 در وان\n\tدو نفر کشته شدند";
    assertThat(ArticleLimits.check(text(persian), "x", warnings::add).text())
        .isEqualTo("زلزله در وان\n\tدو نفر کشته شدند");
    assertThat(warnings)
        .containsExactly("text: 1 control character removed (the first, U+0007, at character 6)");

    warnings.clear();
    String quoted = "Perotti opinó: \u0093Yo entiendo\u0094.\fFin";
    assertThat(ArticleLimits.check(text(quoted), "x", warnings::add).text()).isEqualTo(quoted);
    assertThat(warnings).isEmpty();
  }
}
