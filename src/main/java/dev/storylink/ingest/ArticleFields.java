package dev.storylink.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * The fields of an article object in JSON input (JSONL and JSON-array files, the HTTP API) and the
 * hint for a field that no reader reads. Rules of {@link #hint}, first match wins:
 *
 * <ol>
 *   <li>the same name in another case or with {@code _}/{@code -} ({@code Title}, {@code TEXT}) is
 *       that field;
 *   <li>a common name of the same field in other tools: {@code body}, {@code content}, {@code
 *       maintext}, {@code fulltext}, {@code article} → {@code text}; {@code headline} → {@code
 *       title}; {@code language}, {@code locale} → {@code lang}; {@code published}, {@code
 *       pubdate}, {@code publishdate}, {@code datepublished}, {@code publishedat} → {@code date};
 *       {@code link}, {@code href} → {@code url}; {@code outlet}, {@code publisher} → {@code
 *       source};
 *   <li>a misspelling: at most one edit (insertion, deletion, substitution or swap of two
 *       neighbours, Lucene's {@link LevenshteinAutomata}) from a field of up to four letters, at
 *       most two from a longer one ({@code titel}, {@code txt}, {@code lnag}, {@code sorce}), the
 *       nearer field first, then the order of {@link #NAMES}.
 * </ol>
 *
 * A field that matches none ({@code text_origin}, {@code category}) has no hint. Stateless and
 * thread-safe.
 */
public final class ArticleFields {
  /** The fields an article object may have, in the order messages list them. */
  public static final List<String> NAMES =
      List.of("id", "lang", "title", "text", "date", "source", "url");

  private static final Map<String, String> OTHER_NAMES =
      Map.ofEntries(
          Map.entry("body", "text"),
          Map.entry("content", "text"),
          Map.entry("maintext", "text"),
          Map.entry("fulltext", "text"),
          Map.entry("article", "text"),
          Map.entry("headline", "title"),
          Map.entry("language", "lang"),
          Map.entry("locale", "lang"),
          Map.entry("published", "date"),
          Map.entry("pubdate", "date"),
          Map.entry("publishdate", "date"),
          Map.entry("datepublished", "date"),
          Map.entry("publishedat", "date"),
          Map.entry("link", "url"),
          Map.entry("href", "url"),
          Map.entry("outlet", "source"),
          Map.entry("publisher", "source"));

  /** Per field, the automata accepting the words one and two edits away (two only past 4 chars). */
  private static final List<List<CharacterRunAutomaton>> NEAR =
      NAMES.stream()
          .map(
              f -> {
                LevenshteinAutomata lev = new LevenshteinAutomata(f, true);
                return f.length() <= 4
                    ? List.of(new CharacterRunAutomaton(lev.toAutomaton(1)))
                    : List.of(
                        new CharacterRunAutomaton(lev.toAutomaton(1)),
                        new CharacterRunAutomaton(lev.toAutomaton(2)));
              })
          .toList();

  private ArticleFields() {}

  /** True when {@code field} is one of {@link #NAMES}. */
  public static boolean isKnown(String field) {
    return NAMES.contains(field);
  }

  /** The field {@code field} was most likely meant to be, by the rules in the class comment. */
  public static Optional<String> hint(String field) {
    String key = field.strip().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    if (key.isEmpty() || key.length() > 64) {
      return Optional.empty();
    }
    if (NAMES.contains(key) && !key.equals(field)) {
      return Optional.of(key);
    }
    String other = OTHER_NAMES.get(key);
    if (other != null) {
      return Optional.of(other);
    }
    for (int edits = 0; edits < 2; edits++) {
      for (int i = 0; i < NAMES.size(); i++) {
        List<CharacterRunAutomaton> near = NEAR.get(i);
        if (edits < near.size() && near.get(edits).run(key)) {
          return Optional.of(NAMES.get(i));
        }
      }
    }
    return Optional.empty();
  }

  /** {@code " (did you mean 'title'?)"} for {@code titel}: its {@link #hint}, or "" without one. */
  public static String didYouMean(String field) {
    return hint(field).map(h -> " (did you mean '" + h + "'?)").orElse("");
  }

  /**
   * What a reader tells about a field it does not read: {@code "field 'titel' is not read (did you
   * mean 'title'?); an article has the fields id, lang, title, text, date, source, url"}.
   */
  public static String notRead(String field) {
    return "field '"
        + field
        + "' is not read"
        + didYouMean(field)
        + "; an article has the fields "
        + String.join(", ", NAMES);
  }
}
