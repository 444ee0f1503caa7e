package dev.storylink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleKeysTest {
  @TempDir Path tmp;

  private static Article article(String id, String url, String title, String text) {
    return new Article(id, "en", title, text, Optional.empty(), "", url);
  }

  private static final Article FIRE =
      article("a-1", "https://a.example/fire?x=1", "Wildfire", "Residents left on Tuesday.");

  private static void put(ArticleStore store, Article a, long seq) {
    store.putArticle(
        new StoredArticle(a, seq, "e" + seq, Optional.empty()),
        List.of(),
        List.of(),
        List.of(),
        List.of());
    store.commit(Map.of());
  }

  /** Each location, then its key. */
  private static void keys(String... pairs) {
    for (int k = 0; k < pairs.length; k += 2) {
      assertThat(ArticleKeys.url(pairs[k])).as(pairs[k]).isEqualTo(pairs[k + 1]);
    }
  }

  @Test
  void aUrlParsedByUriIsKeyedByLowerCasedSchemeAndHostWithoutDefaultPortOrFragment() {
    keys(
        "HTTPS://User@News.Example:443/World/Item?Id=7#top",
        "https://User@news.example/World/Item?Id=7",
        "http://news.example:8080/a%20b",
        "http://news.example:8080/a%20b",
        "http://news.example:/a",
        "http://news.example/a",
        "http://[2001:DB8::1]:80/a",
        "http://[2001:db8::1]/a");
  }

  @Test
  void whatUriRefusesFallsBackToTheSameRulesByPattern() {
    // a space and a host with '_' are accepted as today: URI refuses the first and parses the
    // second without a host
    keys(
        "HTTP://My_Host.Example:80/a b#c",
        "http://my_host.example/a b",
        "https://Feeds.Example:443/world news.xml",
        "https://feeds.example/world news.xml",
        "http://User@Under_Score.Example:8080/x",
        "http://User@under_score.example:8080/x",
        "http://Host_1.Example:abc/x",
        "http://host_1.example:abc/x");
  }

  @Test
  void aPathOrAnythingWithoutAuthorityIsItsOwnKey() {
    keys(
        " /data/Feed#1.xml ",
        "/data/Feed#1.xml",
        "saved/Feed.xml",
        "saved/Feed.xml",
        "C:\\Feeds\\World.xml",
        "C:\\Feeds\\World.xml",
        "mailto:News@Example.com",
        "mailto:News@Example.com");
  }

  @Test
  void theContentKeyIgnoresCaseAndWhiteSpace() {
    Article copy = article("b", "", "WILDFIRE ", "Residents\n  left on  Tuesday.");
    assertThat(ArticleKeys.content(copy)).isEqualTo(ArticleKeys.content(FIRE)).hasSize(32);
    assertThat(ArticleKeys.content(article("c", "", "Wildfire", "Residents stayed.")))
        .isNotEqualTo(ArticleKeys.content(FIRE));
  }

  /**
   * The content key by its rule, written independently: the code points of title, line break and
   * text, each white-space run one space when something stands on both sides, the rest lower-cased,
   * then the UTF-8 bytes of that string hashed.
   */
  private static String referenceContentKey(Article a) throws Exception {
    int[] cps = (a.title() + "\n" + a.text()).codePoints().toArray();
    StringBuilder norm = new StringBuilder();
    int k = 0;
    while (k < cps.length) {
      if (!Character.isWhitespace(cps[k])) {
        norm.appendCodePoint(Character.toLowerCase(cps[k++]));
        continue;
      }
      int end = k;
      while (end < cps.length && Character.isWhitespace(cps[end])) {
        end++;
      }
      if (norm.length() > 0 && end < cps.length) {
        norm.append(' ');
      }
      k = end;
    }
    byte[] h =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(norm.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return java.util.HexFormat.of().formatHex(h, 0, 16);
  }

  @Test
  void theContentKeyEqualsTheFoldedCopysHashOnEveryScriptAndOddCharacters() throws Exception {
    // Arabic, Persian (ZWNJ), Urdu, Cyrillic, Turkish İ, Greek, CJK, a supplementary letter with a
    // lower case (Deseret), an emoji, lone surrogates, and white space of several kinds (U+00A0 is
    // none for Character.isWhitespace)
    String[] parts = {
      "A",
      "z",
      "İ",
      "ß",
      "Σ",
      "Ж",
      "ж",
      "بوتين",
      "پوتین",
      "می\u200Cخواهد",
      "ہفتہ",
      "٢٠٢٠",
      "۱۳۹۸",
      "普京",
      "\uD801\uDC00",
      "\uD83D\uDE00",
      "\uD800",
      "\uDC00",
      " ",
      "  ",
      "\t",
      "\n",
      "\r\n",
      "\u2003",
      "\u00A0",
      "\u3000",
      "\u001C",
      ".",
      "É"
    };
    // and every ASCII character alone (the fold's fast path for them)
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(parts));
    for (char c = 0; c < 0x80; c++) {
      all.add(String.valueOf(c));
    }
    parts = all.toArray(String[]::new);
    java.util.Random random = new java.util.Random(42);
    int longest = 0;
    for (int k = 0; k < 3000; k++) {
      String[] fields = new String[2];
      for (int f = 0; f < 2; f++) {
        StringBuilder sb = new StringBuilder();
        // some texts longer than the digest's buffer
        int n = k % 50 == 0 ? 5000 : random.nextInt(30);
        for (int i = 0; i < n; i++) {
          sb.append(parts[random.nextInt(parts.length)]);
        }
        fields[f] = sb.toString();
      }
      if (fields[0].isBlank() && fields[1].isBlank()) {
        continue;
      }
      longest = Math.max(longest, fields[1].length());
      Article a = article("r" + k, "", fields[0], fields[1]);
      assertThat(ArticleKeys.content(a)).as(a.toString()).isEqualTo(referenceContentKey(a));
    }
    assertThat(longest).isGreaterThan(2048); // the digest's buffer
  }

  @Test
  void aSurrogatePairOrLoneSurrogateAtTheEndOfAReadChunkKeysAsTheReferenceFold() throws Exception {
    // the text is read 1,024 chars at a time: pairs, lone halves and white space around that edge
    String[] tails = {
      "\uD801\uDC00",
      "\uD800",
      "\uDC00",
      "\uD800\uD801\uDC00",
      "\uD801\uDC00x",
      "\u2003\uD801\uDC00"
    };
    for (int lead = 1018; lead <= 1030; lead++) {
      for (String tail : tails) {
        String text = "W".repeat(lead) + tail + " Ok";
        Article a = article("s" + lead, "", "T", text);
        assertThat(ArticleKeys.content(a))
            .as("%d %s", lead, tail)
            .isEqualTo(referenceContentKey(a));
        Article t = article("t" + lead, "", "X".repeat(lead) + tail, "");
        assertThat(ArticleKeys.content(t))
            .as("title %d %s", lead, tail)
            .isEqualTo(referenceContentKey(t));
      }
    }
  }

  @Test
  void everyCharOfTheBasicPlaneFoldsAsItsCodePointRuleSays() throws Exception {
    // the fold reads a table for the BMP chars beyond ASCII: each one, between two letters and
    // doubled at the end of the text, keys as the reference fold of Character's properties does
    for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String ch = String.valueOf((char) c);
      Article a = article("b" + c, "", "a" + ch + "b", "x" + ch + ch);
      assertThat(ArticleKeys.content(a)).as("U+%04X", c).isEqualTo(referenceContentKey(a));
    }
  }

  @Test
  void aStoredArticleIsFoundByIdUrlOrContentAfterTheStoreIsOpenedAgain() {
    Path data = tmp.resolve("d");
    try (ArticleStore store = ArticleStore.open(data)) {
      put(store, FIRE, 1);
    }
    try (ArticleStore store = ArticleStore.open(data)) {
      assertThat(store.storedCopy(article("a-1", "", "", "other"))).contains("a-1");
      assertThat(store.storedCopy(article("b-1", "HTTPS://A.Example:443/fire?x=1#t", "", "x")))
          .contains("a-1");
      assertThat(store.storedCopy(article("b-2", "", "wildfire", "Residents left on Tuesday. ")))
          .contains("a-1");
      assertThat(store.storedCopy(article("b-3", "https://a.example/fire?x=2", "Wildfire", "x")))
          .isEmpty();
    }
  }

  @Test
  void anArticleOfAnOlderStoreWithoutTheKeysIsFoundByIdOnly() throws Exception {
    // written as a store before this field: the type, the id and the record, no repeat keys
    Path index = tmp.resolve("old").resolve("index");
    Files.createDirectories(index);
    try (var dir = FSDirectory.open(index);
        var w = new IndexWriter(dir, new IndexWriterConfig())) {
      Document d = new Document();
      d.add(new StringField(StoreSchema.TYPE, "article", Field.Store.NO));
      d.add(new StringField(StoreSchema.ID, "old-1", Field.Store.YES));
      d.add(new StoredField(StoreSchema.JSON, "{}"));
      w.addDocument(d);
      w.commit();
    }
    try (ArticleStore store = ArticleStore.open(tmp.resolve("old"))) {
      Article old = article("old-1", FIRE.url(), FIRE.title(), FIRE.text());
      assertThat(store.storedCopy(old)).contains("old-1");
      assertThat(store.storedCopy(FIRE)).isEmpty(); // same URL and text, another id
      put(store, FIRE, 2); // the articles written since carry the keys
      assertThat(store.storedCopy(article("b", FIRE.url(), "", "x"))).contains("a-1");
    }
  }
}
