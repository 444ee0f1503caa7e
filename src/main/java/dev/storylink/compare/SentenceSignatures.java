package dev.storylink.compare;

import dev.storylink.core.Article;
import dev.storylink.features.NameRules;
import dev.storylink.features.Places;
import dev.storylink.features.Quantities;
import dev.storylink.features.TermStats;
import dev.storylink.text.AnalyzedText;
import dev.storylink.text.CalendarNames;
import dev.storylink.text.FactNameKeys;
import dev.storylink.text.NameKeys;
import dev.storylink.text.Scripts;
import dev.storylink.text.Sentence;
import dev.storylink.text.Stemmers;
import dev.storylink.text.Stopwords;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One article being compared: its analysis, its places, and the {@link Signature} of each sentence
 * and clause unit. Keys: {@code t:} folded term or stem, {@code c:} Arabic-script consonants,
 * {@code s:} consonant skeleton of a name across scripts, {@code p:} place (and a city's country),
 * {@code w:} weekday, {@code n:} number. Built once per comparison; not thread-safe.
 */
final class SentenceSignatures {
  /**
   * A clause has at least this many words: a shorter run between clause marks joins the run after
   * it, and a short last run the one before it.
   */
  private static final int MIN_CLAUSE_TOKENS = 3;

  /** Punctuation that ends a clause inside a sentence. */
  private static final Pattern CLAUSE_MARK =
      Pattern.compile("[,;:\u060C\u061B\u00AB\u00BB\u201C\u201D\"]");

  final Article article;
  final AnalyzedText at;
  final List<Sentence> sentences;
  final boolean arabicScript;
  final Set<String> stop;
  final List<Signature> sigs = new ArrayList<>();
  final Places.Match[] placeAt;
  final List<Places.Match> places;

  /**
   * Per sentence, the character spans in the article text of its clause units (parallel to {@code
   * sigs.get(i).clauses}), as {start, end, single}: single is 1 for a clause, 0 for a run of two.
   */
  final List<List<int[]>> clauseSpans = new ArrayList<>();

  /** Each token's own features (empty for a token without any), set by {@link #build}. */
  final List<Signature> tokenSigs = new ArrayList<>();

  /** In how many sentences of both articles each key occurs, set by {@link #localWeights}. */
  Map<String, Integer> df = Map.of();

  /** Sentences of both articles, set by {@link #localWeights}. */
  int dfSentences;

  /** The keys of the other article, set by {@link #localWeights}. */
  Set<String> otherKeys = Set.of();

  private final TermStats stats;
  private final double rareIdf;
  private String otherLang = "";

  SentenceSignatures(Article article, AnalyzedText at, TermStats stats) {
    this.article = article;
    this.at = at;
    this.stats = stats;
    this.rareIdf = NameRules.rareIdf(stats);
    this.sentences = at.sentences();
    this.stop = Stopwords.of(at.lang());
    int arabic = 0;
    for (Token t : at.tokens()) {
      if (t.arabicScript()) {
        arabic++;
      }
    }
    this.arabicScript = arabic * 2 > at.tokens().size();
    this.places = Places.get().findInCaseForms(at.tokens(), at.text(), at.lang());
    this.placeAt = new Places.Match[at.tokens().size()];
    for (Places.Match pm : places) {
      for (int k = 0; k < pm.tokenCount(); k++) {
        placeAt[pm.firstToken() + k] = pm;
      }
    }
  }

  /** The largest idf of the term statistics (the weight of a number). */
  double maxIdf() {
    return stats.maxIdf();
  }

  /** The units a pair score is computed for: each sentence and each of its clause units. */
  long units() {
    long n = 0;
    for (Signature sig : sigs) {
      n += 1 + sig.clauses.size();
    }
    return n;
  }

  /** The rare words kept for cognates, summed over each sentence and each clause unit. */
  long rareWords() {
    long n = 0;
    for (Signature sig : sigs) {
      n += sig.grams.size();
      for (Signature clause : sig.clauses) {
        n += clause.grams.size();
      }
    }
    return n;
  }

  /** Every key of every sentence. */
  Set<String> keys() {
    Set<String> out = new HashSet<>();
    for (Signature sig : sigs) {
      out.addAll(sig.w.keySet());
    }
    return out;
  }

  ComparedArticle view() {
    return new ComparedArticle(
        article.id(),
        at.lang(),
        article.title(),
        article.source(),
        ComparedArticle.direction(at.lang()),
        sentences);
  }

  /**
   * Builds the signatures; {@code crossScript} when the other article is in another script, {@code
   * otherLang} its language (words of another language meet through {@link WordBridge}).
   */
  void build(boolean crossScript, String otherLang) {
    this.otherLang = otherLang;
    for (int i = 0; i < sentences.size(); i++) {
      sigs.add(new Signature());
      clauseSpans.add(new ArrayList<>());
    }
    double maxIdf = stats.maxIdf();
    List<Token> tokens = at.tokens();
    // each token's features once; its sentence and every clause unit it is in take them over
    List<Signature> byToken = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Signature one = new Signature();
      addToken(i, tokens.get(i), crossScript, maxIdf, one);
      byToken.add(one);
      tokenSigs.add(one);
      sigs.get(tokens.get(i).sentence()).absorb(one);
    }
    for (Sentence s : sentences) {
      addNumbers(s.text(), maxIdf, sigs.get(s.index()));
    }
    // a well-known agreement or organisation, whatever each language calls it (برجام = الاتفاق
    // النووي), keyed on its first token
    for (Aliases.Found f : Aliases.find(tokens, at.lang())) {
      Token t = tokens.get(f.firstToken());
      Signature one = byToken.get(f.firstToken());
      one.put("a:" + f.key(), 0.8 * maxIdf, t.surface());
      sigs.get(t.sentence()).put("a:" + f.key(), 0.8 * maxIdf, t.surface());
    }
    for (int[] unit : clauseUnits(tokens)) {
      Signature clause = new Signature();
      for (int i = unit[1]; i < unit[2]; i++) {
        clause.absorb(byToken.get(i));
      }
      addNumbers(
          at.text().substring(tokens.get(unit[1]).start(), tokens.get(unit[2] - 1).end()),
          maxIdf,
          clause);
      sigs.get(unit[0]).clauses.add(clause);
      clauseSpans
          .get(unit[0])
          .add(new int[] {tokens.get(unit[1]).start(), tokens.get(unit[2] - 1).end(), unit[3]});
    }
  }

  /** Multiplies each feature weight by its rarity across the sentences of both articles. */
  static void localWeights(SentenceSignatures a, SentenceSignatures b) {
    Map<String, Integer> df = new HashMap<>();
    for (SentenceSignatures s : List.of(a, b)) {
      for (Signature sig : s.sigs) {
        for (String k : sig.w.keySet()) {
          df.merge(k, 1, Integer::sum);
        }
      }
    }
    int total = a.sigs.size() + b.sigs.size();
    for (SentenceSignatures s : List.of(a, b)) {
      Set<String> other = (s == a ? b : a).keys();
      s.df = df;
      s.dfSentences = total;
      s.otherKeys = other;
      for (Signature sig : s.sigs) {
        sig.weigh(df, total, other);
        for (Signature clause : sig.clauses) {
          clause.weigh(df, total, other);
        }
      }
    }
  }

  static void addNumbers(String text, double maxIdf, Signature sig) {
    for (Quantities.Found f : Quantities.numbers(text)) {
      sig.put("n:" + f.key(), maxIdf, f.surface());
    }
  }

  /**
   * The clause units of the sentences with two or more clauses, as {sentence, first token, end
   * token, 1 for a clause or 0 for a run of two}: each clause, and with three or more, each run of
   * two neighbouring clauses (an aside between commas may split what the other article says in one
   * clause). A clause ends at a comma, semicolon, colon or quotation mark; a run of fewer than
   * {@link #MIN_CLAUSE_TOKENS} words joins the next one, and a short last run the one before it.
   */
  private List<int[]> clauseUnits(List<Token> tokens) {
    List<int[]> out = new ArrayList<>();
    String text = at.text();
    int from = 0;
    while (from < tokens.size()) {
      int sentence = tokens.get(from).sentence();
      int to = from;
      while (to < tokens.size() && tokens.get(to).sentence() == sentence) {
        to++;
      }
      List<Integer> starts = new ArrayList<>();
      starts.add(from);
      for (int k = from + 1; k < to; k++) {
        String gap = text.substring(tokens.get(k - 1).end(), tokens.get(k).start());
        if (CLAUSE_MARK.matcher(gap).find()
            && k - starts.get(starts.size() - 1) >= MIN_CLAUSE_TOKENS) {
          starts.add(k);
        }
      }
      if (starts.size() >= 2 && to - starts.get(starts.size() - 1) < MIN_CLAUSE_TOKENS) {
        starts.remove(starts.size() - 1);
      }
      int k = starts.size();
      if (k >= 2) {
        starts.add(to);
        for (int c = 0; c < k; c++) {
          out.add(new int[] {sentence, starts.get(c), starts.get(c + 1), 1});
        }
        for (int c = 0; k >= 3 && c + 1 < k; c++) {
          out.add(new int[] {sentence, starts.get(c), starts.get(c + 2), 0});
        }
      }
      from = to;
    }
    return out;
  }

  private void addToken(int i, Token t, boolean crossScript, double maxIdf, Signature sig) {
    if (placeAt[i] != null) {
      Places.Match pm = placeAt[i];
      if (pm.firstToken() == i) {
        sig.put("p:" + pm.place().id(), 0.8 * maxIdf, pm.surface());
        String region = pm.place().country() ? "" : MatchKeys.regionOf(pm.place().id());
        if (!region.isEmpty()) {
          // a capital often stands for its country (Tehran for Iran)
          sig.put("p:" + region, 0.4 * maxIdf, pm.surface());
        }
      }
      return;
    }
    int weekday = CalendarNames.weekday(t.surface());
    if (weekday > 0) {
      // the day of the week, in any language (Tuesday = سه‌شنبه = الثلاثاء)
      sig.put("w:" + weekday, 0.5 * maxIdf, t.surface());
    }
    String term = t.term();
    if (!NameRules.isContent(term, stop)) {
      return;
    }
    double idf = stats.idf(term);
    if (!at.lang().equals(otherLang)) {
      // a frequent word of news speech in another language's words (أمل = امید, hope)
      WordBridge.meaning(t, at.lang()).ifPresent(m -> sig.put("b:" + m, 0.5 * maxIdf, t.surface()));
    }
    String key = MatchKeys.termKey(term);
    sig.put("t:" + key, idf, t.surface());
    String stem = Stemmers.stem(term, at.lang());
    if (!stem.equals(term)) {
      sig.put("t:" + MatchKeys.termKey(stem), 0.7 * idf, t.surface());
    }
    if (!crossScript && key.length() >= 4 && Scripts.hasArabicScript(key)) {
      String ck = MatchKeys.consonants(key);
      if (ck.length() >= 2 && !ck.equals(key)) {
        sig.put("c:" + ck, 0.8 * idf, t.surface());
      }
    }
    if (crossScript
        && (NameRules.isNameLike(t, idf, rareIdf, stop) || MatchKeys.longArabicScriptWord(term))) {
      for (String sk : FactNameKeys.crossScriptKeys(NameRules.nameTerm(t))) {
        sig.put("s:" + sk, idf, t.surface());
      }
    }
    if (idf >= rareIdf && key.length() >= 5) {
      sig.gram(key, idf, t.surface());
    }
  }

  /** Keys under which the other article may find this article's names. */
  Set<String> nameIndex(boolean crossScript) {
    Set<String> out = new HashSet<>();
    List<Token> tokens = at.tokens();
    for (int i = 0; crossScript && i + 1 < tokens.size(); i++) {
      // two words one script writes as one (بندرعباس, Bandar Abbas)
      if (tokens.get(i).sentence() == tokens.get(i + 1).sentence()) {
        String sk = NameKeys.skeleton(tokens.get(i).term() + tokens.get(i + 1).term());
        if (sk.length() >= 5) {
          out.add("s:" + sk);
        }
      }
    }
    for (Token t : tokens) {
      String term = NameRules.nameTerm(t);
      out.add("t:" + MatchKeys.termKey(NameRules.stripApostrophe(t.term())));
      out.add("t:" + MatchKeys.termKey(term));
      out.add("t:" + MatchKeys.termKey(Stemmers.stem(term, at.lang())));
      if (crossScript) {
        for (String sk : FactNameKeys.crossScriptKeys(term)) {
          out.add("s:" + sk);
        }
      }
    }
    return out;
  }
}
