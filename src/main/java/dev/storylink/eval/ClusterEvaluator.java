package dev.storylink.eval;

import dev.storylink.app.IngestItem;
import dev.storylink.app.IngestListener;
import dev.storylink.app.IngestSummary;
import dev.storylink.app.StoryLink;
import dev.storylink.cluster.ClusterConfig;
import dev.storylink.cluster.StoryClusterer;
import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.core.TempDirs;
import dev.storylink.link.PairScorer;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.EventRecord;
import dev.storylink.store.StoredArticle;
import dev.storylink.text.LanguageIdentifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Clusters a collection of articles with {@link StoryClusterer} in a temporary store and scores the
 * result: B-cubed and pairwise precision/recall/F1 against gold clusters (ECB+ style {@code
 * clusters.tsv}), and, for SemEval-style pair sets, how often linked pairs share an event and
 * unrelated pairs do not. Thread-safe (each call uses its own store).
 */
public final class ClusterEvaluator {
  private ClusterEvaluator() {}

  /** Event and story of every article, in input order. */
  public record Clustering(Map<String, String> eventOf, Map<String, String> storyOf) {}

  /**
   * How far a clustering got: articles done of the total, for a progress bar. Called on the
   * clustering thread, one call at a time: an implementation need not be thread-safe.
   */
  @FunctionalInterface
  public interface Progress {
    /** Reports nothing. */
    Progress NONE = (done, total) -> {};

    void at(long done, long total);
  }

  /** Clusters {@code articles} (in order) into a fresh temporary store. */
  public static Clustering cluster(
      Collection<Article> articles, ClusterConfig config, LanguageIdentifier langId) {
    return cluster(articles, config, langId, Progress.NONE);
  }

  /**
   * Clusters {@code articles} (in order) into a fresh temporary store, telling {@code progress}.
   */
  public static Clustering cluster(
      Collection<Article> articles,
      ClusterConfig config,
      LanguageIdentifier langId,
      Progress progress) {
    Path tmp = tempDir();
    // one commit at the end, the same chunks as `storylink ingest`: the figures are the product's
    try (StoryLink sl =
        StoryLink.builder()
            .dataDir(tmp)
            .languages(langId)
            .clusterConfig(config)
            .batch(Integer.MAX_VALUE)
            .build()) {
      Map<String, String> eventOf = new LinkedHashMap<>();
      // unknown language or repeated id: left out of the clustering
      long total = articles.size();
      sl.ingest(
          IngestItem.numbered(articles),
          new IngestListener() {
            @Override
            public void stored(IngestItem item, StoryClusterer.Outcome o) {
              o.assignment().ifPresent(as -> eventOf.put(o.articleId(), as.eventId()));
            }

            @Override
            public void progress(IngestSummary soFar) {
              progress.at(soFar.stored() + soFar.known() + soFar.failed(), total);
            }
          });
      ArticleStore store = sl.store();
      return withStories(eventOf, store);
    } finally {
      TempDirs.deleteQuietly(tmp);
    }
  }

  /**
   * Clusters {@code articles} (in order) into a fresh temporary store with {@code scorer} as the
   * clusterer's pair scorer (e.g. {@code FeaturePairScorer.forClustering(model)} with a link model
   * trained without some pairs), through the clusterer directly: chunks of {@link
   * StoryClusterer#CHUNK}, one commit at the end, as {@link #cluster(Collection, ClusterConfig,
   * LanguageIdentifier)} does with the shipped scorer. Articles the clusterer refuses are left out.
   */
  public static Clustering cluster(
      Collection<Article> articles,
      ClusterConfig config,
      LanguageIdentifier langId,
      PairScorer scorer) {
    return cluster(articles, config, langId, scorer, o -> {});
  }

  /**
   * As {@link #cluster(Collection, ClusterConfig, LanguageIdentifier, PairScorer)}, telling {@code
   * placed} each article's outcome as the clusterer placed it (before any later merge moved it).
   */
  public static Clustering cluster(
      Collection<Article> articles,
      ClusterConfig config,
      LanguageIdentifier langId,
      PairScorer scorer,
      java.util.function.Consumer<StoryClusterer.Outcome> placed) {
    Path tmp = tempDir();
    try (ArticleStore store = ArticleStore.open(tmp.resolve("data"))) {
      StoryClusterer c = StoryClusterer.open(store, scorer, langId, config);
      List<Article> all = List.copyOf(articles);
      List<List<Article>> chunks = new ArrayList<>();
      for (int i = 0; i < all.size(); i += StoryClusterer.CHUNK) {
        chunks.add(all.subList(i, Math.min(all.size(), i + StoryClusterer.CHUNK)));
      }
      Map<String, String> eventOf = new LinkedHashMap<>();
      c.addChunks(
          chunks.iterator(),
          outcomes ->
              outcomes.forEach(
                  o -> {
                    placed.accept(o);
                    o.assignment().ifPresent(as -> eventOf.put(o.articleId(), as.eventId()));
                  }));
      c.commit();
      return withStories(eventOf, store);
    } finally {
      TempDirs.deleteQuietly(tmp);
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("storylink-eval");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The clustering of {@code eventOf} with each event's story as {@code store} records it. An
   * article's event is read back from the store: an event merged into another after the article was
   * placed ({@code EventMerges}) moved its articles.
   */
  private static Clustering withStories(Map<String, String> eventOf, ArticleStore store) {
    eventOf.replaceAll((id, ev) -> store.article(id).map(StoredArticle::eventId).orElse(ev));
    Map<String, String> storyOfEvent = new HashMap<>();
    Map<String, String> storyOf = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : eventOf.entrySet()) {
      String story =
          storyOfEvent.computeIfAbsent(
              e.getValue(), ev -> store.event(ev).map(EventRecord::storyId).orElse(ev));
      storyOf.put(e.getKey(), story);
    }
    return new Clustering(eventOf, storyOf);
  }

  /** Precision, recall and F1. */
  public record PRF(double precision, double recall, double f1) {
    static PRF of(double p, double r) {
      return new PRF(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f", precision, recall, f1);
    }
  }

  /** B-cubed over the items present in both maps. */
  public static PRF bcubed(Map<String, String> predicted, Map<String, String> gold) {
    Map<String, Map<String, Integer>> overlap = new HashMap<>();
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    for (String item : predicted.keySet()) {
      String g = gold.get(item);
      if (g == null) {
        continue;
      }
      String p = predicted.get(item);
      overlap.computeIfAbsent(p, k -> new HashMap<>()).merge(g, 1, Integer::sum);
      predSize.merge(p, 1, Integer::sum);
      goldSize.merge(g, 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    int n = 0;
    for (String item : predicted.keySet()) {
      String g = gold.get(item);
      if (g == null) {
        continue;
      }
      String p = predicted.get(item);
      int both = overlap.get(p).get(g);
      precision += (double) both / predSize.get(p);
      recall += (double) both / goldSize.get(g);
      n++;
    }
    return n == 0 ? PRF.of(0, 0) : PRF.of(precision / n, recall / n);
  }

  /** Pairwise precision/recall over all item pairs. */
  public static PRF pairwise(Map<String, String> predicted, Map<String, String> gold) {
    List<String> items = predicted.keySet().stream().filter(gold::containsKey).toList();
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i = 0; i < items.size(); i++) {
      for (int j = i + 1; j < items.size(); j++) {
        boolean p = predicted.get(items.get(i)).equals(predicted.get(items.get(j)));
        boolean g = gold.get(items.get(i)).equals(gold.get(items.get(j)));
        if (p && g) {
          tp++;
        } else if (p) {
          fp++;
        } else if (g) {
          fn++;
        }
      }
    }
    return PRF.of(
        tp + fp == 0 ? 1 : (double) tp / (tp + fp), tp + fn == 0 ? 1 : (double) tp / (tp + fn));
  }

  /** Reads a two-column TSV {@code article_id gold_cluster_id} (header line allowed). */
  public static Map<String, String> readGold(Path tsv) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t");
      if (f.length < 2 || (i == 0 && f[0].equals("article_id"))) {
        continue;
      }
      out.put(f[0].strip(), f[1].strip());
    }
    if (out.isEmpty()) {
      throw new InputException(tsv + ": no gold clusters found");
    }
    return out;
  }

  /** For a pair set: share of linked pairs together and of unrelated pairs apart. */
  public record PairAgreement(
      int linked,
      double linkedSameEvent,
      double linkedSameStory,
      int unrelated,
      double unrelatedDifferentEvents,
      double unrelatedDifferentStories) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "linked pairs (<= 1.5): %d, same event %.3f, same story %.3f; unrelated pairs (>= 3.5): %d,"
              + " different events %.3f, different stories %.3f",
          linked,
          linkedSameEvent,
          linkedSameStory,
          unrelated,
          unrelatedDifferentEvents,
          unrelatedDifferentStories);
    }

    /** The agreement over the pairs of all {@code parts} (e.g. cross-validation folds). */
    public static PairAgreement sum(List<PairAgreement> parts) {
      int linked = 0;
      int linkedEvent = 0;
      int linkedStory = 0;
      int unrelated = 0;
      int apartEvent = 0;
      int apartStory = 0;
      for (PairAgreement a : parts) {
        linked += a.linked();
        linkedEvent += (int) Math.round(a.linkedSameEvent() * a.linked());
        linkedStory += (int) Math.round(a.linkedSameStory() * a.linked());
        unrelated += a.unrelated();
        apartEvent += (int) Math.round(a.unrelatedDifferentEvents() * a.unrelated());
        apartStory += (int) Math.round(a.unrelatedDifferentStories() * a.unrelated());
      }
      return new PairAgreement(
          linked,
          (double) linkedEvent / linked,
          (double) linkedStory / linked,
          unrelated,
          (double) apartEvent / unrelated,
          (double) apartStory / unrelated);
    }
  }

  /** Scores a clustering against SemEval pairs (≤ 1.5 linked, ≥ 3.5 unrelated). */
  public static PairAgreement pairAgreement(Clustering c, List<PairsDataset.GoldPair> pairs) {
    int linked = 0;
    int linkedEvent = 0;
    int linkedStory = 0;
    int unrelated = 0;
    int apartEvent = 0;
    int apartStory = 0;
    for (PairsDataset.GoldPair p : pairs) {
      String e1 = c.eventOf().get(p.id1());
      String e2 = c.eventOf().get(p.id2());
      if (e1 == null || e2 == null) {
        continue;
      }
      boolean sameEvent = e1.equals(e2);
      boolean sameStory = c.storyOf().get(p.id1()).equals(c.storyOf().get(p.id2()));
      if (p.overall() <= 1.5) {
        linked++;
        linkedEvent += sameEvent ? 1 : 0;
        linkedStory += sameStory ? 1 : 0;
      } else if (p.overall() >= 3.5) {
        unrelated++;
        apartEvent += sameEvent ? 0 : 1;
        apartStory += sameStory ? 0 : 1;
      }
    }
    return new PairAgreement(
        linked,
        ratio(linkedEvent, linked),
        ratio(linkedStory, linked),
        unrelated,
        ratio(apartEvent, unrelated),
        ratio(apartStory, unrelated));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }
}
