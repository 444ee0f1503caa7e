package dev.storylink.features;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Article features built by hand for tests of the stages after extraction (the clusterer's event
 * features, scorer, story book): every vector empty, no mentions, no date, English in Latin script,
 * unless set. Not thread-safe (a builder); the features it builds are immutable.
 */
public final class BareFeatures {
  private final String id;
  private String lang = "en";
  private Optional<LocalDate> date = Optional.empty();
  private long[] keywords = new long[0];
  private List<Mention> names = List.of();
  private List<Mention> dates = List.of();
  private List<Mention> concepts = List.of();
  private List<Mention> quantities = List.of();
  private Optional<String> eventType = Optional.empty();
  private int tokenCount;
  private Optional<String> mainPerson = Optional.empty();
  private List<String> leadConcepts = List.of();
  private List<ActObject> actObjects = List.of();

  private BareFeatures(String id) {
    this.id = id;
  }

  /** Bare features of article {@code id}. */
  public static BareFeatures of(String id) {
    return new BareFeatures(id);
  }

  public BareFeatures lang(String lang) {
    this.lang = lang;
    return this;
  }

  public BareFeatures date(Optional<LocalDate> date) {
    this.date = date;
    return this;
  }

  public BareFeatures date(LocalDate date) {
    return date(Optional.of(date));
  }

  /** One keyword, the id's hash: distinct articles meet no candidate by keyword. */
  public BareFeatures ownKeyword() {
    this.keywords = new long[] {id.hashCode()};
    return this;
  }

  public BareFeatures names(List<Mention> names) {
    this.names = names;
    return this;
  }

  public BareFeatures dates(List<Mention> dates) {
    this.dates = dates;
    return this;
  }

  public BareFeatures concepts(List<Mention> concepts) {
    this.concepts = concepts;
    return this;
  }

  public BareFeatures quantities(List<Mention> quantities) {
    this.quantities = quantities;
    return this;
  }

  public BareFeatures eventType(Optional<String> eventType) {
    this.eventType = eventType;
    return this;
  }

  public BareFeatures tokens(int tokenCount) {
    this.tokenCount = tokenCount;
    return this;
  }

  /** The article's main person and the concepts of its lead ({@link MainPerson}). */
  public BareFeatures focus(Optional<String> mainPerson, List<String> leadConcepts) {
    this.mainPerson = mainPerson;
    this.leadConcepts = leadConcepts;
    return this;
  }

  /** The lead's acts with their persons ({@link ArticleFeatures#actObjects}). */
  public BareFeatures acts(List<ActObject> actObjects) {
    this.actObjects = actObjects;
    return this;
  }

  public ArticleFeatures build() {
    return new ArticleFeatures(
        id,
        lang,
        "Latn",
        date,
        SparseVector.EMPTY,
        SparseVector.EMPTY,
        SparseVector.EMPTY,
        keywords,
        SparseVector.EMPTY,
        names,
        List.of(),
        List.of(),
        dates,
        concepts,
        quantities,
        eventType,
        tokenCount,
        PassageVectors.EMPTY,
        mainPerson,
        leadConcepts,
        actObjects);
  }
}
