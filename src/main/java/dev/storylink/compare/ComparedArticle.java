package dev.storylink.compare;

import dev.storylink.text.Sentence;
import java.util.List;
import java.util.Objects;

/**
 * One side of a comparison: the article's metadata, its sentences and its writing direction.
 * Immutable and thread-safe.
 *
 * @param id article id
 * @param lang ISO-639-1 language
 * @param title headline (may be empty)
 * @param source outlet (may be empty)
 * @param dir {@code "rtl"} for Arabic-script (and Hebrew) languages, {@code "ltr"} otherwise
 * @param sentences the sentences of title + body, in order
 */
public record ComparedArticle(
    String id, String lang, String title, String source, String dir, List<Sentence> sentences) {
  public ComparedArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(dir, "dir");
    sentences = List.copyOf(sentences);
    if (!dir.equals("rtl") && !dir.equals("ltr")) {
      throw new IllegalArgumentException("dir must be rtl or ltr: " + dir);
    }
  }

  /** Writing direction of a language: rtl for ar, fa, ur, ps, ckb, he, yi; ltr otherwise. */
  public static String direction(String lang) {
    return switch (lang) {
      case "ar", "fa", "ur", "ps", "ckb", "he", "yi", "ug", "sd" -> "rtl";
      default -> "ltr";
    };
  }
}
