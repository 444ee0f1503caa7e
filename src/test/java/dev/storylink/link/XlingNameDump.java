package dev.storylink.link;

import dev.storylink.eval.PairsDataset;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.features.Mention;
import dev.storylink.text.LinguaLanguageIdentifier;
import dev.storylink.text.TextAnalysis;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Eighth-round helper (issue 11), run by hand: for the xling-dev pairs named on the command line
 * (id1 id2 ...; none: all in different languages), both sides' names (key, skeleton, weight),
 * matched ones marked, and both sides' concepts, quantities and dates.
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.link.XlingNameDump [ID...]
 * </pre>
 *
 * Not thread-safe.
 */
final class XlingNameDump {
  private XlingNameDump() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PairsDataset ds = PairsDataset.load(Path.of("../shared/data/xling-dev/pairs"));
    CorpusStats stats = new CorpusStats();
    ds.articles().values().parallelStream()
        .forEach(a -> stats.add(TextAnalysis.analyze(a.fullText(), a.lang())));
    FeatureExtractor fx = new FeatureExtractor(stats, new LinguaLanguageIdentifier());
    Map<String, ArticleFeatures> feats = new ConcurrentHashMap<>();
    ds.articles().values().parallelStream().forEach(a -> feats.put(a.id(), fx.extract(a)));
    Set<String> want = new HashSet<>(List.of(args));
    for (PairsDataset.GoldPair p : ds.pairs()) {
      ArticleFeatures a = feats.get(p.id1());
      ArticleFeatures b = feats.get(p.id2());
      if (a.lang().equals(b.lang())) {
        continue;
      }
      if (!want.isEmpty() && !want.contains(p.id1()) && !want.contains(p.id2())) {
        continue;
      }
      out.printf(
          Locale.ROOT,
          "=== %s (%s) vs %s (%s) gold %.2f%n",
          p.id1(),
          a.lang(),
          p.id2(),
          b.lang(),
          p.overall());
      double[] z = CrossLanguageFeatures.compute(a, b);
      StringBuilder f = new StringBuilder();
      for (int k = 0; k < z.length; k++) {
        if (z[k] > 0) {
          f.append(
              String.format(Locale.ROOT, " %s=%.2f", CrossLanguageFeatures.NAMES.get(k), z[k]));
        }
      }
      out.println("  " + f);
      side(out, a, b);
      side(out, b, a);
    }
  }

  static void side(PrintStream out, ArticleFeatures a, ArticleFeatures b) {
    out.println("  -- " + a.id() + " names " + a.names().size());
    StringBuilder sb = new StringBuilder();
    for (Mention m : a.names()) {
      boolean hit = false;
      for (Mention o : b.names()) {
        double[] c =
            CrossLanguageFeatures.nameCover(
                List.of(m),
                List.of(o),
                !a.script().equals(b.script()),
                CrossLanguageFeatures.isHan(a.script()) || CrossLanguageFeatures.isHan(b.script()));
        if (c[1] > 0) {
          hit = true;
          sb.append(
              String.format(
                  Locale.ROOT,
                  " [%s/%s=%s/%s %.1f]",
                  m.key(),
                  m.skeleton(),
                  o.key(),
                  o.skeleton(),
                  m.weight()));
          break;
        }
      }
      if (!hit) {
        sb.append(String.format(Locale.ROOT, " %s/%s %.1f", m.key(), m.skeleton(), m.weight()));
      }
    }
    out.println("    " + sb);
    out.println("    concepts " + a.concepts().stream().map(Mention::key).toList());
    out.println(
        "    places "
            + a.places().stream().map(Mention::key).toList()
            + " quantities "
            + a.quantities().stream().map(Mention::key).toList()
            + " dates "
            + a.dates().stream().map(Mention::key).toList());
  }
}
