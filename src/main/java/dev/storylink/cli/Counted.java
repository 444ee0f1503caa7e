package dev.storylink.cli;

import java.util.Locale;

/**
 * A count with its noun in the right number for the command line's summaries: {@code 1 problem},
 * {@code 0 problems}, {@code 2 stories}. Stateless and thread-safe.
 */
final class Counted {
  private Counted() {}

  /** {@code n} and {@code one} when {@code n} is 1, {@code n} and {@code many} otherwise. */
  static String of(long n, String one, String many) {
    return String.format(Locale.ROOT, "%d %s", n, n == 1 ? one : many);
  }
}
