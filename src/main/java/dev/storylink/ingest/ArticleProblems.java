package dev.storylink.ingest;

import java.util.List;
import java.util.function.Supplier;

/**
 * Gathers every problem of one article before it is refused, so a record with two bad fields (an
 * unknown language and an impossible date) is told both in its one message, not only the first.
 * Stateless and thread-safe (the list passed in is the caller's).
 */
final class ArticleProblems {
  private ArticleProblems() {}

  /**
   * Runs {@code check} and adds the reason of the {@link IngestInputException} it throws, if any,
   * to {@code problems}: every problem of one article is told at once, not only its first.
   */
  static void collect(List<String> problems, Runnable check) {
    collect(
        problems,
        () -> {
          check.run();
          return "";
        },
        "");
  }

  /**
   * The value {@code read} gives, or {@code fallback} with its problem added to {@code problems}.
   */
  static <T> T collect(List<String> problems, Supplier<T> read, T fallback) {
    try {
      return read.get();
    } catch (IngestInputException e) {
      problems.add(e.reason());
      return fallback;
    }
  }

  /**
   * Throws one exception that names every problem of the article, in the order found ({@code "title
   * of 5000 characters; at most 2000; date 2999-01-01 is out of range (years 1900 to 2100)"});
   * nothing when there is none.
   */
  static void throwIfAny(List<String> problems, String where) {
    if (!problems.isEmpty()) {
      throw new IngestInputException(where, String.join("; ", problems));
    }
  }
}
