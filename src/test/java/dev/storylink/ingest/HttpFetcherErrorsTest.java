package dev.storylink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** How a failed download is told (a new user's run, session 22): in words, not a class name. */
class HttpFetcherErrorsTest {
  @Test
  void aRefusedConnectionNamesTheHostAndPort() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/x.html";
    assertThatThrownBy(() -> new HttpFetcher(InputGuard.defaults()).fetch(url))
        .isInstanceOf(IngestInputException.class)
        .hasMessage(
            url
                + ": cannot fetch: connection refused by 127.0.0.1:"
                + port
                + " (nothing answers there)");
  }

  @Test
  void networkErrorWords() {
    URI u = URI.create("https://news.example/a");
    assertThat(HttpFetcher.networkError(new java.net.ConnectException(), u))
        .isEqualTo("connection refused by news.example:443 (nothing answers there)");
    assertThat(HttpFetcher.networkError(new IOException("stream closed"), u))
        .isEqualTo("stream closed");
    assertThat(
            HttpFetcher.networkError(
                new IOException(null, new java.nio.channels.ClosedChannelException()), u))
        .isEqualTo("network error (IOException)");
  }
}
