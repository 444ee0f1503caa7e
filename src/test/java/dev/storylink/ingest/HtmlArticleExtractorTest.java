package dev.storylink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  private static String fixture(String name) throws IOException {
    return Files.readString(Fixtures.path(name));
  }

  @Test
  void persianRtlPage() throws IOException {
    Article a = extractor.extract(fixture("page-fa.html"), "page-fa.html", "fa1", "");
    assertThat(a.id()).isEqualTo("fa1");
    assertThat(a.lang()).isEqualTo("fa");
    assertThat(a.title()).isEqualTo("بارش برف راه‌های شمال را بست");
    assertThat(a.date()).contains(LocalDate.of(2024, 1, 21));
    assertThat(a.source()).isEqualTo("خبرگزاری نمونه");
    assertThat(a.url()).isEqualTo("https://news.example.ir/fa/snow-roads");
    assertThat(a.text().split("\n"))
        .containsExactly(
            "بارش شدید برف از بامداد شنبه چند جاده اصلی در استان‌های شمالی را مسدود کرد.",
            "پلیس راه از رانندگان خواست تا اطلاع ثانوی از سفرهای غیرضروری خودداری کنند.",
            "به گفته مسئولان، گروه‌های امدادی برای بازگشایی مسیرها در حال کار هستند.");
    assertThat(a.text()).doesNotContain("پربازدیدترین", "حقوق", "tracking", "ورزش");
  }

  @Test
  void arabicPageWithNameMetaDateAndOgUrl() throws IOException {
    Article a = extractor.extract(fixture("page-ar.html"), "page-ar.html", "ar1", "");
    assertThat(a.lang()).isEqualTo("ar");
    assertThat(a.title()).isEqualTo("افتتاح مكتبة عامة جديدة في وسط المدينة");
    assertThat(a.date()).contains(LocalDate.of(2024, 3, 5));
    assertThat(a.url()).isEqualTo("https://ar.example.com/culture/library");
    assertThat(a.source()).isEqualTo("ar.example.com");
    assertThat(a.text()).startsWith("افتتحت البلدية").contains("\nوقال مدير المكتبة");
    assertThat(a.text()).doesNotContain("اقرأ أيضا", "رائع", "الرئيسية");
  }

  @Test
  void titleFallsBackToH1AndDateToTimeElement() {
    String html =
        "<html><body><div><h1>Rathaus saniert</h1><time datetime=\"2023-11-30T10:00:00Z\">gestern</time>"
            + "<p>Die Sanierung des Rathauses ist abgeschlossen.</p></div></body></html>";
    Article a = extractor.extract(html, "x.html", "x", "https://www.stadt.example.de/news/1");
    assertThat(a.title()).isEqualTo("Rathaus saniert");
    assertThat(a.date()).contains(LocalDate.of(2023, 11, 30));
    assertThat(a.lang()).isEqualTo("und");
    assertThat(a.source()).isEqualTo("stadt.example.de");
    assertThat(a.url()).isEqualTo("https://www.stadt.example.de/news/1");
  }

  @Test
  void picksBlockWithMostParagraphText() {
    String html =
        "<html><body>"
            + "<div class=teaser><p>Short teaser one.</p><p>Short teaser two.</p></div>"
            + "<div class=story><p>"
            + "The first paragraph of the real story is clearly the longest block on the page. "
                .repeat(3)
            + "</p><p>The second paragraph continues the story with more detail about the event.</p></div>"
            + "</body></html>";
    String text = extractor.mainText(html);
    assertThat(text).startsWith("The first paragraph").contains("\nThe second paragraph");
    assertThat(text).doesNotContain("teaser");
  }

  @Test
  void pageWithoutParagraphsUsesBodyText() {
    String html = "<html><body><div>Line one<br>Line two</div></body></html>";
    assertThat(extractor.mainText(html)).isEqualTo("Line one\nLine two");
  }

  @Test
  void emptyPageIsRejected() {
    assertThatThrownBy(
            () -> extractor.extract("<html><body><nav>menu</nav></body></html>", "e.html", "e", ""))
        .isInstanceOf(IngestInputException.class)
        .hasMessage("e.html: no article title or text found in the HTML page");
  }

  /**
   * The headline of a page whose {@code <title>} is {@code title} and first {@code <h1>} {@code
   * h1}.
   */
  private String headline(String title, String h1) {
    String html =
        "<html><head><title>"
            + title
            + "</title></head><body><article><h1>"
            + h1
            + "</h1><p>An earthquake struck Van province on Sunday.</p></article></body></html>";
    return extractor.extract(html, "p.html", "p", "").title();
  }

  /** A new user's run, session 22: the site's name after a separator is no part of the headline. */
  @Test
  void theSiteNameInTheTitleElementIsDroppedWhenTheH1IsTheHeadline() {
    assertThat(
            headline(
                "Earthquake kills 34 in eastern Turkey | World News",
                "Earthquake kills 34 in eastern Turkey"))
        .isEqualTo("Earthquake kills 34 in eastern Turkey");
    assertThat(
            headline(
                "خبرگزاری نمونه - زلزله در وان ترکیه ۴۳ کشته داشت",
                "زلزله در وان ترکیه ۴۳ کشته داشت"))
        .isEqualTo("زلزله در وان ترکیه ۴۳ کشته داشت");
    // an <h1> that is the site's logo (shorter than the rest) is no headline
    assertThat(headline("Quake kills 34 in Van province | World News", "World News"))
        .isEqualTo("Quake kills 34 in Van province | World News");
    // no separator: the title as written
    assertThat(headline("Quake kills 34 people today", "Quake kills 34"))
        .isEqualTo("Quake kills 34 people today");
  }

  /**
   * A new user's run, session 25 (the session-24 leftover): a page whose {@code <h1>} is never
   * closed holds the whole page in it; its headline is the heading's own words, so the site's name
   * is still dropped from the {@code <title>}.
   */
  @Test
  void anUnclosedH1GivesItsOwnWordsAsTheHeadline() {
    String en =
        "<html><head><title>Flood in Valencia | News</title></head><body><h1>Flood in <b>Valencia</b>"
            + "<p>Flash floods hit the Valencia region on Sunday and four people died.</p>"
            + "<p>More than 1,200 residents left their homes.</p></body></html>";
    Article a = extractor.extract(en, "flood.html", "f1", "");
    assertThat(a.title()).isEqualTo("Flood in Valencia");
    assertThat(a.text()).contains("four people died");
    String fa =
        "<html><head><title>خبر - سیل در والنسیا</title></head><body>"
            + "<h1>سیل در والنسیا<div><p>سیل ناگهانی در منطقه والنسیا اسپانیا روز یکشنبه جان چهار نفر"
            + " را گرفت.</p></div></body></html>";
    assertThat(extractor.extract(fa, "sel.html", "f2", "").title()).isEqualTo("سیل در والنسیا");
  }
}
