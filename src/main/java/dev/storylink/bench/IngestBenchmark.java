package dev.storylink.bench;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.cluster.StreamClusterer;
import dev.storylink.core.Article;
import dev.storylink.store.ArticleStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Ingest + clustering throughput: a seeded stream of synthetic articles ({@link
 * SyntheticArticles}: five languages, topics sharing names, places and numbers, 250–600 words) in
 * date order, about 350 a day, each on one of the 300 most recent topics, clustered into a fresh
 * temporary store committed every 500 articles. Not thread-safe.
 */
public final class IngestBenchmark {
  /** Articles per reported block. */
  public static final int BLOCK = 10_000;

  /** Figures of one run. */
  public record Result(long articles, double seconds, List<Double> blockRates, long heapAfterBytes,
      long events, long stories) {
    /** Copies. */
    public Result {
      blockRates = List.copyOf(blockRates);
    }

    /** Overall articles per second. */
    public double rate() {
      return articles / seconds;
    }
  }

  private IngestBenchmark() {}

  /** The synthetic stream: {@code n} articles from {@code seed}, in date order. */
  public static Iterator<Article> stream(int n, long seed) {
    Random rnd = new Random(seed);
    return new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return i < n;
      }

      @Override
      public Article next() {
        int newestTopic = i / 5;
        int topic = Math.max(0, newestTopic - rnd.nextInt(300));
        Article a = SyntheticArticles.article(rnd, "gen-" + i, topic);
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(i / 350);
        i++;
        return new Article(a.id(), a.lang(), a.title(), a.text(), Optional.of(date), a.source(), a.url());
      }
    };
  }

  /** Runs the benchmark; {@code log} receives a line per block. */
  public static Result run(int n, long seed, Consumer<String> log) {
    Path tmp;
    try {
      tmp = Files.createTempDirectory("storylink-bench");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (ArticleStore store = ArticleStore.openForWriting(tmp)) {
      StreamClusterer c = StreamClusterer.open(store, ClusterConfig.defaults());
      Iterator<Article> it = stream(n, seed);
      List<Double> blocks = new ArrayList<>();
      long start = System.nanoTime();
      long blockStart = start;
      long count = 0;
      while (it.hasNext()) {
        c.add(it.next());
        count++;
        if (count % 500 == 0) {
          c.commit();
        }
        if (count % BLOCK == 0) {
          long now = System.nanoTime();
          double rate = BLOCK / ((now - blockStart) / 1e9);
          blocks.add(rate);
          log.accept(String.format(java.util.Locale.ROOT, "  %,7d articles: %,.0f articles/s in this block, %d active events",
              count, rate, c.counts().activeEvents()));
          blockStart = now;
        }
      }
      c.commit();
      double secs = (System.nanoTime() - start) / 1e9;
      System.gc();
      Runtime rt = Runtime.getRuntime();
      long heap = rt.totalMemory() - rt.freeMemory();
      StreamClusterer.Counts counts = c.counts();
      return new Result(count, secs, blocks, heap, counts.events(), counts.stories());
    } finally {
      try (Stream<Path> s = Files.walk(tmp)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // best effort
      }
    }
  }
}
