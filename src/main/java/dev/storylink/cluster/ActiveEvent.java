package dev.storylink.cluster;

import com.carrotsearch.hppc.LongHashSet;
import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.store.EventRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * In-memory state of an open event: its articles, representatives and dates, plus the fields the
 * {@link CandidateIndex} and {@link EventScorer} keep on it during one article's placement. Not
 * thread-safe: confined to the clusterer's thread.
 */
final class ActiveEvent {
  final String id;
  final long number;
  String storyId;
  final String lang;
  final String headline;
  final List<String> articleIds = new ArrayList<>();
  final List<ArticleFeatures> reps = new ArrayList<>();
  final LongHashSet keys = new LongHashSet(); // candidate keys indexed for it (CandidateIndex)
  boolean changed; // in PendingWrites: its record is written at the next commit
  int slot = -1; // in the candidate index's slot arrays while indexed
  int overlap; // keys shared with the article of the current candidate lookup
  double quick; // shortlist score of the article being placed against quickRep
  ArticleFeatures quickRep; // the newest representative when quick was computed
  int quickStamp; // candidate lookup quick belongs to
  int lookStamp; // candidate lookup whose second look (top k) this event gets
  int originals;
  Optional<LocalDate> firstDate = Optional.empty();
  Optional<LocalDate> lastDate = Optional.empty();
  long lastSeq;
  // the years its articles mention (Years), counted by latest year; the mask is kept in its
  // record, read from its articles on reload of an older store
  final YearCounts years = new YearCounts();

  ActiveEvent(String id, String storyId, String lang, String headline) {
    this.id = id;
    this.number = number(id);
    this.storyId = storyId;
    this.lang = lang;
    this.headline = headline;
  }

  ActiveEvent(EventRecord e) {
    this(e.id(), e.storyId(), e.lang(), e.headline());
    articleIds.addAll(e.articleIds());
    originals = e.originals();
    firstDate = e.firstDate();
    lastDate = e.lastDate();
    lastSeq = e.lastSeq();
  }

  /** The number of an event or story id ({@code e12}, {@code s7}). */
  static long number(String id) {
    return Long.parseLong(id.substring(1));
  }

  void add(Article a, ArticleFeatures f, long seq, boolean duplicate, int maxReps) {
    add(a, f, seq, duplicate, maxReps, 0);
  }

  void add(Article a, ArticleFeatures f, long seq, boolean duplicate, int maxReps, long yearMask) {
    articleIds.add(a.id());
    years.add(yearMask);
    if (!duplicate) {
      originals++;
      // keep the first half of the slots for the earliest articles, rotate the rest
      int half = Math.max(1, maxReps / 2);
      if (reps.size() < maxReps) {
        reps.add(f);
      } else {
        reps.remove(half);
        reps.add(f);
      }
    }
    firstDate = Dates.min(firstDate, a.date());
    lastDate = Dates.max(lastDate, a.date());
    lastSeq = seq;
  }

  /**
   * Takes over the articles, years, dates and counts of {@code other}, an event of the same
   * language found to report the same event ({@link EventMerges}); the representatives become the
   * first half of each one's (this one's earliest first), then the rest of this one's, up to {@code
   * maxReps}.
   */
  void absorb(ActiveEvent other, int maxReps) {
    articleIds.addAll(other.articleIds);
    years.addAll(other.years);
    originals += other.originals;
    int half = Math.max(1, maxReps / 2);
    List<ArticleFeatures> mixed = new ArrayList<>(reps.subList(0, Math.min(half, reps.size())));
    other.reps.stream().limit(half).forEach(mixed::add);
    mixed.addAll(reps.subList(Math.min(half, reps.size()), reps.size()));
    other.reps.stream().skip(half).forEach(mixed::add);
    reps.clear();
    reps.addAll(mixed.subList(0, Math.min(maxReps, mixed.size())));
    firstDate = Dates.min(firstDate, other.firstDate);
    lastDate = Dates.max(lastDate, other.lastDate);
    lastSeq = Math.max(lastSeq, other.lastSeq);
  }

  EventRecord record(boolean open) {
    return new EventRecord(
        id,
        storyId,
        lang,
        articleIds,
        originals,
        firstDate,
        lastDate,
        lastSeq,
        headline,
        open,
        Optional.of(years.mask()));
  }
}
