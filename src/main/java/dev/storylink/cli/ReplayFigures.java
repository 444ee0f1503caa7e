package dev.storylink.cli;

import dev.storylink.app.IngestListener;
import dev.storylink.app.StoryLink;
import dev.storylink.bench.IngestFigures;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.StoreTimings;
import dev.storylink.store.StoryFilter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;

/**
 * The store-side figures of {@code storylink bench ingest}: size on disk, commit and merge times,
 * memory of the process, and the time to reopen the store. Stateless and thread-safe.
 */
final class ReplayFigures {
  private ReplayFigures() {}

  /** Prints the store's size on disk, its commit and merge times and the process's memory. */
  static void store(PrintWriter out, StoryLink sl, Path dir) {
    StoreTimings t = sl.read(ArticleStore::timings);
    long articles = sl.read(ArticleStore::articleCount);
    long bytes = IngestFigures.directoryBytes(dir);
    out.printf(
        Locale.ROOT,
        "store: %d articles, %.0f MB on disk (%.1f KB/article); %d commits, mean %.0f ms, max %.0f ms;"
            + " %d merges (%d documents), %.1f s in all (%.1f s of CPU), longest %.1f s%n",
        articles,
        bytes / 1e6,
        articles == 0 ? 0.0 : bytes / 1e3 / articles,
        t.commits(),
        t.commits() == 0 ? 0.0 : t.commitNanos() / 1e6 / t.commits(),
        t.maxCommitNanos() / 1e6,
        t.merges(),
        t.mergedDocs(),
        t.mergeNanos() / 1e9,
        t.mergeCpuNanos() / 1e9,
        t.maxMergeNanos() / 1e9);
    out.printf(
        Locale.ROOT,
        "memory: RSS %.0f MB, peak RSS %.0f MB, max heap %.0f MB%n",
        IngestFigures.residentBytes() / 1e6,
        IngestFigures.peakResidentBytes() / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
    out.flush();
  }

  /**
   * Times reopening the (closed) store: read-only with the first story list and search, as a server
   * starts; then for ingest, with the clusterer's term statistics and open events reloaded.
   */
  static void restart(PrintWriter out, Path dir) {
    long t0 = System.nanoTime();
    long firstList;
    int found;
    try (StoryLink ro = StoryLink.builder().dataDir(dir).readOnly(true).build()) {
      long opened = System.nanoTime();
      ro.read(s -> s.stories(StoryFilter.all(), 0, 20));
      firstList = System.nanoTime();
      found = ro.read(s -> s.search("president government", 20)).size();
      long firstSearch = System.nanoTime();
      out.printf(
          Locale.ROOT,
          "restart, read-only: open %.0f ms, first story list %.0f ms, first search %.0f ms (%d"
              + " stories)%n",
          (opened - t0) / 1e6,
          (firstList - opened) / 1e6,
          (firstSearch - firstList) / 1e6,
          found);
    }
    long t1 = System.nanoTime();
    try (StoryLink rw = StoryLink.builder().dataDir(dir).build()) {
      long opened = System.nanoTime();
      rw.ingest(Collections.emptyIterator(), new IngestListener() {});
      long ready = System.nanoTime();
      out.printf(
          Locale.ROOT,
          "restart, for ingest: open %.0f ms, clusterer ready (term statistics, %d open events"
              + " reloaded) %.1f s%n",
          (opened - t1) / 1e6,
          rw.activeEvents(),
          (ready - opened) / 1e9);
    }
    out.flush();
  }
}
