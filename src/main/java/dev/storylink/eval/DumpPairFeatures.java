package dev.storylink.eval;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.link.PairFeatures;
import dev.storylink.text.LinguaLanguageIdentifier;
import dev.storylink.text.TextAnalysis;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Development tool: prints pair features and gold scores as TSV. Not thread-safe. */
public final class DumpPairFeatures {
  public static void main(String[] args) throws Exception {
    PairsDataset ds = PairsDataset.load(Path.of(args[0]));
    CorpusStats stats = new CorpusStats();
    for (Article a : ds.articles().values()) {
      stats.add(TextAnalysis.analyze(a.fullText(), a.lang()));
    }
    FeatureExtractor fx = new FeatureExtractor(stats, new LinguaLanguageIdentifier());
    Map<String, ArticleFeatures> feats = new HashMap<>();
    for (Article a : ds.articles().values()) {
      feats.put(a.id(), fx.extract(a));
    }
    System.out.println("id1\tid2\tlang1\tlang2\tgold\t" + String.join("\t", PairFeatures.NAMES));
    for (PairsDataset.GoldPair p : ds.pairs()) {
      ArticleFeatures a = feats.get(p.id1());
      ArticleFeatures b = feats.get(p.id2());
      double[] x = PairFeatures.compute(a, b);
      StringBuilder sb = new StringBuilder();
      sb.append(p.id1()).append('\t').append(p.id2()).append('\t').append(a.lang()).append('\t')
          .append(b.lang()).append('\t').append(p.overall());
      for (double v : x) {
        sb.append('\t').append(String.format("%.4f", v));
      }
      System.out.println(sb);
    }
  }
}
