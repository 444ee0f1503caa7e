package dev.storylink.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Article;
import dev.storylink.features.CorpusStats;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comparisons of short articles written for this test (invented event). */
class ComposedFixturesCompareTest {
  private static final CoverageComparer CMP = new CoverageComparer(CorpusStats.background());

  static final Article EN =
      Article.of(
          "en",
          "en",
          "A strong earthquake of magnitude 6.1 struck western Turkey near Izmir on Tuesday.\n"
              + "At least 14 people were killed and 230 were injured, the disaster agency AFAD said.\n"
              + "President Recep Tayyip Erdogan said rescue teams were searching collapsed buildings.\n"
              + "Germany and Greece offered to send rescue teams to Izmir.\n"
              + "\"We will not leave anyone under the rubble,\" Erdogan told reporters in Ankara.");
  static final Article DE =
      Article.of(
          "de",
          "de",
          "Ein schweres Erdbeben der Stärke 6,1 hat am Dienstag den Westen der Türkei bei Izmir erschüttert.\n"
              + "Mindestens 14 Menschen kamen ums Leben, 230 wurden verletzt, teilte die Behörde AFAD mit.\n"
              + "Präsident Recep Tayyip Erdogan sagte, Rettungsteams durchsuchten eingestürzte Gebäude.\n"
              + "Deutschland und Griechenland boten an, Rettungsteams nach Izmir zu schicken.\n"
              + "Das Technische Hilfswerk stehe mit 50 Helfern bereit, sagte ein Sprecher in Berlin.");
  static final Article AR =
      Article.of(
          "ar",
          "ar",
          "ضرب زلزال قوي بلغت شدته 6.1 درجات غرب تركيا قرب مدينة إزمير يوم الثلاثاء.\n"
              + "وأعلنت هيئة إدارة الكوارث التركية أن 14 شخصا على الأقل لقوا حتفهم وأصيب 230 آخرون.\n"
              + "وقال الرئيس التركي رجب طيب أردوغان إن فرق الإنقاذ تبحث تحت أنقاض المباني المنهارة.\n"
              + "وعرضت اليونان وألمانيا إرسال فرق إنقاذ إلى إزمير.");
  static final Article FA =
      Article.of(
          "fa",
          "fa",
          "زلزله\u200cای به بزرگی ۶.۱ ریشتر روز سه\u200cشنبه غرب ترکیه در نزدیکی شهر ازمیر را لرزاند.\n"
              + "سازمان مدیریت بحران ترکیه اعلام کرد دست کم ۱۴ نفر کشته و ۲۳۰ نفر زخمی شدند.\n"
              + "رجب طیب اردوغان، رئیس\u200cجمهور ترکیه، گفت تیم\u200cهای امداد زیر آوار جستجو می\u200cکنند.\n"
              + "یونان و آلمان پیشنهاد اعزام تیم\u200cهای امداد به ازمیر را دادند.\n"
              + "ایران نیز آمادگی خود را برای اعزام ۳۰ امدادگر به ازمیر اعلام کرد.");

  @Test
  void aGermanCompoundWithANameTheOtherReportsIsShared() {
    // session 30: "Astana-Gipfel" was a name only the German reports, though the Russian writes
    // Астане and the link reasons pair the two
    Article de =
        Article.of(
            "de-gipfel",
            "de",
            "Putin begrüßte die Bereitschaft Teherans, den nächsten Astana-Gipfel auszurichten.\n"
                + "Beide betonten die Umsetzung der Vereinbarungen von Astana zu Syrien.");
    Article ru =
        Article.of(
            "ru-gipfel",
            "ru",
            "Путин приветствовал готовность Тегерана провести следующий саммит в Астане.\n"
                + "Стороны подчеркнули необходимость выполнения договоренностей Астаны по Сирии.");
    Comparison c = CMP.compare(de, ru);
    assertThat(c.onlyInA()).extracting(Fact::label).doesNotContain("Astana Gipfel");
  }

  private static boolean linked(Comparison c, int a, int b) {
    return c.links().stream().anyMatch(l -> l.a() == a && l.b() == b);
  }

  @Test
  void englishAndGermanAlignSentenceBySentence() {
    Comparison c = CMP.compare(EN, DE);
    for (int i = 0; i < 4; i++) {
      assertThat(linked(c, i, i)).as("EN %d <-> DE %d", i, i).isTrue();
    }
    assertThat(c.a().dir()).isEqualTo("ltr");
    assertThat(c.onlyInB()).extracting(Fact::label).contains("50");
    // a quote is no fact: the statement it stands in is (or is not) reported by the other article
    assertThat(c.statementsOnlyInA()).extracting(Passage::text).isNotEmpty();
    assertThat(c.onlyInA()).noneMatch(f -> f.kind() == Fact.Kind.NUMBER);
    // German capitalises every noun: common nouns and weekdays are not listed as names
    assertThat(c.onlyInB())
        .extracting(Fact::label)
        .doesNotContain("Erdbeben", "Menschen", "Dienstag", "Sprecher", "Rettungsteams")
        .contains("Technische Hilfswerk");
    assertThat(c.shared()).extracting(Fact::label).contains("14", "230");
  }

  @Test
  void arabicAndPersianMeetOnNamesPlacesAndDigits() {
    Comparison c = CMP.compare(AR, FA);
    assertThat(c.a().dir()).isEqualTo("rtl");
    assertThat(c.b().dir()).isEqualTo("rtl");
    assertThat(linked(c, 0, 0))
        .as("magnitude 6.1/۶.۱ on Tuesday (الثلاثاء = سه‌شنبه) in Izmir")
        .isTrue();
    assertThat(
            c.links().stream()
                .filter(l -> l.a() == 0 && l.b() == 0)
                .findFirst()
                .orElseThrow()
                .evidence())
        .contains("الثلاثاء = سه\u200cشنبه");
    assertThat(linked(c, 1, 1)).as("casualty figures 14/۱۴ and 230/۲۳۰").isTrue();
    assertThat(linked(c, 2, 2)).as("Erdogan in both scripts").isTrue();
    assertThat(linked(c, 3, 3)).as("Greece and Germany offering rescue teams").isTrue();
    assertThat(c.onlyInB()).extracting(Fact::label).contains("30", "Iran");
    assertThat(c.onlyInA()).noneMatch(f -> f.kind() == Fact.Kind.NUMBER);
  }

  @Test
  void englishAndArabicAcrossScripts() {
    Comparison c = CMP.compare(EN, AR);
    assertThat(linked(c, 1, 1)).as("casualty figures").isTrue();
    assertThat(linked(c, 3, 3)).as("Greece = اليونان, Germany = ألمانيا").isTrue();
    assertThat(c.links()).anySatisfy(l -> assertThat(l.evidence()).contains("Erdogan = أردوغان"));
    assertThat(c.shared()).extracting(Fact::label).contains("14", "230", "Greece");
  }

  @Test
  void aLongSentenceMeetsEachShorterSentenceThatReportsOneOfItsClauses() {
    Article en =
        Article.of(
            "en-long",
            "en",
            "Officials of the THW relief agency met in Saxony on Monday to review the damage.\n"
                + "The minister said the Augustus Bridge in Dresden will reopen on 12 May, the railway "
                + "line to Prague, 140 kilometres long, will follow in June, the ferry at Pillnitz, like every ferry on the "
                + "Elbe, stays closed, and 300 soldiers keep clearing the old town of Meissen.\n"
                + "The district chief announced 25 new pumps from Poland and the Czech Republic.");
    Article de =
        Article.of(
            "de-short",
            "de",
            "Die Augustusbrücke in Dresden werde am 12. Mai wieder geöffnet, sagte der Minister.\n"
                + "Die 140 Kilometer lange Bahnstrecke nach Prag folge im Juni.\n"
                + "In Sachsen trafen sich am Montag Vertreter des THW, um die Schäden zu prüfen.\n"
                + "Die Fähre in Pillnitz bleibe wie alle Fähren an der Elbe geschlossen, teilte der Landrat "
                + "mit, der zugleich 25 neue Pumpen aus Polen und Tschechien ankündigte.\n"
                + "In der Altstadt von Meißen räumen weiter 300 Soldaten auf.");
    Comparison c = CMP.compare(en, de);
    assertThat(linked(c, 1, 0)).as("bridge in Dresden, 12 May").isTrue();
    assertThat(linked(c, 1, 1)).as("railway to Prague in June").isTrue();
    assertThat(linked(c, 1, 3)).as("ferry at Pillnitz").isTrue();
    assertThat(linked(c, 1, 4)).as("300 soldiers in Meissen").isTrue();
    assertThat(linked(c, 0, 2)).as("THW officials in Saxony").isTrue();
    assertThat(linked(c, 2, 3)).as("25 pumps from Poland and the Czech Republic").isTrue();
    assertThat(linked(c, 0, 1)).isFalse();
  }

  @Test
  void unrelatedArticlesHaveNoLinks() {
    Article other =
        Article.of(
            "rates",
            "en",
            "The central bank raised its main interest rate by 50 basis points on Thursday.");
    Comparison c = CMP.compare(EN, other);
    assertThat(c.links()).isEmpty();
    assertThat(c.onlyInB()).extracting(Fact::label).contains("50");
  }

  @Test
  void compareAllComparesTheFirstWithEachOther() {
    List<Comparison> all = CMP.compareAll(List.of(EN, DE, AR));
    assertThat(all).hasSize(2);
    assertThat(all.get(1).b().id()).isEqualTo("ar");
    assertThatThrownBy(() -> CMP.compareAll(List.of(EN)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void valueTypesValidate() {
    assertThatThrownBy(() -> new SentenceLink(-1, 0, 0.5, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SentenceLink(0, 0, 1.5, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Fact(Fact.Kind.NAME, " ", "x", 0, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ComparedArticle("a", "en", "", "", "up", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ComparedArticle.direction("fa")).isEqualTo("rtl");
    assertThat(ComparedArticle.direction("de")).isEqualTo("ltr");
  }
}
