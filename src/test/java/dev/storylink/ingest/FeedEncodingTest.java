package dev.storylink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A feed that declares one encoding and is written in UTF-8 (a new user's run, session 23: an
 * Arabic feed declaring ISO-8859-1 was stored as French with the headline {@code Ø§Ø³ØªÙ...}).
 */
class FeedEncodingTest {
  private static final String ITEMS =
      "<rss version=\"2.0\"><channel><title>Akhbar</title><language>ar</language>"
          + "<item><guid isPermaLink=\"false\">a1</guid><title>فيضانات فالنسيا</title>"
          + "<description>أودت فيضانات مفاجئة في منطقة فالنسيا بحياة أربعة أشخاص.</description>"
          + "</item><item><guid isPermaLink=\"false\">a2</guid><title>Müller in München</title>"
          + "<description>Straße gesperrt</description></item></channel></rss>";

  @Test
  void utf8BytesUnderALatinDeclarationAreReadAsUtf8WithOneWarning() {
    byte[] xml =
        ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + ITEMS)
            .getBytes(StandardCharsets.UTF_8);
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> list = new FeedReader().parse(xml, "intl.xml", "intl", "", problems::add);
    assertThat(list)
        .extracting(Article::title)
        .containsExactly("فيضانات فالنسيا", "Müller in München");
    assertThat(problems)
        .extracting(IngestProblem::message)
        .containsExactly(
            "intl.xml entry 1: warning: the feed declares encoding 'ISO-8859-1' but its bytes are"
                + " UTF-8: read as UTF-8");
  }

  @Test
  void aTrueLatinFeedKeepsItsDeclaration() {
    byte[] xml =
        ("<?xml version='1.0' encoding='windows-1252'?>" + ITEMS.replaceAll("<item>.*?</item>", ""))
            .replace("</channel>", "<item><title>Müller in München</title></item></channel>")
            .getBytes(StandardCharsets.ISO_8859_1);
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> list = new FeedReader().parse(xml, "de.xml", "de", "", problems::add);
    assertThat(list).extracting(Article::title).containsExactly("Müller in München");
    assertThat(problems).isEmpty();
  }

  @Test
  void rule() {
    byte[] utf8 =
        "<?xml version=\"1.0\" encoding=\"latin1\"?><a>é</a>".getBytes(StandardCharsets.UTF_8);
    assertThat(FeedEncoding.mislabelledUtf8(utf8)).contains("latin1");
    byte[] declaredUtf8 =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><a>é</a>".getBytes(StandardCharsets.UTF_8);
    assertThat(FeedEncoding.mislabelledUtf8(declaredUtf8)).isEmpty();
    byte[] ascii =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>e</a>".getBytes(StandardCharsets.UTF_8);
    assertThat(FeedEncoding.mislabelledUtf8(ascii)).as("nothing to misread").isEmpty();
    byte[] noDeclaration = "<a>é</a>".getBytes(StandardCharsets.UTF_8);
    assertThat(FeedEncoding.mislabelledUtf8(noDeclaration)).isEmpty();
  }
}
