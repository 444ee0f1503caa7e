package dev.storylink.eval;

import dev.storylink.cluster.EventFeatures;
import dev.storylink.cluster.YearCounts;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.link.PairFeatures;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Dumps the pairs an event-identity pair model learns from, a development helper run by hand: ECB+
 * dev within-topic pairs in one language (label 1 same gold event, 0 the topic's other event),
 * xling-dev ecb's the same way, and SemEval dev pairs in one language (their Overall score), with
 * the pair features (computed in file order as the clusterer does), the shipped neutral
 * probability, and the conflict features of the second article against a one-article event of the
 * first:
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.eval.EventIdentityDump \
 *     ../shared/data &gt; pairs.tsv
 * </pre>
 *
 * Not thread-safe.
 */
public final class EventIdentityDump {
  private EventIdentityDump() {}

  static final List<String> CONFLICTS =
      List.of(
          "years_disjoint",
          "years_shared",
          "dates_disjoint",
          "dates_shared",
          "quantity_conflict",
          "quantity_shared",
          "person_differs",
          "person_unnamed",
          "acts_opposed",
          "type_same",
          "type_differ",
          "top_names_covered",
          "event_top_names_covered",
          "years_one_sided",
          "year_conflict");

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path data = Path.of(args[0]);
    LanguageIdentifier langId = new LinguaLanguageIdentifier();
    FeaturePairScorer neutral = FeaturePairScorer.forClustering();
    StringBuilder h = new StringBuilder("set\tid1\tid2\tlang\tgold\tneutral");
    PairFeatures.NAMES.forEach(n -> h.append('\t').append(n));
    CONFLICTS.forEach(n -> h.append('\t').append(n));
    out.println(h);
    WithinTopicPairs.forEach(
        data,
        langId,
        (set, a, b, fa, fb, same, fz) ->
            row(out, set, a.id(), b.id(), fa, fb, fz, same ? 1 : 4, neutral));
    Path sem = data.resolve("semeval2022-task8");
    PairsDataset ds = PairsDataset.load(sem);
    AssignmentTraining.Featurized fz =
        AssignmentTraining.featurizeInOrder(new ArrayList<>(ds.articles().values()), langId);
    List<String> order = new ArrayList<>(ds.articles().keySet());
    for (PairsDataset.GoldPair p : ds.pairs()) {
      ArticleFeatures fa = fz.features().get(p.id1());
      ArticleFeatures fb = fz.features().get(p.id2());
      if (fa == null || fb == null || !fa.lang().equals(fb.lang())) {
        continue;
      }
      // the later article against the earlier one, as the clusterer meets them
      boolean aFirst = order.indexOf(p.id1()) < order.indexOf(p.id2());
      ArticleFeatures later = aFirst ? fb : fa;
      ArticleFeatures earlier = aFirst ? fa : fb;
      row(out, "semeval", later.id(), earlier.id(), later, earlier, fz, p.overall(), neutral);
    }
  }

  private static void row(
      PrintStream out,
      String set,
      String id1,
      String id2,
      ArticleFeatures fa,
      ArticleFeatures fb,
      AssignmentTraining.Featurized fz,
      double gold,
      FeaturePairScorer neutral) {
    double p = neutral.probability(fa, fb);
    double[] x = PairFeatures.compute(fa, fb, true);
    YearCounts yc = new YearCounts();
    yc.add(fz.years().get(fb.id()));
    double[] ev =
        EventFeatures.compute(
            fa,
            List.of(fb),
            new double[] {p},
            fb.date(),
            fb.date(),
            1,
            fz.years().get(fa.id()),
            yc,
            1.0,
            EventFeatures.Parts.ALL);
    StringBuilder s =
        new StringBuilder(
            String.format(
                Locale.ROOT, "%s\t%s\t%s\t%s\t%.2f\t%.5f", set, id1, id2, fa.lang(), gold, p));
    for (double v : x) {
      s.append(String.format(Locale.ROOT, "\t%.5f", v));
    }
    for (String c : CONFLICTS) {
      s.append(String.format(Locale.ROOT, "\t%.4f", ev[EventFeatures.NAMES.indexOf(c)]));
    }
    out.println(s);
  }
}
