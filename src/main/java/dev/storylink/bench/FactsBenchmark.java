package dev.storylink.bench;

import dev.storylink.app.IngestItem;
import dev.storylink.app.IngestListener;
import dev.storylink.app.StoryLink;
import dev.storylink.core.Article;
import dev.storylink.core.TempDirs;
import dev.storylink.facts.StoryFacts;
import dev.storylink.server.ApiServer;
import dev.storylink.store.EventRecord;
import dev.storylink.store.StoredArticle;
import dev.storylink.store.StoryRecord;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Latency of {@code GET /api/stories/{id}/facts} for one large story: fills a temporary store with
 * {@code n} articles of one event (an earthquake, written for this benchmark in English, Arabic and
 * Persian, each article with its own outlet, date and further sentences), starts the server on
 * loopback and measures the first request (facts extracted, every pair of the bounded set aligned)
 * and then, after 100 to warm up, {@code requests} more (the story unchanged: the answer comes from
 * the cache, after a look-up of the story's version in the store). Also times a rebuild of the
 * matrix with the articles' facts cached (what a story pays when an article joins it). Not
 * thread-safe (one run at a time).
 */
public final class FactsBenchmark {
  /**
   * The figures of a run.
   *
   * @param storyArticles articles in the story measured
   * @param coldMs the first request (nothing cached)
   * @param rebuildMs median matrix rebuild with the articles' facts cached
   * @param p50Ms median of the later requests
   * @param p99Ms 99th percentile of the later requests
   * @param requests later requests sent (after 100 unmeasured)
   * @param errors requests that did not answer 200
   */
  public record Result(
      int storyArticles,
      double coldMs,
      double rebuildMs,
      double p50Ms,
      double p99Ms,
      int requests,
      int errors) {}

  private static final String[][] BASE = {
    {
      "en",
      "Earthquake kills 43 in southern Iran",
      "A strong earthquake of magnitude 6.2 struck southern Iran on 4 March 2025 near the port city"
          + " of Bandar Abbas. At least 43 people were killed and 310 were injured, the Red Crescent"
          + " said. President Masoud Pezeshkian ordered all rescue teams to the region. \"We will not"
          + " leave anyone under the rubble,\" Pezeshkian said in Tehran. Turkey and Qatar offered to"
          + " send rescue teams.",
      "Rescuers in Bandar Abbas said %d buildings had collapsed in the district of Qeshm."
    },
    {
      "ar",
      "زلزال يقتل 43 شخصا في جنوب إيران",
      "ضرب زلزال قوي بلغت شدته 6.2 درجات جنوب إيران يوم 4 مارس 2025 قرب مدينة بندر عباس. وقال"
          + " الهلال الأحمر إن 43 شخصا قتلوا وأصيب 310 آخرون. وأمر الرئيس مسعود بزشكيان فرق الإنقاذ"
          + " بالتوجه إلى المنطقة. وعرضت تركيا وقطر إرسال فرق إنقاذ.",
      "وقال مسؤولون محليون إن %d مبنى انهار في منطقة قشم."
    },
    {
      "fa",
      "زلزله ۶.۲ ریشتری جنوب ایران را لرزاند",
      "زلزله‌ای به بزرگی ۶.۲ ریشتر روز ۱۴ اسفند ۱۴۰۳ بندرعباس در جنوب ایران را لرزاند. هلال احمر"
          + " اعلام کرد ۴۳ نفر کشته و ۳۱۰ نفر زخمی شدند. مسعود پزشکیان، رئیس‌جمهور ایران، دستور اعزام"
          + " همه تیم‌های امداد را صادر کرد. پزشکیان در تهران گفت: «هیچ کس را زیر آوار رها"
          + " نمی‌کنیم.» ترکیه و قطر آمادگی خود را برای اعزام تیم‌های امداد اعلام کردند.",
      "مقامات محلی گفتند %d ساختمان در منطقه قشم فرو ریخت."
    }
  };

  private FactsBenchmark() {}

  /** Runs the benchmark with a story of {@code articles} articles and {@code requests} requests. */
  public static Result run(int articles, int requests) throws Exception {
    if (articles < 2 || articles > 500 || requests < 1) {
      throw new IllegalArgumentException("articles in 2..500, requests >= 1");
    }
    Path dir = Files.createTempDirectory("storylink-bench-facts");
    try (StoryLink sl = StoryLink.builder().dataDir(dir).build()) {
      List<IngestItem> items = new ArrayList<>();
      for (int i = 0; i < articles; i++) {
        String[] b = BASE[i % BASE.length];
        StringBuilder text = new StringBuilder(b[2]);
        for (int k = 0; k <= i % 4; k++) {
          text.append(' ').append(String.format(java.util.Locale.ROOT, b[3], 20 + i * 7 + k));
        }
        items.add(
            IngestItem.at(
                new Article(
                    "quake-" + i,
                    b[0],
                    b[1],
                    text.toString(),
                    Optional.of(LocalDate.of(2025, 3, 5).plusDays(i % 4)),
                    "outlet" + i + ".example",
                    ""),
                "article " + i));
      }
      sl.ingest(items, new IngestListener() {});
      StoryRecord story =
          sl.read(
              s ->
                  s.stories(dev.storylink.store.StoryFilter.all(), 0, 100).stream()
                      .max(java.util.Comparator.comparingInt(StoryRecord::articleCount))
                      .orElseThrow());
      List<StoredArticle> stored =
          sl.read(
              s -> {
                List<StoredArticle> out = new ArrayList<>();
                for (EventRecord e : s.eventsOf(story.id())) {
                  out.addAll(s.articlesOf(e.id()));
                }
                return out;
              });
      StoryFacts facts = new StoryFacts(sl.featureExtractor().stats(), sl.comparer());
      facts.compute(stored); // warm: the articles' facts cached, the code compiled
      long[] rebuild = new long[5];
      for (int r = 0; r < rebuild.length; r++) {
        long t = System.nanoTime();
        facts.compute(stored);
        rebuild[r] = System.nanoTime() - t;
      }
      Arrays.sort(rebuild);
      try (ApiServer server = HttpProbe.serve(sl)) {
        String url = "http://127.0.0.1:" + server.port() + "/api/stories/" + story.id() + "/facts";
        HttpClient http = HttpProbe.client();
        long t0 = System.nanoTime();
        int errors = get(http, url) == 200 ? 0 : 1;
        double cold = (System.nanoTime() - t0) / 1e6;
        for (int i = 0; i < 100; i++) {
          errors += get(http, url) == 200 ? 0 : 1; // warm-up: the route's code compiled
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
          long s = System.nanoTime();
          errors += get(http, url) == 200 ? 0 : 1;
          nanos[i] = System.nanoTime() - s;
        }
        Arrays.sort(nanos);
        return new Result(
            story.articleCount(),
            cold,
            rebuild[rebuild.length / 2] / 1e6,
            pct(nanos, 50),
            pct(nanos, 99),
            requests,
            errors);
      }
    } finally {
      TempDirs.deleteQuietly(dir);
    }
  }

  private static int get(HttpClient http, String url) {
    return HttpProbe.get(http, url, Duration.ofSeconds(60));
  }

  private static double pct(long[] sorted, int p) {
    return HttpProbe.pct(sorted, p);
  }
}
