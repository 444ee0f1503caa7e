package dev.storylink.eval;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.link.LinkModel;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;

/**
 * Dumps, for pairs in one language, the clusterer's language-neutral and lexical link probabilities
 * (features computed in file order as the clusterer does), a development helper run by hand for the
 * second-look analysis:
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.eval.LookPairsDump ../shared/data \
 *     &gt; pairs.tsv
 * </pre>
 *
 * <p>Rows: set, id1, id2, label (1 same gold event / linked, 0 other event of the topic /
 * unrelated, -1 SemEval in between), neutral, lexical (shipped), lexical_cv (SemEval: the model of
 * the fold without the pair; ECB+: the shipped one). ECB+ and xling-dev ecb: every pair in one
 * language inside a topic (topic = id up to the first underscore). Not thread-safe.
 */
public final class LookPairsDump {
  private LookPairsDump() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path data = Path.of(args[0]);
    LanguageIdentifier langId = new LinguaLanguageIdentifier();
    FeaturePairScorer neutral = FeaturePairScorer.forClustering();
    out.println("set\tid1\tid2\tlang\tlabel\tneutral\tlexical\tlexical_cv");
    WithinTopicPairs.forEach(
        data,
        langId,
        (set, a, b, fa, fb, same, fz) -> {
          double lex = neutral.probability(fa, fb, 0, 2);
          row(
              out,
              set,
              a.id(),
              b.id(),
              fa.lang(),
              same ? 1 : 0,
              neutral.probability(fa, fb),
              lex,
              lex);
        });
    Path sem = data.resolve("semeval2022-task8");
    PairsDataset ds = PairsDataset.load(sem);
    PairEvaluator.PairData pd = PairEvaluator.featurize(ds, langId);
    AssignmentTraining.Featurized fz =
        AssignmentTraining.featurizeInOrder(new ArrayList<>(ds.articles().values()), langId);
    int n = pd.pairs().size();
    LinkModel shipped = LinkModel.shipped();
    for (int[] fold : PairEvaluator.folds(n, ClusterPairsCv.FOLDS, 42)) {
      LinkModel trained =
          PairEvaluator.train(ClusterPairsCv.subset(pd, PairEvaluator.complement(fold, n)));
      FeaturePairScorer cv =
          FeaturePairScorer.forClustering(
              new LinkModel(trained.lexical(), shipped.evidence(), shipped.neutral()));
      for (int i : fold) {
        PairsDataset.GoldPair p = pd.pairs().get(i);
        ArticleFeatures fa = fz.features().get(p.id1());
        ArticleFeatures fb = fz.features().get(p.id2());
        if (fa == null || fb == null || !fa.lang().equals(fb.lang())) {
          continue;
        }
        int label = p.overall() <= 1.5 ? 1 : p.overall() >= 3.5 ? 0 : -1;
        row(
            out,
            "semeval",
            p.id1(),
            p.id2(),
            fa.lang(),
            label,
            neutral.probability(fa, fb),
            neutral.probability(fa, fb, 0, 2),
            cv.probability(fa, fb, 0, 2));
      }
    }
  }

  private static void row(
      PrintStream out,
      String set,
      String a,
      String b,
      String lang,
      int label,
      double neutral,
      double lexical,
      double lexicalCv) {
    out.println(
        String.format(
            Locale.ROOT,
            "%s\t%s\t%s\t%s\t%d\t%.4f\t%.4f\t%.4f",
            set,
            a,
            b,
            lang,
            label,
            neutral,
            lexical,
            lexicalCv));
  }
}
