package dev.storylink.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the project's own UTF-8 text resources (word lists, tables). A missing resource is a
 * packaging error: {@link IllegalStateException} naming it. Stateless and thread-safe.
 */
public final class Resources {
  private Resources() {}

  /** The whole text of resource {@code name}, resolved against {@code owner}'s package. */
  public static String text(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
