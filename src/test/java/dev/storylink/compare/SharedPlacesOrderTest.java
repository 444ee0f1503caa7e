package dev.storylink.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.features.CorpusStats;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Both report" lists the same places whichever article comes first, on short articles composed for
 * this test: English writes Turkey (a word the gazetteer leaves out) and Turkish, the others name
 * the country.
 */
class SharedPlacesOrderTest {
  private static final CoverageComparer CMP = new CoverageComparer(CorpusStats.background());

  private static final Article EN =
      Article.of(
          "en",
          "en",
          "A magnitude 6.1 earthquake struck the province of Van in eastern Turkey on Friday,"
              + " killing 12 people and injuring 150. Iran and Azerbaijan offered to send rescue"
              + " teams.");
  private static final Article FA =
      Article.of(
          "fa",
          "fa",
          "زلزله‌ای به بزرگی ۶.۱ ریشتر روز جمعه استان وان در شرق ترکیه را لرزاند و ۱۲ نفر کشته و"
              + " ۱۵۰ نفر زخمی شدند. ایران و آذربایجان برای اعزام تیم‌های امداد اعلام آمادگی"
              + " کردند.");
  private static final Article DE =
      Article.of(
          "de",
          "de",
          "Ein Erdbeben der Stärke 6,1 hat am Freitag die Provinz Van im Osten der Türkei"
              + " erschüttert. 12 Menschen kamen ums Leben, 150 wurden verletzt.");

  private static List<String> places(Comparison c) {
    return c.shared().stream().filter(f -> f.kind() == Fact.Kind.PLACE).map(Fact::label).toList();
  }

  @Test
  void aPlaceOnlyTheSecondArticlesGazetteerFindsIsSharedInBothOrders() {
    for (Article other : List.of(FA, DE)) {
      Comparison enFirst = CMP.compare(EN, other);
      Comparison otherFirst = CMP.compare(other, EN);
      assertThat(places(enFirst)).as(other.lang()).contains("Türkiye");
      assertThat(places(otherFirst)).as(other.lang()).contains("Türkiye");
      assertThat(enFirst.onlyInA()).noneMatch(f -> f.label().equals("Türkiye"));
      assertThat(enFirst.onlyInB()).noneMatch(f -> f.label().equals("Türkiye"));
      // as the first article's word, in its sentence
      Fact turkey =
          enFirst.shared().stream().filter(f -> f.label().equals("Türkiye")).findFirst().get();
      assertThat(turkey.surface()).isIn("Turkey", "Turkish");
      assertThat(turkey.sentence()).isZero();
      // listed once
      assertThat(places(enFirst)).containsOnlyOnce("Türkiye");
    }
  }
}
