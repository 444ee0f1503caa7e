package dev.storylink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

  @TempDir Path tmp;

  @Test
  void classifiesArguments() throws IOException {
    assertThat(Sources.kindOf("-")).isEqualTo(SourceKind.STDIN);
    assertThat(Sources.kindOf("https://example.org/feed")).isEqualTo(SourceKind.URL);
    assertThat(Sources.kindOf(Fixtures.path("folder").toString())).isEqualTo(SourceKind.FOLDER);
    assertThat(Sources.kindOf(Fixtures.path("articles.jsonl").toString()))
        .isEqualTo(SourceKind.JSONL);
    assertThat(Sources.kindOf(Fixtures.path("feed-rss.xml").toString())).isEqualTo(SourceKind.FEED);
    assertThat(Sources.kindOf(Fixtures.path("article-en.json").toString()))
        .isEqualTo(SourceKind.ARTICLE);
    assertThat(Sources.kindOf(Fixtures.path("page-fa.html").toString()))
        .isEqualTo(SourceKind.ARTICLE);
    assertThat(Sources.kindOf(tmp.resolve("nope.txt").toString())).isEqualTo(SourceKind.MISSING);
    Path feedNoExt =
        Files.writeString(
            tmp.resolve("feed"),
            "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">");
    assertThat(Sources.kindOf(feedNoExt.toString())).isEqualTo(SourceKind.FEED);
    Path jsonlNoExt =
        Files.writeString(tmp.resolve("dump"), "{\"text\":\"a\"}\n{\"text\":\"b\"}\n");
    assertThat(Sources.kindOf(jsonlNoExt.toString())).isEqualTo(SourceKind.JSONL);
    Path array = Files.writeString(tmp.resolve("all.json"), "[{\"text\":\"a\"}]");
    assertThat(Sources.kindOf(array.toString())).isEqualTo(SourceKind.JSON_ARRAY);
  }

  @Test
  void aUtf16JsonArrayWithItsByteOrderMarkIsReadElementByElement() throws IOException {
    String json =
        "\ufeff[{\"id\":\"w-1\",\"lang\":\"fa\",\"text\":\"زمین\u200cلرزه در شرق ترکیه\"},"
            + " {\"id\":\"w-2\",\"lang\":\"klingon\",\"text\":\"x\"},"
            + " {\"id\":\"w-3\",\"lang\":\"ur\",\"text\":\"ترکی میں زلزلہ\"}]";
    for (java.nio.charset.Charset cs :
        List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
      Path f = Files.write(tmp.resolve("u16-" + cs.name() + ".json"), json.getBytes(cs));
      assertThat(Sources.kindOf(f.toString())).isEqualTo(SourceKind.JSON_ARRAY);
      List<IngestProblem> problems = new ArrayList<>();
      try (Stream<Article> s = new Sources().open(f.toString(), problems::add)) {
        assertThat(s.map(Article::id).toList()).containsExactly("w-1", "w-3");
      }
      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).reason()).contains("klingon");
    }
  }

  @Test
  void streamsAllKindsInArgumentOrderAndCollectsProblems() throws IOException {
    Path array =
        Files.writeString(
            tmp.resolve("all.json"),
            "[\n {\"id\":\"arr-1\",\"text\":\"Erster Artikel\"},\n {\"text\":5.5,\"title\":[]},\n {\"text\":\"Dritter\"}\n]");
    List<String> args =
        List.of(
            Fixtures.path("article-en.json").toString(),
            tmp.resolve("missing.txt").toString(),
            Fixtures.path("articles.jsonl").toString(),
            array.toString(),
            Fixtures.path("feed-atom.xml").toString(),
            "-");
    ByteArrayInputStream stdin =
        new ByteArrayInputStream(
            "{\"id\":\"s1\",\"text\":\"Von der Standardeingabe\"}\n"
                .getBytes(StandardCharsets.UTF_8));
    List<IngestProblem> problems = new ArrayList<>();
    List<String> ids;
    try (Stream<Article> s = new Sources().open(args, stdin, problems::add)) {
      ids = s.map(Article::id).toList();
    }
    assertThat(ids)
        .containsExactly(
            "en-harbor-1",
            "j1",
            "j2",
            "articles-L4",
            "j6",
            "arr-1",
            "all-3",
            "urn:example:nachrichten:42",
            "urn:example:nachrichten:43",
            "s1");
    assertThat(problems).extracting(IngestProblem::message).hasSize(5);
    assertThat(problems.get(0).message())
        .isEqualTo(tmp.resolve("missing.txt") + ": no such file or folder");
    assertThat(problems.get(1).line()).hasValue(3);
    assertThat(problems.get(4).input()).isEqualTo(array.toString());
    assertThat(problems.get(4).line()).hasValue(3);
  }

  @Test
  void isLazyAcrossSources() throws IOException {
    Path big = tmp.resolve("big.jsonl");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      sb.append("{\"text\":\"Article ").append(i).append("\"}\n");
    }
    Files.writeString(big, sb);
    List<IngestProblem> problems = new ArrayList<>();
    try (Stream<Article> s =
        new Sources().open(List.of(big.toString(), "/definitely/missing"), problems::add)) {
      assertThat(s.limit(3).map(Article::id).toList())
          .containsExactly("big-L1", "big-L2", "big-L3");
    }
    assertThat(problems).as("second source never opened").isEmpty();
  }

  @Test
  void streamsHundredThousandArticles() throws IOException {
    Path big = tmp.resolve("100k.jsonl");
    try (var w = Files.newBufferedWriter(big)) {
      for (int i = 0; i < 100_000; i++) {
        w.write(
            "{\"id\":\"n"
                + i
                + "\",\"lang\":\"en\",\"title\":\"Headline "
                + i
                + "\",\"text\":\"Body text of article number "
                + i
                + " with a few more words.\"}\n");
      }
    }
    List<IngestProblem> problems = new ArrayList<>();
    long count;
    try (Stream<Article> s = new Sources().open(List.of(big.toString()), problems::add)) {
      count = s.filter(a -> a.text().startsWith("Body")).count();
    }
    assertThat(count).isEqualTo(100_000);
    assertThat(problems).isEmpty();
  }

  @Test
  void folderAndFeedUrlFailuresBecomeProblems() {
    List<IngestProblem> problems = new ArrayList<>();
    IngestOptions opts =
        IngestOptions.defaults()
            .withTimeouts(java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(2));
    try (Stream<Article> s =
        new Sources(opts).open(List.of("http://127.0.0.1:1/feed"), problems::add)) {
      assertThat(s.toList()).isEmpty();
    }
    assertThat(problems)
        .singleElement()
        .satisfies(p -> assertThat(p.input()).isEqualTo("http://127.0.0.1:1/feed"));
  }

  private static final String MIXED_FEED =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
          + "<title>World Desk</title><link>https://news.example/</link><language>en</language>"
          + "<item><guid isPermaLink=\"false\">w-1</guid><link>https://news.example/w-1</link><title>Port strike spreads</title><description>Dock workers in"
          + " Rotterdam walked out on Thursday for 48 hours, halting container traffic at the"
          + " Maasvlakte terminals.</description></item>"
          + "<item><guid isPermaLink=\"false\">w-2</guid><link>https://news.example/w-2</link><title>الحمى في القاهرة</title><description>أعلنت وزارة الصحة"
          + " في القاهرة يوم الثلاثاء أن عدد المصابين بالحمى ارتفع إلى ثلاثمئة شخص، وأن"
          + " المستشفيات في الجيزة استقبلت عشرات الحالات الجديدة.</description></item>"
          + "</channel></rss>";

  @Test
  void aFeedsDeclaredLanguageIsAHintTheTextOverrulesWithAWarning() throws IOException {
    Path feed = Files.writeString(tmp.resolve("desk.xml"), MIXED_FEED);
    List<IngestProblem> problems = new ArrayList<>();
    List<String> langs;
    Sources sources =
        new Sources(IngestOptions.defaults(), new dev.storylink.text.LinguaLanguageIdentifier());
    try (Stream<Article> s = sources.open(feed.toString(), problems::add)) {
      langs = s.map(a -> a.id() + "=" + a.lang()).toList();
    }
    assertThat(langs).containsExactly("w-1=en", "w-2=ar");
    assertThat(problems)
        .extracting(IngestProblem::message)
        .containsExactly(
            feed
                + " entry 2: warning: declared lang 'en' but the text reads as 'ar'; stored as"
                + " 'ar'");
  }

  @Test
  void withoutAnIdentifierAFeedsDeclaredLanguageIsKept() throws IOException {
    Path feed = Files.writeString(tmp.resolve("desk.xml"), MIXED_FEED);
    List<IngestProblem> problems = new ArrayList<>();
    try (Stream<Article> s = new Sources().open(feed.toString(), problems::add)) {
      assertThat(s.map(Article::lang).toList()).containsExactly("en", "en");
    }
    assertThat(problems).isEmpty();
  }
}
