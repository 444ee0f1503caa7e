package dev.storylink.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link FactNameKeys#crossScriptKeys}: the one rule behind compare's name keys (session 18's
 * {@code MatchKeys.skeletons}, whose unmatchable entries every caller dropped) and story facts'
 * word keys ({@code NameFacts.wordKeys}).
 */
class CrossScriptKeysTest {
  /** Word → its keys, in order. */
  private static final Map<String, List<String>> KEYS =
      Map.ofEntries(
          // a matchable skeleton, then Turkish c as j (after the first letter, in no Arabic script)
          Map.entry("putin", List.of("btn")),
          Map.entry("بوتين", List.of("btn")),
          Map.entry("recep", List.of("rsb", "rjb", "rkb")),
          Map.entry("رجب", List.of("rjb")),
          Map.entry("macron", List.of("mkrn", "mjrn")),
          // a short name: its short key only; session 18's NameFacts also gave it the c-as-j
          // skeleton, matchable only when the c breaks a digraph Turkish never writes (Nick njk)
          Map.entry("van", List.of("fan")),
          Map.entry("وان", List.of("fan")),
          Map.entry("nick", List.of("nik")),
          // nothing matchable
          Map.entry("al", List.of()),
          Map.entry("و", List.of()),
          // session 23: a middle ی of three letters is also a vowel, اي is ay (Wright)
          Map.entry("ریت", List.of("ryt", "rit")),
          Map.entry("رايت", List.of("rit")),
          Map.entry("طيب", List.of("tyb", "tib")));

  @Test
  void skeletonOrShortKeyThenTurkishCAsJ() {
    KEYS.forEach(
        (word, keys) -> assertThat(FactNameKeys.crossScriptKeys(word)).as(word).isEqualTo(keys));
    assertThat(NameKeys.skeleton("nijk")).isEqualTo("njk");
  }
}
