package dev.storylink.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as StoryLink sees it. Immutable and thread-safe.
 *
 * <p>All string components are non-null; an unknown value is the empty string. {@code lang} is an
 * ISO-639-1 code in lower case ({@code "ar"}, {@code "fa"}, ...) or {@link #UNKNOWN_LANG} when the
 * language is not known yet (language identification fills it in, see {@link
 * dev.storylink.text.LanguageIdentifier}).
 *
 * @param id stable identifier, unique within a store; never blank
 * @param lang ISO-639-1 code or {@code "und"}
 * @param title headline, may be empty
 * @param text body text; title + text must not both be blank
 * @param date publication date when known
 * @param source outlet (host name or feed title), may be empty
 * @param url canonical URL, may be empty
 */
public record Article(
    String id,
    String lang,
    String title,
    String text,
    Optional<LocalDate> date,
    String source,
    String url) {

  /** Language code used when the language is not known. */
  public static final String UNKNOWN_LANG = Language.UNDETERMINED.code();

  /** Validates the components. */
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank");
    }
    if (title.isBlank() && text.isBlank()) {
      throw new IllegalArgumentException("article " + id + " has neither title nor text");
    }
    // one string per code (interned): the clusterer compares the languages of articles, events
    // and index slots for every candidate, and a code read from JSON is a new string per article,
    // which such a comparison would have to read (a cache miss per event) where it now finds the
    // same string
    lang = lang.isBlank() ? UNKNOWN_LANG : lang.strip().toLowerCase(java.util.Locale.ROOT).intern();
  }

  /** Convenience constructor for an article with only an id, a language and a body. */
  public static Article of(String id, String lang, String text) {
    return new Article(id, lang, "", text, Optional.empty(), "", "");
  }

  /** Title and body joined by a blank line (just the body when there is no title). */
  public String fullText() {
    if (title.isBlank()) {
      return text;
    }
    if (text.isBlank()) {
      return title;
    }
    return title + "\n\n" + text;
  }

  /** True when the language is known. */
  public boolean hasLanguage() {
    return !UNKNOWN_LANG.equals(lang);
  }

  /** A copy with another language code. */
  public Article withLang(String newLang) {
    return new Article(id, newLang, title, text, date, source, url);
  }
}
