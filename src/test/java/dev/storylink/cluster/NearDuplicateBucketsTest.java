package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link NearDuplicateDetector}'s band index (a primitive-keyed table of band key to the
 * entries of that band) to its rule: the earliest registered article, not forgotten, of another id,
 * that shares a band key with the text and whose estimated similarity reaches the threshold; an id
 * registered once; a text without words never registered.
 */
class NearDuplicateBucketsTest {
  private static final String[] WORDS = words();

  private static String[] words() {
    String[] w = new String[120];
    String[] roots = {"talks", "ceasefire", "минск", "گفتگو", "election", "Bürger", "水灾", "vote"};
    for (int i = 0; i < w.length; i++) {
      w[i] = roots[i % roots.length] + (i / roots.length);
    }
    return w;
  }

  private record Ref(long order, int[] sig, long[] keys) {}

  /** The rule, by brute force over every registered article. */
  private static final class Reference {
    final Map<String, Ref> byId = new LinkedHashMap<>();
    long registered;

    Optional<String> find(String id, int[] sig, double threshold) {
      if (sig == null) {
        return Optional.empty();
      }
      long[] keys = NearDuplicateDetector.bandKeys(sig);
      String best = null;
      long bestOrder = Long.MAX_VALUE;
      for (Map.Entry<String, Ref> e : byId.entrySet()) {
        Ref r = e.getValue();
        if (!e.getKey().equals(id)
            && r.order() < bestOrder
            && shareKey(keys, r.keys())
            && NearDuplicateDetector.similarity(sig, r.sig()) >= threshold) {
          best = e.getKey();
          bestOrder = r.order();
        }
      }
      if (!byId.containsKey(id)) {
        byId.put(id, new Ref(registered++, sig, keys));
      }
      return Optional.ofNullable(best);
    }

    private static boolean shareKey(long[] a, long[] b) {
      for (long x : a) {
        for (long y : b) {
          if (x == y) {
            return true;
          }
        }
      }
      return false;
    }
  }

  @Test
  void registrationsAndForgettingFindWhatTheRuleFinds() {
    for (long seed = 1; seed <= 4; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      List<String> bases = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        bases.add(text(rnd, 8 + rnd.nextInt(50)));
      }
      double threshold = seed == 4 ? 0.5 : NearDuplicateDetector.DEFAULT_THRESHOLD;
      NearDuplicateDetector d = new NearDuplicateDetector(threshold);
      Reference ref = new Reference();
      List<String> ids = new ArrayList<>();
      int found = 0;
      int forgotten = 0;
      for (int op = 0; op < 2500; op++) {
        if (!ids.isEmpty() && rnd.nextInt(5) == 0) {
          String id = ids.get(rnd.nextInt(ids.size()));
          d.forget(id);
          ref.byId.remove(id);
          forgotten++;
          continue;
        }
        String id =
            rnd.nextInt(10) == 0 && !ids.isEmpty() ? ids.get(rnd.nextInt(ids.size())) : "a" + op;
        String text = variant(rnd, bases.get(rnd.nextInt(bases.size())));
        NearDuplicateDetector.Signature sig = NearDuplicateDetector.signatureOf(text);
        Optional<String> expected = ref.find(id, sig.values(), threshold);
        assertThat(d.findDuplicateOf(id, sig)).as("seed %d op %d", seed, op).isEqualTo(expected);
        found += expected.isPresent() ? 1 : 0;
        ids.add(id);
      }
      assertThat(d.size()).isEqualTo(ref.byId.size());
      assertThat(found).isGreaterThan(500);
      assertThat(forgotten).isGreaterThan(300);
    }
  }

  private static String text(SplittableRandom rnd, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(WORDS[rnd.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }

  /** The text as it is, with a word or two changed, cut short, or without words at all. */
  private static String variant(SplittableRandom rnd, String base) {
    String[] w = base.split(" ");
    switch (rnd.nextInt(6)) {
      case 0:
        return base;
      case 1:
        w[rnd.nextInt(w.length)] = WORDS[rnd.nextInt(WORDS.length)];
        return String.join(" ", w);
      case 2:
        w[rnd.nextInt(w.length)] = WORDS[rnd.nextInt(WORDS.length)];
        w[rnd.nextInt(w.length)] = WORDS[rnd.nextInt(WORDS.length)];
        return String.join(" ", w);
      case 3:
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, 3)));
      case 4:
        return rnd.nextInt(4) == 0 ? "— … —" : text(rnd, 10 + rnd.nextInt(30));
      default:
        return String.join(" ", java.util.Arrays.copyOf(w, Math.max(1, w.length - 2)));
    }
  }
}
