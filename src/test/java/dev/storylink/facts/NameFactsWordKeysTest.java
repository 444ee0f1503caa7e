package dev.storylink.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The keys of a fact's word: its folded form, then {@code FactNameKeys.crossScriptKeys}. */
class NameFactsWordKeysTest {
  @Test
  void foldedFormThenCrossScriptKeys() {
    assertThat(NameFacts.wordKeys("recep")).containsExactly("t:recep", "s:rsb", "s:rjb", "s:rkb");
    assertThat(NameFacts.wordKeys("van")).containsExactly("t:van", "s:fan");
    assertThat(NameFacts.wordKeys("پوتین")).containsExactly("t:بوتین", "s:btn");
    // a short name no longer gets the c-as-j skeleton of a broken digraph (session 18: s:njk)
    assertThat(NameFacts.wordKeys("nick")).containsExactly("t:nick", "s:nik");
    assertThat(NameFacts.wordKeys("al")).containsExactly("t:al");
  }
}
