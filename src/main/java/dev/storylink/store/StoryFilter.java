package dev.storylink.store;

import dev.storylink.core.InputException;
import dev.storylink.core.Language;
import dev.storylink.core.Texts;
import dev.storylink.text.Languages;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which stories to list. Immutable and thread-safe.
 *
 * @param lang only stories with an article in this language (an ISO 639-1 code; an unknown code is
 *     an {@link InputException} naming the supported ones)
 * @param from only stories with a dated article on or after this day (undated stories are left out
 *     of a date filter, and counted in {@link StoryResults#undatedLeftOut})
 * @param to only stories with a dated article on or before this day (a {@code to} before {@code
 *     from} is an {@link InputException}: no day is in that window)
 * @param text only stories whose articles match this query (ranked best first, see {@link #search})
 * @param multilingual only stories with articles in two or more languages
 */
public record StoryFilter(
    Optional<String> lang,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> text,
    boolean multilingual) {
  public StoryFilter {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(text, "text");
    lang = lang.map(StoryFilter::languageCode);
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new InputException("from " + from.get() + " is after to " + to.get());
    }
    text = text.filter(t -> !t.isBlank());
  }

  /** A filter of every story, or of the multilingual ones. */
  public StoryFilter(
      Optional<String> lang,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      Optional<String> text) {
    this(lang, from, to, text, false);
  }

  /** No filter. */
  public static StoryFilter all() {
    return new StoryFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
  }

  /**
   * A search query as given by a person (the words of {@code storylink search}, {@code stories
   * --query}, the API's {@code q=}): {@code query} stripped; an empty or white-space-only query is
   * an {@link InputException} (a search for nothing would list every story), and so is a query with
   * no letter or digit ({@code *}, {@code :}, {@code "}), which has no word to search for. {@code
   * what} names the parameter in the message ({@code "the search query"}, {@code "--query"}, {@code
   * "q"}).
   */
  public static String query(String query, String what) {
    if (query.isBlank()) {
      throw new InputException(
          what + " is empty: give at least one word to search for (omit it to list every story)");
    }
    if (query.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new InputException(
          what
              + " '"
              + Texts.abbreviate(query.strip(), 20)
              + "' has no word to search for: give a name, a place, a number or a word"
              + " (operators and wildcards such as * \" : are not read)");
    }
    return query.strip();
  }

  /** True when a date bound is given (undated stories are then left out). */
  public boolean dated() {
    return from.isPresent() || to.isPresent();
  }

  /**
   * The code of a language filter: an ISO 639-1 code (a region is dropped: ar-EG is ar); anything
   * else is an {@link InputException} that lists the supported languages.
   */
  public static String languageCode(String lang) {
    try {
      return Language.of(lang).code();
    } catch (InputException e) {
      throw new InputException(
          "unknown language '"
              + Texts.abbreviate(lang.strip(), 20)
              + "': use an ISO 639-1 code; fully supported: "
              + String.join(", ", Languages.SUPPORTED)
              + " (also identified by script: "
              + String.join(
                  ", ",
                  Languages.IDENTIFIED.subList(
                      Languages.SUPPORTED.size(), Languages.IDENTIFIED.size()))
              + ")");
    }
  }
}
