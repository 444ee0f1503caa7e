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
        new StoredArticle(a, seq, "e" + seq, Optional.empty()), List.of(), List.of(), List.of());
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
