package dev.storylink.compare;

import dev.storylink.features.QuantityRoles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

  /**
   * A role both articles give a figure for, with different values (34 killed against 43).
   *
   * @param role the role ({@code killed})
   * @param a the first article's figure
   * @param b the second article's figure
   */
  public record Difference(String role, Fact a, Fact b) {
    public Difference {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
    }
  }

  /**
   * The figures that contradict each other: for each role an event has one figure of ({@link
   * QuantityRoles.Role#perEvent}: killed, injured, missing, arrested, displaced, magnitude), the
   * first number of that role only {@code a} reports against the first only {@code b} reports, in
   * the order of {@code a}'s facts. A role one article gives the same figure for (both report it)
   * is no difference.
   */
  public List<Difference> differingFigures() {
    List<Difference> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (Fact fa : onlyInA) {
      if (fa.kind() != Fact.Kind.NUMBER
          || !QuantityRoles.Role.isPerEventKey(fa.role())
          || !done.add(fa.role())
          || shared.stream().anyMatch(f -> f.role().equals(fa.role()))) {
        continue;
      }
      onlyInB.stream()
          .filter(fb -> fb.kind() == Fact.Kind.NUMBER && fb.role().equals(fa.role()))
          .findFirst()
          .ifPresent(fb -> out.add(new Difference(fa.role(), fa, fb)));
    }
    return out;
  }
}
