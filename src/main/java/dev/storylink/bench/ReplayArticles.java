package dev.storylink.bench;

import dev.storylink.core.Article;
import dev.storylink.ingest.JsonlReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A stream of real articles for benchmarks: the articles of one or more JSONL files replayed in
 * passes, with new ids and dates advancing {@code perDay} articles a day, so that the cost per
 * article is measured on real lengths, scripts and language mix.
 *
 * <p>Pass 0 gives each article as it is. A later pass would repeat texts that the near-duplicate
 * detector still remembers (a pass of the shared data is ~1,800 articles, six days at 300 a day,
 * while events stay active for 14 idle days), and every replayed article would join its original's
 * event as a copy, which costs less than a new article and makes events grow without end. So pass
 * {@code k >= 1} gives each article spliced: its title, the first half of its sentences, and the
 * second half of the sentences of another article in the same language (the {@code k}-th after it,
 * cyclically). The text is still real sentences in the article's language, of about the same length
 * (the mean of the two), and two splices share at most about a third of their word 5-shingles, far
 * below the 0.8 of a near-duplicate. Languages with one article only repeat it as is.
 *
 * <p>Ids are {@code replay-<n>}; dates start on 1 January 2020. The title, source and language of
 * the first article are kept. Immutable and thread-safe.
 */
public final class ReplayArticles {
  private static final LocalDate START = LocalDate.of(2020, 1, 1);

  /** Sentence ends: after . ! ? and their Arabic, Urdu, Devanagari and CJK forms, or a newline. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?؟۔।。！？])\\s+|\\n+");

  private final List<Article> articles;
  private final List<List<String>> sentences;
  private final int[] sameLangNext; // for each article: its position in its language group
  private final List<List<Integer>> groups; // article indexes per language, in file order
  private final int[] groupOf;
  private final int perDay;

  /** Replays {@code articles} (at least one), {@code perDay} articles a day (at least one). */
  public ReplayArticles(List<Article> articles, int perDay) {
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("nothing to replay: no articles");
    }
    if (perDay < 1) {
      throw new IllegalArgumentException("perDay must be positive: " + perDay);
    }
    this.articles = List.copyOf(articles);
    this.perDay = perDay;
    this.sentences = new ArrayList<>(articles.size());
    Map<String, List<Integer>> byLang = new LinkedHashMap<>();
    this.sameLangNext = new int[articles.size()];
    this.groupOf = new int[articles.size()];
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      sentences.add(split(a.text()));
      List<Integer> g = byLang.computeIfAbsent(a.lang(), l -> new ArrayList<>());
      sameLangNext[i] = g.size();
      g.add(i);
    }
    this.groups = List.copyOf(byLang.values());
    for (int gi = 0; gi < groups.size(); gi++) {
      for (int i : groups.get(gi)) {
        groupOf[i] = gi;
      }
    }
  }

  /**
   * Reads the articles of JSONL files (bad lines are skipped, as {@code storylink ingest} would);
   * an article without a language keeps {@code und} and is identified when ingested.
   */
  public static List<Article> read(Collection<Path> files) {
    List<Article> out = new ArrayList<>();
    JsonlReader reader = new JsonlReader();
    for (Path f : files) {
      try (Stream<Article> s = reader.read(f, p -> {})) {
        s.forEach(out::add);
      }
    }
    return out;
  }

  /** Number of distinct source articles (one pass). */
  public int size() {
    return articles.size();
  }

  /** The {@code n}-th article of the replay (0-based). */
  public Article article(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
    int i = (int) (n % articles.size());
    long pass = n / articles.size();
    Article a = articles.get(i);
    Optional<LocalDate> date = Optional.of(START.plusDays(n / perDay));
    String text = pass == 0 ? a.text() : splice(i, pass);
    return new Article("replay-" + n, a.lang(), a.title(), text, date, a.source(), "");
  }

  /** The source article (of the files) the {@code n}-th replayed article comes from. */
  public Article source(long n) {
    return articles.get((int) (n % articles.size()));
  }

  private String splice(int i, long pass) {
    List<Integer> g = groups.get(groupOf[i]);
    if (g.size() < 2) {
      return articles.get(i).text();
    }
    int shift = (int) (1 + (pass - 1) % (g.size() - 1)); // 1 .. size-1: never itself
    int j = g.get((sameLangNext[i] + shift) % g.size());
    List<String> a = sentences.get(i);
    List<String> b = sentences.get(j);
    StringBuilder sb = new StringBuilder(articles.get(i).text().length() + 64);
    int headEnd = (a.size() + 1) / 2;
    for (int k = 0; k < headEnd; k++) {
      sb.append(a.get(k)).append(k + 1 == headEnd ? "\n" : " ");
    }
    for (int k = b.size() / 2; k < b.size(); k++) {
      sb.append(b.get(k)).append(' ');
    }
    String text = sb.toString().strip();
    return text.isEmpty() ? articles.get(i).text() : text;
  }

  /** The sentences of a text (empty pieces dropped). */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(text)) {
      String t = s.strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** The articles replayed (one pass, in order). */
  public List<Article> articles() {
    return articles;
  }

  @Override
  public String toString() {
    return "ReplayArticles[" + articles.size() + " articles, " + perDay + "/day]";
  }
}
