package dev.storylink.eval;

import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.text.LanguageIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Accuracy of a {@link LanguageIdentifier} per language, on articles whose language is given, at
 * several text lengths in the manner of Lingua's own reports: a snippet of about 20 characters (a
 * few words), about 60 (a headline), about 200 (a sentence or two) and the whole text. A snippet is
 * cut at the last word boundary before its length. Stateless and thread-safe.
 */
public final class LanguageIdEvaluator {
  /** Snippet lengths in characters; 0 stands for the whole text. */
  public static final List<Integer> LENGTHS = List.of(20, 60, 200, 0);

  private LanguageIdEvaluator() {}

  /**
   * Accuracy of one language.
   *
   * @param lang the gold language
   * @param articles how many articles of it were tried
   * @param correct per entry of {@link #LENGTHS}, how many were identified as {@code lang}
   * @param confusions the wrong answers on whole texts, with their counts
   */
  public record LanguageRow(
      String lang, int articles, List<Integer> correct, Map<String, Integer> confusions) {
    public LanguageRow {
      Objects.requireNonNull(lang, "lang");
      correct = List.copyOf(correct);
      confusions = Map.copyOf(confusions);
      if (articles < 0 || correct.size() != LENGTHS.size()) {
        throw new IllegalArgumentException("bad row for " + lang);
      }
    }

    /** Accuracy at {@code LENGTHS.get(k)}. */
    public double accuracy(int k) {
      return articles == 0 ? 0 : (double) correct.get(k) / articles;
    }
  }

  /** The report: one row per gold language, sorted by code, and the overall row ("all"). */
  public record Report(List<LanguageRow> rows, LanguageRow overall) {
    public Report {
      rows = List.copyOf(rows);
      Objects.requireNonNull(overall, "overall");
    }

    /** A Markdown table of the report. */
    public String markdown() {
      StringBuilder sb = new StringBuilder("| language | articles |");
      for (int len : LENGTHS) {
        sb.append(len == 0 ? " whole text |" : " ~" + len + " chars |");
      }
      sb.append(" wrong answers (whole text) |\n|---|---:|");
      sb.append("---:|".repeat(LENGTHS.size())).append("---|\n");
      List<LanguageRow> all = new ArrayList<>(rows);
      all.add(overall);
      for (LanguageRow r : all) {
        sb.append("| ").append(r.lang()).append(" | ").append(r.articles()).append(" |");
        for (int k = 0; k < LENGTHS.size(); k++) {
          sb.append(String.format(Locale.ROOT, " %.3f |", r.accuracy(k)));
        }
        StringBuilder conf = new StringBuilder();
        new TreeMap<>(r.confusions())
            .forEach(
                (l, n) -> conf.append(conf.isEmpty() ? "" : ", ").append(l).append(" ").append(n));
        sb.append(' ').append(conf).append(" |\n");
      }
      return sb.toString();
    }
  }

  /** Identifies every article with a known language at each length and counts the hits. */
  public static Report evaluate(Collection<Article> articles, LanguageIdentifier id) {
    Map<String, int[]> correct = new TreeMap<>();
    Map<String, int[]> count = new TreeMap<>();
    Map<String, Map<String, Integer>> confusions = new TreeMap<>();
    for (Article a : articles) {
      if (!a.hasLanguage()) {
        continue;
      }
      String gold = a.lang();
      count.computeIfAbsent(gold, k -> new int[1])[0]++;
      int[] hits = correct.computeIfAbsent(gold, k -> new int[LENGTHS.size()]);
      String text = a.fullText().strip();
      for (int k = 0; k < LENGTHS.size(); k++) {
        String got = id.identify(snippet(text, LENGTHS.get(k)));
        if (got.equals(gold)) {
          hits[k]++;
        } else if (LENGTHS.get(k) == 0) {
          confusions.computeIfAbsent(gold, g -> new TreeMap<>()).merge(got, 1, Integer::sum);
        }
      }
    }
    List<LanguageRow> rows = new ArrayList<>();
    int[] allHits = new int[LENGTHS.size()];
    int allCount = 0;
    Map<String, Integer> allConf = new TreeMap<>();
    for (String lang : count.keySet()) {
      int[] hits = correct.get(lang);
      Map<String, Integer> conf = confusions.getOrDefault(lang, Map.of());
      rows.add(new LanguageRow(lang, count.get(lang)[0], toList(hits), conf));
      allCount += count.get(lang)[0];
      for (int k = 0; k < hits.length; k++) {
        allHits[k] += hits[k];
      }
      conf.forEach((l, n) -> allConf.merge(l, n, Integer::sum));
    }
    return new Report(rows, new LanguageRow("all", allCount, toList(allHits), allConf));
  }

  /**
   * {@code eval langid}: evaluates the articles of a JSONL file (or of a folder's articles.jsonl)
   * that give their language; figures {@code accuracy_20}, {@code accuracy_60}, {@code
   * accuracy_200}, {@code accuracy_whole} and {@code articles}.
   */
  public static EvalResult run(Path input, LanguageIdentifier id) throws IOException {
    Path jsonl = Files.isDirectory(input) ? input.resolve("articles.jsonl") : input;
    if (!Files.isRegularFile(jsonl)) {
      throw new InputException(input + ": expected a JSONL file or a folder with articles.jsonl");
    }
    Report r = evaluate(PairsDataset.readArticles(jsonl).values(), id);
    Map<String, Double> m = new LinkedHashMap<>();
    for (int k = 0; k < LENGTHS.size(); k++) {
      m.put(
          "accuracy_" + (LENGTHS.get(k) == 0 ? "whole" : LENGTHS.get(k)), r.overall().accuracy(k));
    }
    m.put("articles", (double) r.overall().articles());
    int whole = LENGTHS.size() - 1;
    String summary =
        String.format(
            Locale.ROOT,
            "articles=%d accuracy_whole=%.3f accuracy_60=%.3f accuracy_20=%.3f%n",
            r.overall().articles(),
            r.overall().accuracy(whole),
            r.overall().accuracy(1),
            r.overall().accuracy(0));
    return new EvalResult(m, r.markdown() + summary, r.markdown());
  }

  private static List<Integer> toList(int[] xs) {
    List<Integer> out = new ArrayList<>(xs.length);
    for (int x : xs) {
      out.add(x);
    }
    return out;
  }

  /** The text up to the last word boundary before {@code len} characters (all of it for 0). */
  static String snippet(String text, int len) {
    if (len == 0 || text.length() <= len) {
      return text;
    }
    int cut = len;
    while (cut > 0 && !Character.isWhitespace(text.charAt(cut))) {
      cut--;
    }
    return (cut == 0 ? text.substring(0, len) : text.substring(0, cut)).strip();
  }
}
