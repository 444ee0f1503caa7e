package dev.storylink.ingest;

import dev.storylink.core.InputException;
import java.util.Objects;

/**
 * An {@link InputException} raised by the ingest package that keeps the input name and the reason
 * apart, so that collection readers can turn it into an {@link IngestProblem}. The message is
 * {@code "<input>: <reason>"}. Immutable and thread-safe.
 */
public final class IngestInputException extends InputException {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final String reason;

  public IngestInputException(String input, String reason) {
    this(input, reason, null);
  }

  public IngestInputException(String input, String reason, Throwable cause) {
    super(
        Objects.requireNonNull(input, "input") + ": " + Objects.requireNonNull(reason, "reason"),
        cause);
    this.input = input;
    this.reason = reason;
  }

  /** The file, URL or stream name the problem is in. */
  public String input() {
    return input;
  }

  /** What is wrong with it, without the input name. */
  public String reason() {
    return reason;
  }
}
