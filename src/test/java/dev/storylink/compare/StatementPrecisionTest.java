package dev.storylink.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.facts.FactFixtures;
import dev.storylink.features.CorpusStats;
import dev.storylink.store.StoredArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of what the pairwise comparison lists as reported by one article only
 * (statements and facts), on every pair of articles of the composed fixture stories ({@code
 * fixtures/facts/{quake,crash,trade,izmir}.json}: English, German, Arabic, Persian), against the
 * hand labels of {@code fixtures/facts/expected-only-in-pairs.tsv}. A listed statement is right
 * when it contains a labelled fragment of its side (or a fragment contains it); a listed fact when
 * its kind and label are labelled for its side. Precision: right listed items / listed items;
 * recall: labelled items listed / labelled items.
 */
class StatementPrecisionTest {
  private static final CoverageComparer CMP = new CoverageComparer(CorpusStats.background());
  private static final List<String> STORIES = List.of("quake", "crash", "trade", "izmir");

  private static final Map<String, Article> ARTICLES = new HashMap<>();
  private static final List<String[]> PAIRS = new ArrayList<>();
  private static final Map<String, List<String>> GOLD = new HashMap<>();

  // listed / right, labelled / found; per kind: statements [0], facts [1]
  private static final int[] LISTED = new int[2];
  private static final int[] RIGHT = new int[2];
  private static final int[] LABELLED = new int[2];
  private static final int[] FOUND = new int[2];
  private static final List<String> WRONG = new ArrayList<>();

  @BeforeAll
  static void compareEveryPair() throws IOException {
    for (String story : STORIES) {
      for (StoredArticle a : FactFixtures.story(story)) {
        ARTICLES.put(a.article().id(), a.article());
      }
    }
    String gold;
    try (InputStream in =
        StatementPrecisionTest.class.getResourceAsStream(
            "/fixtures/facts/expected-only-in-pairs.tsv")) {
      gold = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String line : gold.split("\n")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      if (f[0].equals("pair")) {
        PAIRS.add(new String[] {f[1], f[2]});
      } else {
        GOLD.computeIfAbsent(key(f[0], f[1], f[2], f[3]), k -> new ArrayList<>()).add(f[4]);
      }
    }
    for (String[] p : PAIRS) {
      Comparison c = CMP.compare(ARTICLES.get(p[0]), ARTICLES.get(p[1]));
      score(p, "A", c.statementsOnlyInA().stream().map(Passage::text).toList(), c.onlyInA());
      score(p, "B", c.statementsOnlyInB().stream().map(Passage::text).toList(), c.onlyInB());
    }
    System.out.printf(
        Locale.ROOT,
        "only-in statements on %d composed pairs: precision %.2f (%d/%d), recall %.2f (%d/%d)%n",
        PAIRS.size(),
        (double) RIGHT[0] / LISTED[0],
        RIGHT[0],
        LISTED[0],
        (double) FOUND[0] / LABELLED[0],
        FOUND[0],
        LABELLED[0]);
    System.out.printf(
        Locale.ROOT,
        "only-in facts on %d composed pairs: precision %.2f (%d/%d), recall %.2f (%d/%d)%n",
        PAIRS.size(),
        (double) RIGHT[1] / LISTED[1],
        RIGHT[1],
        LISTED[1],
        (double) FOUND[1] / LABELLED[1],
        FOUND[1],
        LABELLED[1]);
    WRONG.forEach(w -> System.out.println("  listed, not labelled: " + w));
  }

  private static String key(String a, String b, String side, String kind) {
    return a + " " + b + " " + side + " " + kind;
  }

  private static void score(String[] p, String side, List<String> statements, List<Fact> facts) {
    List<String> gs = GOLD.getOrDefault(key(p[0], p[1], side, "statement"), List.of());
    Set<String> hit = new HashSet<>();
    for (String s : statements) {
      LISTED[0]++;
      boolean right = false;
      for (String g : gs) {
        if (s.contains(g) || g.contains(s)) {
          hit.add(g);
          right = true;
        }
      }
      if (right) {
        RIGHT[0]++;
      } else {
        WRONG.add(p[0] + " vs " + p[1] + " " + side + ": " + s);
      }
    }
    LABELLED[0] += gs.size();
    FOUND[0] += hit.size();
    List<String> gf = GOLD.getOrDefault(key(p[0], p[1], side, "fact"), List.of());
    Set<String> hitFacts = new HashSet<>();
    for (Fact f : facts) {
      LISTED[1]++;
      String label = f.kind() + " " + f.label();
      if (gf.contains(label)) {
        RIGHT[1]++;
        hitFacts.add(label);
      } else {
        WRONG.add(p[0] + " vs " + p[1] + " " + side + ": " + label);
      }
    }
    LABELLED[1] += gf.size();
    FOUND[1] += hitFacts.size();
  }

  @Test
  void onlyInStatementsArePrecise() {
    assertThat(LISTED[0]).isGreaterThanOrEqualTo(20);
    assertThat((double) RIGHT[0] / LISTED[0]).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void onlyInFactsArePrecise() {
    assertThat(LISTED[1]).isGreaterThanOrEqualTo(30);
    assertThat((double) RIGHT[1] / LISTED[1]).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void everyStoryPairIsCompared() {
    assertThat(PAIRS).hasSize(18);
    for (String[] p : PAIRS) {
      assertThat(ARTICLES).containsKeys(p[0], p[1]);
    }
  }
}
