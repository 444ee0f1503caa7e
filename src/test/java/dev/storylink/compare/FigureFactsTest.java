package dev.storylink.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.features.CorpusStats;
import org.junit.jupiter.api.Test;

/**
 * The figures {@code compare} reports (session 31 user run: an earthquake in Malatya written in six
 * languages): a time of day is no figure, and a figure's role is the event's role when the article
 * gives it one anywhere.
 */
class FigureFactsTest {
  private static final CoverageComparer CMP = new CoverageComparer(CorpusStats.background());

  private static final Article EN =
      Article.of(
          "en",
          "en",
          "A magnitude 6.1 earthquake struck the Turkish province of Malatya on Monday, killing 14"
              + " people and injuring 230, Turkey's disaster agency AFAD said.\n"
              + "The quake hit at 04:12 local time and 38 buildings collapsed.");

  @Test
  void aTimeOfDayWithAColonIsNoFigure() {
    Article tr =
        Article.of(
            "tr",
            "tr",
            "Malatya'da pazartesi günü 6,1 büyüklüğünde deprem meydana geldi, 14 kişi hayatını"
                + " kaybetti, 230 kişi yaralandı.");
    Comparison c = CMP.compare(EN, tr);
    assertThat(c.onlyInA()).extracting(Fact::label).doesNotContain("12", "04", "4");
    assertThat(c.onlyInA()).extracting(Fact::label).contains("38");
  }

  @Test
  void aTimeWrittenWithADotAfterSaatIsNoFigure() {
    Article tr =
        Article.of(
            "tr",
            "tr",
            "Malatya'da pazartesi sabahı saat 04.12'de 6,1 büyüklüğünde deprem meydana geldi.\n"
                + "Depremde 14 kişi hayatını kaybetti, 230 kişi yaralandı.");
    Comparison c = CMP.compare(tr, EN);
    assertThat(c.onlyInA()).extracting(Fact::label).doesNotContain("4.12");
  }

  @Test
  void aTimeWrittenWithADotBeforeUhrIsNoFigure() {
    Article de =
        Article.of(
            "de",
            "de",
            "Das Erdbeben der Stärke 6,1 ereignete sich am Montag um 4.12 Uhr Ortszeit in Malatya.\n"
                + "Mindestens 14 Menschen kamen ums Leben, 230 wurden verletzt.");
    Comparison c = CMP.compare(de, EN);
    assertThat(c.onlyInA()).extracting(Fact::label).doesNotContain("4.12");
  }

  @Test
  void aDecimalWithoutAClockWordStaysAFigure() {
    Article de =
        Article.of(
            "de",
            "de",
            "Das Erdbeben der Stärke 6,1 in Malatya verschob die Erdkruste um 4.12 Meter.\n"
                + "Mindestens 14 Menschen kamen ums Leben, 230 wurden verletzt.");
    Comparison c = CMP.compare(de, EN);
    assertThat(c.onlyInA()).extracting(Fact::label).anyMatch(l -> l.startsWith("4.12"));
  }

  @Test
  void aFigureTakesTheEventRoleItIsGivenAnywhereSoTheTollsDiffer() {
    // the headline's يقتل 16 شخصا counts 16 people, the text's مقتل 16 شخصا 16 killed
    Article ar =
        Article.of(
            "ar",
            "ar",
            "زلزال يقتل 16 شخصا في تركيا\n"
                + "ضرب زلزال بقوة 6.1 درجات ولاية ملاطية شرقي تركيا فجر الاثنين، ما أسفر عن مقتل 16"
                + " شخصا على الأقل وإصابة 230 آخرين، بحسب هيئة إدارة الكوارث والطوارئ التركية.");
    Comparison c = CMP.compare(EN, ar);
    assertThat(c.onlyInB())
        .filteredOn(f -> f.kind() == Fact.Kind.NUMBER && f.label().equals("16"))
        .extracting(Fact::role)
        .containsExactly("killed");
    assertThat(c.differingFigures())
        .extracting(d -> d.role() + " " + d.a().label() + " " + d.b().label())
        .containsExactly("killed 14 16");
  }

  @Test
  void anUrduAuxiliaryIsNoName() {
    // "38 buildings fell" and "the teams arrived": گئیں (fem. plural of گیا) twice, so it recurred
    Article ur =
        Article.of(
            "ur",
            "ur",
            "ترکی کے صوبے ملاطیہ میں پیر کی صبح 6.1 شدت کا زلزلہ آیا جس میں 14 افراد ہلاک ہو گئے۔\n"
                + "وزیر داخلہ نے بتایا کہ 38 عمارتیں گر گئیں۔\n"
                + "ایران اور آذربائیجان کی امدادی ٹیمیں دوپہر کو پہنچ گئیں۔");
    Comparison c = CMP.compare(EN, ur);
    assertThat(c.onlyInB())
        .filteredOn(f -> f.kind() == Fact.Kind.NAME)
        .extracting(Fact::surface)
        .doesNotContain("گئیں");
  }
}
