package dev.storylink.compare;

import dev.storylink.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What each article of a comparison covers: the statements without a partner ({@link Passage}) and
 * the rows of the side-by-side view ({@link AlignedRow}). Stateless and thread-safe.
 */
final class Coverage {
  private Coverage() {}

  /** A statement has at least this many words with features. */
  static final int MIN_STATEMENT_WORDS = 3;

  /** A statement and a unit of the other article that share fewer features than this... */
  static final int MIN_MATCHES = 2;

  /** ...count this share of their score (one shared name says little about a statement). */
  static final double ONE_MATCH_SHARE = 0.6;

  /** Words that join two statements in one sentence (and, in the supported languages). */
  private static final java.util.Set<String> AND =
      java.util.Set.of("و", "and", "und", "et", "и", "y", "e", "ve", "en", "oraz", "ed");

  /**
   * The statements of {@code x} that {@code y} does not report: each sentence not in {@code
   * aligned}, and each statement of an aligned sentence of two or more statements whose best score
   * against any sentence or clause unit of {@code y} stays under {@code minClause} (a unit sharing
   * fewer than {@link #MIN_MATCHES} features with it counts {@link #ONE_MATCH_SHARE} of its score).
   * The statements of a sentence are its runs of words between clause marks (commas, colons,
   * semicolons, quotation marks) and the word "and", a run of fewer than {@link
   * #MIN_STATEMENT_WORDS} words with features joining the next.
   */
  static List<Passage> unreported(
      SentenceSignatures x, SentenceSignatures y, boolean[] aligned, double minClause) {
    List<Passage> out = new ArrayList<>();
    List<dev.storylink.text.Token> tokens = x.at.tokens();
    int from = 0;
    for (Sentence s : x.sentences) {
      int i = s.index();
      int to = from;
      while (to < tokens.size() && tokens.get(to).sentence() == i) {
        to++;
      }
      if (!aligned[i]) {
        if (!s.text().isBlank()) {
          out.add(new Passage(i, 0, s.text().length(), s.text(), true));
        }
      } else {
        List<int[]> segs = segments(x, from, to);
        if (segs.size() == 1) {
          segs = List.of(); // one statement, aligned as a whole sentence: reported
        }
        for (int[] seg : segs) {
          Signature sig = new Signature();
          for (int k = seg[0]; k < seg[1]; k++) {
            sig.absorb(x.tokenSigs.get(k));
          }
          sig.weigh(x.df, x.dfSentences, x.otherKeys);
          if (best(sig, y) >= minClause) {
            continue;
          }
          int start = Math.max(0, tokens.get(seg[0]).start() - s.start());
          int end = Math.min(s.text().length(), tokens.get(seg[1] - 1).end() - s.start());
          if (start < end) {
            out.add(new Passage(i, start, end, s.text().substring(start, end), false));
          }
        }
      }
      from = to;
    }
    return out;
  }

  /** The statements of the sentence of tokens {@code from..to}, as {first, end} token ranges. */
  private static List<int[]> segments(SentenceSignatures x, int from, int to) {
    List<dev.storylink.text.Token> tokens = x.at.tokens();
    String text = x.at.text();
    List<int[]> out = new ArrayList<>();
    int start = from;
    int words = 0;
    for (int k = from; k < to; k++) {
      boolean cut =
          k > start
              && words >= MIN_STATEMENT_WORDS
              && (AND.contains(tokens.get(k).term())
                  || CLAUSE_MARK
                      .matcher(text.substring(tokens.get(k - 1).end(), tokens.get(k).start()))
                      .find());
      if (cut) {
        out.add(new int[] {start, k});
        start = k;
        words = 0;
      }
      if (!x.tokenSigs.get(k).w.isEmpty()) {
        words++;
      }
    }
    if (start < to) {
      if (words < MIN_STATEMENT_WORDS && !out.isEmpty()) {
        out.get(out.size() - 1)[1] = to; // a short last run joins the one before
      } else if (words >= MIN_STATEMENT_WORDS) {
        out.add(new int[] {start, to});
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern CLAUSE_MARK =
      java.util.regex.Pattern.compile("[,;:\u060C\u061B\u00AB\u00BB\u201C\u201D\"]");

  /** The best score of {@code unit} against every sentence and clause unit of {@code y}. */
  private static double best(Signature unit, SentenceSignatures y) {
    double best = 0;
    int[] matches = new int[1];
    for (Signature sig : y.sigs) {
      double s = SentenceScorer.pairScore(unit, sig, null, matches);
      best = Math.max(best, matches[0] >= MIN_MATCHES ? s : ONE_MATCH_SHARE * s);
      for (Signature clause : sig.clauses) {
        s = SentenceScorer.pairScore(unit, clause, null, matches);
        best = Math.max(best, matches[0] >= MIN_MATCHES ? s : ONE_MATCH_SHARE * s);
      }
    }
    return best;
  }

  /**
   * The side-by-side rows of {@code n} and {@code m} sentences linked by {@code links}: each
   * connected group of links is one row, in the order of its first sentence of the first article; a
   * sentence of the first article without a partner is a row of its own in its place, and one of
   * the second after the row that holds the sentence before it.
   */
  static List<AlignedRow> rows(int n, int m, List<SentenceLink> links) {
    int[] parent = new int[n + m];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (SentenceLink l : links) {
      parent[find(parent, l.a())] = find(parent, n + l.b());
    }
    List<TreeSet<Integer>> groupA = new ArrayList<>();
    List<TreeSet<Integer>> groupB = new ArrayList<>();
    int[] rowOf = new int[n + m];
    java.util.Arrays.fill(rowOf, -1);
    int[] rootRow = new int[n + m];
    java.util.Arrays.fill(rootRow, -1);
    // rows in order of the first article, partners joining their group's row
    for (int i = 0; i < n; i++) {
      int r = find(parent, i);
      if (rootRow[r] < 0) {
        rootRow[r] = groupA.size();
        groupA.add(new TreeSet<>());
        groupB.add(new TreeSet<>());
      }
      groupA.get(rootRow[r]).add(i);
    }
    for (int j = 0; j < m; j++) {
      int r = find(parent, n + j);
      if (rootRow[r] >= 0) {
        groupB.get(rootRow[r]).add(j);
        rowOf[n + j] = rootRow[r];
      }
    }
    List<List<AlignedRow>> after = new ArrayList<>();
    for (int k = 0; k <= groupA.size(); k++) {
      after.add(new ArrayList<>());
    }
    int lastRow = -1; // the row of the sentence of b before, -1: before every row
    for (int j = 0; j < m; j++) {
      if (rowOf[n + j] >= 0) {
        lastRow = rowOf[n + j];
      } else {
        after.get(lastRow + 1).add(new AlignedRow(List.of(), List.of(j)));
      }
    }
    List<AlignedRow> out = new ArrayList<>(after.get(0));
    for (int k = 0; k < groupA.size(); k++) {
      out.add(new AlignedRow(List.copyOf(groupA.get(k)), List.copyOf(groupB.get(k))));
      out.addAll(after.get(k + 1));
    }
    return out;
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
}
