package dev.storylink.compare;

import java.util.List;

/**
 * One row of the side-by-side view: sentences of the first article and their partners in the second
 * (a connected group of links), or one sentence of either side without a partner (the other list
 * empty). Immutable and thread-safe.
 *
 * @param a sentence indexes of the first article, ascending
 * @param b sentence indexes of the second article, ascending
 */
public record AlignedRow(List<Integer> a, List<Integer> b) {
  public AlignedRow {
    a = List.copyOf(a);
    b = List.copyOf(b);
    if (a.isEmpty() && b.isEmpty()) {
      throw new IllegalArgumentException("empty row");
    }
  }
}
