package dev.storylink.text;

import java.util.Arrays;

/**
 * A {@link Folder} driven by a table of single-character rules: each BMP character maps to a
 * replacement character or is deleted. Lookup is one array access per character, so folding runs at
 * memory speed. Built once with {@link Builder}; immutable and thread-safe afterwards.
 */
public class CharMapFolder implements Folder {
  private static final char KEEP = '\uFFFF';
  private static final char DELETE = '\uFFFE';

  private final char[] table;

  protected CharMapFolder(Builder builder) {
    this.table = builder.table.clone();
  }

  @Override
  public final void fold(CharSequence input, StringBuilder out) {
    for (int i = 0, n = input.length(); i < n; i++) {
      char c = input.charAt(i);
      char m = table[c];
      if (m == KEEP) {
        out.append(c);
      } else if (m != DELETE) {
        out.append(m);
      }
    }
  }

  /** Folds {@code input}; text this folder leaves unchanged comes back without copying. */
  @Override
  public final String fold(CharSequence input) {
    int n = input.length();
    int i = 0;
    while (i < n && table[input.charAt(i)] == KEEP) {
      i++;
    }
    if (i == n) {
      return input.toString();
    }
    StringBuilder sb = new StringBuilder(n);
    sb.append(input, 0, i);
    for (; i < n; i++) {
      char c = input.charAt(i);
      char m = table[c];
      if (m == KEEP) {
        sb.append(c);
      } else if (m != DELETE) {
        sb.append(m);
      }
    }
    return sb.toString();
  }

  /** True if this folder changes or deletes {@code c}. */
  public final boolean affects(char c) {
    return table[c] != KEEP;
  }

  /** Collects the rules of a {@link CharMapFolder}. Not thread-safe. */
  public static final class Builder {
    private final char[] table = new char[Character.MAX_VALUE + 1];

    public Builder() {
      Arrays.fill(table, KEEP);
    }

    /** Starts from the rules of another builder (rules added later override them). */
    public Builder(Builder base) {
      System.arraycopy(base.table, 0, table, 0, table.length);
    }

    /** Maps every character of {@code from} onto {@code to}. */
    public Builder map(String from, char to) {
      for (int i = 0; i < from.length(); i++) {
        table[from.charAt(i)] = to;
      }
      return this;
    }

    /** Maps the ten consecutive digits starting at {@code zero} onto ASCII 0-9. */
    public Builder digits(char zero) {
      for (int d = 0; d < 10; d++) {
        table[zero + d] = (char) ('0' + d);
      }
      return this;
    }

    /** Deletes every character in the inclusive range. */
    public Builder delete(char first, char last) {
      for (char c = first; c <= last; c++) {
        table[c] = DELETE;
      }
      return this;
    }

    /** Deletes every character of {@code chars}. */
    public Builder delete(String chars) {
      for (int i = 0; i < chars.length(); i++) {
        table[chars.charAt(i)] = DELETE;
      }
      return this;
    }
  }
}
