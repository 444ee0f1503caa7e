package dev.storylink.core;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value created on first use, once, by its factory (double-checked locking). Thread-safe: any
 * number of threads may call {@link #get}; the factory runs at most once unless it throws.
 *
 * @param <T> the value type
 */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<? extends T> factory;
  private volatile T value;

  /** A value that {@code factory} creates on the first {@link #get}; it must not return null. */
  public Lazy(Supplier<? extends T> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(factory.get(), "the factory returned null");
          value = v;
        }
      }
    }
    return v;
  }
}
