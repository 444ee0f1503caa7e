package dev.storylink.cluster;

import java.time.LocalDate;
import java.util.Optional;

/** The earlier and later of two optional dates (an empty one loses). Stateless. */
final class Dates {
  private Dates() {}

  static Optional<LocalDate> min(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return a.get().isBefore(b.get()) ? a : b;
  }

  static Optional<LocalDate> max(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return a.get().isAfter(b.get()) ? a : b;
  }
}
