package dev.storylink.compare;

import java.util.List;
import java.util.Objects;

/**
 * The comparison of two articles of one story. Immutable and thread-safe.
 *
 * @param a the first article
 * @param b the second article
 * @param links aligned sentence pairs, in order of {@code a}'s sentences
 * @param shared facts both report (labels from {@code a})
 * @param onlyInA facts only the first article reports
 * @param onlyInB facts only the second article reports
 * @param unalignedA sentences of {@code a} with no partner in {@code b}
 * @param unalignedB sentences of {@code b} with no partner in {@code a}
 * @param rows the side-by-side view: groups of aligned sentences, and each sentence without a
 *     partner, in the order of both articles
 * @param statementsOnlyInA what only {@code a} reports: its unaligned sentences, and the clauses of
 *     its aligned sentences that nothing in {@code b} matches
 * @param statementsOnlyInB the same for {@code b}
 */
public record Comparison(
    ComparedArticle a,
    ComparedArticle b,
    List<SentenceLink> links,
    List<Fact> shared,
    List<Fact> onlyInA,
    List<Fact> onlyInB,
    List<Integer> unalignedA,
    List<Integer> unalignedB,
    List<AlignedRow> rows,
    List<Passage> statementsOnlyInA,
    List<Passage> statementsOnlyInB) {
  public Comparison {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    links = List.copyOf(links);
    shared = List.copyOf(shared);
    onlyInA = List.copyOf(onlyInA);
    onlyInB = List.copyOf(onlyInB);
    unalignedA = List.copyOf(unalignedA);
    unalignedB = List.copyOf(unalignedB);
    rows = List.copyOf(rows);
    statementsOnlyInA = List.copyOf(statementsOnlyInA);
    statementsOnlyInB = List.copyOf(statementsOnlyInB);
  }
}
