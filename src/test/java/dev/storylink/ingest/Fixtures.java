package dev.storylink.ingest;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Locates the ingest test fixtures. */
final class Fixtures {
  private Fixtures() {}

  static Path path(String name) {
    URL url = Fixtures.class.getResource("/fixtures/ingest/" + name);
    if (url == null) {
      throw new IllegalArgumentException("missing fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
