package dev.storylink.cluster;

import dev.storylink.core.Article;
import dev.storylink.ingest.IngestProblem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Feeds a stream of articles through a {@link StreamClusterer} in chunks of {@value #CHUNK},
 * committing once at least {@code batchSize} articles are pending and at the end. Articles that cannot be clustered (unsupported language, id already
 * stored) are reported as problems and skipped. Not thread-safe.
 */
public final class Ingestor {
  /** Articles analysed in parallel and clustered together; fixed, so results do not depend on the thread count. */
  public static final int CHUNK = 64;

  private final StreamClusterer clusterer;
  private final int batchSize;

  /** Summary of one ingest run. */
  public record Summary(long added, long duplicates, long events, long stories, long problems) {
    /** The one-line summary printed by {@code storylink ingest}. */
    public String line() {
      return "added " + added + " articles (" + duplicates + " near-duplicates); store has " + events
          + " events in " + stories + " stories; " + problems + " problems";
    }
  }

  /** Receives the ids of articles made durable by each commit. */
  public interface AckListener {
    /** Called after each commit with the articles it made durable, in order. */
    void acknowledged(List<String> articleIds);
  }

  /** An ingestor committing every {@code batchSize} articles. */
  public Ingestor(StreamClusterer clusterer, int batchSize) {
    this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive");
    }
    this.batchSize = batchSize;
  }

  /**
   * Ingests {@code articles}.
   *
   * @param problems receives per-record problems (in addition to those the reader reported)
   * @param acks receives acknowledged ids after each commit
   * @param progress receives the number of articles processed so far, after each article
   */
  public Summary run(
      Stream<Article> articles, Consumer<IngestProblem> problems, AckListener acks, Consumer<Long> progress) {
    long added = 0;
    long dups = 0;
    long bad = 0;
    long seen = 0;
    List<String> batch = new ArrayList<>();
    List<Article> chunk = new ArrayList<>(CHUNK);
    Iterator<Article> it = articles.iterator();
    while (it.hasNext() || !chunk.isEmpty()) {
      if (it.hasNext()) {
        chunk.add(it.next());
        if (chunk.size() < CHUNK && it.hasNext()) {
          continue;
        }
      }
      for (StreamClusterer.Outcome o : clusterer.addAll(chunk)) {
        seen++;
        if (o.assignment().isPresent()) {
          added++;
          if (o.assignment().get().duplicateOf().isPresent()) {
            dups++;
          }
          batch.add(o.articleId());
        } else {
          bad++;
          problems.accept(IngestProblem.of(o.articleId(), o.problem().get()));
        }
      }
      chunk.clear();
      if (batch.size() >= batchSize) {
        clusterer.commit();
        acks.acknowledged(List.copyOf(batch));
        batch.clear();
      }
      progress.accept(seen);
    }
    clusterer.commit();
    if (!batch.isEmpty()) {
      acks.acknowledged(List.copyOf(batch));
    }
    StreamClusterer.Counts c = clusterer.counts();
    return new Summary(added, dups, c.events(), c.stories(), bad);
  }
}
