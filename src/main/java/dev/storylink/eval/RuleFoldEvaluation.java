package dev.storylink.eval;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.core.Article;
import dev.storylink.text.LanguageIdentifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The shipped assignment decision (the hand-set rule of {@link ClusterConfig#defaults()} with its
 * event merges) cross-validated by folds of topics: for each fold, the rule's tuned parameters (the
 * event threshold and the merges' mean link, {@link Setting}) are chosen from a small grid by the
 * event B-cubed F1 of the <em>other</em> folds' topics, and the held-out topics are scored with the
 * chosen setting; the held-out articles' B-cubed precision and recall are pooled over all folds.
 *
 * <p>Each setting clusters all articles once, in file order, through the product's clusterer
 * ({@link ClusterEvaluator#cluster}: the event merges run), and that one clustering serves every
 * fold: an article's B-cubed figures ({@link TopicFoldEvaluation#bcubedPerArticle}, against its
 * whole predicted event, articles of other topics counting as wrong company) are summed per fold,
 * the training figure of fold {@code f} is the one of the other folds' sums. The held-out topics'
 * articles take part in the clustering (as they would in a stream) but their gold events are read
 * only for their own fold's figure. When all folds choose the shipped setting, the figure equals
 * the in-sample one. Folds as {@link TopicFoldEvaluation#foldOfTopic}. Ties of the training F1 go
 * to the most cautious setting, whatever is shipped: the higher event threshold, then the higher
 * merge link (fewer joins and merges); {@link #withFolds} reports the figures with ties to the
 * boldest setting ({@link #BOLD}) too, from the same clusterings. Stateless and thread-safe.
 */
public final class RuleFoldEvaluation {
  private RuleFoldEvaluation() {}

  /**
   * Tuned parameters of the rule.
   *
   * @param eventThreshold the time-decayed link probability at which an article joins ({@link
   *     ClusterConfig#withEventThreshold}), in (0, 1)
   * @param mergeLink the mean link at which two events merge ({@link ClusterConfig#withMergeLink}),
   *     in (0, 1]
   */
  public record Setting(double eventThreshold, double mergeLink) {
    /** Validates. */
    public Setting {
      if (!(eventThreshold > 0 && eventThreshold < 1) || !(mergeLink > 0 && mergeLink <= 1)) {
        throw new IllegalArgumentException(
            "setting out of range: " + eventThreshold + ", " + mergeLink);
      }
    }

    /** The setting of {@code c}. */
    public static Setting of(ClusterConfig c) {
      return new Setting(c.eventThreshold(), c.mergeLink());
    }

    /** {@code base} with this setting. */
    public ClusterConfig apply(ClusterConfig base) {
      return base.withEventThreshold(eventThreshold).withMergeLink(mergeLink);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.2f/%.2f", eventThreshold, mergeLink);
    }
  }

  /**
   * Orders settings by caution: the higher event threshold, then the higher merge link (the greater
   * is preferred on a tie).
   */
  public static final Comparator<Setting> CAUTIOUS =
      Comparator.comparingDouble(Setting::eventThreshold).thenComparingDouble(Setting::mergeLink);

  /** The reverse of {@link #CAUTIOUS}: ties go to the lower event threshold, then merge link. */
  public static final Comparator<Setting> BOLD = CAUTIOUS.reversed();

  /** The event thresholds of the grid: the shipped 0.43 ± 0.02 and ± 0.04. */
  public static final List<Double> EVENT_THRESHOLDS = List.of(0.39, 0.41, 0.43, 0.45, 0.47);

  /** The merges' mean links of the grid (0.35 was shipped when the grid was set; 0.30 since). */
  public static final List<Double> MERGE_LINKS = List.of(0.25, 0.30, 0.35, 0.40);

  /** The 20 settings of {@link #EVENT_THRESHOLDS} × {@link #MERGE_LINKS}. */
  public static List<Setting> grid() {
    List<Setting> out = new ArrayList<>();
    for (double t : EVENT_THRESHOLDS) {
      for (double m : MERGE_LINKS) {
        out.add(new Setting(t, m));
      }
    }
    return out;
  }

  /**
   * The pooled held-out figures and the setting each fold chose.
   *
   * @param precision B-cubed precision over all held-out articles
   * @param recall B-cubed recall over all held-out articles
   * @param chosen the setting of fold 0, 1, ...
   * @param settings how many settings were tried
   */
  public record Result(double precision, double recall, List<Setting> chosen, int settings) {
    /** Validates. */
    public Result {
      chosen = List.copyOf(chosen);
    }

    /** F1 of the pooled precision and recall. */
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** {@code cv_rule_bcubed_f1}, {@code _p}, {@code _r}. */
    public Map<String, Double> metrics() {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("cv_rule_bcubed_f1", f1());
      m.put("cv_rule_bcubed_p", precision);
      m.put("cv_rule_bcubed_r", recall);
      return m;
    }

    /** The chosen settings with the number of folds that chose each, e.g. {@code 0.43/0.35 ×9}. */
    public String chosenSummary() {
      Map<String, Integer> n = new TreeMap<>();
      chosen.forEach(s -> n.merge(s.toString(), 1, Integer::sum));
      List<String> parts = new ArrayList<>();
      n.forEach((s, k) -> parts.add(s + " ×" + k));
      return String.join(", ", parts);
    }
  }

  /**
   * Clusters {@code dir}'s articles in file order with each setting of {@code grid} on {@code
   * base}.
   */
  public static Result run(
      Path dir, int folds, ClusterConfig base, List<Setting> grid, LanguageIdentifier langId)
      throws IOException {
    return run(dir, folds, base, grid, langId, List.of(CAUTIOUS)).get(0);
  }

  /** As {@link #run(Path, int, ClusterConfig, List, LanguageIdentifier)}, per tie-break. */
  public static List<Result> run(
      Path dir,
      int folds,
      ClusterConfig base,
      List<Setting> grid,
      LanguageIdentifier langId,
      List<Comparator<Setting>> tieBreaks)
      throws IOException {
    Map<String, String> gold = ClusterEvaluator.readGold(dir.resolve("clusters.tsv"));
    Map<String, String> topics = TopicFoldEvaluation.readTopics(dir);
    Map<String, Article> articles = PairsDataset.readArticles(dir.resolve("articles.jsonl"));
    return evaluate(
        gold,
        topics,
        folds,
        grid,
        s -> ClusterEvaluator.cluster(articles.values(), s.apply(base), langId).eventOf(),
        tieBreaks);
  }

  /**
   * The figures for any clustering of the articles per setting ({@code clustering}: article →
   * event; called once per setting of {@code grid}).
   */
  public static Result evaluate(
      Map<String, String> gold,
      Map<String, String> topics,
      int folds,
      List<Setting> grid,
      Function<Setting, Map<String, String>> clustering) {
    return evaluate(gold, topics, folds, grid, clustering, List.of(CAUTIOUS)).get(0);
  }

  /**
   * The figures for each tie-break of {@code tieBreaks} (of equal training F1, the setting the
   * comparator orders greater is chosen), from one clustering per setting.
   */
  public static List<Result> evaluate(
      Map<String, String> gold,
      Map<String, String> topics,
      int folds,
      List<Setting> grid,
      Function<Setting, Map<String, String>> clustering,
      List<Comparator<Setting>> tieBreaks) {
    if (grid.isEmpty() || folds < 2) {
      throw new IllegalArgumentException("needs a setting and two folds or more");
    }
    Map<String, Integer> foldOf = TopicFoldEvaluation.foldOfTopic(topics.values(), folds);
    // per setting and fold: sum of precision, sum of recall, articles
    double[][][] sums = new double[grid.size()][folds][3];
    for (int i = 0; i < grid.size(); i++) {
      Map<String, String> eventOf = clustering.apply(grid.get(i));
      for (Map.Entry<String, double[]> e :
          TopicFoldEvaluation.bcubedPerArticle(eventOf, gold).entrySet()) {
        String t = topics.get(e.getKey());
        if (t == null) {
          continue;
        }
        double[] s = sums[i][foldOf.get(t)];
        s[0] += e.getValue()[0];
        s[1] += e.getValue()[1];
        s[2]++;
      }
    }
    List<Result> out = new ArrayList<>();
    for (Comparator<Setting> tieBreak : tieBreaks) {
      out.add(select(sums, folds, grid, tieBreak));
    }
    return out;
  }

  /** Each fold's setting by its training F1 (ties by {@code tieBreak}), the held-out pooled. */
  private static Result select(
      double[][][] sums, int folds, List<Setting> grid, Comparator<Setting> tieBreak) {
    double sumP = 0;
    double sumR = 0;
    double n = 0;
    List<Setting> chosen = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      int best = -1;
      double bestF1 = -1;
      for (int i = 0; i < grid.size(); i++) {
        double p = 0;
        double r = 0;
        double k = 0;
        for (int g = 0; g < folds; g++) {
          if (g != f) {
            p += sums[i][g][0];
            r += sums[i][g][1];
            k += sums[i][g][2];
          }
        }
        double f1 = k == 0 || p + r == 0 ? 0 : 2 * p * r / (p + r) / k;
        boolean tie = Math.abs(f1 - bestF1) < 1e-9;
        if (best < 0
            || (!tie && f1 > bestF1)
            || (tie && tieBreak.compare(grid.get(i), grid.get(best)) > 0)) {
          best = i;
          bestF1 = Math.max(f1, bestF1);
        }
      }
      chosen.add(grid.get(best));
      sumP += sums[best][f][0];
      sumR += sums[best][f][1];
      n += sums[best][f][2];
    }
    return new Result(n == 0 ? 0 : sumP / n, n == 0 ? 0 : sumR / n, chosen, grid.size());
  }

  /**
   * {@code r} (an {@code eval clusters} result) with the figures of {@link #run} over {@link
   * #grid()} added: metrics, a line before its summary, and a paragraph of its markdown.
   */
  public static EvalResult withFolds(
      EvalResult r, Path dir, int folds, ClusterConfig base, LanguageIdentifier langId)
      throws IOException {
    List<Result> both = run(dir, folds, base, grid(), langId, List.of(CAUTIOUS, BOLD));
    Result cv = both.get(0);
    Result bold = both.get(1);
    Map<String, Double> m = new LinkedHashMap<>(r.metrics());
    m.putAll(cv.metrics());
    bold.metrics().forEach((k, v) -> m.put(k.replace("cv_rule_", "cv_rule_bold_"), v));
    String line =
        String.format(
                Locale.ROOT,
                "shipped rule, %d topic folds (%d settings): b-cubed ",
                folds,
                cv.settings())
            + figures(cv, "P=%.3f R=%.3f F1=%.3f; chosen %s")
            + "; ties to the bolder setting: "
            + figures(bold, "P=%.3f R=%.3f F1=%.3f; chosen %s")
            + System.lineSeparator();
    String text = r.text().stripTrailing();
    int cut = text.lastIndexOf('\n') + 1;
    String md =
        r.markdown()
            + String.format(
                Locale.ROOT,
                "%nThe shipped decision (the rule and its event merges) cross-validated by %d folds"
                    + " of topics: its event threshold and merge link chosen among %d settings"
                    + " (%s × %s) by the event B-cubed F1 of the other topics (ties to the higher"
                    + " threshold, then link), the held-out topics scored: ",
                folds,
                cv.settings(),
                EVENT_THRESHOLDS,
                MERGE_LINKS)
            + figures(cv, "event B-cubed P %.3f, R %.3f, F1 **%.3f** (chosen, threshold/link: %s)")
            + ". With ties to the bolder setting (lower threshold, then link): "
            + figures(bold, "P %.3f, R %.3f, F1 %.3f (%s)")
            + "."
            + System.lineSeparator();
    return new EvalResult(m, text.substring(0, cut) + line + text.substring(cut), md);
  }

  /**
   * A result's pooled precision, recall, F1 and chosen settings, in that order, in {@code format}.
   */
  private static String figures(Result r, String format) {
    return String.format(Locale.ROOT, format, r.precision(), r.recall(), r.f1(), r.chosenSummary());
  }
}
