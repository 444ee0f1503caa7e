package dev.storylink.compare;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores sentence pairs from their {@link Signature}s: the shared weight over the geometric mean of
 * the two weights, plus rare words left unmatched that are {@link Cognates}. A long sentence is
 * also scored clause by clause. Stateless and thread-safe.
 */
final class SentenceScorer {
  /** A clause-level match counts this share of its score (whole sentences matching come first). */
  static final double CLAUSE_FACTOR = 0.8;

  /** Labels of evidence kept per link. */
  static final int EVIDENCE = 8;

  private SentenceScorer() {}

  /**
   * Score of a sentence pair: the score of the whole sentences, or {@link #CLAUSE_FACTOR} times the
   * best score of a clause of one against a clause (or the whole) of the other when that match
   * rests on at least two shared features. A long sentence that reports several things (Putin
   * stressed the Astana agreements, Syria's territorial integrity, and welcomed Tehran's offer to
   * host the summit) thereby meets each shorter sentence that reports one of them.
   */
  static SentenceAligner.Cell score(Signature a, Signature b) {
    SentenceAligner.Cell best = new SentenceAligner.Cell(pairScore(a, b, null, null), -1, -1);
    if (a.clauses.isEmpty() && b.clauses.isEmpty()) {
      return best;
    }
    int[] matches = new int[1];
    for (int ca = a.clauses.isEmpty() ? -1 : 0; ca < a.clauses.size(); ca++) {
      for (int cb = b.clauses.isEmpty() ? -1 : 0; cb < b.clauses.size(); cb++) {
        double s = CLAUSE_FACTOR * pairScore(a.unit(ca), b.unit(cb), null, matches);
        if (s > best.score() && matches[0] >= 2) {
          best = new SentenceAligner.Cell(s, ca, cb);
        }
      }
    }
    return best;
  }

  /**
   * The score of two units and, into {@code evidence} when given, the labels of what they share,
   * strongest first (at most {@link #EVIDENCE}); {@code matches[0]} receives the number of matched
   * features of {@code b} when given.
   */
  static double pairScore(Signature a, Signature b, List<String> evidence, int[] matches) {
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
    for (Map.Entry<String, long[]> ga : a.grams.entrySet()) {
      String sa = a.gramSurface.get(ga.getKey());
      if (matchedSurfacesA.contains(sa)) {
        continue;
      }
      double best = 0;
      String bestKey = null;
      for (Map.Entry<String, long[]> gb : b.grams.entrySet()) {
        if (Cognates.diceBound(ga.getValue().length, gb.getValue().length) <= best
            || matchedB.contains(b.gramSurface.get(gb.getKey()))) {
          continue; // cannot beat the best so far, or already matched
        }
        double d = Cognates.dice(ga.getValue(), gb.getValue());
        if (d > best) {
          best = d;
          bestKey = gb.getKey();
        }
      }
      if (best >= Cognates.MIN_DICE && bestKey != null) {
        double w =
            Cognates.WEIGHT
                * best
                * Math.min(a.gramWeight.get(ga.getKey()), b.gramWeight.get(bestKey));
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
          .limit(EVIDENCE)
          .forEach(e -> evidence.add(e.getKey()));
    }
    return shared / Math.sqrt(a.total * b.total);
  }

  private static String label(String a, String b) {
    return a.equals(b) ? a : a + " = " + b;
  }
}
