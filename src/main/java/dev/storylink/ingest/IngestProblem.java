package dev.storylink.ingest;

import dev.storylink.core.Texts;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One input record that could not be read, reported while the rest of the input is still read.
 * Immutable and thread-safe.
 *
 * @param input the file, URL or folder entry the problem is in (as the user named it)
 * @param line 1-based line number for line-oriented inputs (JSONL), empty otherwise
 * @param reason what is wrong, without the input name; made one line by {@link Texts#oneLine}
 *     (control and bidi characters become spaces, at most {@value Texts#ONE_LINE_MAX} characters)
 */
public record IngestProblem(String input, OptionalLong line, String reason) {

  /**
   * How a warning's reason begins: the record was read and stored, but a part of it was not used or
   * was changed (a link dropped, a linked page not used, a declared language overruled).
   */
  public static final String WARNING = "warning: ";

  /** Validates the components. */
  public IngestProblem {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(reason, "reason");
    if (line.isPresent() && line.getAsLong() < 1) {
      throw new IllegalArgumentException("line must be >= 1: " + line.getAsLong());
    }
    reason = Texts.oneLine(reason);
    if (reason.isEmpty()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
  }

  /** A problem with a whole input (file, URL, feed entry). */
  public static IngestProblem of(String input, String reason) {
    return new IngestProblem(input, OptionalLong.empty(), reason);
  }

  /** A problem on one line of a line-oriented input. */
  public static IngestProblem atLine(String input, long line, String reason) {
    return new IngestProblem(input, OptionalLong.of(line), reason);
  }

  /** Builds a problem from an exception raised while reading {@code input}. */
  static IngestProblem from(String input, OptionalLong line, RuntimeException e) {
    String reason =
        e instanceof IngestInputException iie ? iie.reason() : String.valueOf(e.getMessage());
    return new IngestProblem(input, line, reason.isBlank() ? e.getClass().getSimpleName() : reason);
  }

  /**
   * A warning about {@code input}: the record was stored; {@code reason} (without the prefix) says
   * what of it was not used or was changed.
   */
  public static IngestProblem warning(String input, String reason) {
    return of(input, WARNING + reason);
  }

  /**
   * True when this is a warning (its reason begins with {@link #WARNING}), not a skipped record.
   */
  public boolean isWarning() {
    return reason.startsWith(WARNING);
  }

  /** {@code input:line: reason} or {@code input: reason}, as printed to the user. */
  public String message() {
    return line.isPresent()
        ? input + ":" + line.getAsLong() + ": " + reason
        : input + ": " + reason;
  }

  @Override
  public String toString() {
    return message();
  }
}
