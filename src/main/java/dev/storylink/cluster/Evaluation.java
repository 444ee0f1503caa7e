package dev.storylink.cluster;

import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.eval.PairsDataset;
import dev.storylink.ingest.JsonlReader;
import dev.storylink.store.ArticleStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Clustering quality on gold data: ECB+ style clusters ({@code articles.jsonl} + {@code
 * clusters.tsv}) and SemEval-2022 Task 8 pairs. Each run clusters the articles in file order (in
 * chunks of {@link Ingestor#CHUNK}, as {@code storylink ingest} does) into a temporary store that is deleted afterwards. Stateless and thread-safe.
 */
public final class Evaluation {
  private Evaluation() {}

  /** Event and story of every article clustered. */
  public record Clustering(Map<String, String> eventOf, Map<String, String> storyOf) {
    /** Copies. */
    public Clustering {
      eventOf = Map.copyOf(eventOf);
      storyOf = Map.copyOf(storyOf);
    }
  }

  /** Clusters {@code articles} in order into a temporary store. */
  public static Clustering cluster(List<Article> articles, ClusterConfig config) {
    Path tmp;
    try {
      tmp = Files.createTempDirectory("storylink-eval");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (ArticleStore store = ArticleStore.openForWriting(tmp)) {
      StreamClusterer c = StreamClusterer.open(store, config);
      Map<String, String> event = new LinkedHashMap<>();
      for (int i = 0; i < articles.size(); i += Ingestor.CHUNK) {
        for (StreamClusterer.Outcome o : c.addAll(articles.subList(i, Math.min(articles.size(), i + Ingestor.CHUNK)))) {
          o.assignment().ifPresent(as -> event.put(as.articleId(), as.eventId()));
        }
      }
      c.commit();
      Map<String, String> storyOfEvent = new LinkedHashMap<>();
      store.events().forEach(e -> storyOfEvent.put(e.id(), e.storyId()));
      Map<String, String> story = new LinkedHashMap<>();
      event.forEach((a, e) -> story.put(a, storyOfEvent.get(e)));
      return new Clustering(event, story);
    } finally {
      deleteTree(tmp);
    }
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort
    }
  }

  /** Reads DIR/articles.jsonl in file order. */
  public static List<Article> readArticles(Path jsonl) {
    if (!Files.isRegularFile(jsonl)) {
      throw new InputException("missing " + jsonl);
    }
    List<Article> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (Stream<Article> s = new JsonlReader().read(jsonl, p -> problems.add(p.message()))) {
      s.forEach(out::add);
    }
    return out;
  }

  /** Reads a two-column TSV with a header line: item → cluster. */
  public static Map<String, String> readGold(Path tsv) {
    if (!Files.isRegularFile(tsv)) {
      throw new InputException("missing " + tsv);
    }
    Map<String, String> gold = new LinkedHashMap<>();
    try {
      List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
      for (int i = 1; i < lines.size(); i++) {
        String[] f = lines.get(i).split("\t");
        if (f.length >= 2) {
          gold.put(f[0].strip(), f[1].strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return gold;
  }

  /** B-cubed and pairwise scores of events against DIR/clusters.tsv. */
  public static ClusterMetrics clusters(Path dir, ClusterConfig config) {
    List<Article> articles = readArticles(dir.resolve("articles.jsonl"));
    Map<String, String> gold = readGold(dir.resolve("clusters.tsv"));
    return ClusterMetrics.of(cluster(articles, config).eventOf(), gold);
  }

  /**
   * SemEval pair figures.
   *
   * @param linked pairs with gold Overall ≤ 1.5
   * @param linkedSameEvent of those, fraction in the same event
   * @param linkedSameStory of those, fraction in the same story
   * @param unrelated pairs with gold Overall ≥ 3.5
   * @param unrelatedDifferentEvents of those, fraction in different events
   * @param unrelatedDifferentStories of those, fraction in different stories
   */
  public record PairFigures(
      int linked, double linkedSameEvent, double linkedSameStory,
      int unrelated, double unrelatedDifferentEvents, double unrelatedDifferentStories) {
    /** One-line summary. */
    public String summary() {
      return String.format(java.util.Locale.ROOT,
          "linked pairs (<=1.5) in the same event %.3f (same story %.3f) of %d; "
              + "unrelated pairs (>=3.5) in different events %.3f (different stories %.3f) of %d",
          linkedSameEvent, linkedSameStory, linked, unrelatedDifferentEvents, unrelatedDifferentStories, unrelated);
    }
  }

  /** Clusters every SemEval article (file order) and checks the gold pairs. */
  public static PairFigures clusterPairs(Path dir, ClusterConfig config) {
    List<Article> articles = readArticles(dir.resolve("articles.jsonl"));
    PairsDataset ds;
    try {
      ds = PairsDataset.load(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Clustering c = cluster(articles, config);
    int linked = 0, linkedEv = 0, linkedSt = 0, unrel = 0, unrelEv = 0, unrelSt = 0;
    for (PairsDataset.GoldPair p : ds.pairs()) {
      String e1 = c.eventOf().get(p.id1());
      String e2 = c.eventOf().get(p.id2());
      if (e1 == null || e2 == null) {
        continue;
      }
      boolean sameEvent = e1.equals(e2);
      boolean sameStory = c.storyOf().get(p.id1()).equals(c.storyOf().get(p.id2()));
      if (p.overall() <= 1.5) {
        linked++;
        linkedEv += sameEvent ? 1 : 0;
        linkedSt += sameStory ? 1 : 0;
      } else if (p.overall() >= 3.5) {
        unrel++;
        unrelEv += sameEvent ? 0 : 1;
        unrelSt += sameStory ? 0 : 1;
      }
    }
    return new PairFigures(linked, frac(linkedEv, linked), frac(linkedSt, linked),
        unrel, frac(unrelEv, unrel), frac(unrelSt, unrel));
  }

  private static double frac(int a, int n) {
    return n == 0 ? 0 : (double) a / n;
  }
}
