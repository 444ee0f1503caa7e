package dev.storylink.features;

import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.text.AnalyzedText;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.Languages;
import dev.storylink.text.Stemmers;
import dev.storylink.text.Stopwords;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns an {@link Article} into {@link ArticleFeatures}: identifies the language when unknown,
 * analyses the text ({@link TextAnalysis}), and builds term, character-gram and lead vectors
 * weighted by {@link TermStats}, plus names, places ({@link Places}), numbers and dates ({@link
 * Quantities}).
 *
 * <p>Which words are content words and names is decided by {@link NameRules}.
 *
 * <p>Thread-safe if the {@link TermStats} and {@link LanguageIdentifier} are (all shipped ones
 * are).
 */
public final class FeatureExtractor {
  private static final int LEAD_TOKENS = 120;
  private static final int KEYWORDS = 20;

  /** Names kept per article: the strongest by rarity and frequency. */
  public static final int MAX_NAMES = 40;

  private final TermStats stats;
  private final LanguageIdentifier languageIdentifier;
  private final boolean concepts;
  private final boolean passages;

  public FeatureExtractor(TermStats stats, LanguageIdentifier languageIdentifier) {
    this(stats, languageIdentifier, true, true);
  }

  private FeatureExtractor(
      TermStats stats, LanguageIdentifier languageIdentifier, boolean concepts, boolean passages) {
    this.stats = Objects.requireNonNull(stats, "stats");
    this.languageIdentifier = Objects.requireNonNull(languageIdentifier, "languageIdentifier");
    this.concepts = concepts;
    this.passages = passages;
  }

  /**
   * The clusterer's extractor. It computes the news concepts, the numbers with their role and the
   * event type too (about a fifth of the feature time): the cross-language model, which links the
   * clusterer's stories across languages, reads them. It leaves out the head and sentence vectors
   * ({@link PassageVectors#EMPTY}): only the same-language link model reads them, and the clusterer
   * never scores a pair with it.
   */
  public static FeatureExtractor forClustering(
      TermStats stats, LanguageIdentifier languageIdentifier) {
    return new FeatureExtractor(stats, languageIdentifier, true, false);
  }

  /** The statistics weights come from. */
  public TermStats stats() {
    return stats;
  }

  /** Language of {@code article}: its own when known, identified otherwise. */
  public String languageOf(Article article) {
    return article.hasLanguage() ? article.lang() : languageIdentifier.identify(article.fullText());
  }

  /**
   * Returns {@code article} with its language filled in, or throws {@link InputException} when the
   * language is neither given nor identifiable, or is given but is no ISO-639-1 code. A language
   * outside {@link Languages#SUPPORTED} is processed with the language-independent signals only
   * (see {@link Languages}).
   */
  public Article withSupportedLanguage(Article article) {
    if (article.hasLanguage()) {
      if (!Languages.isKnown(article.lang())) {
        throw new InputException(
            article.id()
                + ": unknown language '"
                + article.lang()
                + "' (give a two-letter ISO-639-1 code such as en, ar, fa, zh)");
      }
      return article;
    }
    String lang = languageIdentifier.identify(article.fullText());
    if (!Languages.isKnown(lang)) {
      throw new InputException(
          article.id()
              + ": could not identify the language (identified: "
              + String.join(", ", Languages.SUPPORTED)
              + " and languages with a script of their own,"
              + " such as zh, ja, ko, el, he, hi); give \"lang\" in a JSON article");
    }
    return article.withLang(lang);
  }

  /** Analyses the article text in its language. */
  public AnalyzedText analyze(Article article) {
    return TextAnalysis.analyze(article.fullText(), languageOf(article));
  }

  /** Computes the features of {@code article}. */
  public ArticleFeatures extract(Article article) {
    return extract(article, analyze(article));
  }

  /** Computes the features of {@code article} from its analysis. */
  public ArticleFeatures extract(Article article, AnalyzedText analyzed) {
    return extract(article, analyzed, CorpusStats.sentenceKeysBySentence(analyzed));
  }

  /**
   * As {@link #extract(Article, AnalyzedText)}, given the text's sentence keys ({@link
   * CorpusStats#sentenceKeysBySentence}) when the caller has computed them already.
   */
  public ArticleFeatures extract(
      Article article, AnalyzedText analyzed, List<String> sentenceKeys) {
    if (sentenceKeys.size() != analyzed.sentences().size()) {
      throw new IllegalArgumentException(
          "one sentence key per sentence expected: "
              + sentenceKeys.size()
              + " keys, "
              + analyzed.sentences().size()
              + " sentences");
    }
    // a term's idf is asked for several times
    TermStats stats = memoized(this.stats, analyzed.tokens().size());
    String lang = analyzed.lang();
    String text = analyzed.text();
    List<Token> tokens = analyzed.tokens();
    Set<String> stop = Stopwords.of(lang);
    double rareIdf = NameRules.rareIdf(stats);

    Map<String, Integer> tf = new HashMap<>();
    Map<String, Integer> leadTf = new HashMap<>();
    int leadEnd = leadBoundary(article, tokens);
    boolean[] boilerplate = boilerplateSentences(sentenceKeys, stats);
    int grams = 0; // at least the gram vector's distinct dimensions: each term's grams summed
    for (int i = 0; i < tokens.size(); i++) {
      String term = tokens.get(i).term();
      if (!NameRules.isContent(term, stop) || boilerplate[tokens.get(i).sentence()]) {
        continue;
      }
      if (tf.merge(term, 1, Integer::sum) == 1) {
        grams += gramCount(term);
      }
      if (i < leadEnd) {
        leadTf.merge(term, 1, Integer::sum);
      }
    }
    Map<Long, Double> termVec = new HashMap<>();
    Map<String, Long> stemDims = passages ? new HashMap<>(tf.size() * 2) : Map.of(); // passages'
    SparseVector.Builder gramVec = new SparseVector.Builder(grams);
    SparseVector.Builder stemVec = new SparseVector.Builder(tf.size());
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      double w = (1 + Math.log(e.getValue())) * stats.idf(e.getKey());
      termVec.merge(SparseVector.hash(e.getKey()), w, Double::sum);
      addGrams(gramVec, e.getKey(), w);
      long stemDim = SparseVector.hash(Stemmers.stem(e.getKey(), lang));
      if (passages) {
        stemDims.put(e.getKey(), stemDim);
      }
      stemVec.add(stemDim, w);
    }
    long[] keywords = Keywords.heaviest(termVec, KEYWORDS);
    SparseVector.Builder leadVec = new SparseVector.Builder(leadTf.size());
    for (Map.Entry<String, Integer> e : leadTf.entrySet()) {
      leadVec.add(
          SparseVector.hash(e.getKey()), (1 + Math.log(e.getValue())) * stats.idf(e.getKey()));
    }

    // places first, so their tokens are not also counted as names
    Places.Match[] placeAt = new Places.Match[tokens.size()];
    Map<String, MentionBuilder> places = new LinkedHashMap<>();
    for (Places.Match m : Places.get().find(tokens, text, lang)) {
      for (int k = 0; k < m.tokenCount(); k++) {
        placeAt[m.firstToken() + k] = m;
      }
      places
          .computeIfAbsent(m.place().id(), k -> new MentionBuilder(m.place().name(), 1.0))
          .add(m.surface());
    }

    List<CalendarDates.DateMention> dates = CalendarDates.find(text, tokens, lang, article.date());
    Map<String, MentionBuilder> names = new LinkedHashMap<>();
    String[] nameKeyAt = new String[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (placeAt[i] != null && !AmbiguousCountries.isName(t)) {
        continue;
      }
      String key = NameRules.featureKey(t, stop, rareIdf, stats);
      if (key != null && !NameRules.verbOrDatePart(tokens, i, lang, dates)) {
        nameKeyAt[i] = key;
        double idf = stats.idf(t.term());
        names
            .computeIfAbsent(key, k -> new MentionBuilder(NameRules.label(t.surface()), idf))
            .add(t.surface());
      }
    }

    CrossScriptNames.addHan(tokens, text, placeAt, names, stats.maxIdf());

    Map<String, MentionBuilder> numbers = new LinkedHashMap<>();
    // a date's day still counts as a number here: left out (Quantities.numbers(text, dates)), it
    // cost the link model decisions and ECB+ clustering (docs/link-model.md, session 21)
    for (Quantities.Found f : Quantities.linkNumbers(text, dates)) {
      numbers.computeIfAbsent(f.key(), k -> new MentionBuilder(k, 1.0)).add(f.surface());
    }
    EventEvidence event =
        concepts ? EventEvidence.of(text, tokens, lang, dates) : EventEvidence.datesOf(dates);

    return new ArticleFeatures(
        article.id(),
        lang,
        dominantScript(tokens),
        article.date(),
        SparseVector.of(termVec),
        gramVec.build(),
        stemVec.build(),
        keywords,
        leadVec.build(),
        strongest(
            CrossScriptNames.withPairSkeletons(
                MentionBuilder.build(Mention.Kind.NAME, names, lang), tokens, nameKeyAt, lang),
            MAX_NAMES),
        MentionBuilder.build(Mention.Kind.PLACE, places),
        MentionBuilder.build(Mention.Kind.NUMBER, numbers),
        event.dates(),
        event.concepts(),
        event.quantities(),
        event.eventType(),
        tokens.size(),
        passages
            ? PassageVectors.of(tokens, stop, stats, stemDims, boilerplate)
            : PassageVectors.EMPTY,
        MainPerson.of(tokens, nameKeyAt, placeAt, leadEnd, lang),
        event.leadConcepts(),
        ActObjects.of(tokens, nameKeyAt, placeAt, leadEnd, event.leadConcepts(), lang));
  }

  /**
   * Sentences seen in at least {@link #BOILERPLATE_DF} documents of the statistics (site
   * boilerplate such as subscription or cookie notices); their words do not count as content.
   */
  private static boolean[] boilerplateSentences(List<String> keys, TermStats stats) {
    boolean[] out = new boolean[keys.size()];
    for (int s = 0; s < out.length; s++) {
      out[s] = !keys.get(s).isEmpty() && stats.docFreq(keys.get(s)) >= BOILERPLATE_DF;
    }
    return out;
  }

  /**
   * The statistics as seen by one extraction of a text of {@code tokens} tokens: the document count
   * read once, each term's document frequency and idf looked up once, both in one map entry.
   * Confined to the extracting thread.
   */
  private static TermStats memoized(TermStats stats, int tokens) {
    long docs = stats.docCount();
    // sized by the text's tokens: its distinct terms and sentence keys are fewer, so it never
    // regrows
    Map<String, Memo> memo = HashMap.newHashMap(Math.min(tokens, 4096));
    return new TermStats() {
      @Override
      public long docCount() {
        return docs;
      }

      private Memo of(String term) {
        Memo m = memo.get(term);
        if (m == null) {
          m = new Memo(stats.docFreq(term));
          memo.put(term, m);
        }
        return m;
      }

      @Override
      public long docFreq(String term) {
        return of(term).docFreq;
      }

      @Override
      public double idf(String term) {
        Memo m = of(term);
        if (Double.isNaN(m.idf)) {
          m.idf = TermStats.super.idf(term); // its docFreq is the entry's
        }
        return m.idf;
      }
    };
  }

  /** One term's document frequency and idf (NaN until asked for) in {@link #memoized}. */
  private static final class Memo {
    final long docFreq;
    double idf = Double.NaN;

    Memo(long docFreq) {
      this.docFreq = docFreq;
    }
  }

  /** ISO 15924 code of the script most letters of the tokens are written in ("Zyyy" if none). */
  static String dominantScript(List<Token> tokens) {
    int[] counts = new int[com.ibm.icu.lang.UScript.CODE_LIMIT];
    for (Token t : tokens) {
      String s = t.surface();
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        if (cp < 0x80) {
          if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
            counts[com.ibm.icu.lang.UScript.LATIN]++;
          }
        } else if (Character.isLetter(cp)) {
          counts[dev.storylink.text.Scripts.script(cp)]++;
        }
        i += Character.charCount(cp);
      }
    }
    int best = com.ibm.icu.lang.UScript.COMMON;
    int bestCount = 0;
    for (int script = 0; script < counts.length; script++) {
      if (counts[script] > bestCount) { // ties: the lower code, as scripts are visited in order
        best = script;
        bestCount = counts[script];
      }
    }
    return SCRIPT_NAMES[best];
  }

  /** {@code UScript.getShortName} of every script code, asked once (it searches ICU's tables). */
  private static final String[] SCRIPT_NAMES = scriptNames();

  private static String[] scriptNames() {
    String[] out = new String[com.ibm.icu.lang.UScript.CODE_LIMIT];
    for (int script = 0; script < out.length; script++) {
      out[script] = com.ibm.icu.lang.UScript.getShortName(script);
    }
    return out;
  }

  /** A sentence in at least this many documents is boilerplate. */
  public static final int BOILERPLATE_DF = 3;

  private static int leadBoundary(Article article, List<Token> tokens) {
    int n = Math.min(LEAD_TOKENS, tokens.size());
    if (!article.title().isBlank()) {
      // title plus the first sentences of the body
      n = Math.min(tokens.size(), n + 10);
    }
    return n;
  }

  /** The number of grams {@link #addGrams} adds for {@code term}. */
  static int gramCount(String term) {
    int padded = term.length() + 2;
    return padded <= 4 ? 1 : padded - 3;
  }

  /** Adds the character 4-grams of {@code "_" + term + "_"} (the whole of a shorter one). */
  static void addGrams(SparseVector.Builder vec, String term, double w) {
    int padded = term.length() + 2;
    if (padded <= 4) {
      vec.add(SparseVector.hashPadded(term, '_', 0, padded), w);
      return;
    }
    int n = padded - 3;
    double share = w / Math.sqrt(n);
    for (int i = 0; i + 4 <= padded; i++) {
      vec.add(SparseVector.hashPadded(term, '_', i, i + 4), share);
    }
  }

  /** Removes an apostrophe suffix (Erdoğan'ın) or a French elided article (l'Iran). */
  public static String stripApostrophe(String term) {
    return NameRules.stripApostrophe(term);
  }

  private static List<Mention> strongest(List<Mention> names, int max) {
    if (names.size() <= max) {
      return names;
    }
    List<Mention> sorted = new ArrayList<>(names);
    sorted.sort(
        (p, q) ->
            Double.compare(
                q.weight() * (1 + Math.log(q.count())), p.weight() * (1 + Math.log(p.count()))));
    return List.copyOf(sorted.subList(0, max));
  }
}
