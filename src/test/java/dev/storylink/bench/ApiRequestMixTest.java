package dev.storylink.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiRequestMixTest {
  @Test
  void broadSetHasItsStatedSizeWithoutRepeats() {
    assertThat(ApiRequestMix.BROAD).hasSize(ApiRequestMix.BROAD_COUNT).doesNotHaveDuplicates();
    assertThat(ApiRequestMix.BROAD).containsAll(ApiRequestMix.NARROW);
  }

  @Test
  void eachCycleOfElevenHasFiveListsTwoStoriesOneFactsAndThreeSearches() {
    ApiRequestMix mix = new ApiRequestMix(ApiRequestMix.NARROW, List.of("s1", "s2", "s3"));
    for (int round = 0; round < 5; round++) {
      int lists = 0;
      int stories = 0;
      int searches = 0;
      int facts = 0;
      for (int i = round * 11; i < round * 11 + 11; i++) {
        String p = mix.path(i);
        switch (ApiRequestMix.kind(i)) {
          case "list" -> {
            lists++;
            assertThat(p).doesNotContain("q=");
          }
          case "story" -> {
            stories++;
            assertThat(p).matches("/s[123]");
          }
          case "facts" -> {
            facts++;
            assertThat(p).matches("/s[123]/facts");
          }
          default -> {
            searches++;
            assertThat(p).startsWith("?q=");
          }
        }
      }
      assertThat(new int[] {lists, stories, facts, searches}).containsExactly(5, 2, 1, 3);
    }
  }

  @Test
  void searchesAreUrlEncodedAndEveryQueryIsAsked() {
    ApiRequestMix mix = new ApiRequestMix(ApiRequestMix.BROAD, List.of());
    Set<String> asked = new HashSet<>();
    for (int i = 0; i < 11 * ApiRequestMix.BROAD_COUNT; i++) {
      if (ApiRequestMix.kind(i).equals("search")) {
        String p = mix.path(i);
        assertThat(p).doesNotContain(" ").matches("\\?q=[A-Za-z0-9%._~*-]+");
        asked.add(URLDecoder.decode(p.substring(3), StandardCharsets.UTF_8));
      }
    }
    assertThat(asked).containsExactlyInAnyOrderElementsOf(ApiRequestMix.BROAD);
  }

  @Test
  void reportNamesTheSlowestSearchesWhenThereAreMany() {
    ApiRequestMix mix = new ApiRequestMix(ApiRequestMix.BROAD, List.of("s1"));
    long[] nanos = new long[1000];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = mix.path(i).equals("?q=Kabul") ? 90_000_000L : 1_000_000L;
    }
    StringWriter out = new StringWriter();
    mix.report(new PrintWriter(out, true), nanos, 2.0, 0, 8);
    assertThat(out.toString())
        .contains("(42 distinct searches; the 5 slowest at p99:)")
        .contains("/api/stories?q=Kabul")
        .contains("all: 1000 requests from 8 threads in 2.0 s (500 requests/s), 0 errors");
  }
}
