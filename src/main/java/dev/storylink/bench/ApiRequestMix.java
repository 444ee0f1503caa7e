package dev.storylink.bench;

import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The requests {@code bench api} sends to a store, in a fixed cycle of 11: 5 story lists (plain,
 * deeper pages, language filters), 2 single stories (ids picked across the store's dates), a
 * story's facts (the same ids) and 3 text searches; and the latency report per kind and per request
 * shape.
 *
 * <p>The searches come from one of two sets: the {@linkplain #NARROW six} of the first measurements
 * (each asked hundreds of times a run, so a page cache answers nearly all of them), or the
 * {@linkplain #BROAD broad} set: {@value #BROAD_COUNT} queries in nine languages and five scripts
 * (names, places, topics; one or two words), each asked a few times per second at most, so that
 * after each commit most searches are computed afresh, as a public search box sees them.
 *
 * <p>Immutable; thread-safe.
 */
final class ApiRequestMix {
  private static final String[] LISTS = {
    "", "?limit=50", "?offset=40&limit=20", "?lang=ar", "?lang=de&limit=10", "?lang=pl"
  };

  /** The searches of the session-8 and session-9 measurements. */
  static final List<String> NARROW =
      List.of("Trump", "government", "Putin", "police Madrid", "coronavirus", "Erdoğan");

  /** Queries a search box over world news gets: names, places and topics in several scripts. */
  static final List<String> BROAD =
      List.of(
          "Trump",
          "government",
          "Putin",
          "police Madrid",
          "coronavirus",
          "Erdoğan",
          "Merkel",
          "Macron",
          "Obama",
          "earthquake",
          "election results",
          "hurricane",
          "wildfire",
          "refugees",
          "vaccine",
          "stock market",
          "football",
          "Barcelona",
          "Istanbul",
          "Tehran",
          "Kabul",
          "Brexit",
          "climate change",
          "oil prices",
          "protest",
          "Trump Putin",
          "بوتين",
          "ترامب",
          "أردوغان",
          "پوتین",
          "زلزله",
          "تهران",
          "Путин",
          "Москва",
          "特朗普",
          "Regierung",
          "Wahl",
          "gobierno",
          "elecciones",
          "gouvernement",
          "rząd",
          "hükümet");

  static final int BROAD_COUNT = 42;

  /** Kinds of request, by position in a cycle of 11. */
  private static final String[] KIND = {
    "list", "list", "list", "list", "list", "story", "story", "facts", "search", "search", "search"
  };

  private final List<String> searches;
  private final List<String> storyIds;

  /** A mix with these search queries and story ids (either may be empty). */
  ApiRequestMix(List<String> searchQueries, List<String> storyIds) {
    this.searches =
        searchQueries.stream()
            .map(q -> "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8).replace("+", "%20"))
            .toList();
    this.storyIds = List.copyOf(storyIds);
  }

  /** The kind of request number {@code i}: list, story or search. */
  static String kind(int i) {
    return KIND[i % KIND.length];
  }

  /** The path (after {@code /api/stories}) of request number {@code i}. */
  String path(int i) {
    String kind = kind(i);
    int round = i / KIND.length;
    return switch (kind) {
      case "list" -> LISTS[(round * 5 + i % KIND.length) % LISTS.length];
      case "story" ->
          storyIds.isEmpty() ? "" : "/" + storyIds.get((round * 2 + i % 2) % storyIds.size());
      case "facts" ->
          storyIds.isEmpty()
              ? ""
              : "/" + storyIds.get((round * 5 + 3) % storyIds.size()) + "/facts";
      default ->
          searches.isEmpty() ? "" : searches.get((round * 3 + i % KIND.length) % searches.size());
    };
  }

  /**
   * Prints p50/p95/p99 per kind, p50/p99 per list shape, and the searches: each one when there are
   * at most 8, else the 5 slowest at p99.
   */
  void report(PrintWriter log, long[] nanos, double secs, int errors, int threads) {
    for (String kind : new String[] {"list", "story", "facts", "search"}) {
      long[] qs = sorted(nanos, i -> kind(i).equals(kind));
      if (qs.length > 0) {
        log.printf(
            Locale.ROOT,
            "  %-8s p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms  (%d requests)%n",
            kind,
            HttpProbe.pct(qs, 50),
            HttpProbe.pct(qs, 95),
            HttpProbe.pct(qs, 99),
            qs[qs.length - 1] / 1e6,
            qs.length);
      }
    }
    for (String shape : LISTS) {
      line(log, shape, sorted(nanos, i -> matches(i, shape)));
    }
    Map<String, long[]> bySearch = new LinkedHashMap<>();
    for (String q : searches) {
      bySearch.put(q, sorted(nanos, i -> kind(i).equals("search") && path(i).equals(q)));
    }
    List<String> shown = new ArrayList<>(bySearch.keySet());
    if (shown.size() > 8) {
      shown.sort(
          Comparator.comparingDouble((String q) -> -HttpProbe.pct(bySearch.get(q), 99))
              .thenComparing(Comparator.naturalOrder()));
      shown = shown.subList(0, 5);
      log.printf(
          Locale.ROOT, "    (%d distinct searches; the 5 slowest at p99:)%n", bySearch.size());
    }
    for (String q : shown) {
      line(log, q, bySearch.get(q));
    }
    long[] all = nanos.clone();
    Arrays.sort(all);
    log.printf(
        Locale.ROOT,
        "all: %d requests from %d threads in %.1f s (%.0f requests/s), %d errors; p50 %.2f ms, p99"
            + " %.2f ms%n",
        nanos.length,
        threads,
        secs,
        nanos.length / secs,
        errors,
        HttpProbe.pct(all, 50),
        HttpProbe.pct(all, 99));
  }

  private boolean matches(int i, String shape) {
    return kind(i).equals("list") && path(i).equals(shape);
  }

  private static void line(PrintWriter log, String shape, long[] qs) {
    if (qs.length > 0) {
      log.printf(
          Locale.ROOT,
          "    /api/stories%-26s p50 %7.2f ms  p99 %7.2f ms  (%d)%n",
          shape,
          HttpProbe.pct(qs, 50),
          HttpProbe.pct(qs, 99),
          qs.length);
    }
  }

  private static long[] sorted(long[] nanos, java.util.function.IntPredicate keep) {
    return java.util.stream.IntStream.range(0, nanos.length)
        .filter(keep)
        .mapToLong(i -> nanos[i])
        .sorted()
        .toArray();
  }
}
