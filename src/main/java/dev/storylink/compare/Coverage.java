package dev.storylink.compare;

import dev.storylink.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

  /**
   * A statement of an aligned sentence is reported when it shares with a partner of its sentence a
   * number, or a name, place or alias key found in at most this share of the sentences of both
   * articles (a name in every sentence, the story's country, says nothing about one statement).
   */
  static final double SPECIFIC_SHARE = 0.15;

  /**
   * ...or when it scores this much against a partner of its sentence (or one of the partner's
   * clauses): what the partner reports is near, so less evidence is needed than against the whole
   * other article ({@code minClause}).
   */
  static final double PARTNER_SCORE = 0.2;

  /** A feature in more than this share of the sentences of both articles is background. */
  static final double BACKGROUND_SHARE = 0.13;

  /**
   * The statements of {@code x} that {@code y} does not report: each sentence not in {@code
   * aligned}, and each statement of an aligned sentence of two or more statements that is not
   * reported: it scores under {@code minClause} against every sentence and clause unit of {@code y}
   * (a unit sharing fewer than {@link #MIN_MATCHES} features with it counts {@link
   * #ONE_MATCH_SHARE} of its score), under {@link #PARTNER_SCORE} against the partners of its
   * sentence ({@code partners}, indices into {@code y}), and shares with them no number and no
   * specific name, place or alias ({@link #SPECIFIC_SHARE}). The statements of a sentence are its
   * runs of words between clause marks (commas, colons, semicolons, quotation marks) and the word
   * "and" ({@link Statements}), a run of fewer than {@link #MIN_STATEMENT_WORDS} words with
   * features that are no framing words (said, according to) joining the next.
   */
  static List<Passage> unreported(
      SentenceSignatures x,
      SentenceSignatures y,
      boolean[] aligned,
      List<List<Integer>> partners,
      double minClause) {
    List<Passage> out = new ArrayList<>();
    List<dev.storylink.text.Token> tokens = x.at.tokens();
    Statements statements = new Statements(x);
    Set<String> background = background(x);
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
        List<int[]> segs = statements.of(from, to);
        if (segs.size() == 1) {
          segs = List.of(); // one statement, aligned as a whole sentence: reported
        }
        for (int[] seg : segs) {
          Signature sig = new Signature();
          for (int k = seg[0]; k < seg[1]; k++) {
            sig.absorb(x.tokenSigs.get(k));
          }
          // its figures (43 = ۴۳), which are read from the text, not from its words
          SentenceSignatures.addNumbers(
              x.at.text().substring(tokens.get(seg[0]).start(), tokens.get(seg[1] - 1).end()),
              x.maxIdf(),
              sig);
          sig.weigh(x.df, x.dfSentences, x.otherKeys);
          if (best(sig, y, background) >= minClause
              || byPartner(sig, x, y, partners.get(i), background)) {
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

  /** True when a partner of the statement's sentence reports it (see {@link #unreported}). */
  private static boolean byPartner(
      Signature unit,
      SentenceSignatures x,
      SentenceSignatures y,
      List<Integer> partners,
      Set<String> background) {
    double maxDf = Math.max(2, SPECIFIC_SHARE * x.dfSentences);
    int[] matches = new int[1];
    for (int j : partners) {
      Signature p = y.sigs.get(j);
      for (String k : unit.w.keySet()) {
        if (p.w.containsKey(k)
            && (k.startsWith("n:")
                || ((k.startsWith("s:") || k.startsWith("p:") || k.startsWith("a:"))
                    && x.df.getOrDefault(k, 1) <= maxDf))) {
          return true;
        }
      }
      for (int c = -1; c < p.clauses.size(); c++) {
        double sc = unitScore(unit, p.unit(c), background, matches);
        if (sc >= PARTNER_SCORE) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The best score of {@code unit} against every sentence and clause unit of {@code y}; a unit
   * sharing only background features with it ({@link #background}) counts nothing.
   */
  private static double best(Signature unit, SentenceSignatures y, Set<String> background) {
    double best = 0;
    int[] matches = new int[1];
    for (Signature sig : y.sigs) {
      for (int c = -1; c < sig.clauses.size(); c++) {
        best = Math.max(best, unitScore(unit, sig.unit(c), background, matches));
      }
    }
    return best;
  }

  /**
   * The score of {@code unit} against {@code other}: {@link SentenceScorer#pairScore}, {@link
   * #ONE_MATCH_SHARE} of it when they share fewer than {@link #MIN_MATCHES} features, nothing when
   * they share no feature but background ones (a cognate of a background word, موضوع = لموضوع, is
   * no evidence either).
   */
  private static double unitScore(
      Signature unit, Signature other, Set<String> background, int[] matches) {
    double s = SentenceScorer.pairScore(unit, other, null, matches);
    if (s <= 0) {
      return 0;
    }
    boolean specific = false;
    for (String k : unit.w.keySet()) {
      specific |= other.w.containsKey(k) && !background.contains(k);
    }
    if (!specific) {
      return 0; // only the story's background: the country, the name in every sentence
    }
    return matches[0] >= MIN_MATCHES ? s : ONE_MATCH_SHARE * s;
  }

  /**
   * The background features of a comparison: those in more than {@link #BACKGROUND_SHARE} of the
   * sentences of both articles, and in four or more (Syria, Idlib and Putin in a story about
   * Idlib); never a number or a well-known agreement or organisation ({@link Aliases}).
   */
  static Set<String> background(SentenceSignatures x) {
    Set<String> out = new java.util.HashSet<>();
    double max = Math.max(3, BACKGROUND_SHARE * x.dfSentences);
    x.df.forEach(
        (k, n) -> {
          if (n > max && !k.startsWith("a:") && !k.startsWith("n:")) {
            out.add(k);
          }
        });
    return out;
  }

  /**
   * The side-by-side rows of {@code n} and {@code m} sentences linked by {@code links}: the
   * sentences joined by each sentence's strongest link ({@link #strongestLinks}) are one row, in
   * the order of its first sentence of the first article; a sentence of the first article without a
   * partner is a row of its own in its place, and one of the second after the row that holds the
   * sentence before it. A link that is neither sentence's strongest joins no rows (it stays a link:
   * the page shows it on hover, the command line under the row of its first sentence), so a long
   * pair does not chain into one block through its weaker 1:n and n:m links.
   */
  static List<AlignedRow> rows(int n, int m, List<SentenceLink> links) {
    int[] parent = new int[n + m];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (SentenceLink l : strongestLinks(n, m, links)) {
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

  /**
   * The links that are the strongest of at least one of their two sentences (the first in {@code
   * links} on a tie), in the order of {@code links}: every linked sentence keeps its best partner
   * in its row.
   */
  static List<SentenceLink> strongestLinks(int n, int m, List<SentenceLink> links) {
    int[] bestA = new int[n];
    int[] bestB = new int[m];
    java.util.Arrays.fill(bestA, -1);
    java.util.Arrays.fill(bestB, -1);
    for (int k = 0; k < links.size(); k++) {
      SentenceLink l = links.get(k);
      if (bestA[l.a()] < 0 || l.score() > links.get(bestA[l.a()]).score()) {
        bestA[l.a()] = k;
      }
      if (bestB[l.b()] < 0 || l.score() > links.get(bestB[l.b()]).score()) {
        bestB[l.b()] = k;
      }
    }
    List<SentenceLink> out = new ArrayList<>();
    for (int k = 0; k < links.size(); k++) {
      SentenceLink l = links.get(k);
      if (bestA[l.a()] == k || bestB[l.b()] == k) {
        out.add(l);
      }
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
