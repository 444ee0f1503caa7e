package dev.storylink.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.store.StoredArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Session 20: one row of the story fact matrix for one name or organisation across languages:
 * Turkish Çelik = Челик = چلیک (Turkish ç read as ch, as {@code features} keys it), Russian Вана
 * (genitive) = Ван = Van, Urdu اردوان = Erdoğan = اردوغان, الهلال الأحمر = هلال احمر = Kızılay =
 * Red Crescent; and the joins these keys must not make. Articles written for this test.
 */
class NamesAcrossStoryTest {
  static final String TR =
      "Bakan Murat Çelik deprem bölgesinde açıklama yaptı. Çelik, Kızılay ekiplerinin Van'da"
          + " çalıştığını söyledi. Cumhurbaşkanı Erdoğan da bölgeye gitti.";
  static final String RU =
      "Министр Мурат Челик рассказал о землетрясении. По словам Челика, жители Вана получают"
          + " помощь Красного Полумесяца. Эрдоган посетил регион.";
  static final String UR =
      "وزیر مراد چلیک نے کہا کہ وان میں ہلال احمر کی ٹیمیں کام کر رہی ہیں۔ چلیک کے مطابق صدر"
          + " اردوان بھی علاقے میں پہنچے۔ اردوان نے متاثرین سے ملاقات کی۔";
  static final String AR =
      "قال الوزير إن فرق الهلال الأحمر تعمل في وان. وزار الرئيس أردوغان المنطقة. وقال أردوغان إن"
          + " المساعدات مستمرة.";
  static final String FA =
      "جمعیت هلال احمر ایران تیم‌های امدادی به وان فرستاد. اردوغان از منطقه بازدید کرد.";
  static final String EN =
      "Red Crescent teams were working in Van on Tuesday, officials said. President Erdogan"
          + " visited the region.";

  private static FactMatrix matrix(String... langAndText) {
    List<StoredArticle> story = new ArrayList<>();
    for (int i = 0; i + 1 < langAndText.length; i += 2) {
      String lang = langAndText[i];
      story.add(
          new StoredArticle(
              new Article(
                  // a distinct id per text: the shared StoryFacts caches facts by article id
                  "names-" + lang + "-" + Integer.toHexString(langAndText[i + 1].hashCode()),
                  lang,
                  "",
                  langAndText[i + 1],
                  Optional.of(LocalDate.parse("2023-02-08")),
                  lang + i + ".example",
                  ""),
              i + 1,
              "e-names",
              Optional.empty()));
    }
    return FactFixtures.FACTS.matrix(story);
  }

  /** The name rows with a cell written {@code surface}. */
  private static List<FactMatrix.Row> rowsWith(FactMatrix m, String surface) {
    return m.rows().stream()
        .filter(r -> r.kind() == Fact.Kind.NAME)
        .filter(r -> r.cells().stream().anyMatch(c -> c.surfaces().contains(surface)))
        .toList();
  }

  /** The one name row with a cell written {@code surface}, and the surfaces of all its cells. */
  private static List<String> rowSurfaces(FactMatrix m, String surface) {
    List<FactMatrix.Row> rows = rowsWith(m, surface);
    assertThat(rows).hasSize(1);
    return rows.get(0).cells().stream().flatMap(c -> c.surfaces().stream()).toList();
  }

  private static long reporting(FactMatrix.Row r) {
    return r.cells().stream().filter(c -> c.state() == FactMatrix.State.REPORTED).count();
  }

  @Test
  void celikIsOneNameInTurkishRussianAndUrdu() {
    FactMatrix m = matrix("tr", TR, "ru", RU, "ur", UR);
    assertThat(rowSurfaces(m, "Murat Çelik")).contains("Мурат Челик", "چلیک");
    assertThat(reporting(rowsWith(m, "Murat Çelik").get(0))).isEqualTo(3);
  }

  @Test
  void arabicTshilikAndEnglishCelikAreTheRowOfCelik() {
    // session 22: Arabic writes ç تش (was shlk), English drops it (was slk)
    String ar =
        "قال وزير الداخلية التركي مراد تشيليك إن فرق الإنقاذ تعمل في وان. وأضاف تشيليك أن"
            + " المساعدات مستمرة.";
    String en =
        "Interior Minister Murat Celik said rescue teams were working in Van. Celik added that"
            + " aid was arriving.";
    assertThat(rowSurfaces(matrix("ar", ar, "ru", RU), "تشيليك")).contains("Мурат Челик");
    assertThat(rowSurfaces(matrix("en", en, "ur", UR), "Murat Celik")).contains("چلیک");
    // one script, two articles: the same folded term celik, which only Turkish reads ch
    assertThat(rowSurfaces(matrix("en", en, "tr", TR), "Murat Celik")).contains("Murat Çelik");
  }

  @Test
  void vanaIsTheRowOfVan() {
    assertThat(rowSurfaces(matrix("ru", RU, "tr", TR, "en", EN), "Вана")).contains("Van");
  }

  @Test
  void urduErdowanIsTheRowOfErdogan() {
    assertThat(rowSurfaces(matrix("ur", UR, "tr", TR, "ar", AR), "اردوان"))
        .contains("Erdoğan", "أردوغان");
  }

  @Test
  void redCrescentIsOneOrganisationInSixLanguages() {
    FactMatrix m = matrix("ar", AR, "fa", FA, "ur", UR, "tr", TR, "ru", RU, "en", EN);
    List<FactMatrix.Row> rows =
        m.rows().stream().filter(r -> r.key().equals("name:org:redcrescent")).toList();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).label()).isEqualTo("Red Crescent");
    assertThat(reporting(rows.get(0))).isEqualTo(6);
    assertThat(rowsWith(m, "Kızılay")).hasSize(1);
    assertThat(rowsWith(m, "الهلال الأحمر")).hasSize(1);
  }

  @Test
  void secondKeysMakeNoFalseJoins() {
    // Лина is a nominative (Lina): with an English article that names both Lina and Lin, the
    // Russian Лина is Lina's row, and Lin's row keeps the Russian article out
    FactMatrix lina =
        matrix(
            "ru",
            "Певица Лина выступила в Москве. Лина поблагодарила зрителей.",
            "en",
            "The singer Lina performed in Moscow with her manager Lin Miller. Lina thanked the"
                + " audience, and Miller said Lin planned a tour.");
    assertThat(rowsWith(lina, "Лина")).hasSize(1);
    assertThat(rowsWith(lina, "Лина").get(0).cells()).anyMatch(c -> c.surfaces().contains("Lina"));
    FactMatrix.Row lin = rowsWith(lina, "Lin").get(0);
    assertThat(reporting(lin)).isEqualTo(1);
    // an English Arden (skeleton rdn, as Erdoğan without its ğ) is no Erdoğan: same script
    FactMatrix arden =
        matrix(
            "tr",
            TR,
            "en",
            "Emergency teams led by coordinator Lisa Arden reached the region. Arden said help"
                + " was coming.");
    assertThat(rowsWith(arden, "Erdoğan").get(0).cells())
        .noneMatch(c -> c.surfaces().contains("Lisa Arden"));
  }
}
