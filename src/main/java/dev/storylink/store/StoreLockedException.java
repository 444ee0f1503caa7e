package dev.storylink.store;

import dev.storylink.core.InputException;

/**
 * Thrown when a store is opened for writing while another writer (process or thread) holds it.
 * Immutable and thread-safe.
 */
public final class StoreLockedException extends InputException {
  private static final long serialVersionUID = 1L;

  /** An exception with the given message. */
  public StoreLockedException(String message, Throwable cause) {
    super(message, cause);
  }
}
