package dev.storylink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the JSONL, feed and HTML readers with random and adversarial records: every
 * good record comes out as an article (within {@link ArticleLimits}), every bad one as a problem
 * naming its line or entry, and nothing else escapes.
 */
class ReaderFuzzTest {
  private static final ObjectMapper M = new ObjectMapper();
  private static final long[] SEEDS = {13, 42, 20260229};

  @Test
  void jsonlGoodLinesAreReadAndBadLinesReportedWithTheirNumber() throws Exception {
    for (long seed : SEEDS) {
      Adversarial g = new Adversarial(seed);
      ByteArrayOutputStream file = new ByteArrayOutputStream();
      List<String> goodIds = new ArrayList<>();
      TreeSet<Long> badLines = new TreeSet<>();
      TreeSet<Long> warnLines = new TreeSet<>();
      long line = 0;
      for (int n = 0; n < 400; n++) {
        line++;
        int kind = g.nextInt(14);
        byte[] bytes;
        String goodId =
            "g-" + seed + "-" + n + List.of("", "ä", "ب", "𝔘", "𠀀", "_x").get(g.nextInt(6));
        Map<String, Object> good = goodArticle(g, goodId);
        switch (kind) {
          case 1 -> bytes = json(with(good, "id", "i".repeat(512 + 1 + g.nextInt(40_000))));
          case 2 ->
              bytes =
                  json(
                      with(
                          good,
                          "id",
                          "a"
                              + "\u202A\u202E\u2066\u2069\u0000\u0007\n".charAt(g.nextInt(7))
                              + "b"));
          case 3 ->
              bytes =
                  json(
                      with(
                          good,
                          "lang",
                          List.of("klingon", "xx", "ara", "e", "english").get(g.nextInt(5))));
          case 4 ->
              bytes =
                  json(
                      with(
                          good,
                          "date",
                          List.of(
                                  "0000-01-01",
                                  "1899-12-31",
                                  "2101-01-01",
                                  "+999999999-12-31",
                                  "tomorrow")
                              .get(g.nextInt(5))));
          case 5 -> {
            String s = new String(json(good), StandardCharsets.UTF_8);
            bytes =
                (g.chance(0.5)
                        ? s.substring(0, 1 + g.nextInt(s.length() - 1))
                        : s + " " + g.brokenMarkup(5))
                    .getBytes(StandardCharsets.UTF_8);
          }
          case 6 -> bytes = json(with(with(good, "title", " \u0000 "), "text", "\u0000"));
          case 7 ->
              bytes =
                  ("{\"id\":\"w" + n + "\",\"text\":" + g.nextInt(100) + "}")
                      .getBytes(StandardCharsets.UTF_8);
          case 8 ->
              bytes =
                  json(
                      with(
                          good,
                          "title",
                          "T".repeat(ArticleLimits.MAX_TITLE_CHARS + 1 + g.nextInt(100))));
          case 9 ->
              bytes =
                  new byte[] {
                    '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'
                  };
          case 10 -> bytes = (g.chance(0.5) ? "" : "   \t").getBytes(StandardCharsets.UTF_8);
          case 11 ->
              bytes =
                  goodIds.isEmpty()
                      ? "[]".getBytes(StandardCharsets.UTF_8)
                      : json(with(good, "id", goodIds.get(g.nextInt(goodIds.size()))));
          case 12 ->
              bytes =
                  json(
                      with(
                          good,
                          "text",
                          Adversarial.ENGLISH + " " + g.hugeWord(33_000 + g.nextInt(10_000))));
          default -> bytes = json(good);
        }
        file.write(bytes);
        file.write('\n');
        boolean isGood = kind == 0 || kind == 13;
        if (isGood) {
          goodIds.add(goodId);
          if (!((String) good.get("url")).isEmpty()
                  && !((String) good.get("url")).startsWith("https://")
              || hasTextControl((String) good.get("text"))) {
            warnLines.add(line); // a url dropped, or the text's control characters removed
          }
        } else if (kind != 10) {
          badLines.add(line);
        }
      }
      List<IngestProblem> problems = new ArrayList<>();
      List<Article> articles;
      try (Stream<Article> s =
          new JsonlReader()
              .read(
                  new ByteArrayInputStream(file.toByteArray()),
                  "fuzz.jsonl",
                  "fuzz",
                  problems::add)) {
        articles = s.toList();
      }
      assertThat(articles)
          .extracting(Article::id)
          .as("seed " + seed)
          .containsExactlyElementsOf(goodIds);
      for (Article a : articles) {
        assertThat(
                ArticleLimits.check(
                    a,
                    "again",
                    w -> {
                      throw new AssertionError("a stored article still breaks a limit: " + w);
                    }))
            .isEqualTo(a);
        assertThat(a.title() + a.text() + a.source()).doesNotContain("\u0000");
      }
      TreeSet<Long> problemLines = new TreeSet<>();
      TreeSet<Long> warningLines = new TreeSet<>();
      for (IngestProblem p : problems) {
        assertThat(p.input()).isEqualTo("fuzz.jsonl");
        assertThat(p.line()).as(p.message()).isPresent();
        (p.reason().startsWith("warning: ") ? warningLines : problemLines)
            .add(p.line().getAsLong());
      }
      TreeSet<Long> missing = new TreeSet<>(badLines);
      missing.removeAll(problemLines);
      TreeSet<Long> extra = new TreeSet<>(problemLines);
      extra.removeAll(badLines);
      assertThat(missing)
          .as(
              "seed "
                  + seed
                  + ": bad lines not reported; reported but good: "
                  + extra
                  + " "
                  + problems)
          .isEmpty();
      assertThat(extra).as("seed " + seed + ": good lines reported " + problems).isEmpty();
      // every good line with a dangerous url has its warning; other warnings are on bad lines only
      assertThat(warningLines).as("seed " + seed).containsAll(warnLines);
      TreeSet<Long> otherWarnings = new TreeSet<>(warningLines);
      otherWarnings.removeAll(warnLines);
      assertThat(badLines).as("seed " + seed).containsAll(otherWarnings);
    }
  }

  /** A C0 control other than tab, line feed, carriage return, form feed, or DEL (warned about). */
  private static boolean hasTextControl(String text) {
    return text.chars()
        .anyMatch(c -> (c < 0x20 || c == 0x7F) && c != '\t' && c != '\n' && c != '\r' && c != '\f');
  }

  private static Map<String, Object> goodArticle(Adversarial g, String id) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("lang", List.of("en", "en-US", "EN", "", "und").get(g.nextInt(5)));
    m.put("title", g.noise(g.nextInt(80)));
    m.put("text", Adversarial.ENGLISH + " " + g.noise(g.nextInt(2_000)));
    m.put(
        "date",
        List.of("", "2020-02-29", "2020-02-29T10:00:00", "2024-05-01T23:30:00+03:30", "1900-01-01")
            .get(g.nextInt(5)));
    m.put("source", g.noise(g.nextInt(40)));
    m.put(
        "url",
        List.of(
                "",
                "https://news.example/a",
                "javascript:alert(1)",
                "JaVaScRiPt:x",
                "java\tscript:x",
                "data:text/html,x",
                "ftp://x.example/")
            .get(g.nextInt(7)));
    return m;
  }

  private static Map<String, Object> with(Map<String, Object> m, String key, Object value) {
    Map<String, Object> c = new LinkedHashMap<>(m);
    c.put(key, value);
    return c;
  }

  private static byte[] json(Map<String, Object> m) throws Exception {
    return M.writeValueAsBytes(m);
  }

  @Test
  void feedGoodItemsAreReadAndBadItemsReportedWithTheirIndex() throws Exception {
    for (long seed : SEEDS) {
      Adversarial g = new Adversarial(seed);
      StringBuilder xml =
          new StringBuilder(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
                  + "<rss version=\"2.0\"><channel><title>"
                  + escape(g.xmlSafeNoise(30))
                  + "</title>");
      List<String> goodIds = new ArrayList<>();
      TreeSet<Integer> bad = new TreeSet<>();
      for (int n = 1; n <= 150; n++) {
        int kind = g.nextInt(6);
        String guid =
            switch (kind) {
              case 1 -> "g".repeat(40 * 1024);
              case 2 -> "a\u202Eb" + n;
              default -> "item-" + seed + "-" + n;
            };
        String description =
            "<![CDATA["
                + (kind == 3
                    ? ""
                    : Adversarial.ENGLISH + " " + g.brokenMarkup(g.nextInt(300)).replace("]]>", ""))
                + "]]>";
        String title = kind == 3 ? "" : escape(g.xmlSafeNoise(g.nextInt(60)));
        String link = kind == 4 ? "javascript:alert(" + n + ")" : "https://news.example/" + n;
        xml.append("<item><guid isPermaLink=\"false\">")
            .append(guid)
            .append("</guid><title>")
            .append(title)
            .append("</title><link>")
            .append(escape(link))
            .append("</link><description>")
            .append(description)
            .append("</description></item>");
        if (kind == 1 || kind == 2 || kind == 3) {
          bad.add(n);
        } else {
          goodIds.add(guid);
        }
      }
      xml.append("</channel></rss>");
      byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
      List<IngestProblem> problems = new ArrayList<>();
      List<Article> list = new FeedReader().parse(bytes, "fuzz.xml", "fuzz", "", problems::add);
      assertThat(list)
          .extracting(Article::id)
          .as("seed " + seed)
          .containsExactlyElementsOf(goodIds);
      TreeSet<Integer> reported = new TreeSet<>();
      for (IngestProblem p : problems) {
        if (!p.reason().startsWith("warning: ")) {
          assertThat(p.input()).startsWith("fuzz.xml entry ");
          reported.add(Integer.parseInt(p.input().substring("fuzz.xml entry ".length())));
        }
      }
      assertThat(reported).as("seed " + seed).isEqualTo(bad);
      for (Article a : list) {
        assertThat(a.url())
            .satisfiesAnyOf(
                u -> assertThat(u).isEmpty(), u -> assertThat(u).startsWith("https://"));
      }
      // truncated or mutated documents: a clear input error or some entries, never anything else
      for (int i = 0; i < 30; i++) {
        String doc = xml.toString();
        String broken =
            g.chance(0.5)
                ? doc.substring(0, g.nextInt(doc.length()))
                : g.mutate(doc.substring(0, 3_000));
        try {
          new FeedReader()
              .parse(broken.getBytes(StandardCharsets.UTF_8), "broken.xml", "b", "", p -> {});
        } catch (InputException expected) {
          assertThat(expected.getMessage()).startsWith("broken.xml");
        }
      }
    }
  }

  @Test
  void htmlPagesGiveAnArticleWithinTheLimitsOrAnInputError() {
    Adversarial g = new Adversarial(7);
    HtmlArticleExtractor html = new HtmlArticleExtractor();
    int articles = 0;
    for (int i = 0; i < 300; i++) {
      String page = g.brokenMarkup(g.nextInt(4_000));
      if (g.chance(0.3)) {
        page =
            "<html><head><title>"
                + g.noise(50)
                + "</title><link rel=canonical href=\"javascript:alert(1)\">"
                + "<meta property=\"article:published_time\" content=\"0001-01-01\"></head><body><p>"
                + Adversarial.ENGLISH
                + g.hugeWord(g.nextInt(50_000))
                + "</p>"
                + page;
      }
      try {
        Article a = html.extract(page, "page-" + i, "page-" + i, "https://news.example/p" + i);
        articles++;
        assertThat(a.url()).isIn("https://news.example/p" + i);
        assertThat(
                ArticleLimits.check(
                    a,
                    "again",
                    w -> {
                      throw new AssertionError(w);
                    }))
            .isEqualTo(a);
      } catch (InputException expected) {
        assertThat(expected.getMessage()).startsWith("page-" + i);
      }
    }
    assertThat(articles).isGreaterThan(50);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
