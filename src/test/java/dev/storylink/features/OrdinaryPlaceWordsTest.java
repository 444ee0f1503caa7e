package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.text.AnalyzedText;
import dev.storylink.text.TextAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 20: ordinary words of Arabic-script text that CLDR place names fold to are no places (one
 * test per rule of {@link Places#find}), while the places those rules must keep stay places.
 * Sentences written for this test.
 */
class OrdinaryPlaceWordsTest {
  private static List<String> places(String text, String lang) {
    AnalyzedText a = TextAnalysis.analyze(text, lang);
    return Places.get().find(a.tokens(), text, lang).stream().map(m -> m.place().name()).toList();
  }

  @Test
  void aWeekdayOfTheTextsLanguageIsNoPlace() {
    // Persian دوشنبه is Monday; CLDR's Persian Dushanbe is written the same
    assertThat(places("وزیر روز دوشنبه به تهران بازگشت.", "fa")).containsExactly("Tehran");
    // Arabic writes Dushanbe so and Monday الاثنين: there it stays the city
    assertThat(places("وصل الوزير إلى دوشنبه يوم الاثنين.", "ar")).containsExactly("Dushanbe");
  }

  @Test
  void aHolidayOfTheTextsLanguageIsNoIsland() {
    assertThat(places("کرسمس اور ایسٹر کی چھٹیوں میں بازار بند رہے۔", "ur")).isEmpty();
    assertThat(places("Shops closed for Christmas and Easter.", "en")).isEmpty();
    // the island's full name is still the island
    assertThat(places("A boat reached Christmas Island on Friday.", "en"))
        .containsExactly("Christmas Island");
  }

  @Test
  void anArabicCliticOnAStopWordIsNoPlace() {
    // وليس "and not": Urdu CLDR writes Wallis ولّیس, which folds to the same letters
    assertThat(places("هذا قرار سياسي وليس قراراً فنياً.", "ar")).isEmpty();
  }

  @Test
  void aGivenNameIsNoPlaceInArabicScript() {
    // Pashto CLDR names Tomsk توماس, which is Thomas
    assertThat(places("قال توماس إن المفاوضات ستستمر.", "ar")).isEmpty();
  }

  @Test
  void aWordWithTheArabicArticleMatchesOnlyANameWrittenWithIt() {
    // السويس is Suez (no CLDR place), not Pashto سویس (Switzerland); النوم is sleep, not Nome
    assertThat(places("عبرت السفينة قناة السويس بعد النوم.", "ar")).isEmpty();
    // CLDR writes الأردن with the article; السورية and التركي are nisba adjectives of a country
    assertThat(places("زار الأردن والتقى المسؤولين.", "ar")).containsExactly("Jordan");
    assertThat(places("قالت الحكومة السورية والجانب التركي", "ar"))
        .containsExactly("Syria", "Türkiye");
    assertThat(places("وصل الوفد إلى سويسرا.", "ar")).containsExactly("Switzerland");
  }

  @Test
  void aLetterThatFoldingMergesMustMatchAtTheEndOfAName() {
    // the general rule with yeh barree with hamza ۓ, as "went" is also typed: it folds to ي like
    // ے, and no name of Chile ends in either
    assertThat(places("وہ کل لاہور چلۓ گئے۔", "ur")).isEmpty();
    assertThat(places("وہ کل چلی چلۓ گئے۔", "ur")).containsExactly("Chile");
  }

  @Test
  void anUrduWordInYehBarreeMatchesOnlyANameEndingInIt() {
    // چلے "went" folds to the letters of چلی (Chile)
    assertThat(places("وہ کل لاہور چلے گئے۔", "ur")).isEmpty();
    assertThat(places("چلی میں زلزلہ آیا۔", "ur")).containsExactly("Chile");
    // Urdu CLDR writes Norway ناروے: a name in ے stays a place
    assertThat(places("وزیر ناروے پہنچ گئے۔", "ur")).containsExactly("Norway");
  }

  @Test
  void urduChaliBeforeAVerbOfMotionIsTheVerbNotChile() {
    // session 22: چلی, feminine past of چلنا, before گئی / آ رہی (CompoundVerbs)
    for (String verb :
        List.of("وزیر اعظم کی اہلیہ لاہور سے چلی گئیں۔", "یہ روایت برسوں سے چلی آ رہی ہے۔")) {
      assertThat(places(verb, "ur")).as(verb).isEmpty();
    }
    assertThat(places("صدر چلی کے دورے پر ہیں۔", "ur")).containsExactly("Chile");
  }

  @Test
  void persianPartThrownBeforeALightVerbIsTheVerbNotPerth() {
    // session 23: پرت "thrown" before شد / کرد (CompoundVerbs)
    for (String verb :
        List.of(
            "کوهنورد از لبه یک صخره پرت شد.",
            "او سنگی را به سوی پلیس پرت کرد.",
            "خودرو به دره پرت شده بود.")) {
      assertThat(places(verb, "fa")).as(verb).isEmpty();
    }
    assertThat(places("او در شهر پرت استرالیا زندگی می‌کرد.", "fa")).contains("Perth");
  }

  @Test
  void aRussianPlaceInAyIsFoundInItsCaseForms() {
    // session 23: Китая (of China) was no China; the stem of Китай is not that of Китая
    assertThat(places("Президент Китая прибыл в Москву.", "ru")).containsExactly("China", "Moscow");
    assertThat(places("Переговоры в Китае и в Уругвае завершились.", "ru"))
        .containsExactly("China", "Uruguay");
    assertThat(places("Большая часть кита ушла под воду.", "ru")).isEmpty();
  }

  @Test
  void aRussianPlaceInIyaIsFoundOnlyInItsOwnCaseForms() {
    // session 22: Дана (a given name) and Франц share the stems of Дания and Франция
    assertThat(places("Дана Уайт выступила в Москве.", "ru")).containsExactly("Moscow");
    assertThat(places("Император Франц Иосиф приехал.", "ru")).isEmpty();
    assertThat(places("Путин посетил Данию, а затем Францию.", "ru"))
        .containsExactly("Denmark", "France");
  }

  @Test
  void anUrduWordInNoonGhunnaMatchesOnlyANameEndingInIt() {
    // session 29: ویں, the ordinal suffix after a number ("131st"), folds to Persian CLDR's وین
    // (Vienna)
    assertThat(places("شہر میں 25 ویں سالانہ میلہ بدھ کو شروع ہوگا۔", "ur")).isEmpty();
    assertThat(places("ٹیم نے مسلسل 73 ویں بار کامیابی حاصل کی۔", "ur")).isEmpty();
    // Urdu CLDR writes Vienna ویانا: the city stays a place, as Persian وین does in Persian text
    assertThat(places("وزیر خارجہ ویانا پہنچ گئے۔", "ur")).containsExactly("Vienna");
    assertThat(places("وزیر خارجه به وین رفت.", "fa")).containsExactly("Vienna");
  }
}
