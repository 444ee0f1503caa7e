package dev.storylink.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A story's fact matrix: rows are facts, columns the story's articles grouped by language and
 * source; each cell says whether the article reports the fact, does not, or reports a value that
 * conflicts with another article's (43 killed against 34 killed; another date for the event). Built
 * by {@link FactMatrixBuilder}. Immutable and thread-safe.
 *
 * @param columns the articles, by language, then source, then publication date and ingest order
 * @param rows the facts: conflicts first, then by kind, then by how many articles report them
 * @param unaligned sentences that align with no sentence of any article they were compared with
 * @param comparedPairs article pairs whose sentences were aligned
 * @param possiblePairs all article pairs of the story ({@code comparedPairs} is smaller when the
 *     story is too large to align every pair, see {@link StoryAlignment#MAX_PAIRS})
 * @param storyArticles articles the story had to show; more than the columns when it had more than
 *     {@link FactColumns#MAX_COLUMNS} (the columns are then a choice of them, see {@link
 *     FactColumns})
 */
public record FactMatrix(
    List<Column> columns,
    List<Row> rows,
    List<UnalignedSentence> unaligned,
    int comparedPairs,
    int possiblePairs,
    int storyArticles) {
  public FactMatrix {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    unaligned = List.copyOf(unaligned);
    for (Row r : rows) {
      if (r.cells().size() != columns.size()) {
        throw new IllegalArgumentException("row " + r.key() + " has a cell per article expected");
      }
    }
    if (comparedPairs < 0 || comparedPairs > possiblePairs) {
      throw new IllegalArgumentException("bad pair counts " + comparedPairs + "/" + possiblePairs);
    }
    if (storyArticles < columns.size()) {
      throw new IllegalArgumentException(
          "the story has fewer articles (" + storyArticles + ") than columns " + columns.size());
    }
  }

  /** A matrix that shows every article of its story. */
  public FactMatrix(
      List<Column> columns,
      List<Row> rows,
      List<UnalignedSentence> unaligned,
      int comparedPairs,
      int possiblePairs) {
    this(columns, rows, unaligned, comparedPairs, possiblePairs, columns.size());
  }

  /** This matrix, as the choice of columns of a story of {@code articles} articles. */
  public FactMatrix ofStoryArticles(int articles) {
    return new FactMatrix(columns, rows, unaligned, comparedPairs, possiblePairs, articles);
  }

  /** What a cell says. */
  public enum State {
    REPORTED,
    NOT_REPORTED,
    /** The article reports a value no other reporting article shares with it. */
    CONFLICTING
  }

  /**
   * An article of the story.
   *
   * @param articleId its id
   * @param lang its language
   * @param source its outlet ("" when unknown)
   * @param title its headline ("" when none)
   * @param date its publication date, when known
   * @param seq its ingest order (0 when not stored)
   */
  public record Column(
      String articleId,
      String lang,
      String source,
      String title,
      Optional<LocalDate> date,
      long seq) {
    public Column {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(lang, "lang");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * One article's cell of a fact.
   *
   * @param state reported, not reported or conflicting
   * @param values the values it reports (figures, the event date), for facts that have one
   * @param surfaces the forms the article writes it in (empty when it only mentions a word of it)
   */
  public record Cell(State state, List<String> values, List<String> surfaces) {
    /** The cell of an article that does not report the fact. */
    public static final Cell NOT_REPORTED = new Cell(State.NOT_REPORTED, List.of(), List.of());

    public Cell {
      Objects.requireNonNull(state, "state");
      values = List.copyOf(values);
      surfaces = List.copyOf(surfaces);
      if (state == State.NOT_REPORTED && !(values.isEmpty() && surfaces.isEmpty())) {
        throw new IllegalArgumentException("a cell that reports nothing has no value or surface");
      }
    }
  }

  /**
   * One fact and its cells.
   *
   * @param kind what the fact is
   * @param key its language-neutral key ({@link Fact#key})
   * @param label a readable label
   * @param conflicting whether some of its cells conflict
   * @param values the distinct values its cells report (figures, dates), for facts that have one
   * @param speaker who says it, for a quote whose sentence names someone
   * @param firstReportedBy the article that reported it first (publication date, then ingest order)
   * @param onlyOutlet the one outlet that reports it, when only one does and the story has others
   * @param cells one per column
   */
  public record Row(
      Fact.Kind kind,
      String key,
      String label,
      boolean conflicting,
      List<String> values,
      Optional<String> speaker,
      String firstReportedBy,
      Optional<String> onlyOutlet,
      List<Cell> cells) {
    public Row {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(speaker, "speaker");
      Objects.requireNonNull(firstReportedBy, "firstReportedBy");
      Objects.requireNonNull(onlyOutlet, "onlyOutlet");
      values = List.copyOf(values);
      cells = List.copyOf(cells);
      if (conflicting != cells.stream().anyMatch(c -> c.state() == State.CONFLICTING)) {
        throw new IllegalArgumentException("row " + key + ": conflicting iff a cell conflicts");
      }
    }

    /** How many articles report it (conflicting cells included). */
    public long reportedBy() {
      return cells.stream().filter(c -> c.state() != State.NOT_REPORTED).count();
    }
  }

  /**
   * A sentence that aligns with no sentence of the articles it was compared with.
   *
   * @param articleId its article
   * @param sentence its index in the article (title first)
   * @param text the sentence
   */
  public record UnalignedSentence(String articleId, int sentence, String text) {
    public UnalignedSentence {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(text, "text");
      if (sentence < 0) {
        throw new IllegalArgumentException("bad sentence index " + sentence);
      }
    }
  }

  /** The rows that only one outlet reports. */
  public List<Row> onlyOneOutlet() {
    return rows.stream().filter(r -> r.onlyOutlet().isPresent()).toList();
  }

  /** The conflicting rows. */
  public List<Row> conflicts() {
    return rows.stream().filter(Row::conflicting).toList();
  }
}
