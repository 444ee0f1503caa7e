package dev.storylink.link;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.PassageVectors;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Session 15 candidate columns of {@link LinkExperiments} (issue 16): verbatim versus retold
 * sentences, stem-mass coverage, cross-language evidence columns on same-language pairs,
 * publication-date gap shapes. A development helper run by hand; not thread-safe.
 */
final class Session15Extras {
  private Session15Extras() {}

  static void compute(
      int n,
      List<ArticleFeatures> fa,
      List<ArticleFeatures> fb,
      List<double[]> zs,
      Session11Extras.Sink out) {
    int s = PassageVectors.SENTENCES;
    double[] cos = new double[s * s];
    for (int i = 0; i < n; i++) {
      ArticleFeatures a = fa.get(i);
      ArticleFeatures b = fb.get(i);
      PassageVectors pa = a.passages();
      PassageVectors pb = b.passages();
      pa.sentenceCosines(pb, cos);
      int na = pa.sentenceCount();
      int nb = pb.sentenceCount();
      double[] bestB = new double[nb];
      int tot = na + nb;
      int ident = 0;
      int mid = 0;
      double nov = 0;
      for (int x = 0; x < na; x++) {
        double bestA = 0;
        for (int y = 0; y < nb; y++) {
          double c = cos[x * s + y];
          bestA = Math.max(bestA, c);
          bestB[y] = Math.max(bestB[y], c);
          if (c < 0.9) {
            nov = Math.max(nov, c);
          }
        }
        ident += bestA >= 0.9 ? 1 : 0;
        mid += bestA >= 0.3 && bestA < 0.9 ? 1 : 0;
      }
      int identA = ident;
      int identB = 0;
      for (double c : bestB) {
        identB += c >= 0.9 ? 1 : 0;
        ident += c >= 0.9 ? 1 : 0;
        mid += c >= 0.3 && c < 0.9 ? 1 : 0;
      }
      out.put("identshare", i, tot == 0 ? 0 : (double) ident / tot);
      double sa = na == 0 ? 0 : (double) identA / na;
      double sb = nb == 0 ? 0 : (double) identB / nb;
      out.put("identmax", i, Math.max(sa, sb));
      out.put("identmin", i, Math.min(sa, sb));
      out.put("sentcount", i, Math.min(na, nb) / (double) s);
      out.put("alignmid", i, tot == 0 ? 0 : (double) mid / tot);
      out.put("sentnov", i, nov);
      for (double th : new double[] {0.5, 0.7, 0.8, 0.95}) {
        int k = 0;
        double[] bb = new double[nb];
        for (int x = 0; x < na; x++) {
          double ba = 0;
          for (int y = 0; y < nb; y++) {
            ba = Math.max(ba, cos[x * s + y]);
            bb[y] = Math.max(bb[y], cos[x * s + y]);
          }
          k += ba >= th ? 1 : 0;
        }
        for (double c : bb) {
          k += c >= th ? 1 : 0;
        }
        out.put("ident" + Math.round(th * 100), i, tot == 0 ? 0 : (double) k / tot);
      }
      // covmax, covmin, tcovmax (stem / term mass on shared dimensions) were measured with a
      // probe of the vectors' arrays, since removed; ruzicka is now the shipped stemjaccard
      out.put("ruzicka", i, a.stems().weightedJaccard(b.stems()));
      out.put("termjaccard", i, a.terms().weightedJaccard(b.terms()));
      out.put("charjaccard", i, a.charGrams().weightedJaccard(b.charGrams()));
      out.put("leadjaccard", i, a.lead().weightedJaccard(b.lead()));
      double[] z = zs.get(i);
      for (String f :
          List.of(
              "namecover",
              "namehits",
              "namepairs",
              "evcover",
              "namerecur",
              "concepthits",
              "conceptcover",
              "placecover",
              "numbercover")) {
        out.put("z_" + f, i, z[CrossLanguageFeatures.index(f)]);
      }
      double gap = 0;
      double far = 0;
      if (a.date().isPresent() && b.date().isPresent()) {
        long days = Math.abs(ChronoUnit.DAYS.between(a.date().get(), b.date().get()));
        gap = Math.min(1, Math.log1p(days) / Math.log1p(30));
        far = days >= 3 ? 1 : 0;
      }
      out.put("pubgap", i, gap);
      out.put("pubfar", i, far);
    }
  }
}
