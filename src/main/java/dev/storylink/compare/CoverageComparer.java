package dev.storylink.compare;

import dev.storylink.core.Article;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.features.Places;
import dev.storylink.features.Quantities;
import dev.storylink.features.TermStats;
import dev.storylink.text.AnalyzedText;
import dev.storylink.text.CalendarNames;
import dev.storylink.text.NameKeys;
import dev.storylink.text.TextAnalysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Compares the coverage of two articles of one story, in the same or different languages.
 *
 * <p>Sentence alignment uses the cross-lingual signals of {@code dev.storylink.link}, per sentence
 * ({@link SentenceSignatures}): folded terms ({@link TextAnalysis}; Arabic-script terms through
 * {@link NameKeys#arabicScriptKey}, so Arabic and Persian spellings meet), same-language stems,
 * names across scripts by consonant skeleton ({@link NameKeys#skeleton}), CLDR places ({@link
 * Places}), numbers ({@link Quantities}), CLDR weekday names ({@link CalendarNames}) and, for rare
 * words left unmatched, {@link Cognates} by character 4-gram overlap. Each feature is weighted by
 * its background idf times its rarity within the two articles (a name in every sentence says little
 * about which sentences match). The score of a sentence pair is the shared weight over the
 * geometric mean of the two sentences' weights; a long sentence is also scored clause by clause
 * (clauses end at commas, semicolons, colons and quotation marks), so that a sentence reporting
 * three things meets each of the three shorter sentences that report them one by one ({@link
 * SentenceScorer}). The pairs are aligned 1:1, 1:n and n:m by {@link SentenceAligner} (above {@link
 * #THRESHOLD}, joins at {@link #JOIN_THRESHOLD}). A link under {@link #MIN_LINK_SCORE} is weak and
 * dropped: a sentence with only weak partners is unaligned. The links make the rows of the
 * side-by-side view ({@link AlignedRow}).
 *
 * <p>What only one article reports: its unaligned sentences, and the clauses of its aligned
 * sentences that no sentence or clause of the other article matches at {@link #MIN_CLAUSE_SCORE}
 * ({@link Passage}); and facts ({@link FactDiff}): numbers with their role, places, names (matched
 * as {@code storylink link} matches them) and dates, split into those only one article reports and
 * those both report.
 *
 * <p>The work and the result are bounded ({@link ComparisonLimits}): a longer article is refused
 * with an {@link dev.storylink.core.InputException}.
 *
 * <p>Thread-safe if the {@link TermStats} is (all shipped ones are).
 */
public final class CoverageComparer {
  /** Minimum score for a 1:1 sentence link. */
  public static final double THRESHOLD = SentenceAligner.THRESHOLD;

  /** Minimum score for a sentence to join a partner that is already aligned (1:n). */
  public static final double JOIN_THRESHOLD = SentenceAligner.JOIN_THRESHOLD;

  /**
   * A link under this score is weak and dropped, so a sentence with only weak partners is
   * unaligned. Calibrated on the seeds and composed pairs (docs/compare.md): across Arabic and
   * Persian the seeds' links under it rest on one name or place and a frequent word (Putin and
   * Vladimir; Iran and corona; Astana and Syria), those at and above it report one fact (the health
   * protocol 0.24, hosting the Astana summit 0.25).
   */
  public static final double MIN_LINK_SCORE = 0.235;

  /**
   * A statement of an aligned sentence ({@link Coverage#unreported}) is reported by the other
   * article when it scores this much against one of its sentences or clauses. Calibrated on the
   * seeds: the Persian statements the Arabic lacks (Putin's condolences 0.08, the Syrian
   * government's right to respond 0.14, the Americans' abuse of Idlib as a pretext 0.21) stay under
   * it; most statements both report score 0.26 and more.
   */
  public static final double MIN_CLAUSE_SCORE = 0.25;

  private final TermStats stats;
  private final FactDiff facts;
  private final FeatureExtractor features;

  /** A comparer weighting words by {@code stats}. */
  public CoverageComparer(TermStats stats) {
    this.stats = Objects.requireNonNull(stats, "stats");
    this.facts = new FactDiff(stats);
    // the articles compared have their language: the identifier is never asked
    this.features = new FeatureExtractor(stats, text -> Article.UNKNOWN_LANG);
  }

  /**
   * Compares two articles whose languages are known ({@code Article#hasLanguage}); callers identify
   * unknown languages first (e.g. {@code FeatureExtractor#withSupportedLanguage}).
   *
   * @throws dev.storylink.core.InputException when an article exceeds {@link ComparisonLimits}
   */
  public Comparison compare(Article a, Article b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    SentenceSignatures sa = side(a);
    SentenceSignatures sb = side(b);
    boolean crossScript = sa.arabicScript != sb.arabicScript;
    List<SentenceLink> links = align(sa, sb, crossScript, ComparisonLimits.WHOLE);
    int n = sa.sentences.size();
    int m = sb.sentences.size();
    boolean[] alignedA = new boolean[n];
    boolean[] alignedB = new boolean[m];
    for (SentenceLink l : links) {
      alignedA[l.a()] = true;
      alignedB[l.b()] = true;
    }

    FactDiff.Result diff =
        facts.diff(sa, sb, features.extract(a, sa.at), features.extract(b, sb.at), crossScript);
    return new Comparison(
        sa.view(),
        sb.view(),
        links,
        diff.shared(),
        diff.onlyInA(),
        diff.onlyInB(),
        unaligned(alignedA),
        unaligned(alignedB),
        Coverage.rows(n, m, links),
        Coverage.unreported(sa, sb, alignedA, partners(n, links, true), MIN_CLAUSE_SCORE),
        Coverage.unreported(sb, sa, alignedB, partners(m, links, false), MIN_CLAUSE_SCORE));
  }

  /**
   * The aligned sentences of two articles whose languages are known, as {@link #compare} links
   * them, without the rest of a comparison (facts, statements left unreported): what a story's fact
   * matrix needs of each pair, within the tighter {@code budget}.
   *
   * @throws dev.storylink.core.InputException when an article exceeds {@link ComparisonLimits} or
   *     the pair exceeds {@code budget}
   */
  public List<SentenceLink> links(Article a, Article b, ComparisonLimits.Budget budget) {
    SentenceSignatures sa = side(Objects.requireNonNull(a, "a"));
    SentenceSignatures sb = side(Objects.requireNonNull(b, "b"));
    return align(sa, sb, sa.arabicScript != sb.arabicScript, budget);
  }

  /** Builds both sides' signatures, checks the work and links the sentences, in order. */
  private static List<SentenceLink> align(
      SentenceSignatures sa,
      SentenceSignatures sb,
      boolean crossScript,
      ComparisonLimits.Budget budget) {
    sa.build(crossScript, sb.at.lang());
    sb.build(crossScript, sa.at.lang());
    ComparisonLimits.checkWork(sa, sb, budget);
    SentenceSignatures.localWeights(sa, sb);
    int n = sa.sentences.size();
    int m = sb.sentences.size();
    SentenceAligner.Cell[][] scored = new SentenceAligner.Cell[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        scored[i][j] = SentenceScorer.score(sa.sigs.get(i), sb.sigs.get(j));
      }
    }
    List<SentenceLink> links = new ArrayList<>();
    for (SentenceAligner.Pair p : SentenceAligner.align(scored)) {
      SentenceAligner.Cell best = scored[p.a()][p.b()];
      if (best.score() < MIN_LINK_SCORE) {
        continue; // a weak partner is no partner
      }
      List<String> evidence = new ArrayList<>();
      SentenceScorer.pairScore(
          sa.sigs.get(p.a()).unit(best.unitA()),
          sb.sigs.get(p.b()).unit(best.unitB()),
          evidence,
          null);
      links.add(new SentenceLink(p.a(), p.b(), Math.min(1.0, best.score()), evidence));
    }
    links.sort(Comparator.comparingInt(SentenceLink::a).thenComparingInt(SentenceLink::b));
    return links;
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

  /**
   * The text an article is compared on (and its facts read from, {@code facts.FactExtractor}): its
   * title and body as {@link Article#fullText}, but the body alone when its first line repeats the
   * title (the same words, case and white space aside; many pages and data sets open the body with
   * the headline), so that the headline is one sentence, not two that align with everything the
   * other article's headline does. A body that opens with the title's words and goes on in the same
   * line (the headline run into the first sentence, as scraped data sets write it) is read as the
   * title, then the body without them: the headline is one sentence, the lead another.
   */
  public static String comparedText(Article article) {
    String body = article.text();
    int end = body.indexOf('\n');
    String first = end < 0 ? body : body.substring(0, end);
    if (article.title().isBlank()) {
      return article.fullText();
    }
    if (sameWords(first, article.title())) {
      return body;
    }
    int after = afterTitle(body, article.title());
    return after < 0
        ? article.fullText()
        : article.title() + "\n\n" + body.substring(after).strip();
  }

  /**
   * The index in {@code body} after its opening words when they are the words of {@code title}
   * (case and white space aside) and white space and more text follow, else -1.
   */
  static int afterTitle(String body, String title) {
    String[] words = title.strip().split("\\s+");
    int i = 0;
    for (String w : words) {
      while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
        i++;
      }
      if (!body.regionMatches(true, i, w, 0, w.length())) {
        return -1;
      }
      i += w.length();
    }
    boolean spaceAfter = i < body.length() && Character.isWhitespace(body.charAt(i));
    return spaceAfter && !body.substring(i).isBlank() ? i : -1;
  }

  private static boolean sameWords(String a, String b) {
    return a.strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(java.util.Locale.ROOT)
        .equals(b.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT));
  }

  private SentenceSignatures side(Article article) {
    String text = comparedText(article);
    ComparisonLimits.checkText(article.id(), text);
    AnalyzedText at = TextAnalysis.analyze(text, article.lang());
    ComparisonLimits.checkSentences(article.id(), at.sentences());
    return new SentenceSignatures(article, at, stats);
  }

  /** Per sentence of the first ({@code ofA}) or second article, its linked partners. */
  private static List<List<Integer>> partners(int n, List<SentenceLink> links, boolean ofA) {
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    for (SentenceLink l : links) {
      out.get(ofA ? l.a() : l.b()).add(ofA ? l.b() : l.a());
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
}
