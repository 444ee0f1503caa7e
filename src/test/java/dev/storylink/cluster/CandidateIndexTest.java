package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {
  private static ActiveEvent event(int number) {
    return new ActiveEvent("e" + number, "s" + number, "en", "headline " + number);
  }

  private static ActiveEvent event(int number, String lang) {
    return new ActiveEvent("e" + number, "s" + number, lang, "headline " + number);
  }

  private static List<String> ids(List<ActiveEvent> events) {
    return events.stream().map(e -> e.id).toList();
  }

  @Test
  void eventsSharingMoreKeysComeFirstAndTiesGoToTheOlderEvent() {
    CandidateIndex index = new CandidateIndex(10);
    ActiveEvent e1 = event(1);
    ActiveEvent e2 = event(2);
    ActiveEvent e3 = event(3);
    ActiveEvent e4 = event(4);
    index.index(e3, new long[] {1, 2, 3});
    index.index(e1, new long[] {1, 9});
    index.index(e2, new long[] {2, 8});
    index.index(e4, new long[] {7});
    List<ActiveEvent> found = index.candidates(new long[] {1, 2, 3, 4});
    assertThat(ids(found)).containsExactly("e3", "e1", "e2");
    assertThat(found).extracting(e -> e.overlap).containsExactly(3, 1, 1);
    assertThat(index.candidates(new long[] {5, 6})).isEmpty();
  }

  @Test
  void placesAreKeptForOtherLanguagesFoundByKeysOrCrossLanguageKeysAlone() {
    CandidateIndex index = new CandidateIndex(2);
    // three English events share words (keys 1..3) with an English article; a Persian event shares
    // one name skeleton (key 4) and a concept (key 100), a Russian one only a concept and a date
    index.index(event(1), new long[] {1, 2, 3});
    index.index(event(2), new long[] {1, 2});
    index.index(event(3), new long[] {1});
    ActiveEvent fa = event(4, "fa");
    index.index(fa, new long[] {4, 100});
    ActiveEvent ru = event(5, "ru");
    index.index(ru, new long[] {100, 200});
    ActiveEvent zh = event(6, "zh");
    index.index(zh, new long[] {300});
    long[] keys = {1, 2, 3, 4};
    long[] cross = {100, 200};
    // without a language the list is the plain one; with one, the first places do not change
    assertThat(ids(index.candidates(keys))).containsExactly("e1", "e2");
    assertThat(ids(index.candidates(keys, cross, "en"))).containsExactly("e1", "e2", "e4", "e5");
    assertThat(ru.overlap).isZero(); // shares no key of the first list: ties go to the older one
    // an article in Persian: its own language's events get no reserved place
    assertThat(ids(index.candidates(keys, cross, "fa"))).containsExactly("e1", "e2", "e5", "e3");
  }

  @Test
  void atMostTheConfiguredNumberOfCandidates() {
    CandidateIndex index = new CandidateIndex(2);
    for (int i = 1; i <= 5; i++) {
      index.index(event(i), LongStream.rangeClosed(1, i).toArray()); // event i holds keys 1..i
    }
    assertThat(ids(index.candidates(new long[] {1, 2, 3, 4, 5}))).containsExactly("e5", "e4");
    assertThatThrownBy(() -> new CandidateIndex(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aKeyIsCountedOncePerEventHoweverOftenItIsIndexed() {
    CandidateIndex index = new CandidateIndex(10);
    ActiveEvent e1 = event(1);
    index.index(e1, new long[] {1, 2});
    index.index(e1, new long[] {2, 3});
    List<ActiveEvent> found = index.candidates(new long[] {1, 2, 3});
    assertThat(found).containsExactly(e1);
    assertThat(e1.overlap).isEqualTo(3);
    assertThat(index.keyCount()).isEqualTo(3);
  }

  @Test
  void unindexedEventsAreNotFoundAndTheirSlotsServeNewEvents() {
    CandidateIndex index = new CandidateIndex(10);
    ActiveEvent e1 = event(1);
    ActiveEvent e2 = event(2);
    index.index(e1, new long[] {1, 2});
    index.index(e2, new long[] {2});
    int slot = e1.slot;
    index.unindex(e1);
    assertThat(e1.slot).isEqualTo(-1);
    assertThat(e1.keys.isEmpty()).isTrue();
    assertThat(index.candidates(new long[] {1, 2})).containsExactly(e2);
    assertThat(index.keyCount()).as("key 1 held only by the unindexed event").isEqualTo(1);
    // a new event takes the freed slot; the old event's entries under key 2 must not count for it
    ActiveEvent e3 = event(3);
    index.index(e3, new long[] {3});
    assertThat(e3.slot).isEqualTo(slot);
    assertThat(index.candidates(new long[] {2})).containsExactly(e2);
    assertThat(index.candidates(new long[] {2, 3})).containsExactly(e2, e3);
  }

  @Test
  void manyEventsGrowTheSlotsAndClosedOnesAreCompactedAway() {
    CandidateIndex index = new CandidateIndex(3);
    ActiveEvent[] events = new ActiveEvent[3000];
    for (int i = 0; i < events.length; i++) {
      events[i] = event(i + 1);
      index.index(events[i], new long[] {42, 1000 + i});
    }
    // key 42 is held by more than MAX_POSTING events: too common to count
    assertThat(index.candidates(new long[] {42})).isEmpty();
    for (int i = 0; i < 2990; i++) {
      index.unindex(events[i]);
    }
    assertThat(ids(index.candidates(new long[] {42}))).containsExactly("e2991", "e2992", "e2993");
    assertThat(ids(index.candidates(new long[] {42, 1000 + 2999})))
        .containsExactly("e3000", "e2991", "e2992");
    assertThat(index.keyCount()).isEqualTo(11);
  }

  @Test
  void eachLookupHasItsOwnStamp() {
    CandidateIndex index = new CandidateIndex(10);
    index.index(event(1), new long[] {1});
    int before = index.lookup();
    index.candidates(new long[] {1});
    assertThat(index.lookup()).isNotEqualTo(before);
  }
}
