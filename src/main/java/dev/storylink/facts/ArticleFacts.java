package dev.storylink.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of one article ({@link FactExtractor}), with what the story's fact matrix needs about
 * the article. Immutable and thread-safe.
 *
 * @param id article id
 * @param lang ISO-639-1 language
 * @param source outlet ("" when unknown)
 * @param title headline ("" when none)
 * @param date publication date, when known
 * @param seq ingest order (1, 2 ...; 0 when the article is not stored)
 * @param sentences the sentences of title and body, in order
 * @param facts the facts, in text order within each kind
 * @param wordKeys the matching keys of every content word (folded term, cross-script skeleton): a
 *     place or name another article reports counts as reported here when one of its words is among
 *     them (Turkey, a word the gazetteer leaves out; a name written once)
 * @param nameCandidates Arabic-script words that are no name by this article's own rules (a word
 *     the background statistics hold as frequent, روحانی, or an ordinary word), as name facts keyed
 *     by skeleton: one is a name fact of the article when another article of the story writes that
 *     name in a cased script (Rouhani), see {@link FactMatrixBuilder}
 */
public record ArticleFacts(
    String id,
    String lang,
    String source,
    String title,
    Optional<LocalDate> date,
    long seq,
    List<String> sentences,
    List<Fact> facts,
    Set<String> wordKeys,
    Map<String, Fact> nameCandidates) {
  public ArticleFacts {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    sentences = List.copyOf(sentences);
    facts = List.copyOf(facts);
    wordKeys = Set.copyOf(wordKeys);
    nameCandidates = Map.copyOf(nameCandidates);
    if (id.isBlank() || seq < 0) {
      throw new IllegalArgumentException("bad article facts " + id);
    }
  }

  /** These facts with another ingest order (the facts do not depend on it). */
  public ArticleFacts withSeq(long seq) {
    return seq == this.seq
        ? this
        : new ArticleFacts(
            id, lang, source, title, date, seq, sentences, facts, wordKeys, nameCandidates);
  }

  /** The outlet: its source, or its id when the source is unknown (each is its own outlet). */
  public String outlet() {
    return source.isBlank() ? id : source;
  }

  /** The facts of kind {@code kind}. */
  public List<Fact> of(Fact.Kind kind) {
    return facts.stream().filter(f -> f.kind() == kind).toList();
  }
}
