package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.LongIntHashMap;
import dev.storylink.core.Article;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link BoilerplateFilter#strip} counts each shingle as it looks it up and halves its table by
 * reading the slots in order: it cuts what session 29's filter cut (a look-up of every key, then a
 * count of the distinct keys, then a halving through the table's iterator), article by article, on
 * streams whose outlets repeat sentences, with small tables so that they are halved often.
 */
class BoilerplateCountEquivalenceTest {
  private static final List<String> SENTENCES =
      List.of(
          "We value your privacy and use cookies to measure the audience of our website.",
          "Subscribe to our newsletter and get the latest headlines every morning.",
          "A ferry caught fire off the Greek island of Corfu on Tuesday night.",
          "Coastguard vessels evacuated all 280 passengers and crew, the ministry said.",
          "A family bakery in Leeds reopened on Saturday after a flood closed it.",
          "The town council of Ripon approved a new cycle lane on Monday.",
          "Μια οικογενειακή φούρνος στη Λιντς άνοιξε ξανά το Σάββατο.",
          "Пожар на пароме у острова Корфу потушили ночью, сообщило министерство.",
          "گزارش‌ها حاکی است که کشتی در نزدیکی جزیره کورفو آتش گرفت.",
          "Contact our press office at press@example.org or +44 20 7946 0000.",
          "Copyright 2013 All rights reserved. Read our terms and conditions.",
          "Follow us on social media for the latest updates and alerts.");

  /** Session 29's filter: the same rules, look-up, count and halving as three passes. */
  private static final class Before {
    final ClusterConfig.Boilerplate config;
    final LongIntHashMap seen = new LongIntHashMap();
    final LongHashSet once = new LongHashSet();

    Before(ClusterConfig.Boilerplate config) {
      this.config = config;
    }

    Optional<Article> strip(Article a, BoilerplateFilter.Shingles s) {
      Optional<Article> out = Optional.empty();
      int n = s.words();
      if (s.keys().length > 0) {
        boolean[] cut = new boolean[n];
        int covered = 0;
        for (int k = 0; k < s.keys().length; k++) {
          if (seen.getOrDefault(s.keys()[k], 0) >= config.seen()) {
            for (int w = k; w < k + config.words(); w++) {
              covered += cut[w] ? 0 : 1;
              cut[w] = true;
            }
          }
        }
        if (covered > 0 && covered <= config.maxShare() * n) {
          String body = BoilerplateFilter.cut(a.text(), s, cut);
          if (!body.isBlank() || !a.title().isBlank()) {
            out =
                Optional.of(
                    new Article(a.id(), a.lang(), a.title(), body, a.date(), a.source(), a.url()));
          }
        }
      }
      once.clear();
      for (long k : s.keys()) {
        if (once.add(k)) {
          seen.addTo(k, 1);
        }
      }
      if (seen.size() > config.capacity()) {
        LongIntHashMap kept = new LongIntHashMap(seen.size() / 2);
        for (var c : seen) {
          if (c.value > 1) {
            kept.put(c.key, c.value / 2);
          }
        }
        seen.clear();
        seen.putAll(kept);
      }
      return out;
    }
  }

  private static void sameCuts(ClusterConfig.Boilerplate config, long seed, int articles) {
    Random r = new Random(seed);
    BoilerplateFilter after = new BoilerplateFilter(config);
    Before before = new Before(config);
    int stripped = 0;
    for (int i = 0; i < articles; i++) {
      StringBuilder body = new StringBuilder();
      int sentences = 1 + r.nextInt(8);
      for (int k = 0; k < sentences; k++) {
        String s = SENTENCES.get(r.nextInt(SENTENCES.size()));
        if (r.nextInt(4) == 0) { // a sentence of its own: one-off text
          s = s.replace("the", "t" + r.nextInt(1000));
        }
        body.append(s).append(r.nextBoolean() ? " " : "\n");
      }
      String outlet = r.nextInt(10) == 0 ? "" : "outlet" + r.nextInt(3);
      Article a =
          new Article(
              "a" + i,
              "en",
              r.nextBoolean() ? "" : "Title",
              body.toString(),
              Optional.empty(),
              outlet,
              "");
      BoilerplateFilter.Shingles s =
          BoilerplateFilter.shingles(BoilerplateFilter.outlet(a), a.text(), config.words());
      Optional<Article> old = before.strip(a, s);
      assertThat(after.strip(a, s)).as("article %d", i).isEqualTo(old);
      assertThat(after.size())
          .as("shingles counted after article %d", i)
          .isEqualTo(before.seen.size());
      stripped += old.isPresent() ? 1 : 0;
    }
    assertThat(stripped).as("articles cut").isPositive();
  }

  @Test
  void cutsWhatTheThreePassFilterCutWithATableHalvedOften() {
    for (long seed = 1; seed <= 20; seed++) {
      sameCuts(new ClusterConfig.Boilerplate(4, 2, 0.5, 60), seed, 1500);
    }
  }

  @Test
  void cutsWhatTheThreePassFilterCutWithTheShippedShingleLength() {
    for (long seed = 21; seed <= 30; seed++) {
      sameCuts(new ClusterConfig.Boilerplate(12, 1, 0.5, 200), seed, 2000);
      sameCuts(new ClusterConfig.Boilerplate(8, 3, 0.5, 200), seed, 1000);
      sameCuts(ClusterConfig.Boilerplate.SHIPPED, seed, 500);
    }
  }

  @Test
  void aKeySeenTwiceInOneArticleCountsOnceAndIsLookedUpAsBefore() {
    // seen 0: every key is cut (maxShare 1), so the repeated keys' look-ups decide nothing; seen 1
    // with a sentence repeated inside one article: its second keys must read the earlier count
    sameCuts(new ClusterConfig.Boilerplate(3, 1, 1.0, 40), 99, 1500);
    sameCuts(new ClusterConfig.Boilerplate(2, 0, 1.0, 40), 98, 300);
  }
}
