package dev.storylink.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryEvaluatorTest {
  // gold: event x = e1 (en), e2 (en), t1 (fa, rendered); event y = e3 (en), t2 (ar), t3 (ru)
  private static final Map<String, String> GOLD =
      Map.of("e1", "x", "e2", "x", "t1", "x", "e3", "y", "t2", "y", "t3", "y");
  private static final Map<String, String> LANG =
      Map.of("e1", "en", "e2", "en", "t1", "fa", "e3", "en", "t2", "ar", "t3", "ru");

  @Test
  void perfectStoriesAttachEveryRenderedDocumentAndJoinNoneFalsely() {
    Map<String, String> stories =
        Map.of("e1", "s1", "e2", "s1", "t1", "s1", "e3", "s2", "t2", "s2", "t3", "s2");
    StoryEvaluator.StoryScores s = StoryEvaluator.score(stories, GOLD, LANG);
    assertThat(s.bcubed().f1()).isEqualTo(1.0);
    assertThat(s.stories()).isEqualTo(2);
    assertThat(s.others()).isEqualTo(3);
    assertThat(s.attachRate()).isEqualTo(1.0);
    assertThat(s.falseJoinRate()).isEqualTo(0.0);
  }

  @Test
  void countsAttachmentsOnlyToEnglishDocumentsOfTheSameEventAndJoinsWithAnyOtherEvent() {
    // t1 alone; t2 with t3 only (same event, but no English document); t3 also with... see below;
    // e3 joined with e1/e2's story: a false join for nobody rendered, but B-cubed precision drops
    Map<String, String> stories =
        Map.of("e1", "s1", "e2", "s1", "e3", "s1", "t1", "s2", "t2", "s3", "t3", "s3");
    StoryEvaluator.StoryScores s = StoryEvaluator.score(stories, GOLD, LANG);
    assertThat(s.attached()).isZero();
    assertThat(s.falselyJoined()).isZero();
    // t1 in the English story of its event, but that story also holds e3 of event y
    Map<String, String> joined =
        Map.of("e1", "s1", "e2", "s1", "e3", "s1", "t1", "s1", "t2", "s3", "t3", "s3");
    StoryEvaluator.StoryScores j = StoryEvaluator.score(joined, GOLD, LANG);
    assertThat(j.attached()).isEqualTo(1);
    assertThat(j.falselyJoined()).isEqualTo(1);
    assertThat(j.attachRate()).isEqualTo(1.0 / 3);
    assertThat(j.falseJoinRate()).isEqualTo(1.0 / 3);
    assertThat(j.bcubed().precision()).isLessThan(1.0);
  }

  @Test
  void aRenderedDocumentLeftOutOfTheClusteringCountsAsNotAttached() {
    Map<String, String> stories =
        Map.of("e1", "s1", "e2", "s1", "e3", "s2", "t2", "s2", "t3", "s2");
    StoryEvaluator.StoryScores s = StoryEvaluator.score(stories, GOLD, LANG);
    assertThat(s.others()).isEqualTo(3);
    assertThat(s.attached()).isEqualTo(2);
    assertThat(s.falselyJoined()).isZero();
  }

  @Test
  void englishOnlyDataHasNoRates() {
    Map<String, String> gold = Map.of("a", "x", "b", "y");
    StoryEvaluator.StoryScores s =
        StoryEvaluator.score(Map.of("a", "1", "b", "2"), gold, Map.of("a", "en", "b", "en"));
    assertThat(s.others()).isZero();
    assertThat(s.attachRate()).isNaN();
    assertThat(s.falseJoinRate()).isNaN();
  }
}
