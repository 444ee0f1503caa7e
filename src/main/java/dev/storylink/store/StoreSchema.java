package dev.storylink.store;

import dev.storylink.core.Article;
import dev.storylink.features.Mention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * How the store's three record kinds (articles, events, stories) become Lucene documents and back:
 * the field names, the field types, the documents, and the store's format marks. The JSON of the
 * stored records is {@link StoredJson}'s; the name spellings' keys are {@link NameForms}'.
 *
 * <p>Formats. A store written since format 2 marks every commit with {@code storeFormat} and counts
 * a text's own terms from {@code text}, keeping in {@code terms} only the counted keys that are no
 * term of the text ({@link #besideText}: the long-sentence keys). A store written before (no mark
 * in a non-empty index) counts every feature term in {@code terms} and keeps doing so ({@link
 * #legacyTerms}). Format 3 also indexes plurals behind their singulars ({@link #PLURAL_FORMS}). A
 * store keeps its format: one of format 1 or 2 writes no plurals and its search looks for none
 * ({@link #pluralForms} false), so no search mixes articles with and without them (an older
 * StoryLink marks a format-3 store format 2 at its first commit). A store whose {@code text} field
 * was written with positions keeps writing them, since a field's index options cannot change.
 *
 * <p>Norms. Only {@code text} has norms (BM25's length normalisation). Events and stories carry an
 * empty {@code text} field (norm 0) so that each segment's norms are dense ({@link #noText}); a
 * store written before keeps its records without it (nothing to migrate: its old segments keep
 * sparse norms, and search ranks the same either way).
 *
 * <p>Immutable and thread-safe.
 */
final class StoreSchema {
  static final String TYPE = "type";
  static final String ID = "id";
  static final String JSON = "json";
  static final String LANGS = "langs";
  static final String EVENT = "event";
  static final String STORY = "story";
  static final String SEQ = "seq";
  static final String FIRST = "first";
  static final String LAST = "last";
  static final String TEXT = "text";
  static final String TERMS = "terms";
  static final String SKEL = "skel";

  /**
   * The spellings of an article's names, as indexed in {@link #TEXT}, each behind its skeleton
   * ({@code "btn\u001fпутин"}): a query term finds the spellings in every script that share its
   * skeleton, and is looked up in {@link #TEXT} as each of them (absent in stores written before).
   */
  static final String NAME_FORMS = "nameforms";

  /**
   * The plurals of an article's Persian, Arabic and Urdu words, each behind its singular ({@code
   * "طرف\u001fطرفها"}; {@link PluralForms}), in stores of format 3.
   */
  static final String PLURAL_FORMS = "pluralforms";

  /**
   * The places an article names, each spelling behind the place's id ({@code
   * "Asia/Baghdad\u001fbagdad"}; {@link PlaceForms}): a query word that names a place finds the
   * articles that write it in any script (absent on articles written before).
   */
  static final String PLACE_FORMS = "placeforms";

  /**
   * Separates a skeleton from a spelling in {@link #NAME_FORMS}, a singular in {@link
   * #PLURAL_FORMS}, a place id in {@link #PLACE_FORMS}.
   */
  static final char FORM_SEPARATOR = '\u001f';

  static final String OPEN = "open";

  /**
   * An article's URL key and content key, hashed ({@link ArticleKeys#terms}): a feed item that
   * repeats it under another id is found (absent on articles written before).
   */
  static final String REPEAT_KEYS = "repeatkeys";

  /**
   * An article's event id as doc values ({@link #EVENT} is also stored): search reads a hit's event
   * without decoding stored fields (absent on articles written before).
   */
  static final String EVENT_OF_ARTICLE = "eventdv";

  /**
   * An event's story id as doc values ({@link #STORY} is also stored): search resolves a hit's
   * story by a term look-up per segment and a doc-values read (absent on events written before).
   */
  static final String STORY_OF_EVENT = "storydv";

  /**
   * An article's {@link ArticleCard} as binary doc values: a story's timeline and a search hit's
   * article id are read without decompressing the stored text (absent on articles written before;
   * they are read from the stored record).
   */
  static final String CARD = "card";

  /** Commit-data key of the store format; absent in stores written before format 2. */
  static final String FORMAT_KEY = "storeFormat";

  /** The format of a new store: plurals indexed ({@link #PLURAL_FORMS}). */
  static final String FORMAT = "3";

  /** The format of a store written before plurals were indexed, kept by such a store. */
  static final String FORMAT_WITHOUT_PLURALS = "2";

  /** The three record kinds, with the value of their {@link #TYPE} field. */
  enum Kind {
    ARTICLE("article"),
    EVENT("event"),
    STORY("story");

    final String term;

    Kind(String term) {
      this.term = term;
    }

    /** Matches every record of this kind. */
    Query query() {
      return new TermQuery(new Term(TYPE, term));
    }
  }

  /** Keys without positions or norms: term statistics and skeleton look-ups only. */
  static final FieldType TERMS_TYPE = new FieldType();

  /**
   * The searchable text: term frequencies without positions (search runs term queries only), norms
   * for length normalisation.
   */
  static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    TERMS_TYPE.setIndexOptions(IndexOptions.DOCS);
    TERMS_TYPE.setOmitNorms(true);
    TERMS_TYPE.setTokenized(true);
    TERMS_TYPE.freeze();
    TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    TEXT_TYPE.freeze();
  }

  /** The one JSON configuration of the store's records. */
  private final boolean legacyTerms;

  private final boolean pluralForms;
  private final FieldType textType;
  private final boolean positions;
  private final Predicate<String> besideText;

  /** A schema of format 3, or of format 1 when {@code legacyTerms} (tests). */
  StoreSchema(boolean legacyTerms, boolean textPositions, Predicate<String> besideText) {
    this(legacyTerms, !legacyTerms, textPositions, besideText);
  }

  /**
   * @param legacyTerms format 1: {@code terms} holds every counted key
   * @param pluralForms format 3: plurals indexed behind their singulars (never with {@code
   *     legacyTerms})
   * @param textPositions the {@code text} field was written with positions
   * @param besideText which counted keys are no term of the text (counted from {@code terms})
   */
  StoreSchema(
      boolean legacyTerms,
      boolean pluralForms,
      boolean textPositions,
      Predicate<String> besideText) {
    if (legacyTerms && pluralForms) {
      throw new IllegalArgumentException("format 1 has no plural forms");
    }
    this.legacyTerms = legacyTerms;
    this.pluralForms = pluralForms;
    this.textType = textPositions ? TextField.TYPE_NOT_STORED : TEXT_TYPE;
    this.positions = textPositions;
    this.besideText = Objects.requireNonNull(besideText, "besideText");
  }

  /**
   * The schema of the index {@code r} shows: its format mark (none in a non-empty index: format 1;
   * {@value #FORMAT_WITHOUT_PLURALS}: format 2; an empty index is a new store, of {@value #FORMAT})
   * and its text field's options.
   */
  static StoreSchema of(IndexReader r, Predicate<String> besideText) {
    String mark =
        r.maxDoc() > 0 && r instanceof DirectoryReader dr
            ? commitData(dr).getOrDefault(FORMAT_KEY, "")
            : FORMAT;
    boolean legacy = mark.isEmpty();
    boolean plurals = !legacy && !mark.equals(FORMAT_WITHOUT_PLURALS);
    FieldInfo info = FieldInfos.getMergedFieldInfos(r).fieldInfo(TEXT);
    boolean positions =
        info != null && info.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS;
    return new StoreSchema(legacy, plurals, positions, besideText);
  }

  private static Map<String, String> commitData(DirectoryReader dr) {
    try {
      return dr.getIndexCommit().getUserData();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True for a store written before format 2 (every counted key in {@code terms}). */
  boolean legacyTerms() {
    return legacyTerms;
  }

  /**
   * True for a store of format 3: articles index their plurals ({@link #PLURAL_FORMS}) and search
   * looks them up.
   */
  boolean pluralForms() {
    return pluralForms;
  }

  /** The fields whose term dictionaries hold the counted keys. */
  List<String> countedFields() {
    return legacyTerms ? List.of(TERMS) : List.of(TEXT, TERMS);
  }

  /** The commit data for {@code state}: the state, with this schema's format mark. */
  Map<String, String> commitData(Map<String, String> state) {
    Map<String, String> data = new LinkedHashMap<>(state);
    if (!legacyTerms) {
      data.put(FORMAT_KEY, pluralForms ? FORMAT : FORMAT_WITHOUT_PLURALS);
    }
    return data;
  }

  // ---------------------------------------------------------------- records to documents

  /**
   * An article's document. {@code tokens} are its analysed terms in text order (indexed as the
   * searchable text, so the text is not analysed a second time), {@code featureTerms} its distinct
   * feature terms (for term statistics), {@code names} its names (indexed by skeleton for
   * cross-script search).
   */
  Document article(
      StoredArticle a,
      List<String> tokens,
      Collection<String> featureTerms,
      Collection<String> names) {
    return article(a, tokens, featureTerms, names, RepeatKeys.of(a.article()));
  }

  /**
   * {@link #article(StoredArticle, List, Collection, Collection)} with the article's repeat keys
   * {@code keys} computed by the caller ({@link RepeatKeys#of}), indexed in {@link #REPEAT_KEYS}.
   */
  Document article(
      StoredArticle a,
      List<String> tokens,
      Collection<String> featureTerms,
      Collection<String> names,
      RepeatKeys keys) {
    return article(a, tokens, featureTerms, names, List.of(), keys);
  }

  /**
   * {@link #article(StoredArticle, List, Collection, Collection, RepeatKeys)} with the article's
   * {@code places} (its place mentions, indexed in {@link #PLACE_FORMS} by {@link PlaceForms}).
   */
  Document article(
      StoredArticle a,
      List<String> tokens,
      Collection<String> featureTerms,
      Collection<String> names,
      Collection<Mention> places,
      RepeatKeys keys) {
    Article art = a.article();
    Document d = new Document();
    d.add(new StringField(TYPE, Kind.ARTICLE.term, Field.Store.NO));
    d.add(new StringField(ID, art.id(), Field.Store.YES));
    d.add(new StringField(LANGS, art.lang(), Field.Store.NO));
    d.add(new StringField(EVENT, a.eventId(), Field.Store.YES));
    d.add(new SortedDocValuesField(EVENT_OF_ARTICLE, new BytesRef(a.eventId())));
    d.add(new NumericDocValuesField(SEQ, a.seq()));
    art.date().ifPresent(dt -> d.add(new LongPoint(LAST, dt.toEpochDay())));
    TextTerms terms = TextTerms.of(tokens);
    // without positions each distinct term is indexed once with its count (TextTerms#stream: the
    // same postings and norm); a field written with positions takes the tokens one by one
    d.add(new Field(TEXT, positions ? new ListTokenStream(tokens) : terms.stream(), textType));
    // the text's own terms are counted from `text`; `terms` holds the rest (sentence keys)
    Collection<String> counted =
        legacyTerms ? featureTerms : featureTerms.stream().filter(besideText).toList();
    d.add(new Field(TERMS, new ListTokenStream(counted), TERMS_TYPE));
    List<String> skeletons = new ArrayList<>();
    for (String n : names) {
      NameForms.skeleton(n).ifPresent(skeletons::add);
    }
    d.add(new Field(SKEL, new ListTokenStream(skeletons), TERMS_TYPE));
    d.add(
        new Field(
            NAME_FORMS,
            new ListTokenStream(NameForms.indexKeysOfDistinct(terms.distinct(), names)),
            TERMS_TYPE));
    if (!places.isEmpty()) {
      List<String> placeKeys = PlaceForms.indexKeys(art.lang(), places);
      d.add(new Field(PLACE_FORMS, new ListTokenStream(placeKeys), TERMS_TYPE));
    }
    if (pluralForms) {
      List<String> plurals =
          PluralForms.keysOfDistinct(art.lang(), terms.distinct(), names, art.fullText());
      d.add(new Field(PLURAL_FORMS, new ListTokenStream(plurals), TERMS_TYPE));
    }
    for (String k : keys.terms()) {
      d.add(new StringField(REPEAT_KEYS, k, Field.Store.NO));
    }
    d.add(new StoredField(JSON, StoredJson.toJson(a)));
    ArticleCard.of(a).encode().ifPresent(card -> d.add(new BinaryDocValuesField(CARD, card)));
    return d;
  }

  /** An event's document. */
  Document event(EventRecord e) {
    Document d = new Document();
    d.add(new StringField(TYPE, Kind.EVENT.term, Field.Store.NO));
    d.add(new StringField(ID, e.id(), Field.Store.YES));
    d.add(new StringField(LANGS, e.lang(), Field.Store.NO));
    d.add(new StringField(STORY, e.storyId(), Field.Store.YES));
    d.add(new SortedDocValuesField(STORY_OF_EVENT, new BytesRef(e.storyId())));
    d.add(new NumericDocValuesField(SEQ, e.lastSeq()));
    d.add(new StringField(OPEN, Boolean.toString(e.open()), Field.Store.NO));
    d.add(new StoredField(JSON, StoredJson.toJson(e)));
    d.add(noText());
    return d;
  }

  /** A story's document. */
  Document story(StoryRecord s) {
    Document d = new Document();
    d.add(new StringField(TYPE, Kind.STORY.term, Field.Store.NO));
    d.add(new StringField(ID, s.id(), Field.Store.YES));
    for (String l : s.langs()) {
      d.add(new StringField(LANGS, l, Field.Store.NO));
    }
    d.add(new NumericDocValuesField(SEQ, s.lastSeq()));
    d.add(new LongPoint(FIRST, s.firstDate().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE)));
    d.add(new LongPoint(LAST, s.lastDate().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)));
    d.add(new StoredField(JSON, StoredJson.toJson(s)));
    d.add(noText());
    return d;
  }

  /**
   * The {@link #TEXT} field of an event's or a story's document: present, without a term. Lucene
   * gives a field without tokens the norm 0, so every document of a segment has a {@code text} norm
   * and the segment stores its norms densely (one per document) instead of sparsely (the list of
   * the documents that have one). Without it, a segment mixing articles with records (the flush of
   * a commit that merged no events: its articles and the records written at the commit) kept sparse
   * norms, and the flush's postings writer, reading the norm of each posting's document through a
   * new iterator per term, walked that list from its start for every term (under 4,096 documents
   * per block of 65,536 the list is scanned linearly): terms × articles reads per flush. Search is
   * unchanged: a record has no term to match, and the text's collection statistics count only the
   * documents with terms ({@code docCount}, {@code sumTotalTermFreq}).
   */
  private Field noText() {
    return new Field(TEXT, new ListTokenStream(List.of()), textType);
  }
}
