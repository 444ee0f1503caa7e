package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.features.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short name matched across scripts by its pair skeleton meets the name of the other article
 * whose own word sounds like its own (session 25: Urdu آئرش of رائل آئرش کانسٹیبلری is Irish, not
 * Royal, though Royal Irish and رائل آئرش share the pair skeleton {@code rlrs}).
 */
class PairSkeletonPartnerTest {
  private static Mention name(String key, String skeleton) {
    return new Mention(Mention.Kind.NAME, key, key, List.of(key), 1.0, 1, skeleton, true);
  }

  @Test
  void theReasonNamesThePartnerWithItsOwnSkeleton() {
    List<Mention> urdu = List.of(name("آئرش", "rlrs"), name("رائل", "rlrs"));
    List<Mention> english = List.of(name("royal", "rlrs"), name("irish", "rlrs"));
    List<Reason> reasons = new ArrayList<>();
    MentionOverlaps.nameOverlap(urdu, english, reasons, null);
    assertThat(reasons.stream().map(Reason::describe))
        .containsExactly("name irish: آئرش \u2194 irish");
  }

  @Test
  void withoutAPartnerOfItsOwnSkeletonTheFirstPairStays() {
    List<Mention> urdu = List.of(name("آئرش", "rlrs"));
    List<Mention> english = List.of(name("royal", "rlrs"));
    List<Reason> reasons = new ArrayList<>();
    MentionOverlaps.nameOverlap(urdu, english, reasons, null);
    assertThat(reasons.stream().map(Reason::describe))
        .containsExactly("name royal: آئرش \u2194 royal");
  }
}
