package dev.storylink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Article;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A feed with a character XML does not allow (a new user's run, session 24: one U+0001 in an
 * English item's description refused the whole feed, its Persian item too: {@code not a valid RSS
 * or Atom feed: Invalid XML: Error on line 3: An invalid XML character (Unicode: 0x1)}).
 */
class FeedDocumentTest {
  private static final String PERSIAN =
      "<item><guid isPermaLink=\"false\">p2</guid><title>سیل در والنسیا</title><description>سیل"
          + " ناگهانی در منطقه والنسیا اسپانیا روز یکشنبه جان چهار نفر را گرفت.</description></item>";

  private static String feed(String firstDescription) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>T</title>\n"
        + "<item><guid isPermaLink=\"false\">e1</guid><title>Quake hits southern Iran</title>"
        + "<description>"
        + firstDescription
        + "</description></item>\n"
        + PERSIAN
        + "</channel></rss>";
  }

  private static List<IngestProblem> problems = new ArrayList<>();

  private static List<Article> read(String xml) {
    problems = new ArrayList<>();
    return new FeedReader()
        .parse(xml.getBytes(StandardCharsets.UTF_8), "feed.xml", "feed", "", problems::add);
  }

  @Test
  void aControlCharacterInOneItemLosesNoItem() {
    List<Article> list =
        read(feed("A magnitude 6.2 earthquake struck southern Iran on Monday.\u0001"));
    assertThat(list)
        .extracting(Article::title)
        .containsExactly("Quake hits southern Iran", "سیل در والنسیا");
    assertThat(list.get(0).text())
        .isEqualTo("A magnitude 6.2 earthquake struck southern Iran on Monday.");
    assertThat(problems)
        .extracting(IngestProblem::message)
        .containsExactly(
            "feed.xml entry 1: warning: 1 character not allowed in XML removed (the first,"
                + " U+0001, on line 3)");
  }

  @Test
  void characterReferencesXmlRefusesAreRemovedTooAndAllowedOnesKept() {
    List<Article> list = read(feed("Quake &#x1B;in &#8;southern Iran &#1575;&#x644; kills 34."));
    assertThat(list).hasSize(2);
    assertThat(list.get(0).text()).isEqualTo("Quake in southern Iran ال kills 34.");
    assertThat(problems)
        .extracting(IngestProblem::message)
        .containsExactly(
            "feed.xml entry 1: warning: 2 characters not allowed in XML removed (the first,"
                + " U+001B, on line 3)");
  }

  @Test
  void aWellFormedFeedHasNoWarningAndAMalformedOneIsStillRefused() {
    assertThat(read(feed("A magnitude 6.2 earthquake struck southern Iran."))).hasSize(2);
    assertThat(problems).isEmpty();
    String unclosed = feed("A quake.\u0001").replace("</channel>", "");
    assertThatThrownBy(() -> read(unclosed))
        .isInstanceOf(IngestInputException.class)
        .hasMessageContaining("not a valid RSS or Atom feed");
  }
}
