package dev.storylink.server;

/**
 * A client error with its HTTP status, answered as {@code {"error": message}}. Immutable and
 * thread-safe.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  /** An error with HTTP status {@code status} (4xx) and a one-line message. */
  public ApiException(int status, String message) {
    super(message);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("not an error status: " + status);
    }
    this.status = status;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }
}
