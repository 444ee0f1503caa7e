package dev.storylink.server;

import dev.storylink.core.Article;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.text.Languages;
import java.util.List;
import java.util.function.Consumer;

/**
 * Compares a declared language with what the identifier reads. The declared language is kept (the
 * publisher knows its language better than a statistical guess, and an article may quote another
 * language at length), but a contradiction is reported as a warning, so that a wrong {@code lang}
 * does not go unnoticed. Only texts of at least {@value #MIN_CHARS} characters are checked, and
 * only identifications of a {@linkplain Languages#SUPPORTED fully supported} language count.
 * Stateless and thread-safe.
 */
final class LanguageCheck {
  /** Shortest text whose identification is trusted enough to warn. */
  static final int MIN_CHARS = 100;

  /** Only the beginning of a long text is identified. */
  static final int HEAD_CHARS = 2_000;

  private LanguageCheck() {}

  static void warnContradictions(
      FeatureExtractor extractor, List<Article> articles, Consumer<String> warnings) {
    for (Article a : articles) {
      if (!a.hasLanguage() || a.fullText().length() < MIN_CHARS) {
        continue;
      }
      String text = a.fullText();
      String head = text.length() <= HEAD_CHARS ? text : text.substring(0, HEAD_CHARS);
      String read = extractor.languageOf(Article.of(a.id(), Article.UNKNOWN_LANG, head));
      if (Languages.isSupported(read) && !read.equals(a.lang())) {
        warnings.accept(
            "article '"
                + a.id()
                + "': declared lang '"
                + a.lang()
                + "' but the text reads as '"
                + read
                + "'; kept '"
                + a.lang()
                + "' as declared");
      }
    }
  }
}
