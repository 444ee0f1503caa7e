package dev.storylink.core;

/**
 * Bad user input (empty, binary, oversized, undecodable or malformed data, unknown language). The
 * message is one line meant for the user, naming the input and what is wrong with it; the CLI
 * prints it without a stack trace and exits non-zero, the server maps it to a 4xx response.
 *
 * <p>Immutable and thread-safe.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
