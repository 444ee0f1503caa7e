package dev.storylink.features;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the pair scorer needs about one article, computed once. Immutable and thread-safe.
 *
 * @param id article id
 * @param lang ISO-639-1 language (identified when the article did not say)
 * @param script ISO 15924 code of the script most of its letters are in ("Arab", "Latn", "Cyrl")
 * @param date publication date when known
 * @param terms tf-idf vector of content terms (cross-lingual folded, stop words removed)
 * @param charGrams idf-weighted character 4-gram vector of the content terms (catches cognates and
 *     inflections: Syrien/Syria, Putins/Putin)
 * @param stems tf-idf vector of same-language stems (for pairs in one language)
 * @param keywords the 20 heaviest terms of {@code terms}, as hashed dimensions, sorted
 * @param lead tf-idf vector of the title and first sentences
 * @param names names (capitalised words; rare Arabic-script words)
 * @param places CLDR countries and cities
 * @param numbers numbers of two or more digits
 * @param dates calendar dates mentioned, in any calendar ({@link CalendarDates})
 * @param concepts news concepts named ({@link ConceptLexicon})
 * @param quantities numbers with their role ({@link QuantityRoles})
 * @param eventType the id of the type of event the article reports, if it names one
 * @param tokenCount number of word tokens
 * @param passages the head (title) and first-sentence vectors ({@link PassageVectors})
 * @param mainPerson the name key of the person the title and lead are most about ({@link
 *     MainPerson}), if any
 * @param leadConcepts the ids of the concepts first named in the title or the first sentence
 *     ({@link EventEvidence#leadConcepts}), for opposing acts (hired against fired)
 * @param actObjects the acts of the lead with the person each applies to ({@link ActObjects}), for
 *     one act on two persons (O'Brien fired against Cheeks fired)
 */
public record ArticleFeatures(
    String id,
    String lang,
    String script,
    Optional<LocalDate> date,
    SparseVector terms,
    SparseVector charGrams,
    SparseVector stems,
    long[] keywords,
    SparseVector lead,
    List<Mention> names,
    List<Mention> places,
    List<Mention> numbers,
    List<Mention> dates,
    List<Mention> concepts,
    List<Mention> quantities,
    Optional<String> eventType,
    int tokenCount,
    PassageVectors passages,
    Optional<String> mainPerson,
    List<String> leadConcepts,
    List<ActObject> actObjects) {
  public ArticleFeatures {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(charGrams, "charGrams");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(stems, "stems");
    keywords = keywords.clone();
    names = List.copyOf(names);
    places = List.copyOf(places);
    numbers = List.copyOf(numbers);
    dates = List.copyOf(dates);
    concepts = List.copyOf(concepts);
    quantities = List.copyOf(quantities);
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(passages, "passages");
    Objects.requireNonNull(mainPerson, "mainPerson");
    leadConcepts = List.copyOf(leadConcepts);
    actObjects = List.copyOf(actObjects);
  }
}
