package dev.storylink.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedSourceTest {
  @Test
  void aUrlIsKeyedByItsLowerCasedSchemeAndHostWithoutDefaultPortOrFragment() {
    String key = "http://example.com/feed";
    assertThat(FeedSource.key("HTTP://Example.com/feed")).isEqualTo(key);
    assertThat(FeedSource.key("http://example.com/feed#latest")).isEqualTo(key);
    assertThat(FeedSource.key("http://EXAMPLE.com:80/feed")).isEqualTo(key);
    assertThat(FeedSource.key(" https://example.com:443/feed "))
        .isEqualTo("https://example.com/feed");
    assertThat(FeedSource.of("HTTPS://Example.com/feed#x").key())
        .isEqualTo("https://example.com/feed");
  }

  @Test
  void pathQueryUserAndOtherPortsAreKeptAsWritten() {
    assertThat(FeedSource.key("http://example.com/Feed?Lang=EN"))
        .isEqualTo("http://example.com/Feed?Lang=EN");
    assertThat(FeedSource.key("http://example.com:443/feed"))
        .isEqualTo("http://example.com:443/feed");
    assertThat(FeedSource.key("https://example.com:8443/feed"))
        .isEqualTo("https://example.com:8443/feed");
    assertThat(FeedSource.key("http://User@Example.com:80/f"))
        .isEqualTo("http://User@example.com/f");
    assertThat(FeedSource.key("http://[::1]:80/f")).isEqualTo("http://[::1]/f");
    assertThat(FeedSource.key("http://example.com")).isEqualTo("http://example.com");
  }

  @Test
  void aFilePathIsItsOwnKey() {
    assertThat(FeedSource.key("/data/Feed#1.xml")).isEqualTo("/data/Feed#1.xml");
  }

  @Test
  void whatUriDoesNotParseIsStillAcceptedAndKeyedByTheSameRules() {
    // java.net.URI refuses a space and reads a host with '_' as no host: both are feeds as before
    FeedSource spaced = FeedSource.of("HTTP://Feeds.Example:80/world news.xml#x");
    assertThat(spaced.key()).isEqualTo("http://feeds.example/world news.xml");
    assertThat(spaced.isHttp()).isTrue();
    assertThat(FeedSource.of("https://My_Feeds.Example:443/rss").key())
        .isEqualTo("https://my_feeds.example/rss");
    assertThat(FeedSource.key("https://my_feeds.example/rss"))
        .isEqualTo(FeedSource.key("HTTPS://MY_FEEDS.EXAMPLE/rss#top"));
  }
}
