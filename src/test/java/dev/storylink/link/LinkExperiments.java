package dev.storylink.link;

import dev.storylink.core.Article;
import dev.storylink.eval.CrossLanguageCv;
import dev.storylink.eval.PairEvaluator;
import dev.storylink.eval.PairsDataset;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.text.LinguaLanguageIdentifier;
import dev.storylink.text.TextAnalysis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Experiment harness of the same-language link model (issue 16), a development helper run by hand:
 * the shipped trainer re-implemented over arbitrary extra columns, 10-fold CV on fixed folds.
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.link.LinkExperiments \
 *     ../shared/data/semeval2022-task8 errors
 * java -Dseeds=42,1,2,3 -cp ... dev.storylink.link.LinkExperiments DIR run "" "dconf" ";fixed2.5"
 * </pre>
 *
 * <p>{@code errors}: the 40 largest CV errors with their top ridge contributions. {@code run}: one
 * line per experiment {@code extras;decision;weight}: extra columns (see {@link
 * ExperimentColumns#computeExtras}), the decision rule ({@code logit} as shipped, {@code fixedT},
 * {@code logit25}, {@code clf}, {@code clfsim}, {@code clftree}) and the ridge weight of pairs with
 * a non-integer gold. Session 11's columns come from {@link Session11Extras} ({@code rifold}: seed
 * 42 only), computed only with {@code -Ds11=true}; session 15's from {@link Session15Extras}.
 * {@code compare COLUMNS}: per pair, the seed-42 CV predictions without and with the columns.
 * {@code -Dlambda=} sets the ridge penalty, {@code -Dtrees=n,depth,eta,minChild,subsample} the tree
 * settings. Session 16: the columns of {@link Session16Extras}; a decision {@code logit+SHAPE} maps
 * the output ({@code cubic}, {@code cubicraw}, {@code cubiccal}, {@code quad}, {@code iso}) or fits
 * the ordinal model ({@code ord}, {@code ordavg}); {@code -Dbag=N} averages N tree ensembles.
 * Session 17: the columns of {@link Session17Extras} (German name test, compounds, per-language
 * stem Dice, lede against body), and {@code langerrors}: the 10 largest CV residuals of the shipped
 * model per weak language (de, ar, es, tr) with the start of both texts. Session 18: {@code rows
 * SPEC...}, the shipped model with training rows from ECB+ and the rendered ECB+ added to every
 * training fold ({@link Session18Rows}); {@code rowpred SPEC}: the model fitted on all SemEval
 * pairs on those rows, per gold. Session 19: {@code corpus SPEC EXP...}, the model with the extra
 * rows of {@code SPEC} and the corpus-relative columns of {@link Session19Extras}. Session 20: more
 * hub columns there (the two sides' mean from stems, character 4-grams, other k; their difference),
 * {@code -Dbg=true} adds {@code hubBG} (the hub from the shipped background statistics' term
 * vectors, as {@code link} within a store computes it), and the decisions {@code mcutT+SHAPE},
 * {@code accboot+SHAPE}, {@code in10logit+SHAPE} ({@link ExperimentModel#session20Decision}).
 *
 * <p>This class is the command-line entry and holds the loaded pairs; the columns are in {@link
 * ExperimentColumns}, the models in {@link ExperimentModel}, the CV runs in {@link ExperimentCv},
 * the printed reports in {@link ExperimentReports}. Not thread-safe.
 */
public final class LinkExperiments {
  private LinkExperiments() {}

  static List<PairsDataset.GoldPair> pairs;
  static List<ArticleFeatures> fa = new ArrayList<>();
  static List<ArticleFeatures> fb = new ArrayList<>();
  static List<Article> aa = new ArrayList<>();
  static List<Article> ab = new ArrayList<>();
  static List<double[]> xs = new ArrayList<>();
  static List<String> groups = new ArrayList<>();
  static boolean[] crossLang;
  static double[] gold;
  static PairEvaluator.PairData pd;
  static Map<String, double[]> extra = new LinkedHashMap<>();
  static List<String> base = LinkModel.LEXICAL;
  static List<String> sqrt = LinkModel.LEXICAL_SQRT;

  /** Options of one experiment. */
  record Opts(
      List<String> extras,
      String threshold, // "logit" (shipped), "clf" (logistic classifier), "clfsim"
      double fracWeight, // weight of pairs whose gold is not an integer (annotators disagree)
      double clfLambda) {

    /** The shipped decision rule over {@code extras}, every pair of weight 1. */
    static Opts shipped(List<String> extras) {
      return new Opts(extras, "logit", 1, 1);
    }

    /** An experiment {@code extras;decision;weight;clfLambda} of the {@code run} command. */
    static Opts parse(String arg) {
      String[] p = arg.split(";");
      List<String> ex = p[0].isEmpty() ? List.of() : List.of(p[0].split(","));
      return new Opts(
          ex,
          p.length > 1 ? p[1] : "logit",
          p.length > 2 ? Double.parseDouble(p[2]) : 1,
          p.length > 3 ? Double.parseDouble(p[3]) : 1);
    }
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    load(dir);
    ExperimentColumns.computeExtras();
    if (Boolean.getBoolean("s11")) {
      Session11Extras.compute(pairs.size(), fa, fb, aa, ab, LinkExperiments::put);
    }
    Session15Extras.compute(pairs.size(), fa, fb, pd.zs(), LinkExperiments::put);
    Session16Extras.compute(LinkExperiments::put);
    Session17Extras.compute(LinkExperiments::put);
    String mode = args.length > 1 ? args[1] : "run";
    switch (mode) {
      case "nested" -> {
        // nested "n,d,eta,mc,ss" ... : tree settings chosen per outer fold by inner 5-fold CV
        List<String> settings = List.of(Arrays.copyOfRange(args, 2, args.length));
        for (long seed : seeds("42,7")) {
          ExperimentCv.nested(settings, seed);
        }
      }
      case "compare" -> ExperimentReports.compare(List.of(args[2].split(",")));
      case "errors" -> ExperimentReports.errors(Opts.shipped(List.of()));
      case "langerrors" -> Session17Extras.errors();
      case "rowpred" -> {
        // session 18: the model fitted on all SemEval pairs, its similarity per class of extra row
        Session18Rows.load(dir);
        Session18Rows.predictions(args[2]);
      }
      case "rows" -> {
        // rows "n=200,look=3" ... : session 18, extra training rows, the shipped model
        Session18Rows.load(dir);
        for (int i = 2; i < args.length; i++) {
          System.out.println(Session18Rows.use(Session18Rows.Spec.parse(args[i])));
          ExperimentReports.run(List.of(Opts.parse(";logit+cubic")), seeds("42,7"));
        }
      }
      case "corpus" -> {
        // corpus SPEC "cslsT10;logit+cubic" ... : session 19, corpus-relative columns on top of
        // the shipped model (extra rows of SPEC)
        Session18Rows.load(dir);
        System.out.println(Session18Rows.use(Session18Rows.Spec.parse(args[2])));
        Session19Extras.compute();
        Session19Extras.correlations();
        List<Opts> exps = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
          exps.add(Opts.parse(args[i]));
        }
        ExperimentReports.run(exps, seeds("42,7"));
      }
      default -> {
        List<Opts> exps = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
          exps.add(Opts.parse(args[i]));
        }
        ExperimentReports.run(exps, seeds("42,1,2,3"));
      }
    }
  }

  /** The fold seeds of {@code -Dseeds=a,b,...}, or of {@code defaults}. */
  static long[] seeds(String defaults) {
    return Arrays.stream(System.getProperty("seeds", defaults).split(","))
        .mapToLong(Long::parseLong)
        .toArray();
  }

  static void load(Path dir) throws Exception {
    PairsDataset ds = PairsDataset.load(dir);
    LinguaLanguageIdentifier langId = new LinguaLanguageIdentifier();
    CorpusStats stats = new CorpusStats();
    ds.articles().values().parallelStream()
        .forEach(a -> stats.add(TextAnalysis.analyze(a.fullText(), a.lang())));
    FeatureExtractor fx = new FeatureExtractor(stats, langId);
    Map<String, ArticleFeatures> feats = new ConcurrentHashMap<>();
    ds.articles().values().parallelStream().forEach(a -> feats.put(a.id(), fx.extract(a)));
    pairs = ds.pairs();
    List<double[]> zs = new ArrayList<>();
    List<Boolean> cs = new ArrayList<>();
    List<Boolean> cl = new ArrayList<>();
    crossLang = new boolean[pairs.size()];
    gold = new double[pairs.size()];
    int i = 0;
    for (PairsDataset.GoldPair p : pairs) {
      ArticleFeatures a = feats.get(p.id1());
      ArticleFeatures b = feats.get(p.id2());
      fa.add(a);
      fb.add(b);
      aa.add(ds.articles().get(p.id1()));
      ab.add(ds.articles().get(p.id2()));
      double[] x = PairFeatures.compute(a, b);
      xs.add(x);
      groups.add(a.lang() + "-" + b.lang());
      cs.add(PairFeatures.crossScript(a, b));
      zs.add(CrossLanguageFeatures.compute(a, b, x));
      cl.add(!a.lang().equals(b.lang()));
      crossLang[i] = !a.lang().equals(b.lang());
      gold[i] = p.overall();
      i++;
    }
    if (Boolean.getBoolean("slug")) {
      // session 19: the URL slug as the head of untitled articles (title, titlelead)
      System.out.println("slug heads: " + Session19Slug.apply(aa, ab, xs, feats, fx));
    }
    pd = new PairEvaluator.PairData(pairs, xs, groups, cs, zs, cl, List.of());
    pd = pd.withCompanion(CrossLanguageCv.companion(dir, langId));
  }

  static void put(String name, int i, double v) {
    extra.computeIfAbsent(name, k -> new double[pairs.size()])[i] = v;
  }
}
