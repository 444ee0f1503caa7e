package dev.storylink.compare;

import dev.storylink.core.Article;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.features.Places;
import dev.storylink.features.Quantities;
import dev.storylink.features.TermStats;
import dev.storylink.text.AnalyzedText;
import dev.storylink.text.CalendarNames;
import dev.storylink.text.NameKeys;
import dev.storylink.text.Scripts;
import dev.storylink.text.Sentence;
import dev.storylink.text.Stemmers;
import dev.storylink.text.Stopwords;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the coverage of two articles of one story, in the same or different languages.
 *
 * <p>Sentence alignment uses the cross-lingual signals of {@code dev.storylink.link}, per
 * sentence: folded terms ({@link TextAnalysis}; Arabic-script terms through {@link
 * NameKeys#arabicScriptKey}, so Arabic and Persian spellings meet), same-language stems, names
 * across scripts by consonant skeleton ({@link NameKeys#skeleton}), CLDR places ({@link Places}),
 * numbers ({@link Quantities}), CLDR weekday names ({@link CalendarNames}) and, for rare words left unmatched, cognates by character 4-gram
 * overlap. Each feature is weighted by its background idf times its rarity within the two articles
 * (a name in every sentence says little about which sentences match). The score of a sentence pair
 * is the shared weight over the geometric mean of the two sentences' weights; a long sentence is
 * also scored clause by clause (clauses end at commas, semicolons, colons and quotation marks), so
 * that a sentence reporting three things meets each of the three shorter sentences that report
 * them one by one. Pairs above {@link #THRESHOLD} are aligned greedily 1:1, best first; then a
 * sentence still alone joins its best partner when that score reaches {@link #JOIN_THRESHOLD}
 * (1:n alignment), and any pair at or above it that reaches 60% of the best score of both its
 * units (the clause the score rests on, or the whole sentence) is linked too (n:m: a long sentence
 * covering several of the other side).
 *
 * <p>Facts: numbers, places, names and quoted statements ("…", «…», „…“, “…”) of each article;
 * a number, place or name is only in one article when the other has no mention with the same key
 * (names: folded key, Arabic-script key, or across scripts the skeleton of any of its words); a
 * quote is only in one article when its sentence has no aligned partner.
 *
 * <p>Thread-safe if the {@link TermStats} is (all shipped ones are).
 */
public final class CoverageComparer {
  /** Minimum score for a 1:1 sentence link. */
  public static final double THRESHOLD = 0.2;

  /** Minimum score for a sentence to join a partner that is already aligned (1:n). */
  public static final double JOIN_THRESHOLD = 0.25;

  /** An extra n:m link must reach this share of the best score of its row and of its column. */
  private static final double EXTRA_SHARE = 0.6;

  /** A clause-level match counts this share of its score (whole sentences matching come first). */
  private static final double CLAUSE_FACTOR = 0.8;

  /**
   * A clause has at least this many words: a shorter run between clause marks joins the run after
   * it, and a short last run the one before it.
   */
  private static final int MIN_CLAUSE_TOKENS = 3;

  /** Punctuation that ends a clause inside a sentence. */
  private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:\u060C\u061B\u00AB\u00BB\u201C\u201D\"]");

  /** Share of the weight of a feature the other article lacks that still counts against a pair. */
  private static final double NOISE = 0.1;

  private static final Pattern QUOTE =
      Pattern.compile("\"([^\"\\n]{3,}?)\"|«([^»\\n]{3,}?)»|„([^“”\"\\n]{3,}?)[“”\"]|“([^”\\n]{3,}?)”");

  private final TermStats stats;
  private final double rareIdf;

  /** A comparer weighting words by {@code stats}. */
  public CoverageComparer(TermStats stats) {
    this.stats = Objects.requireNonNull(stats, "stats");
    this.rareIdf = FeatureExtractor.RARE_IDF_FRACTION * stats.maxIdf();
  }

  /**
   * Compares two articles whose languages are known ({@code Article#hasLanguage}); callers
   * identify unknown languages first (e.g. {@link FeatureExtractor#withSupportedLanguage}).
   */
  public Comparison compare(Article a, Article b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Side sa = side(a);
    Side sb = side(b);
    boolean crossScript = sa.arabicScript != sb.arabicScript;
    sa.build(crossScript);
    sb.build(crossScript);
    localWeights(sa, sb);

    int n = sa.sentences.size();
    int m = sb.sentences.size();
    Scored[][] scored = new Scored[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        scored[i][j] = sentenceScore(sa.sigs.get(i), sb.sigs.get(j));
      }
    }
    List<int[]> chosen = align(scored, n, m);
    List<SentenceLink> links = new ArrayList<>();
    boolean[] alignedA = new boolean[n];
    boolean[] alignedB = new boolean[m];
    for (int[] p : chosen) {
      Scored best = scored[p[0]][p[1]];
      List<String> evidence = new ArrayList<>();
      pairScore(
          sa.sigs.get(p[0]).unit(best.clauseA()), sb.sigs.get(p[1]).unit(best.clauseB()), evidence, null);
      links.add(new SentenceLink(p[0], p[1], Math.min(1.0, best.score()), evidence));
      alignedA[p[0]] = true;
      alignedB[p[1]] = true;
    }
    links.sort(Comparator.comparingInt(SentenceLink::a).thenComparingInt(SentenceLink::b));

    List<Fact> shared = new ArrayList<>();
    List<Fact> onlyA = onlyIn(sa, sb, alignedA, crossScript, shared);
    List<Fact> onlyB = onlyIn(sb, sa, alignedB, crossScript, null);
    return new Comparison(
        sa.view(), sb.view(), links, shared, onlyA, onlyB, unaligned(alignedA), unaligned(alignedB));
  }

  /** Compares the first article with each of the others, in order. */
  public List<Comparison> compareAll(List<Article> articles) {
    if (articles.size() < 2) {
      throw new IllegalArgumentException("need at least two articles to compare");
    }
    List<Comparison> out = new ArrayList<>();
    for (int i = 1; i < articles.size(); i++) {
      out.add(compare(articles.get(0), articles.get(i)));
    }
    return out;
  }

  private static List<Integer> unaligned(boolean[] aligned) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < aligned.length; i++) {
      if (!aligned[i]) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Greedy 1:1 above THRESHOLD, best first; then lone sentences join at JOIN_THRESHOLD; then the
   * n:m links of long sentences.
   */
  static List<int[]> align(Scored[][] scored, int n, int m) {
    double[][] score = new double[n][m];
    List<int[]> cands = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        score[i][j] = scored[i][j].score();
        if (score[i][j] >= THRESHOLD) {
          cands.add(new int[] {i, j});
        }
      }
    }
    cands.sort((p, q) -> Double.compare(score[q[0]][q[1]], score[p[0]][p[1]]));
    boolean[] usedA = new boolean[n];
    boolean[] usedB = new boolean[m];
    List<int[]> out = new ArrayList<>();
    for (int[] p : cands) {
      if (!usedA[p[0]] && !usedB[p[1]]) {
        usedA[p[0]] = true;
        usedB[p[1]] = true;
        out.add(p);
      }
    }
    List<int[]> joins = new ArrayList<>();
    for (int[] p : cands) {
      if (score[p[0]][p[1]] < JOIN_THRESHOLD) {
        break;
      }
      boolean loneA = !usedA[p[0]];
      boolean loneB = !usedB[p[1]];
      if (loneA != loneB && isBest(score, p, loneA, n, m)) {
        joins.add(p);
      }
    }
    for (int[] p : joins) {
      usedA[p[0]] = true;
      usedB[p[1]] = true;
      out.add(p);
    }
    // n:m: a long sentence may cover two of the other side even when both are aligned elsewhere.
    // The unit of a pair is the clause its score rests on, or the whole sentence; a pair is linked
    // when it reaches EXTRA_SHARE of the best score of its unit on either side (so each clause of
    // a long sentence may find its own partner), at JOIN_THRESHOLD, or at THRESHOLD when it rests
    // on a clause of one side.
    Map<Long, Double> unitBestA = new HashMap<>();
    Map<Long, Double> unitBestB = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        unitBestA.merge(unitKey(i, scored[i][j].clauseA()), score[i][j], Math::max);
        unitBestB.merge(unitKey(j, scored[i][j].clauseB()), score[i][j], Math::max);
      }
    }
    Set<Long> have = new HashSet<>();
    for (int[] p : out) {
      have.add((long) p[0] * m + p[1]);
    }
    for (int[] p : cands) {
      Scored sc = scored[p[0]][p[1]];
      double s = sc.score();
      boolean clause = sc.clauseA() >= 0 || sc.clauseB() >= 0;
      if (s < (clause ? THRESHOLD : JOIN_THRESHOLD)
          || have.contains((long) p[0] * m + p[1])) {
        continue;
      }
      if (s >= EXTRA_SHARE * unitBestA.get(unitKey(p[0], sc.clauseA()))
          && s >= EXTRA_SHARE * unitBestB.get(unitKey(p[1], sc.clauseB()))) {
        have.add((long) p[0] * m + p[1]);
        out.add(p);
      }
    }
    return out;
  }

  private static long unitKey(int sentence, int clause) {
    return ((long) sentence << 20) | (clause + 1);
  }

  private static boolean isBest(double[][] score, int[] p, boolean rowLone, int n, int m) {
    double s = score[p[0]][p[1]];
    if (rowLone) {
      for (int j = 0; j < m; j++) {
        if (score[p[0]][j] > s) {
          return false;
        }
      }
    } else {
      for (int i = 0; i < n; i++) {
        if (score[i][p[1]] > s) {
          return false;
        }
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- sentence signatures

  private Side side(Article article) {
    String lang = article.lang();
    AnalyzedText at = TextAnalysis.analyze(article.fullText(), lang);
    return new Side(article, at);
  }

  /** Multiplies each feature weight by its rarity across the sentences of both articles. */
  private static void localWeights(Side a, Side b) {
    Map<String, Integer> df = new HashMap<>();
    for (Side s : List.of(a, b)) {
      for (Sig sig : s.sigs) {
        for (String k : sig.w.keySet()) {
          df.merge(k, 1, Integer::sum);
        }
      }
    }
    int total = a.sigs.size() + b.sigs.size();
    for (Side s : List.of(a, b)) {
      Set<String> other = (s == a ? b : a).keys();
      for (Sig sig : s.sigs) {
        sig.weigh(df, total, other);
        for (Sig clause : sig.clauses) {
          clause.weigh(df, total, other);
        }
      }
    }
  }

  /**
   * The score of a sentence pair and the clauses it rests on.
   *
   * @param clauseA the clause unit of the first sentence ({@code Sig#clauses}), or -1 for the whole
   *     sentence
   * @param clauseB the clause unit of the second sentence, or -1 for the whole sentence
   */
  record Scored(double score, int clauseA, int clauseB) {}

  /**
   * Score of a sentence pair: the score of the whole sentences, or {@link #CLAUSE_FACTOR} times
   * the best score of a clause of one against a clause (or the whole) of the other when that
   * match rests on at least two shared features. A long sentence that reports several things
   * (Putin stressed the Astana agreements, Syria's territorial integrity, and welcomed Tehran's
   * offer to host the summit) thereby meets each shorter sentence that reports one of them.
   */
  private Scored sentenceScore(Sig a, Sig b) {
    Scored best = new Scored(pairScore(a, b, null, null), -1, -1);
    if (a.clauses.isEmpty() && b.clauses.isEmpty()) {
      return best;
    }
    int[] matches = new int[1];
    for (int ca = a.clauses.isEmpty() ? -1 : 0; ca < a.clauses.size(); ca++) {
      for (int cb = b.clauses.isEmpty() ? -1 : 0; cb < b.clauses.size(); cb++) {
        double s = CLAUSE_FACTOR * pairScore(a.unit(ca), b.unit(cb), null, matches);
        if (s > best.score() && matches[0] >= 2) {
          best = new Scored(s, ca, cb);
        }
      }
    }
    return best;
  }

  private double pairScore(Sig a, Sig b, List<String> evidence, int[] matches) {
    if (a.total <= 0 || b.total <= 0) {
      return 0;
    }
    double shared = 0;
    Map<String, Double> ev = evidence == null ? null : new LinkedHashMap<>();
    Set<String> matchedB = new HashSet<>();
    Set<String> matchedSurfacesA = new HashSet<>();
    for (Map.Entry<String, Double> e : a.w.entrySet()) {
      Double wb = b.w.get(e.getKey());
      if (wb == null) {
        continue;
      }
      double w = Math.min(e.getValue(), wb);
      shared += w;
      matchedB.add(b.surface.get(e.getKey()));
      matchedSurfacesA.add(a.surface.get(e.getKey()));
      if (ev != null) {
        ev.merge(label(a.surface.get(e.getKey()), b.surface.get(e.getKey())), w, Double::sum);
      }
    }
    // cognates: rare words neither side matched exactly
    for (Map.Entry<String, Set<String>> ga : a.grams.entrySet()) {
      String sa = a.gramSurface.get(ga.getKey());
      if (matchedSurfacesA.contains(sa)) {
        continue;
      }
      double best = 0;
      String bestKey = null;
      for (Map.Entry<String, Set<String>> gb : b.grams.entrySet()) {
        if (matchedB.contains(b.gramSurface.get(gb.getKey()))) {
          continue;
        }
        double d = dice(ga.getValue(), gb.getValue());
        if (d > best) {
          best = d;
          bestKey = gb.getKey();
        }
      }
      if (best >= 0.5 && bestKey != null) {
        double w = 0.8 * best * Math.min(a.gramWeight.get(ga.getKey()), b.gramWeight.get(bestKey));
        shared += w;
        matchedB.add(b.gramSurface.get(bestKey));
        if (ev != null) {
          ev.merge(label(sa, b.gramSurface.get(bestKey)) + " (cognate)", w, Double::sum);
        }
      }
    }
    if (matches != null) {
      matches[0] = matchedB.size();
    }
    if (ev != null) {
      ev.entrySet().stream()
          .sorted((p, q) -> Double.compare(q.getValue(), p.getValue()))
          .limit(8)
          .forEach(e -> evidence.add(e.getKey()));
    }
    return shared / Math.sqrt(a.total * b.total);
  }

  private static String label(String a, String b) {
    return a.equals(b) ? a : a + " = " + b;
  }

  private static double dice(Set<String> x, Set<String> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String g : x) {
      if (y.contains(g)) {
        common++;
      }
    }
    return 2.0 * common / (x.size() + y.size());
  }

  private static Set<String> grams(String term) {
    String p = "_" + term + "_";
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 4 <= p.length(); i++) {
      out.add(p.substring(i, i + 4));
    }
    return out;
  }

  /**
   * Consonant skeletons of a word: {@link NameKeys#skeleton}, and for a Latin word with a c also
   * the skeleton with c read as j, as Turkish spells it (Recep = رجب).
   */
  static List<String> skeletons(String term) {
    String sk = NameKeys.skeleton(term);
    if (term.indexOf('c') > 0 && !Scripts.hasArabicScript(term)) {
      String j = NameKeys.skeleton(term.replace('c', 'j'));
      if (!j.equals(sk)) {
        return List.of(sk, j);
      }
    }
    return List.of(sk);
  }

  /**
   * A long Arabic-script word: kept as a possible name across scripts even when it is common in
   * the background statistics (اردوغان is frequent in Persian news).
   */
  private static boolean longArabicScriptWord(String term) {
    return term.length() >= 6 && Scripts.hasArabicScript(term) && NameKeys.skeleton(term).length() >= 4;
  }

  /** An Arabic-script word without its long-vowel letters (كورونا and کرونا give كرن). */
  static String consonants(String key) {
    StringBuilder sb = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c != '\u0627' && c != '\u0648' && c != '\u064A' && c != '\u0649' && c != '\u06CC'
          && c != '\u0622' && c != '\u0623' && c != '\u0625') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String regionOf(String zoneId) {
    String r = com.ibm.icu.util.TimeZone.getRegion(zoneId);
    return r == null || r.equals("001") ? "" : r;
  }

  /**
   * Matching key of a term: Arabic-script terms through {@link NameKeys#arabicScriptKey}, with a
   * final teh read as the teh marbuta it writes in Persian loans from Arabic (سرعت = سرعة, وحدت =
   * وحدة, دولت = دولة: after folding both end in ه).
   */
  private static String termKey(String term) {
    if (!Scripts.hasArabicScript(term)) {
      return term;
    }
    String k = NameKeys.arabicScriptKey(term);
    if (k.length() >= 4 && k.charAt(k.length() - 1) == '\u062A') {
      k = k.substring(0, k.length() - 1) + '\u0647';
    }
    return k;
  }

  /** Per-sentence features. */
  private static final class Sig {
    final Map<String, Double> w = new HashMap<>();
    final Map<String, String> surface = new HashMap<>();
    final Map<String, Set<String>> grams = new HashMap<>();
    final Map<String, String> gramSurface = new HashMap<>();
    final Map<String, Double> gramWeight = new HashMap<>();
    /**
     * The clause units of a sentence with two or more clauses (each clause, then each run of two
     * neighbouring clauses); empty otherwise, and for a unit itself.
     */
    final List<Sig> clauses = new ArrayList<>();

    /** Clause unit {@code c}, or this whole sentence for -1. */
    Sig unit(int c) {
      return c < 0 ? this : clauses.get(c);
    }
    double total;

    void put(String key, double weight, String surf) {
      if (w.merge(key, weight, Math::max) == weight) {
        surface.put(key, surf);
      }
    }

    /** Takes over the features of {@code o} as if they had been put here. */
    void absorb(Sig o) {
      for (Map.Entry<String, Double> e : o.w.entrySet()) {
        put(e.getKey(), e.getValue(), o.surface.get(e.getKey()));
      }
      grams.putAll(o.grams);
      gramSurface.putAll(o.gramSurface);
      gramWeight.putAll(o.gramWeight);
    }

    void gram(String key, double idf, String surf) {
      grams.put(key, grams(key));
      gramSurface.put(key, surf);
      gramWeight.put(key, idf);
    }

    /**
     * Multiplies each weight by its rarity among the {@code sentences} of both articles ({@code
     * df}: in how many sentences a key occurs) and sums the total a pair score divides by.
     */
    void weigh(Map<String, Integer> df, int sentences, Set<String> other) {
      double sum = 0;
      for (Map.Entry<String, Double> e : w.entrySet()) {
        double local = Math.log(1.0 + (double) sentences / df.get(e.getKey()));
        e.setValue(e.getValue() * local);
        // only what the other article also has can tell which of its sentences match
        sum += other.contains(e.getKey()) ? e.getValue() : NOISE * e.getValue();
      }
      for (double g : gramWeight.values()) {
        sum += NOISE * g;
      }
      total = sum;
    }
  }

  /** One article being compared. */
  private final class Side {
    final Article article;
    final AnalyzedText at;
    final List<Sentence> sentences;
    final boolean arabicScript;
    final Set<String> stop;
    final List<Sig> sigs = new ArrayList<>();
    final Places.Match[] placeAt;
    final List<Places.Match> places;

    Side(Article article, AnalyzedText at) {
      this.article = article;
      this.at = at;
      this.sentences = at.sentences();
      this.stop = Stopwords.of(at.lang());
      int arabic = 0;
      for (Token t : at.tokens()) {
        if (t.arabicScript()) {
          arabic++;
        }
      }
      this.arabicScript = arabic * 2 > at.tokens().size();
      this.places = Places.get().find(at.tokens(), at.text(), at.lang());
      this.placeAt = new Places.Match[at.tokens().size()];
      for (Places.Match pm : places) {
        for (int k = 0; k < pm.tokenCount(); k++) {
          placeAt[pm.firstToken() + k] = pm;
        }
      }
    }

    Set<String> keys() {
      Set<String> out = new HashSet<>();
      for (Sig sig : sigs) {
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

    void build(boolean crossScript) {
      for (int i = 0; i < sentences.size(); i++) {
        sigs.add(new Sig());
      }
      double maxIdf = stats.maxIdf();
      List<Token> tokens = at.tokens();
      // each token's features once; its sentence and every clause unit it is in take them over
      List<Sig> byToken = new ArrayList<>(tokens.size());
      for (int i = 0; i < tokens.size(); i++) {
        Sig one = new Sig();
        addToken(i, tokens.get(i), crossScript, maxIdf, one);
        byToken.add(one);
        sigs.get(tokens.get(i).sentence()).absorb(one);
      }
      for (Sentence s : sentences) {
        addNumbers(s.text(), maxIdf, sigs.get(s.index()));
      }
      for (int[] unit : clauseUnits(tokens)) {
        Sig clause = new Sig();
        for (int i = unit[1]; i < unit[2]; i++) {
          clause.absorb(byToken.get(i));
        }
        addNumbers(at.text().substring(tokens.get(unit[1]).start(), tokens.get(unit[2] - 1).end()), maxIdf, clause);
        sigs.get(unit[0]).clauses.add(clause);
      }
    }

    private static void addNumbers(String text, double maxIdf, Sig sig) {
      for (Quantities.Found f : Quantities.numbers(text)) {
        sig.put("n:" + f.key(), maxIdf, f.surface());
      }
    }

    /**
     * The clause units of the sentences with two or more clauses, as {sentence, first token, end
     * token}: each clause, and with three or more, each run of two neighbouring clauses (an
     * aside between commas may split what the other article says in one clause). A clause ends at
     * a comma, semicolon, colon or quotation mark; a run of fewer than {@link #MIN_CLAUSE_TOKENS}
     * words joins the next one, and a short last run the one before it.
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
            out.add(new int[] {sentence, starts.get(c), starts.get(c + 1)});
          }
          for (int c = 0; k >= 3 && c + 1 < k; c++) {
            out.add(new int[] {sentence, starts.get(c), starts.get(c + 2)});
          }
        }
        from = to;
      }
      return out;
    }

    private void addToken(int i, Token t, boolean crossScript, double maxIdf, Sig sig) {
      if (placeAt[i] != null) {
        Places.Match pm = placeAt[i];
        if (pm.firstToken() == i) {
          sig.put("p:" + pm.place().id(), 0.8 * maxIdf, pm.surface());
          String region = pm.place().country() ? "" : regionOf(pm.place().id());
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
      if (!FeatureExtractor.isContent(term, stop)) {
        return;
      }
      double idf = stats.idf(term);
      String key = termKey(term);
      sig.put("t:" + key, idf, t.surface());
      String stem = Stemmers.stem(term, at.lang());
      if (!stem.equals(term)) {
        sig.put("t:" + termKey(stem), 0.7 * idf, t.surface());
      }
      if (!crossScript && key.length() >= 4 && Scripts.hasArabicScript(key)) {
        String ck = consonants(key);
        if (ck.length() >= 2 && !ck.equals(key)) {
          sig.put("c:" + ck, 0.8 * idf, t.surface());
        }
      }
      if (crossScript && (isNameLike(t, idf) || longArabicScriptWord(term))) {
        for (String sk : skeletons(term)) {
          if (sk.length() >= 3) {
            sig.put("s:" + sk, idf, t.surface());
          }
        }
      }
      if (idf >= rareIdf && key.length() >= 5) {
        sig.gram(key, idf, t.surface());
      }
    }

    boolean isNameLike(Token t, double idf) {
      String term = t.term();
      if (term.length() < 3 || stop.contains(term) || Scripts.isAllDigits(term)) {
        return false;
      }
      if (Scripts.hasArabicScript(term)) {
        return idf >= rareIdf;
      }
      if (!t.capitalized()) {
        return false;
      }
      return !t.sentenceInitial() || idf >= rareIdf;
    }

    /** Keys under which the other article may find this article's names. */
    Set<String> nameIndex(boolean crossScript) {
      Set<String> out = new HashSet<>();
      for (Token t : at.tokens()) {
        String term = FeatureExtractor.stripApostrophe(t.term());
        out.add("t:" + termKey(term));
        out.add("t:" + termKey(Stemmers.stem(term, at.lang())));
        if (crossScript) {
          for (String sk : skeletons(term)) {
            if (sk.length() >= 3) {
              out.add("s:" + sk);
            }
          }
        }
      }
      return out;
    }
  }

  // ---------------------------------------------------------------- facts

  private List<Fact> onlyIn(Side x, Side y, boolean[] aligned, boolean crossScript, List<Fact> shared) {
    List<Fact> out = new ArrayList<>();
    // numbers
    Set<String> yNumbers = new HashSet<>();
    for (Sentence s : y.sentences) {
      for (Quantities.Found f : Quantities.numbers(s.text())) {
        yNumbers.add(f.key());
      }
    }
    Set<String> seen = new HashSet<>();
    for (Sentence s : x.sentences) {
      for (Quantities.Found f : Quantities.numbers(s.text())) {
        if (seen.add("n:" + f.key())) {
          Fact fact = new Fact(Fact.Kind.NUMBER, f.key(), f.surface(), s.index());
          (yNumbers.contains(f.key()) ? sharedOrDrop(shared) : out).add(fact);
        }
      }
    }
    // places
    Set<String> yPlaces = new HashSet<>();
    for (Places.Match pm : y.places) {
      yPlaces.add(pm.place().id());
    }
    List<Token> xt = x.at.tokens();
    Set<String> yIndex = y.nameIndex(crossScript);
    for (Places.Match pm : x.places) {
      if (seen.add("p:" + pm.place().id())) {
        String firstTerm = FeatureExtractor.stripApostrophe(xt.get(pm.firstToken()).term());
        String sk = NameKeys.skeleton(firstTerm);
        // the other article may write it as a word the gazetteer leaves out (Turkey, an adjective)
        boolean asWord =
            pm.tokenCount() == 1
                && (yIndex.contains("t:" + termKey(firstTerm))
                    || (crossScript && sk.length() >= 3 && yIndex.contains("s:" + sk)));
        Fact fact =
            new Fact(
                Fact.Kind.PLACE, pm.place().name(), pm.surface(), xt.get(pm.firstToken()).sentence());
        (yPlaces.contains(pm.place().id()) || asWord ? sharedOrDrop(shared) : out).add(fact);
      }
    }
    // names
    Map<String, Integer> count = new HashMap<>();
    Map<String, Token> first = new LinkedHashMap<>();
    for (int i = 0; i < xt.size(); i++) {
      Token t = xt.get(i);
      if (x.placeAt[i] != null) {
        continue;
      }
      String term = FeatureExtractor.stripApostrophe(t.term());
      double idf = stats.idf(t.term());
      if (!x.isNameLike(t, idf)) {
        continue;
      }
      String key = termKey(term);
      count.merge(key, 1, Integer::sum);
      first.putIfAbsent(key, t);
    }
    for (Map.Entry<String, Token> e : first.entrySet()) {
      Token t = e.getValue();
      String term = FeatureExtractor.stripApostrophe(t.term());
      boolean arabic = Scripts.hasArabicScript(term);
      // Arabic script has no capitals: a rare word is a name only when it recurs and has none of
      // the marks of a common noun or verb (definite article, tanwin, feminine or pronoun ending)
      if (arabic && (count.get(e.getKey()) < 2 || !arabicNameShape(t.surface()))) {
        continue;
      }
      // cased scripts: capitalised inside a sentence and rare (German capitalises every noun),
      // and not a weekday or month name
      if (!arabic
          && (firstSentenceInitial(xt, e.getKey())
              || stats.idf(t.term()) < rareIdf
              || CalendarWords.contains(term))) {
        continue;
      }
      boolean inY = inIndex(yIndex, term, x.at.lang(), crossScript);
      String surface = FeatureExtractorLabels.clean(t.surface());
      if (!arabic && CAPITALISES_NOUNS.contains(x.at.lang())) {
        // German capitalises every noun: only a run of capitalised words is taken as a name
        String run = capitalisedRun(xt, first.get(e.getKey()), x.stop);
        if (run.isEmpty()) {
          continue;
        }
        surface = run;
        for (String w : run.split(" ")) {
          inY |= inIndex(yIndex, FeatureExtractor.stripApostrophe(w.toLowerCase(java.util.Locale.ROOT)), x.at.lang(), crossScript)
              && !x.stop.contains(w.toLowerCase(java.util.Locale.ROOT))
              && !CAPITALISED_NOUN_TITLES.contains(w);
        }
      }
      String label = arabic ? surface + " (" + NameKeys.romanize(term) + ")" : surface;
      if (!seen.add("name:" + label)) {
        continue;
      }
      Fact fact = new Fact(Fact.Kind.NAME, label, surface, t.sentence());
      (inY ? sharedOrDrop(shared) : out).add(fact);
    }
    // quotes
    for (Sentence s : x.sentences) {
      Matcher m = QUOTE.matcher(s.text());
      while (m.find()) {
        String q = null;
        for (int g = 1; g <= 4 && q == null; g++) {
          q = m.group(g);
        }
        if (q == null || q.isBlank() || aligned[s.index()]) {
          continue;
        }
        out.add(new Fact(Fact.Kind.QUOTE, q.strip(), m.group(), s.index()));
      }
    }
    return out;
  }

  private static final Pattern NOT_A_NAME =
      Pattern.compile("^(?:[وفبلك]?ال|لل|[وف][اأإيتن]|است|مست|ت[اأ]).*|.*(?:[ًٌٍَُِّْ]|[ةهاى]|ها|هم|ين|ون|ات|ية|ی|ي)$");

  private static final Pattern VERB_OR_NOUN_PATTERN =
      Pattern.compile("^[يتأنبم].{3}$|^ا.ت.*|^ا..ا.$|.*اند$|.*[\u064B-\u0652].*");

  static boolean arabicNameShape(String surface) {
    String s = surface.replace("\u0640", "");
    return s.length() >= 4
        && !NOT_A_NAME.matcher(s).matches()
        && !VERB_OR_NOUN_PATTERN.matcher(s).matches();
  }

  private static final Set<String> CAPITALISES_NOUNS = Set.of("de", "lb");
  private static final Set<String> CAPITALISED_NOUN_TITLES = Set.of("Präsident", "Präsidentin");

  private boolean inIndex(Set<String> index, String term, String lang, boolean crossScript) {
    if (index.contains("t:" + termKey(term))
        || index.contains("t:" + termKey(Stemmers.stem(term, lang)))) {
      return true;
    }
    if (crossScript) {
      for (String sk : skeletons(term)) {
        if (sk.length() >= 3 && index.contains("s:" + sk)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The run of two or more capitalised non-stop words around {@code t} within its sentence
   * ("Recep Tayyip Erdogan", "Technische Hilfswerk"), or "" when {@code t} stands alone.
   */
  private static String capitalisedRun(List<Token> tokens, Token t, Set<String> stop) {
    int i = tokens.indexOf(t);
    int from = i;
    int to = i;
    while (from > 0 && runWord(tokens.get(from - 1), t, stop)) {
      from--;
    }
    while (to + 1 < tokens.size() && runWord(tokens.get(to + 1), t, stop)) {
      to++;
    }
    if (to == from) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (int k = from; k <= to; k++) {
      sb.append(k > from ? " " : "").append(tokens.get(k).surface());
    }
    return sb.toString();
  }

  private static boolean runWord(Token u, Token t, Set<String> stop) {
    return u.sentence() == t.sentence() && u.capitalized() && !stop.contains(u.term())
        && !u.term().isEmpty() && Character.isLetter(u.term().charAt(0));
  }

  /** True when the word is no name: it only starts sentences, or is also written in lower case. */
  private static boolean firstSentenceInitial(List<Token> tokens, String key) {
    boolean inside = false;
    for (Token t : tokens) {
      if (termKey(FeatureExtractor.stripApostrophe(t.term())).equals(key)) {
        if (!t.capitalized()) {
          return true; // also written in lower case: a common word
        }
        inside |= !t.sentenceInitial();
      }
    }
    return !inside;
  }

  /** Weekday and month names of the supported languages (CLDR), as analysed terms. */
  static final class CalendarWords {
    private static final class Holder {
      static final Set<String> TERMS = terms();
    }

    private CalendarWords() {}

    static boolean contains(String term) {
      return Holder.TERMS.contains(term);
    }

    private static Set<String> terms() {
      Set<String> out = new HashSet<>();
      for (Set<String> names : List.of(CalendarNames.months(), CalendarNames.weekdays())) {
        for (String n : names) {
          TextAnalysis.analyze(n, "und").tokens().forEach(t -> out.add(t.term()));
        }
      }
      return Set.copyOf(out);
    }
  }

  private static List<Fact> sharedOrDrop(List<Fact> shared) {
    return shared == null ? new ArrayList<>() : shared;
  }

  /** Display cleanup of a name surface: drops an apostrophe suffix and Arabic proclitics. */
  static final class FeatureExtractorLabels {
    private FeatureExtractorLabels() {}

    static String clean(String surface) {
      String s = FeatureExtractor.stripApostrophe(surface);
      return s.isEmpty() ? surface : s;
    }
  }
}
