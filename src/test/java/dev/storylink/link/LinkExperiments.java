package dev.storylink.link;

import dev.storylink.core.Article;
import dev.storylink.eval.CrossLanguageCv;
import dev.storylink.eval.PairEvaluator;
import dev.storylink.eval.PairsDataset;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.features.Mention;
import dev.storylink.learn.TreeEnsemble;
import dev.storylink.learn.XgboostTrees;
import dev.storylink.text.LinguaLanguageIdentifier;
import dev.storylink.text.TextAnalysis;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * line per experiment {@code extras;decision;weight}: extra columns (see {@link #computeExtras}),
 * the decision rule ({@code logit} as shipped, {@code fixedT}, {@code logit25}, {@code clf}, {@code
 * clfsim}, {@code clftree}) and the ridge weight of pairs with a non-integer gold. Session 11's
 * columns come from {@link Session11Extras} ({@code rifold}: seed 42 only), computed only with
 * {@code -Ds11=true}; session 15's from {@link Session15Extras}. {@code compare COLUMNS}: per pair,
 * the seed-42 CV predictions without and with the columns. {@code -Dlambda=} sets the ridge
 * penalty, {@code -Dtrees=n,depth,eta,minChild,subsample} the tree settings. Session 16: the
 * columns of {@link Session16Extras}; a decision {@code logit+SHAPE} maps the output ({@code
 * cubic}, {@code cubicraw}, {@code cubiccal}, {@code quad}, {@code iso}) or fits the ordinal model
 * ({@code ord}, {@code ordavg}); {@code -Dbag=N} averages N tree ensembles. Not thread-safe.
 */
public final class LinkExperiments {
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
  static Map<Long, double[]> crossPred = new HashMap<>();
  static List<String> base = LinkModel.LEXICAL;
  static List<String> sqrt = LinkModel.LEXICAL_SQRT;

  /** Options of one experiment. */
  record Opts(
      List<String> extras,
      String threshold, // "logit" (shipped), "clf" (logistic classifier), "clfsim"
      double fracWeight, // weight of pairs whose gold is not an integer (annotators disagree)
      double clfLambda) {}

  /** A trained model. */
  static final class Model {
    double[] w;
    TreeEnsemble trees;
    double slope;
    double mid;
    TreeEnsemble ctrees;
    double[] clf; // logistic classifier weights over [expanded..., sim]
    List<String> extras;
    String shape = ""; // session 16: "iso", "cubic", "ord", "ordavg", "ordmix"
    double[][] iso;
    double[] poly;
    double[][] ord;

    double sim(int i) {
      return Math.max(1.0, Math.min(4.0, raw(i)));
    }

    java.util.function.ToDoubleFunction<double[]> bagged;

    double raw(int i) {
      double[] row = treeRow(i, extras);
      return dot(w, expand(i, extras))
          + (bagged != null ? bagged.applyAsDouble(row) : trees.value(row));
    }

    /** The decision's input: the regression, or its ordinal combination. */
    double decisionInput(int i) {
      double s = sim(i);
      if (ord == null) {
        return s;
      }
      double o = Session16Extras.ordinalScore(ord, expand(i, extras));
      return shape.equals("ord") ? o : (s + o) / 2;
    }

    /** What the decision's logistic calibration reads: the mapped output with "...cal" shapes. */
    double decisionValue(int i) {
      return shape.endsWith("cal") ? out(i) : decisionInput(i);
    }

    /** The reported similarity: the decision input, through the fitted map if any. */
    double out(int i) {
      double s = decisionInput(i);
      if (iso != null) {
        return Session16Extras.interpolate(iso, s);
      }
      if (poly != null) {
        double v = shape.endsWith("raw") ? raw(i) : s;
        return Math.max(1, Math.min(4, Session16Extras.poly(poly, v)));
      }
      return s;
    }
  }

  /** The output shape named in a decision string ({@code logit+iso} etc.), or "". */
  static String shape(Opts o) {
    int plus = o.threshold().indexOf('+');
    return plus < 0 ? "" : o.threshold().substring(plus + 1);
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    load(dir);
    computeExtras();
    if (Boolean.getBoolean("s11")) {
      Session11Extras.compute(pairs.size(), fa, fb, aa, ab, LinkExperiments::put);
    }
    Session15Extras.compute(pairs.size(), fa, fb, pd.zs(), LinkExperiments::put);
    Session16Extras.compute(LinkExperiments::put);
    String mode = args.length > 1 ? args[1] : "run";
    if (mode.equals("nested")) {
      // nested "n,d,eta,mc,ss" ... : tree settings chosen per outer fold by inner 5-fold CV
      List<String> settings = List.of(Arrays.copyOfRange(args, 2, args.length));
      for (String sd : System.getProperty("seeds", "42,7").split(",")) {
        nested(settings, Long.parseLong(sd));
      }
      return;
    }
    if (mode.equals("compare")) {
      // compare <extras>: per pair, gold, baseline and candidate CV predictions (seed 42), columns
      List<String> ex = List.of(args[2].split(","));
      double[][] r0 = cv(new Opts(List.of(), "logit", 1, 1), 42, false);
      double[][] r1 = cv(new Opts(ex, "logit", 1, 1), 42, false);
      for (int i = 0; i < pairs.size(); i++) {
        StringBuilder sb = new StringBuilder();
        for (String e : ex) {
          sb.append(String.format(Locale.ROOT, "\t%.3f", extra.get(e)[i]));
        }
        System.out.printf(
            Locale.ROOT,
            "%s\t%s\t%s\t%.3f\t%.3f\t%.0f\t%.3f\t%.0f%s\t%s\t%s%n",
            pairs.get(i).id1(),
            pairs.get(i).id2(),
            groups.get(i),
            gold[i],
            r0[0][i],
            r0[1][i],
            r1[0][i],
            r1[1][i],
            sb,
            aa.get(i).source(),
            snippet(aa.get(i)).replace('\t', ' ') + " || " + snippet(ab.get(i)).replace('\t', ' '));
      }
      return;
    }
    if (mode.equals("errors")) {
      errors(new Opts(List.of(), "logit", 1, 1));
      return;
    }
    long[] seeds =
        Arrays.stream(System.getProperty("seeds", "42,1,2,3").split(","))
            .mapToLong(Long::parseLong)
            .toArray();
    List<Opts> exps = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      String[] p = args[i].split(";");
      List<String> ex = p[0].isEmpty() ? List.of() : List.of(p[0].split(","));
      exps.add(
          new Opts(
              ex,
              p.length > 1 ? p[1] : "logit",
              p.length > 2 ? Double.parseDouble(p[2]) : 1,
              p.length > 3 ? Double.parseDouble(p[3]) : 1));
    }
    for (Opts o : exps) {
      StringBuilder sb = new StringBuilder();
      double sp = 0;
      double sa = 0;
      for (long seed : seeds) {
        double[][] r = cv(o, seed, false);
        double[] f = figures(r[0], r[1], null);
        sp += f[0];
        sa += f[1];
        sb.append(String.format(Locale.ROOT, " s%d %.3f/%.3f", seed, f[0], f[1]));
        if (seed == 42) {
          for (String g : List.of("de-de", "ar-ar", "es-es", "tr-tr", "en-en", "fr-fr", "pl-pl")) {
            sb.append(String.format(Locale.ROOT, " %s %.3f", g, figures(r[0], r[1], g)[0]));
          }
          sb.append(" |");
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%-60s mean %.4f/%.4f%s%n",
          String.join(",", o.extras()) + ";" + o.threshold() + ";" + o.fracWeight(),
          sp / seeds.length,
          sa / seeds.length,
          sb);
    }
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
    pd = new PairEvaluator.PairData(pairs, xs, groups, cs, zs, cl, List.of());
    pd = pd.withCompanion(CrossLanguageCv.companion(dir, langId));
  }

  static dev.storylink.learn.Boosting override;

  /** Tree settings per outer fold of {@link #cv} (nested CV), when not empty. */
  static final List<dev.storylink.learn.Boosting> perFold = new ArrayList<>();

  static dev.storylink.learn.Boosting parseBoosting(String t) {
    String[] p = t.split(",");
    return new dev.storylink.learn.Boosting(
        Integer.parseInt(p[0]),
        Integer.parseInt(p[1]),
        Double.parseDouble(p[2]),
        Double.parseDouble(p[3]),
        Double.parseDouble(p[4]));
  }

  /**
   * Nested CV of the tree settings: per outer fold, the setting with the best inner 5-fold Pearson
   * (pairs in one language, ridge + trees, no calibration) is fitted on the outer training pairs.
   */
  static void nested(List<String> settings, long seed) {
    int n = pairs.size();
    Opts o = new Opts(List.of(), "logit", 1, 1);
    StringBuilder chosen = new StringBuilder();
    for (int[] fold : PairEvaluator.folds(n, 10, seed)) {
      int[] rows = PairEvaluator.complement(fold, n);
      String best = null;
      double bestR = -2;
      for (String st : settings) {
        override = parseBoosting(st);
        double[] sims = new double[rows.length];
        for (int f = 0; f < 5; f++) {
          List<Integer> in = new ArrayList<>();
          for (int k = 0; k < rows.length; k++) {
            if (k % 5 != f) {
              in.add(rows[k]);
            }
          }
          Model inner = fit(in.stream().mapToInt(Integer::intValue).toArray(), o, false);
          for (int k = f; k < rows.length; k += 5) {
            sims[k] = inner.sim(rows[k]);
          }
        }
        List<double[]> pg = new ArrayList<>();
        for (int k = 0; k < rows.length; k++) {
          if (!crossLang[rows[k]]) {
            pg.add(new double[] {sims[k], gold[rows[k]]});
          }
        }
        double r = pearson(pg);
        if (r > bestR) {
          bestR = r;
          best = st;
        }
      }
      chosen.append(' ').append(settings.indexOf(best));
      perFold.add(parseBoosting(best));
    }
    override = null;
    double[][] r = cv(o, seed, false);
    perFold.clear();
    override = null;
    double[] f = figures(r[0], r[1], null);
    System.out.printf(
        Locale.ROOT, "nested seed %d: %.3f/%.3f chosen per fold:%s%n", seed, f[0], f[1], chosen);
  }

  static double pearson(List<double[]> pg) {
    double mx = 0;
    double my = 0;
    for (double[] p : pg) {
      mx += p[0];
      my += p[1];
    }
    mx /= pg.size();
    my /= pg.size();
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (double[] p : pg) {
      sxy += (p[0] - mx) * (p[1] - my);
      sxx += (p[0] - mx) * (p[0] - mx);
      syy += (p[1] - my) * (p[1] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /** The tree settings: the shipped ones, or {@code -Dtrees=n,depth,eta,minChild,subsample}. */
  static dev.storylink.learn.Boosting boosting() {
    if (override != null) {
      return override;
    }
    String t = System.getProperty("trees");
    if (t == null) {
      return LinkModel.LEXICAL_TREES.orElseThrow();
    }
    return parseBoosting(t);
  }

  // ---------------------------------------------------------------- candidate features

  static void put(String name, int i, double v) {
    extra.computeIfAbsent(name, k -> new double[pairs.size()])[i] = v;
  }

  static void computeExtras() {
    for (int i = 0; i < pairs.size(); i++) {
      ArticleFeatures a = fa.get(i);
      ArticleFeatures b = fb.get(i);
      put("qconf", i, CrossLanguageConflicts.quantities(a.quantities(), b.quantities()));
      put("dconf", i, CrossLanguageConflicts.dates(a.dates(), b.dates()));
      put("yconf", i, CrossLanguageConflicts.years(a, b));
      put("quant", i, xs.get(i)[PairFeatures.index("quantities")]);
      // shared full dates (within a day), Dice
      List<LocalDate> da = fullDates(a.dates());
      List<LocalDate> db = fullDates(b.dates());
      int sd = 0;
      for (LocalDate x : da) {
        for (LocalDate y : db) {
          if (Math.abs(x.toEpochDay() - y.toEpochDay()) <= 1) {
            sd++;
            break;
          }
        }
      }
      put("fdates", i, da.isEmpty() || db.isEmpty() ? 0 : 2.0 * sd / (da.size() + db.size()));
      put("fdshared", i, Math.min(3, sd) / 3.0);
      // names by the shorter side
      double sa = a.names().stream().mapToDouble(Mention::weight).sum();
      double sb = b.names().stream().mapToDouble(Mention::weight).sum();
      double dn = xs.get(i)[PairFeatures.index("names")];
      put("nmin", i, sa == 0 || sb == 0 ? 0 : Math.min(1, dn * (sa + sb) / 2 / Math.min(sa, sb)));
      int[] cnt = new int[1];
      MentionOverlaps.nameOverlap(a.names(), b.names(), null, cnt);
      put("ncount", i, Math.min(10, cnt[0]) / 10.0);
      double dp = xs.get(i)[PairFeatures.index("places")];
      int pa = a.places().size();
      int pb = b.places().size();
      put("pmin", i, pa == 0 || pb == 0 ? 0 : Math.min(1, dp * (pa + pb) / 2 / Math.min(pa, pb)));
      double dnum = xs.get(i)[PairFeatures.index("numbers")];
      int na = a.numbers().size();
      int nb = b.numbers().size();
      put(
          "nummin",
          i,
          na == 0 || nb == 0 ? 0 : Math.min(1, dnum * (na + nb) / 2 / Math.min(na, nb)));
      // names / places / numbers of the title + lead (first ~400 characters of the text)
      String la = lead(aa.get(i));
      String lb = lead(ab.get(i));
      List<Mention> lna = inLead(a.names(), la);
      List<Mention> lnb = inLead(b.names(), lb);
      put("ledn", i, MentionOverlaps.nameOverlap(lna, lnb, null, null));
      List<Mention> lpa = inLead(a.places(), la);
      List<Mention> lpb = inLead(b.places(), lb);
      put("ledp", i, MentionOverlaps.dice(lpa, lpb, Mention.Kind.PLACE, null, null));
      List<Mention> lma = inLead(a.numbers(), la);
      List<Mention> lmb = inLead(b.numbers(), lb);
      put("ledm", i, MentionOverlaps.dice(lma, lmb, Mention.Kind.NUMBER, null, null));
      // entity evidence in the lead: names+places both sides' lead share, idf-weighted via weight
      put("lede", i, (extra.get("ledn")[i] + extra.get("ledp")[i]) / 2);
      // the lead names of one side found anywhere in the other
      put(
          "ledx",
          i,
          (MentionOverlaps.nameOverlap(lna, b.names(), null, null)
                  + MentionOverlaps.nameOverlap(a.names(), lnb, null, null))
              / 2);
      // dates by month and day: both name some, none in both (a day apart counts as the same)
      Set<String> mda = new HashSet<>();
      Set<String> mdb = new HashSet<>();
      a.dates().forEach(m -> mda.add(m.key().substring(Math.max(0, m.key().length() - 5))));
      b.dates().forEach(m -> mdb.add(m.key().substring(Math.max(0, m.key().length() - 5))));
      put(
          "mdconf",
          i,
          mda.isEmpty() || mdb.isEmpty() || !java.util.Collections.disjoint(mda, mdb) ? 0 : 1);
      // quantity role conflict or date conflict
      put("anyconf", i, Math.max(extra.get("qconf")[i], extra.get("dconf")[i]));
    }
  }

  static String lead(Article a) {
    String t = a.fullText();
    return t.substring(0, Math.min(400, t.length()));
  }

  static List<Mention> inLead(List<Mention> ms, String lead) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : ms) {
      for (String s : m.surfaces()) {
        if (lead.contains(s)) {
          out.add(m);
          break;
        }
      }
    }
    return out;
  }

  static List<LocalDate> fullDates(List<Mention> ds) {
    List<LocalDate> out = new ArrayList<>();
    for (Mention m : ds) {
      if (m.key().length() == 10) {
        try {
          out.add(LocalDate.parse(m.key()));
        } catch (java.time.format.DateTimeParseException e) {
          // no date
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- model

  static double[] expand(int i, List<String> extras) {
    double[] x = xs.get(i);
    double[] e = new double[base.size() + sqrt.size() + extras.size() + 1];
    int k = 0;
    for (String f : base) {
      e[k++] = x[PairFeatures.index(f)];
    }
    for (String f : sqrt) {
      e[k++] = Math.sqrt(Math.max(0, x[PairFeatures.index(f)]));
    }
    for (String f : extras) {
      e[k++] = extra.get(f)[i];
    }
    e[k] = 1;
    return e;
  }

  static double[] treeRow(int i, List<String> extras) {
    double[] x = xs.get(i);
    double[] r = new double[base.size() + extras.size()];
    int k = 0;
    for (String f : base) {
      r[k++] = x[PairFeatures.index(f)];
    }
    for (String f : extras) {
      r[k++] = extra.get(f)[i];
    }
    return r;
  }

  static double weight(int i, Opts o) {
    return gold[i] != Math.rint(gold[i]) ? o.fracWeight() : 1;
  }

  static Model fit(int[] rows, Opts o, boolean calibrate) {
    List<String> ex = o.extras();
    int d = base.size() + sqrt.size() + ex.size() + 1;
    double[][] ata = new double[d][d];
    double[] aty = new double[d];
    for (int r : rows) {
      double[] e = expand(r, ex);
      double w = weight(r, o);
      for (int i = 0; i < d; i++) {
        aty[i] += w * e[i] * gold[r];
        for (int j = 0; j < d; j++) {
          ata[i][j] += w * e[i] * e[j];
        }
      }
    }
    for (int i = 0; i < d - 1; i++) {
      ata[i][i] += Double.parseDouble(System.getProperty("lambda", "" + LinkTrainer.LAMBDA));
    }
    Model m = new Model();
    m.extras = ex;
    m.w = LinkTrainer.solve(ata, aty);
    double[] res = new double[rows.length];
    List<double[]> tr = new ArrayList<>();
    for (int k = 0; k < rows.length; k++) {
      res[k] = gold[rows[k]] - dot(m.w, expand(rows[k], ex));
      tr.add(treeRow(rows[k], ex));
    }
    List<String> names = new ArrayList<>(base);
    names.addAll(ex);
    TreeEnsemble t = XgboostTrees.fit(tr, names, res, boosting(), 42);
    m.w[d - 1] += t.base();
    m.trees = t.withBase(0);
    int bag = Integer.getInteger("bag", 1); // session 16: trees of other seeds, averaged
    if (bag > 1) {
      TreeEnsemble[] more = new TreeEnsemble[bag - 1];
      for (int b = 1; b < bag; b++) {
        TreeEnsemble tb = XgboostTrees.fit(tr, names, res, boosting(), 42 + b);
        m.w[d - 1] += (tb.base() - t.base()) / bag;
        more[b - 1] = tb.withBase(0);
      }
      TreeEnsemble first = m.trees;
      m.bagged =
          row -> {
            double v = first.value(row);
            for (TreeEnsemble e : more) {
              v += e.value(row);
            }
            return v / bag;
          };
    }
    m.shape = shape(o);
    if (m.shape.startsWith("ord")) {
      m.ord = Session16Extras.ordinal(rows, ex, gold);
      if (m.shape.equals("ordmix")) {
        m.shape = "ordavg";
      }
    }
    if (!calibrate) {
      return m;
    }
    // inner 5-fold out-of-fold predictions (every 5th training pair a fold)
    double[] sims = new double[rows.length];
    double[] raws = new double[rows.length];
    int folds = LinkTrainer.CALIBRATION_FOLDS;
    for (int f = 0; f < folds; f++) {
      List<Integer> in = new ArrayList<>();
      for (int k = 0; k < rows.length; k++) {
        if (k % folds != f) {
          in.add(rows[k]);
        }
      }
      Model inner = fit(in.stream().mapToInt(Integer::intValue).toArray(), o, false);
      for (int k = f; k < rows.length; k += folds) {
        sims[k] = inner.decisionInput(rows[k]);
        raws[k] = inner.raw(rows[k]);
      }
    }
    double[] g = new double[rows.length];
    for (int k = 0; k < rows.length; k++) {
      g[k] = gold[rows[k]];
    }
    if (m.shape.equals("iso")) {
      m.iso = Session16Extras.isotonic(sims, g);
    } else if (m.shape.startsWith("cubic") || m.shape.startsWith("quad")) {
      m.poly =
          Session16Extras.polyfit(
              m.shape.endsWith("raw") ? raws : sims, g, m.shape.startsWith("cubic") ? 3 : 2);
      if (Boolean.getBoolean("showmap")) {
        System.err.println("map " + Arrays.toString(m.poly));
      }
      if (m.shape.endsWith("cal")) {
        for (int k = 0; k < sims.length; k++) {
          sims[k] = Math.max(1, Math.min(4, Session16Extras.poly(m.poly, sims[k])));
        }
      }
    }
    if (o.threshold().equals("logit25")) {
      for (int k = 0; k < g.length; k++) {
        g[k] = g[k] < 2.5 ? Math.min(g[k], 2) : Math.max(g[k], 3);
      }
    }
    double[] cal = LinkTrainer.calibrate(sims, g);
    if (o.threshold().startsWith("fixed") && !o.threshold().contains("+")) {
      cal[1] = Double.parseDouble(o.threshold().substring(5));
    }
    m.slope = cal[0];
    m.mid = cal[1];
    if (o.threshold().startsWith("clftree")) {
      List<double[]> tr2 = new ArrayList<>();
      List<Double> y2 = new ArrayList<>();
      for (int k = 0; k < rows.length; k++) {
        double gk = gold[rows[k]];
        if (gk > 2 && gk < 3) {
          continue;
        }
        double[] row = treeRow(rows[k], ex);
        double[] r2 = Arrays.copyOf(row, row.length + 1);
        r2[row.length] = sims[k];
        tr2.add(r2);
        y2.add(gk <= 2 ? 1.0 : 0.0);
      }
      List<String> n2 = new ArrayList<>(names);
      n2.add("sim");
      m.ctrees =
          XgboostTrees.fit(
              tr2,
              n2,
              y2.stream().mapToDouble(Double::doubleValue).toArray(),
              LinkModel.LEXICAL_TREES.orElseThrow(),
              42);
    } else if (o.threshold().startsWith("clf")) {
      m.clf = logistic(rows, sims, o);
    }
    return m;
  }

  /** Logistic classifier of gold ≤ 2 on [expanded features (+ sim)], L2, Newton. */
  static double[] logistic(int[] rows, double[] sims, Opts o) {
    boolean withSim = o.threshold().equals("clfsim");
    boolean simOnly = o.threshold().equals("clfsimonly");
    List<double[]> X = new ArrayList<>();
    List<Double> Y = new ArrayList<>();
    for (int k = 0; k < rows.length; k++) {
      double gk = gold[rows[k]];
      if (gk > 2 && gk < 3) {
        continue;
      }
      X.add(clfRow(rows[k], sims[k], withSim, simOnly, o));
      Y.add(gk <= 2 ? 1.0 : 0.0);
    }
    int d = X.get(0).length;
    double[] w = new double[d];
    for (int it = 0; it < 50; it++) {
      double[] gr = new double[d];
      double[][] h = new double[d][d];
      for (int r = 0; r < X.size(); r++) {
        double[] x = X.get(r);
        double p = 1 / (1 + Math.exp(-dot(w, x)));
        double v = p * (1 - p);
        for (int i = 0; i < d; i++) {
          gr[i] += (Y.get(r) - p) * x[i];
          for (int j = 0; j < d; j++) {
            h[i][j] += v * x[i] * x[j];
          }
        }
      }
      for (int i = 0; i < d - 1; i++) {
        gr[i] -= o.clfLambda() * w[i];
        h[i][i] += o.clfLambda();
      }
      h[d - 1][d - 1] += 1e-6;
      double[] step = LinkTrainer.solve(h, gr);
      double s = 0;
      for (int i = 0; i < d; i++) {
        w[i] += step[i];
        s += Math.abs(step[i]);
      }
      if (s < 1e-9) {
        break;
      }
    }
    return w;
  }

  static double[] clfRow(int i, double sim, boolean withSim, boolean simOnly, Opts o) {
    if (simOnly) {
      return new double[] {sim, 1};
    }
    double[] e = expand(i, o.extras());
    if (!withSim) {
      return e;
    }
    double[] r = Arrays.copyOf(e, e.length + 1);
    r[e.length] = r[e.length - 1]; // constant last
    r[e.length - 1] = sim;
    return r;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  // ---------------------------------------------------------------- CV

  /** Returns {pred, same(0/1)} per pair; with {@code keep} also remembers the fold models. */
  static double[][] cv(Opts o, long seed, boolean keep) {
    int n = pairs.size();
    double[] pred = new double[n];
    double[] same = new double[n];
    double[] cp = crossPred.computeIfAbsent(seed, LinkExperiments::crossCv);
    int foldIndex = 0;
    for (int[] fold : PairEvaluator.folds(n, 10, seed)) {
      if (o.extras().contains("rifold")) {
        if (seed != 42) {
          throw new IllegalArgumentException("rifold: seed 42 only");
        }
        extra.put("rifold", Session11Extras.FOLD_COLUMNS.get(foldIndex));
      }
      override = perFold.isEmpty() ? null : perFold.get(foldIndex);
      foldIndex++;
      Model m = fit(PairEvaluator.complement(fold, n), o, true);
      for (int i : fold) {
        if (crossLang[i]) {
          pred[i] = cp[2 * i];
          same[i] = cp[2 * i + 1];
          continue;
        }
        double s = m.decisionValue(i);
        pred[i] = m.out(i);
        if (m.ctrees != null) {
          double[] row = treeRow(i, o.extras());
          double[] r2 = Arrays.copyOf(row, row.length + 1);
          r2[row.length] = s;
          same[i] = m.ctrees.value(r2) >= 0.5 ? 1 : 0;
        } else if (m.clf != null) {
          double[] r =
              clfRow(i, s, o.threshold().equals("clfsim"), o.threshold().equals("clfsimonly"), o);
          same[i] = dot(m.clf, r) >= 0 ? 1 : 0;
        } else {
          same[i] = 1.0 / (1.0 + Math.exp(m.slope * (s - m.mid))) >= 0.5 ? 1 : 0;
        }
        if (keep) {
          models.put(i, m);
        }
      }
    }
    return new double[][] {pred, same};
  }

  static Map<Integer, Model> models = new HashMap<>();

  static double[] crossCv(long seed) {
    int n = pairs.size();
    double[] out = new double[2 * n];
    List<CrossLanguageTrainer.Row> rows = pd.rows();
    for (int[] fold : PairEvaluator.folds(n, 10, seed)) {
      CrossLanguageModel cross = null;
      for (int i : fold) {
        if (crossLang[i]) {
          if (cross == null) {
            cross = CrossLanguageCv.trainWithout(rows, fold, pd.companion());
          }
          double s = cross.similarity(pd.zs().get(i));
          out[2 * i] = s;
          out[2 * i + 1] = cross.probability(s) >= 0.5 ? 1 : 0;
        }
      }
    }
    return out;
  }

  /** {pearson, accuracy} overall or of one group. */
  static double[] figures(double[] pred, double[] same, String group) {
    List<double[]> pg = new ArrayList<>();
    int decided = 0;
    int correct = 0;
    for (int i = 0; i < pred.length; i++) {
      if (group != null && !group.equals(groups.get(i))) {
        continue;
      }
      pg.add(new double[] {pred[i], gold[i]});
      if (gold[i] <= 2 || gold[i] >= 3) {
        decided++;
        if ((same[i] == 1) == (gold[i] <= 2)) {
          correct++;
        }
      }
    }
    return new double[] {pearson(pg), (double) correct / decided};
  }

  // ---------------------------------------------------------------- error analysis

  static void errors(Opts o) {
    double[][] r = cv(o, 42, true);
    double[] f = figures(r[0], r[1], null);
    System.out.printf(Locale.ROOT, "baseline seed 42: pearson %.3f accuracy %.3f%n", f[0], f[1]);
    Integer[] idx = new Integer[pairs.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    double[] pred = r[0];
    Arrays.sort(
        idx, (x, y) -> Double.compare(Math.abs(pred[y] - gold[y]), Math.abs(pred[x] - gold[x])));
    List<String> names = new ArrayList<>(base);
    sqrt.forEach(s -> names.add("sqrt_" + s));
    // mean expanded vector, for contributions relative to the average pair
    double[] mean = new double[names.size() + 1];
    for (int i = 0; i < pairs.size(); i++) {
      double[] e = expand(i, List.of());
      for (int k = 0; k < mean.length; k++) {
        mean[k] += e[k] / pairs.size();
      }
    }
    int shown = 0;
    for (int i : idx) {
      if (crossLang[i] || shown >= 40) {
        continue;
      }
      shown++;
      Model m = models.get(i);
      double[] e = expand(i, List.of());
      Integer[] ks = new Integer[names.size()];
      for (int k = 0; k < ks.length; k++) {
        ks[k] = k;
      }
      double[] c = new double[names.size()];
      for (int k = 0; k < c.length; k++) {
        c[k] = m.w[k] * (e[k] - mean[k]);
      }
      Arrays.sort(ks, (x, y) -> Double.compare(Math.abs(c[y]), Math.abs(c[x])));
      StringBuilder top = new StringBuilder();
      for (int k = 0; k < 4; k++) {
        top.append(
            String.format(Locale.ROOT, " %s=%.2f(%+.2f)", names.get(ks[k]), e[ks[k]], c[ks[k]]));
      }
      double tree = m.trees.value(treeRow(i, List.of()));
      Article a = aa.get(i);
      Article b = ab.get(i);
      System.out.printf(
          Locale.ROOT,
          "%2d gold %.2f pred %.2f %s len %d/%d src %s|%s same=%s tree %+.2f%s%n   A: %s%n   B: %s%n"
              + "   terms %.2f stems %.2f names %.2f places %.2f numbers %.2f dates %.2f title %.2f"
              + " bigrams %.2f nmin %.2f ledn %.2f qconf %.0f dconf %.0f yconf %.0f%n",
          shown,
          gold[i],
          pred[i],
          groups.get(i),
          fa.get(i).tokenCount(),
          fb.get(i).tokenCount(),
          a.source(),
          b.source(),
          a.source().equals(b.source()),
          tree,
          top,
          snippet(a),
          snippet(b),
          xs.get(i)[PairFeatures.index("terms")],
          xs.get(i)[PairFeatures.index("stems")],
          xs.get(i)[PairFeatures.index("names")],
          xs.get(i)[PairFeatures.index("places")],
          xs.get(i)[PairFeatures.index("numbers")],
          xs.get(i)[PairFeatures.index("dates")],
          xs.get(i)[PairFeatures.index("title")],
          xs.get(i)[PairFeatures.index("bigrams")],
          extra.get("nmin")[i],
          extra.get("ledn")[i],
          extra.get("qconf")[i],
          extra.get("dconf")[i],
          extra.get("yconf")[i]);
    }
  }

  static String snippet(Article a) {
    String t = a.fullText().replaceAll("\\s+", " ");
    return t.substring(0, Math.min(140, t.length()));
  }
}
