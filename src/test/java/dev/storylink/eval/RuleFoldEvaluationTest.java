package dev.storylink.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storylink.eval.RuleFoldEvaluation.Setting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleFoldEvaluationTest {
  // three topics of two articles each, one gold event per topic
  private static final Map<String, String> GOLD =
      Map.of("a1", "A", "a2", "A", "b1", "B", "b2", "B", "c1", "C", "c2", "C");
  private static final Map<String, String> TOPICS =
      Map.of("a1", "1", "a2", "1", "b1", "2", "b2", "2", "c1", "3", "c2", "3");
  private static final Setting LOW = new Setting(0.39, 0.35);
  private static final Setting SHIPPED = new Setting(0.43, 0.30);

  /** Each topic's two articles together, or apart where {@code split} names the topic. */
  private static Map<String, String> clustering(String split) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String t : List.of("a", "b", "c")) {
      out.put(t + "1", t);
      out.put(t + "2", split.contains(t) ? t + "'" : t);
    }
    return out;
  }

  /** LOW joins topics 1 and 2 but splits topic 3; any other setting splits topics 1 and 2. */
  private static Map<String, String> lowJoinsTwoTopics(Setting s, List<Setting> asked) {
    asked.add(s);
    return clustering(s.equals(LOW) ? "c" : "ab");
  }

  @Test
  void eachFoldChoosesOnTheOtherTopicsAndIsScoredOnItsOwn() {
    // LOW joins topics 1 and 2 but splits topic 3; SHIPPED splits topics 1 and 2 only
    List<Setting> asked = new ArrayList<>();
    RuleFoldEvaluation.Result r =
        RuleFoldEvaluation.evaluate(
            GOLD, TOPICS, 3, List.of(LOW, SHIPPED), s -> lowJoinsTwoTopics(s, asked));
    assertThat(asked).containsExactly(LOW, SHIPPED); // one clustering per setting
    // fold of topic 1: on topics 2 and 3 both settings split one topic: a tie, the higher
    // threshold wins, topic 1 split; topic 2 likewise; fold of topic 3: LOW (topics 1, 2 whole),
    // topic 3 split
    assertThat(r.chosen()).containsExactly(SHIPPED, SHIPPED, LOW);
    assertThat(r.precision()).isEqualTo(1.0);
    assertThat(r.recall()).isCloseTo(0.5, within(1e-12));
    assertThat(r.metrics()).containsKeys("cv_rule_bcubed_f1", "cv_rule_bcubed_p");
    assertThat(r.chosenSummary()).isEqualTo("0.39/0.35 ×1, 0.43/0.30 ×2");
  }

  @Test
  void tiesGoToTheComparatorsGreaterSettingFromTheSameClusterings() {
    List<Setting> asked = new ArrayList<>();
    List<RuleFoldEvaluation.Result> r =
        RuleFoldEvaluation.evaluate(
            GOLD,
            TOPICS,
            3,
            List.of(LOW, SHIPPED),
            s -> lowJoinsTwoTopics(s, asked),
            List.of(RuleFoldEvaluation.CAUTIOUS, RuleFoldEvaluation.BOLD));
    assertThat(asked).containsExactly(LOW, SHIPPED);
    assertThat(r.get(0).chosen()).containsExactly(SHIPPED, SHIPPED, LOW);
    // ties of folds 1 and 2 to the lower threshold: topics 1 and 2 whole, topic 3 split
    assertThat(r.get(1).chosen()).containsExactly(LOW, LOW, LOW);
    assertThat(r.get(1).recall()).isCloseTo(5.0 / 6, within(1e-12));
  }

  @Test
  void articlesOfOtherTopicsInAnEventAreWrongCompany() {
    Map<String, String> together = new LinkedHashMap<>(clustering(""));
    together.put("c1", "b");
    together.put("c2", "b");
    RuleFoldEvaluation.Result r =
        RuleFoldEvaluation.evaluate(GOLD, TOPICS, 3, List.of(SHIPPED), s -> together);
    // topic 1 alone (P 1); topics 2 and 3 in one event of four (P 1/2 each)
    assertThat(r.precision()).isCloseTo((2 + 1 + 1) / 6.0, within(1e-12));
    assertThat(r.recall()).isEqualTo(1.0);
  }
}
