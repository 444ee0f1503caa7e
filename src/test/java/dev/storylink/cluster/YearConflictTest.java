package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Look-alike events years apart, composed short fixtures without publication dates. Their texts are
 * near-paraphrases (link probability about 0.99), more than the shipped soft year evidence
 * outweighs (disjoint years ask for 0.65 instead of 0.45), so the year veto of the assignment model
 * ({@link AssignmentModel#yearPenalty} 1) is what keeps them apart, while reports of one event
 * still join; without the years they are one event.
 */
class YearConflictTest {
  @TempDir Path tmp;

  private static final AssignmentModel VETO = AssignmentModel.shipped().withYearPenalty(1.0);

  private static AssignmentModel withoutYears() {
    double[] w = AssignmentModel.shipped().weights();
    w[EventFeatures.NAMES.indexOf("years_disjoint")] = 0;
    AssignmentModel s = AssignmentModel.shipped();
    return new AssignmentModel(s.features(), w, s.threshold(), 0);
  }

  private Map<String, String> eventOf(List<Article> articles, AssignmentModel model)
      throws IOException {
    return ClusterFixtures.eventOf(tmp.resolve("d" + System.nanoTime()), articles, model);
  }

  @Test
  void aCoachHiredIn2005AndFiredIn2008AreTwoEvents() throws IOException {
    Article hired =
        Article.of(
            "hired",
            "en",
            "Philadelphia 76ers hire Maurice Cheeks as head coach\n"
                + "The Philadelphia 76ers named Maurice Cheeks their new head coach on Monday, May 23,"
                + " 2005. Cheeks, a former 76ers point guard, signed a four-year contract with the"
                + " team. General manager Billy King said Cheeks was the right man to lead the young"
                + " team and Allen Iverson back to the playoffs in 2005.");
    Article hiredAgain =
        Article.of(
            "hired_2",
            "en",
            "76ers turn to Maurice Cheeks\n"
                + "Maurice Cheeks was hired as head coach of the Philadelphia 76ers in May 2005."
                + " Billy King, the general manager, praised Cheeks, who played point guard for the"
                + " 76ers and agreed to a four-year contract. Allen Iverson welcomed the new coach.");
    Article fired =
        Article.of(
            "fired",
            "en",
            "Philadelphia 76ers fire head coach Maurice Cheeks\n"
                + "The Philadelphia 76ers fired head coach Maurice Cheeks on Saturday, December 13,"
                + " 2008, after a 9-14 start. Assistant Tony DiLeo takes over the team. Cheeks, a"
                + " former 76ers point guard, coached the team for four seasons; general manager Ed"
                + " Stefanski said the team had to make a change in 2008.");
    List<Article> all = List.of(hired, hiredAgain, fired);
    Map<String, String> ev = eventOf(all, VETO);
    assertThat(ev.get("hired_2")).isEqualTo(ev.get("hired"));
    assertThat(ev.get("fired")).isNotEqualTo(ev.get("hired"));
    Map<String, String> blind = eventOf(all, withoutYears());
    assertThat(blind.get("fired")).isEqualTo(blind.get("hired"));
  }

  @Test
  void footballBeforeAndDuringCovidAreTwoEvents() throws IOException {
    List<Article> before =
        List.of(
            Article.of(
                "tr_before_1",
                "tr",
                "Galatasaray derbide Fenerbahçe ile 2019 yılında berabere kaldı\n"
                    + "Süper Lig'in 2019 sezonunda oynanan Galatasaray - Fenerbahçe derbisi Türk"
                    + " Telekom Stadyumu'nda 52 bin taraftar önünde 0-0 bitti. Fatih Terim maçtan"
                    + " sonra oyuncularını kutladı."),
            Article.of(
                "tr_before_2",
                "tr",
                "Derbide gol sesi çıkmadı\n"
                    + "Galatasaray ile Fenerbahçe, 2019 sezonundaki derbide golsüz berabere"
                    + " kaldı. Türk Telekom Stadyumu'nu dolduran 52 bin taraftar Fatih Terim'in"
                    + " takımını destekledi."),
            Article.of(
                "tr_before_3",
                "tr",
                "Fatih Terim: Derbide iyi oynadık\n"
                    + "Galatasaray teknik direktörü Fatih Terim, 2019 sezonunun Fenerbahçe"
                    + " derbisinden sonra Türk Telekom Stadyumu'nda 52 bin taraftara teşekkür"
                    + " etti."));
    List<Article> during =
        List.of(
            Article.of(
                "tr_during_1",
                "tr",
                "Galatasaray - Fenerbahçe derbisi 2020 yılında seyircisiz oynanacak\n"
                    + "Koronavirüs salgını nedeniyle Süper Lig'de Galatasaray - Fenerbahçe derbisi"
                    + " 2020 sezonunda Türk Telekom Stadyumu'nda seyircisiz oynanacak. Fatih"
                    + " Terim salgın önlemlerine uyulacağını söyledi."),
            Article.of(
                "tr_during_2",
                "tr",
                "Derbi seyircisiz\n"
                    + "Galatasaray ile Fenerbahçe, koronavirüs salgını yüzünden 2020 sezonunun"
                    + " derbisini Türk Telekom Stadyumu'nda seyircisiz oynayacak. Fatih Terim"
                    + " oyuncularının test sonuçlarını bekliyor."),
            Article.of(
                "tr_during_3",
                "tr",
                "Fatih Terim koronavirüs testi yaptırdı\n"
                    + "Galatasaray teknik direktörü Fatih Terim, 2020 sezonunun Fenerbahçe"
                    + " derbisi öncesi salgın nedeniyle Türk Telekom Stadyumu'nda seyircisiz"
                    + " oynanacak maç için açıklama yaptı."));
    List<Article> all = new java.util.ArrayList<>(before);
    all.addAll(during);
    Map<String, String> ev = eventOf(all, VETO);
    for (Article b : before) {
      for (Article d : during) {
        assertThat(ev.get(d.id())).as(b.id() + " vs " + d.id()).isNotEqualTo(ev.get(b.id()));
      }
    }
    assertThat(ev.get("tr_before_2")).isEqualTo(ev.get("tr_before_1"));
    assertThat(ev.get("tr_during_2")).isEqualTo(ev.get("tr_during_1"));
    Map<String, String> blind = eventOf(all, withoutYears());
    assertThat(blind.get("tr_during_1")).isEqualTo(blind.get("tr_before_1"));
  }
}
