package dev.storylink.core;

/** Small text helpers shared by every stage. Stateless and thread-safe. */
public final class Texts {
  private Texts() {}

  /**
   * {@code s} cut to its first {@code keep} characters followed by "…" when it is longer, else
   * {@code s}; a surrogate pair at the cut is kept whole (so an emoji or a rare CJK character is
   * never split). For headlines in lists and for the text quoted in error messages.
   */
  public static String abbreviate(String s, int keep) {
    if (keep < 1) {
      throw new IllegalArgumentException("keep must be at least 1: " + keep);
    }
    if (s.length() <= keep) {
      return s;
    }
    int cut = Character.isHighSurrogate(s.charAt(keep - 1)) ? keep + 1 : keep;
    return cut >= s.length() ? s : s.substring(0, cut) + "…";
  }
}
