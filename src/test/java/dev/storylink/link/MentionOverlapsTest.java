package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.features.Mention;
import dev.storylink.text.Scripts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The scanning overlaps of {@link MentionOverlaps} give exactly what the hash-map versions they
 * replaced gave (kept below as the reference), on random lists with repeated keys, shared skeletons
 * across scripts, and dates with and without a year.
 */
class MentionOverlapsTest {
  private static final String[] NAMES = {
    "putin", "بوتين", "пут", "rouhani", "روحاني", "merkel", "ميركل", "erdogan", "idlib", "ادلب"
  };
  private static final String[] SKELETONS = {"ptn", "ptn", "ptn", "rhn", "rhn", "mrkl", "mrkl", ""};
  private static final String[] DATES = {
    "2020-02-29", "02-29", "2019-02-29", "2020-03-01", "03-01"
  };

  private static Mention mention(Mention.Kind kind, String key, double weight, String skeleton) {
    return new Mention(kind, key, key, List.of(key), weight, 1, skeleton);
  }

  private static List<Mention> names(Random rnd) {
    return names(rnd, 8, NAMES, SKELETONS);
  }

  private static List<Mention> names(Random rnd, int bound, String[] keys, String[] skeletons) {
    List<Mention> out = new ArrayList<>();
    int n = rnd.nextInt(bound);
    for (int i = 0; i < n; i++) {
      out.add(
          mention(
              Mention.Kind.NAME,
              keys[rnd.nextInt(keys.length)],
              0.5 + rnd.nextInt(4),
              skeletons[rnd.nextInt(skeletons.length)]));
    }
    return out;
  }

  private static List<Mention> values(Random rnd, Mention.Kind kind) {
    return values(rnd, kind, 6, 5);
  }

  private static List<Mention> values(Random rnd, Mention.Kind kind, int bound, int keys) {
    List<Mention> out = new ArrayList<>();
    int n = rnd.nextInt(bound);
    for (int i = 0; i < n; i++) {
      String key =
          kind == Mention.Kind.DATE ? DATES[rnd.nextInt(DATES.length)] : "k" + rnd.nextInt(keys);
      out.add(mention(kind, key, 0.5 + rnd.nextInt(3), ""));
    }
    return out;
  }

  @Test
  void sameValuesAndReasonsAsTheHashMapVersions() {
    assertSameAsHashMapVersions(new Random(16), 20_000, 8, NAMES, SKELETONS, 6, 5);
  }

  /**
   * Long lists (up to 80 names, 40 values) go through the hash chains ({@link
   * MentionOverlaps#CHAINS_FROM}); among the keys, strings of one hash code ("Aa", "BB").
   */
  @Test
  void longListsThroughTheChainsAsTheHashMapVersions() {
    List<String> keys = new ArrayList<>(List.of(NAMES));
    keys.addAll(List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa"));
    for (int i = 0; i < 60; i++) {
      keys.add("name" + i);
    }
    List<String> skeletons = new ArrayList<>(List.of(SKELETONS));
    skeletons.addAll(List.of("Aa", "BB", "", "", "nm", "mn"));
    assertSameAsHashMapVersions(
        new Random(23),
        3_000,
        80,
        keys.toArray(String[]::new),
        skeletons.toArray(String[]::new),
        40,
        60);
  }

  private static void assertSameAsHashMapVersions(
      Random rnd,
      int rounds,
      int nameBound,
      String[] nameKeys,
      String[] skeletons,
      int valueBound,
      int valueKeys) {
    int matched = 0;
    for (int round = 0; round < rounds; round++) {
      List<Mention> a = names(rnd, nameBound, nameKeys, skeletons);
      List<Mention> b = names(rnd, nameBound, nameKeys, skeletons);
      List<Reason> got = new ArrayList<>();
      List<Reason> want = new ArrayList<>();
      int[] gotCount = new int[1];
      int[] wantCount = new int[1];
      assertThat(MentionOverlaps.nameOverlap(a, b, got, gotCount))
          .isEqualTo(nameOverlap(a, b, want, wantCount));
      assertThat(got).isEqualTo(want);
      assertThat(gotCount[0]).isEqualTo(wantCount[0]);
      matched += gotCount[0];
      for (Mention.Kind kind :
          List.of(Mention.Kind.PLACE, Mention.Kind.DATE, Mention.Kind.QUANTITY)) {
        List<Mention> va = values(rnd, kind, valueBound, valueKeys);
        List<Mention> vb = values(rnd, kind, valueBound, valueKeys);
        got.clear();
        want.clear();
        gotCount[0] = 0;
        wantCount[0] = 0;
        assertThat(MentionOverlaps.dice(va, vb, kind, got, gotCount))
            .isEqualTo(dice(va, vb, want, wantCount));
        assertThat(got).isEqualTo(want);
        assertThat(gotCount[0]).isEqualTo(wantCount[0]);
        got.clear();
        want.clear();
        assertThat(MentionOverlaps.weightedDice(va, vb, got)).isEqualTo(weightedDice(va, vb, want));
        assertThat(got).isEqualTo(want);
      }
    }
    assertThat(matched).isGreaterThan(rounds / 2); // the lists did share names
  }

  @Test
  void datesMatchOnMonthAndDayWithOrWithoutTheYear() {
    List<Mention> a = List.of(mention(Mention.Kind.DATE, "2020-02-29", 1, ""));
    List<Mention> b =
        List.of(
            mention(Mention.Kind.DATE, "02-29", 1, ""),
            mention(Mention.Kind.DATE, "2019-03-01", 1, ""));
    assertThat(MentionOverlaps.dice(a, b, Mention.Kind.DATE, null, null)).isEqualTo(2.0 / 3);
  }

  // The hash-map versions (PairFeatures before session 9), the reference.

  private static double nameOverlap(
      List<Mention> as, List<Mention> bs, List<Reason> reasons, int[] matches) {
    if (as.isEmpty() || bs.isEmpty()) {
      return 0;
    }
    Map<String, Mention> byKey = new HashMap<>();
    Map<String, Mention> bySkeleton = new HashMap<>();
    double sumB = 0;
    for (Mention m : bs) {
      byKey.put(m.key(), m);
      if (!m.skeleton().isEmpty()) {
        bySkeleton.putIfAbsent(m.skeleton(), m);
      }
      sumB += m.weight();
    }
    double sumA = 0;
    double shared = 0;
    Set<String> usedB = new HashSet<>();
    for (Mention m : as) {
      sumA += m.weight();
      Mention other = byKey.get(m.key());
      Reason.MatchType type = Reason.MatchType.FOLDED;
      if (other == null && !m.skeleton().isEmpty()) {
        Mention cand = bySkeleton.get(m.skeleton());
        if (cand != null && Scripts.scriptOf(cand.key()) != Scripts.scriptOf(m.key())) {
          other = cand;
          type = Reason.MatchType.TRANSLITERATED;
        }
      }
      if (other == null || !usedB.add(other.key())) {
        continue;
      }
      double w = Math.min(m.weight(), other.weight());
      shared += w;
      matches[0]++;
      reasons.add(
          new Reason(
              Mention.Kind.NAME,
              MentionOverlaps.nameLabel(m, other),
              m.surfaces(),
              other.surfaces(),
              w,
              type));
    }
    return Math.min(1.0, 2 * shared / (sumA + sumB));
  }

  private static double weightedDice(List<Mention> as, List<Mention> bs, List<Reason> reasons) {
    if (as.isEmpty() || bs.isEmpty()) {
      return 0;
    }
    Map<String, Mention> byKey = new HashMap<>();
    double sumB = 0;
    for (Mention m : bs) {
      byKey.put(m.key(), m);
      sumB += m.weight();
    }
    double sumA = 0;
    double shared = 0;
    for (Mention m : as) {
      sumA += m.weight();
      Mention other = byKey.get(m.key());
      if (other != null) {
        shared += m.weight();
        reasons.add(
            new Reason(
                m.kind(),
                m.label(),
                m.surfaces(),
                other.surfaces(),
                0.5 * m.weight(),
                Reason.MatchType.CONCEPT));
      }
    }
    return 2 * shared / (sumA + sumB);
  }

  private static double dice(
      List<Mention> as, List<Mention> bs, List<Reason> reasons, int[] matches) {
    if (as.isEmpty() || bs.isEmpty()) {
      return 0;
    }
    Map<String, Mention> byKey = new HashMap<>();
    for (Mention m : bs) {
      byKey.putIfAbsent(matchKey(m), m);
    }
    int shared = 0;
    Set<String> used = new HashSet<>();
    for (Mention m : as) {
      String k = matchKey(m);
      Mention other = byKey.get(k);
      if (other != null && used.add(k)) {
        shared++;
        matches[0]++;
        Mention.Kind kind = m.kind();
        reasons.add(
            new Reason(
                kind,
                m.label(),
                m.surfaces(),
                other.surfaces(),
                kind == Mention.Kind.PLACE ? 3.0 : 2.0,
                kind == Mention.Kind.PLACE ? Reason.MatchType.PLACE : Reason.MatchType.VALUE));
      }
    }
    return 2.0 * shared / (as.size() + bs.size());
  }

  private static String matchKey(Mention m) {
    if (m.kind() == Mention.Kind.DATE && m.key().length() == 10) {
      return m.key().substring(5);
    }
    return m.key();
  }
}
