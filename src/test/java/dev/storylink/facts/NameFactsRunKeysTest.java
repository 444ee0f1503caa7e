package dev.storylink.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A name run's keys are made from one Turkish spelling and one skeleton of its last word ({@link
 * NameFacts#runKeys}): the grouping key, the name keys ({@link NameFacts#nameKeys}, which {@code
 * FactExtractor} reads for every name word) and the second keys, as when each was built apart (the
 * expected keys are those of the session-20 code, which built the skeleton three times).
 */
class NameFactsRunKeysTest {
  private static void check(String term, String written, String lang, String key, String... keys) {
    NameFacts.RunKeys k = NameFacts.runKeys(term, written, lang);
    assertThat(k.key()).as(term).isEqualTo(key);
    assertThat(k.keys()).as(term).containsExactly(keys);
    assertThat(k.keys())
        .as("name keys first")
        .startsWith(NameFacts.nameKeys(term, written, lang).toArray(String[]::new));
  }

  @Test
  void oneSkeletonServesTheKeyTheNameKeysAndTheSecondKeys() {
    check("erdoğan", "Erdoğan", "tr", "name:rdkn", "t:erdoğan", "s:rdkn");
    check("çelik", "Çelik", "tr", "name:klk", "t:çelik", "s:slk", "s:klk");
    check("вана", "Вана", "ru", "name:fana", "t:вана", "s:fana", "s:fan"); // second: the stem Ван
    check("recep", "Recep", "tr", "name:rjb", "t:recep", "s:rsb", "s:rjb", "s:rkb");
    check("پوتین", "پوتین", "fa", "name:btn", "t:بوتین", "s:btn");
    check("van", "Van", "en", "name:fan", "t:van", "s:fan");
  }
}
