package dev.storylink.eval;

import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.ingest.IngestProblem;
import dev.storylink.ingest.JsonlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A SemEval-2022-Task-8-style pair set: {@code articles.jsonl} plus {@code pairs.tsv} ({@code id1
 * id2 overall}, 1 = same story .. 4 = unrelated, a header line). Immutable after loading and
 * thread-safe.
 */
public final class PairsDataset {
  /** A gold pair. */
  public record GoldPair(String id1, String id2, double overall) {}

  private final Map<String, Article> articles;
  private final List<GoldPair> pairs;

  private PairsDataset(Map<String, Article> articles, List<GoldPair> pairs) {
    this.articles = articles;
    this.pairs = pairs;
  }

  /** Articles by id, in file order. */
  public Map<String, Article> articles() {
    return articles;
  }

  /** Gold pairs whose two articles are both present. */
  public List<GoldPair> pairs() {
    return pairs;
  }

  /** Loads {@code dir/articles.jsonl} and {@code dir/pairs.tsv}. */
  public static PairsDataset load(Path dir) throws IOException {
    Path jsonl = dir.resolve("articles.jsonl");
    Path tsv = dir.resolve("pairs.tsv");
    if (!Files.isRegularFile(jsonl) || !Files.isRegularFile(tsv)) {
      throw new InputException(dir + ": expected articles.jsonl and pairs.tsv in this folder");
    }
    Map<String, Article> articles = readArticles(jsonl);
    List<GoldPair> pairs = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t");
      if (f.length < 3) {
        continue;
      }
      double overall;
      try {
        overall = Double.parseDouble(f[2].strip());
      } catch (NumberFormatException e) {
        if (i == 0) {
          continue; // header
        }
        throw new InputException(tsv + ":" + (i + 1) + ": not a score: " + f[2]);
      }
      if (articles.containsKey(f[0]) && articles.containsKey(f[1])) {
        pairs.add(new GoldPair(f[0], f[1], overall));
      }
    }
    return new PairsDataset(articles, List.copyOf(pairs));
  }

  /**
   * Reads an articles.jsonl file with the ingest {@link JsonlReader}; a bad record is an {@link
   * InputException} here (gold data must be complete); warnings are not.
   */
  public static Map<String, Article> readArticles(Path jsonl) throws IOException {
    Map<String, Article> out = new LinkedHashMap<>();
    List<IngestProblem> problems = new ArrayList<>();
    try (Stream<Article> articles = new JsonlReader().read(jsonl, problems::add)) {
      articles.forEach(a -> out.put(a.id(), a));
    }
    // a warning (a field no article has, such as SemEval's text_origin) loses nothing
    for (IngestProblem p : problems) {
      if (!p.isWarning()) {
        throw new InputException(p.message());
      }
    }
    return out;
  }
}
