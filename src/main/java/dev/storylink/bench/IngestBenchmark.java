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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Ingest + clustering throughput: a seeded stream of synthetic articles (see {@link #stream})
 * clustered into a fresh temporary store in chunks of {@link dev.storylink.cluster.Ingestor#CHUNK},
 * committed every 512 articles. Not thread-safe.
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

  private static final String[] LANGS = {"en", "de", "tr", "ar", "fa"};
  private static final String[] LATIN = {"ka", "ro", "mi", "ten", "sa", "lo", "ver", "an", "to", "bel", "ri", "nu",
      "das", "ko", "le", "mar", "in", "pe", "sol", "ta", "gu", "den", "ba", "ze"};
  private static final String[] ARABIC = {"پا", "با", "تر", "سل", "مي", "نو", "كا", "رد", "ول", "شي", "فا", "جم",
      "حل", "دي", "قو", "زا", "عم", "هن", "خو", "طب", "ين", "لا", "مر", "سا"};

  /** A pseudo-word of the given script family made of 2–4 syllables, from {@code rnd}. */
  private static String word(Random rnd, boolean arabic) {
    String[] syl = arabic ? ARABIC : LATIN;
    StringBuilder sb = new StringBuilder();
    int n = 2 + rnd.nextInt(3);
    for (int i = 0; i < n; i++) {
      sb.append(syl[rnd.nextInt(syl.length)]);
    }
    return sb.toString();
  }

  /**
   * The synthetic stream: {@code n} articles from {@code seed}, in date order, about 350 a day.
   * Each article is on one of the 100 most recent topics (a new topic every 20 articles), in one of five languages, 250–600
   * words: the language's function words (Zipf), a 3,000-word general vocabulary per language,
   * the topic's own 40 words in that language (about one word in four), and the topic's two
   * names (Latin script in every language) and a figure.
   */
  public static Iterator<Article> stream(int n, long seed) {
    Random rnd = new Random(seed);
    Map<String, String[]> general = new HashMap<>();
    for (String lang : LANGS) {
      Random r = new Random(seed * 31 + lang.hashCode());
      String[] v = new String[3000];
      for (int i = 0; i < v.length; i++) {
        v[i] = word(r, lang.equals("ar") || lang.equals("fa"));
      }
      general.put(lang, v);
    }
    return new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return i < n;
      }

      @Override
      public Article next() {
        int newestTopic = i / 20;
        int topic = Math.max(0, newestTopic - rnd.nextInt(100));
        String lang = LANGS[rnd.nextInt(LANGS.length)];
        boolean arabic = lang.equals("ar") || lang.equals("fa");
        Random topicRnd = new Random(seed ^ (topic * 7919L + lang.hashCode()));
        String[] topicWords = new String[40];
        for (int k = 0; k < topicWords.length; k++) {
          topicWords[k] = word(topicRnd, arabic);
        }
        Random nameRnd = new Random(seed ^ (topic * 104729L));
        String n1 = capitalize(word(nameRnd, false));
        String n2 = capitalize(word(nameRnd, false));
        int figure = 10 + nameRnd.nextInt(99_990);
        String[] func = FUNCTION.get(lang);
        String[] gen = general.get(lang);
        int words = 250 + rnd.nextInt(350);
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
          double u = rnd.nextDouble();
          if (w % 41 == 3) {
            sb.append(n1);
          } else if (w % 59 == 7) {
            sb.append(n2);
          } else if (w % 97 == 13) {
            sb.append(figure);
          } else if (u < 0.35) {
            sb.append(func[(int) Math.min(func.length - 1, Math.floor(Math.pow(func.length, rnd.nextDouble())) - 1)]);
          } else if (u < 0.6) {
            sb.append(topicWords[rnd.nextInt(topicWords.length)]);
          } else {
            sb.append(gen[(int) Math.min(gen.length - 1, Math.floor(Math.pow(gen.length, rnd.nextDouble())) - 1)]);
          }
          sb.append(w % 18 == 17 ? ".\n" : " ");
        }
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(i / 350);
        String title = n1 + " " + topicWords[0] + " " + topicWords[1] + " " + n2;
        return new Article("gen-" + i++, lang, title, sb.toString(), Optional.of(date), "synthetic", "");
      }
    };
  }

  private static String capitalize(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private static final Map<String, String[]> FUNCTION = Map.of(
      "en", "the of and to in a is that for on was with said he it as at by from".split(" "),
      "de", "der die und in den von zu das mit sich des auf für ist im dem nicht ein".split(" "),
      "tr", "ve bir bu da de için ile olarak daha çok en ama gibi kadar sonra ise".split(" "),
      "ar", "في من على إلى أن عن مع هذا التي الذي كان قد بين بعد كما".split(" "),
      "fa", "و در به از که این را با است برای آن یک تا بر شد".split(" "));

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
      List<Article> chunk = new ArrayList<>();
      while (it.hasNext()) {
        chunk.add(it.next());
        count++;
        if (chunk.size() == dev.storylink.cluster.Ingestor.CHUNK) {
          c.addAll(chunk);
          chunk.clear();
        }
        if (count % 512 == 0) {
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
      c.addAll(chunk);
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
