package dev.storylink.link;

import static dev.storylink.link.LinkExperiments.aa;
import static dev.storylink.link.LinkExperiments.ab;
import static dev.storylink.link.LinkExperiments.base;
import static dev.storylink.link.LinkExperiments.extra;
import static dev.storylink.link.LinkExperiments.fa;
import static dev.storylink.link.LinkExperiments.fb;
import static dev.storylink.link.LinkExperiments.pairs;
import static dev.storylink.link.LinkExperiments.put;
import static dev.storylink.link.LinkExperiments.sqrt;
import static dev.storylink.link.LinkExperiments.xs;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The column registry of {@link LinkExperiments}: the harness's own candidate columns (conflicts,
 * full dates, entity shares by the shorter side, lead entities; stored by {@link
 * LinkExperiments#put}) and the rows the models read: the ridge's expanded vector (shipped lexical
 * features, their square roots, the extra columns, a constant 1) and the trees' row (shipped
 * lexical features, the extra columns). A development helper run by hand; not thread-safe.
 */
final class ExperimentColumns {
  private ExperimentColumns() {}

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
      put("nmin", i, byShorterSide(dn, sa, sb));
      int[] cnt = new int[1];
      MentionOverlaps.nameOverlap(a.names(), b.names(), null, cnt);
      put("ncount", i, Math.min(10, cnt[0]) / 10.0);
      double dp = xs.get(i)[PairFeatures.index("places")];
      int pa = a.places().size();
      int pb = b.places().size();
      put("pmin", i, byShorterSide(dp, pa, pb));
      double dnum = xs.get(i)[PairFeatures.index("numbers")];
      int na = a.numbers().size();
      int nb = b.numbers().size();
      put("nummin", i, byShorterSide(dnum, na, nb));
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

  /**
   * A Dice overlap {@code dice} of sides of sizes {@code a} and {@code b} rescaled to the shorter
   * side ({@code dice · (a + b) / 2 / min(a, b)}, at most 1); 0 when a side is empty.
   */
  static double byShorterSide(double dice, double a, double b) {
    return a == 0 || b == 0 ? 0 : Math.min(1, dice * (a + b) / 2 / Math.min(a, b));
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

  /** The trees' row of pair {@code i} followed by {@code sim} (the tree classifier's input). */
  static double[] treeRowWithSim(int i, List<String> extras, double sim) {
    double[] row = treeRow(i, extras);
    double[] r = Arrays.copyOf(row, row.length + 1);
    r[row.length] = sim;
    return r;
  }
}
