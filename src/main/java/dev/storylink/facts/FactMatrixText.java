package dev.storylink.facts;

import dev.storylink.core.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link FactMatrix} as plain text for the command line: the articles as numbered columns, one
 * line per fact with a mark per article ({@code R} reported, {@code r} reported by a word of it
 * only, {@code .} not reported, {@code !} conflicting), the first report, the values of a conflict
 * and the forms each article writes it in; then the facts only one outlet has and the sentences
 * that align with nothing. Stateless and thread-safe.
 */
public final class FactMatrixText {
  private static final int SURFACES = 160;

  private FactMatrixText() {}

  /** The text of {@code m}. */
  public static String render(FactMatrix m) {
    StringBuilder sb = new StringBuilder();
    List<FactMatrix.Column> cols = m.columns();
    Map<String, Integer> number = new LinkedHashMap<>();
    sb.append("articles (columns, by language and source):\n");
    for (int c = 0; c < cols.size(); c++) {
      FactMatrix.Column col = cols.get(c);
      number.put(col.articleId(), c + 1);
      sb.append(
          String.format(
              Locale.ROOT,
              "  [%d] %-3s %-18s %-10s %s  %s%n",
              c + 1,
              col.lang(),
              col.source().isEmpty() ? "-" : col.source(),
              col.date().map(LocalDate::toString).orElse("undated"),
              col.articleId(),
              Texts.abbreviate(col.title(), 60)));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "%nfacts: %d (%d conflicting, %d only in one outlet); marks: R reported,"
                + " r a word of it only, . not reported, ! conflicting%n",
            m.rows().size(),
            m.conflicts().size(),
            m.onlyOneOutlet().size()));
    for (FactMatrix.Row r : m.rows()) {
      StringBuilder marks = new StringBuilder();
      for (FactMatrix.Cell cell : r.cells()) {
        marks.append(mark(cell)).append(' ');
      }
      String note = "";
      if (r.conflicting()) {
        note = "CONFLICT: " + conflict(r);
      } else if (r.onlyOutlet().isPresent()) {
        note = "only " + r.onlyOutlet().get();
      }
      String label = r.label() + r.speaker().map(s -> " (" + s + ")").orElse("");
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-10s %-34s %s first [%d]  %s%n",
              r.kind().name(),
              Texts.abbreviate(label, 34),
              marks,
              number.get(r.firstReportedBy()),
              note));
      sb.append("      ").append(Texts.abbreviate(surfaces(r), SURFACES)).append('\n');
    }
    sb.append("\nonly one outlet reports:\n");
    if (m.onlyOneOutlet().isEmpty()) {
      sb.append("  (none)\n");
    }
    for (FactMatrix.Row r : m.onlyOneOutlet()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-18s %-10s %s%n",
              r.onlyOutlet().orElse(""),
              r.kind().name(),
              Texts.abbreviate(r.label(), 100)));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "%nsentences that align with nothing (%d of %d article pairs aligned):%n",
            m.comparedPairs(),
            m.possiblePairs()));
    if (m.unaligned().isEmpty()) {
      sb.append("  (none)\n");
    }
    for (FactMatrix.UnalignedSentence u : m.unaligned()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  [%d] s%d  %s%n",
              number.get(u.articleId()),
              u.sentence(),
              Texts.abbreviate(u.text(), 120)));
    }
    return sb.toString();
  }

  private static char mark(FactMatrix.Cell c) {
    return switch (c.state()) {
      case REPORTED -> c.surfaces().isEmpty() ? 'r' : 'R';
      case NOT_REPORTED -> '.';
      case CONFLICTING -> '!';
    };
  }

  /**
   * "43 [1,2,4] vs 34 [3]": each value with the columns that report it, a column whose date has no
   * year under the date of the same month and day ({@link ConflictDetector#same}: "2019-12-31 [1,2]
   * vs 2020-01-01 [3]" when [1] wrote 12-31).
   */
  private static String conflict(FactMatrix.Row r) {
    List<String> parts = new ArrayList<>();
    for (String v : r.values()) {
      List<String> at = new ArrayList<>();
      for (int c = 0; c < r.cells().size(); c++) {
        if (r.cells().get(c).values().stream().anyMatch(x -> ConflictDetector.same(x, v))) {
          at.add(Integer.toString(c + 1));
        }
      }
      parts.add(v + " [" + String.join(",", at) + "]");
    }
    return String.join(" vs ", parts);
  }

  private static String surfaces(FactMatrix.Row r) {
    List<String> parts = new ArrayList<>();
    for (int c = 0; c < r.cells().size(); c++) {
      List<String> s = r.cells().get(c).surfaces();
      if (!s.isEmpty()) {
        parts.add("[" + (c + 1) + "] " + String.join(" | ", s));
      }
    }
    return String.join("  ", parts);
  }
}
