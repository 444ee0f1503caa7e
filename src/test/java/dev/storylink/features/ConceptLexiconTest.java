package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.features.ConceptLexicon.Found;
import dev.storylink.text.TextAnalysis;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped concept lexicon on real script in each language, and the file format's rules. */
class ConceptLexiconTest {
  private static final ConceptLexicon LEXICON = ConceptLexicon.shipped();

  private static List<String> ids(String lang, String text) {
    return LEXICON.find(TextAnalysis.analyze(text, lang).tokens(), lang).stream()
        .map(f -> f.concept().id())
        .toList();
  }

  @Test
  void aWordListedUnderTwoConceptsNamesBoth() {
    // English lists marijuana under drugs and marijuana; Persian under marijuana only: they meet
    assertThat(ids("en", "Illinois legalised recreational marijuana"))
        .contains("drugs", "marijuana");
    assertThat(ids("fa", "ایلینوی مصرف تفریحی ماری‌جوانا را قانونی کرد")).contains("marijuana");
  }

  @Test
  void generalNewsWordsMeetAcrossScripts() {
    assertThat(ids("en", "The governor sent his new year greetings"))
        .contains("governor", "greetings");
    assertThat(ids("ar", "بعث حاكم الولاية تهنئة بالعام الجديد")).contains("governor", "greetings");
    assertThat(ids("ru", "Губернатор поздравил жителей")).contains("governor", "greetings");
    assertThat(ids("en", "The magazine pulled its cover")).contains("magazine");
    assertThat(ids("fa", "این مجله جلد خود را کنار گذاشت")).contains("magazine");
    assertThat(ids("en", "The report covers market size and market share"))
        .contains("market_report");
    assertThat(ids("ru", "Отчёт о рынке: объём рынка и доля рынка")).contains("market_report");
    assertThat(ids("en", "Al Ahly won the Egypt Cup in the final"))
        .contains("cup_competition", "final_match");
    assertThat(ids("ar", "توج الأهلي بكأس مصر في المباراة النهائية"))
        .contains("cup_competition", "final_match");
    assertThat(ids("en", "He was arrested on suspicion of drunk driving"))
        .contains("drunk_driving");
    assertThat(ids("tr", "Oyuncu alkollü araç kullanma şüphesiyle gözaltına alındı"))
        .contains("drunk_driving");
  }

  @Test
  void theEarthquakeInEveryLanguage() {
    assertThat(ids("en", "A strong earthquake struck Kerman province")).contains("earthquake");
    assertThat(ids("fa", "زلزله‌ای شدید استان کرمان را لرزاند")).contains("earthquake");
    assertThat(ids("fa", "زمین لرزه استان کرمان را لرزاند")).contains("earthquake");
    assertThat(ids("ar", "ضرب زلزال قوي محافظة كرمان")).contains("earthquake");
    assertThat(ids("ur", "کرمان میں شدید زلزلہ")).contains("earthquake");
    assertThat(ids("tr", "Kerman'da şiddetli deprem")).contains("earthquake");
    assertThat(ids("ru", "Сильное землетрясение произошло в провинции Керман"))
        .contains("earthquake");
    assertThat(ids("de", "Ein schweres Erdbeben erschütterte die Provinz Kerman"))
        .contains("earthquake");
    assertThat(ids("es", "Un fuerte terremoto sacudió la provincia de Kerman"))
        .contains("earthquake");
    assertThat(ids("fr", "Un violent séisme a frappé la province de Kerman"))
        .contains("earthquake");
    assertThat(ids("pl", "Silne trzęsienie ziemi w prowincji Kerman")).contains("earthquake");
    assertThat(ids("it", "Un forte terremoto ha colpito la provincia di Kerman"))
        .contains("earthquake");
    assertThat(ids("pt", "Um forte terremoto atingiu a província de Kerman"))
        .contains("earthquake");
    assertThat(ids("nl", "Een zware aardbeving trof de provincie Kerman")).contains("earthquake");
    assertThat(ids("zh", "克尔曼省发生强烈地震")).contains("earthquake");
  }

  @Test
  void koreanGreekAndHebrewNameTheMostFrequentEventAndPoliticsConcepts() {
    assertThat(ids("ko", "두 대통령은 전화 통화로 다음 정상회의를 논의했다"))
        .contains("president", "phone_call", "summit");
    assertThat(ids("ko", "강한 지진으로 구조대가 출동했다")).contains("earthquake", "rescue");
    assertThat(ids("el", "Οι δύο πρόεδροι συζήτησαν τηλεφωνικά τη συμφωνία"))
        .contains("president", "phone_call", "agreement");
    assertThat(ids("he", "הנשיא שוחח בטלפון על ההסכם"))
        .contains("president", "phone_call", "agreement");
  }

  @Test
  void theRedCrescentAsAPhrase() {
    assertThat(ids("en", "The Red Crescent sent rescue teams")).contains("red_crescent", "rescue");
    assertThat(ids("fa", "هلال احمر تیم‌های امداد را اعزام کرد"))
        .contains("red_crescent", "rescue");
    assertThat(ids("ar", "أرسل الهلال الأحمر فرق الإنقاذ")).contains("red_crescent", "rescue");
  }

  @Test
  void theEventTypeIsTheEventConceptNamedMost() {
    List<Found> found =
        LEXICON.find(
            TextAnalysis.analyze(
                    "Earthquake in Kerman. The quake caused a fire. Rescue teams arrived after the earthquake.",
                    "en")
                .tokens(),
            "en");
    assertThat(ConceptLexicon.eventType(found))
        .map(ConceptLexicon.Concept::id)
        .contains("earthquake");
    assertThat(ConceptLexicon.eventType(List.of())).isEmpty();
  }

  @Test
  void surfacesAndCountsAreKept() {
    Found quake =
        LEXICON
            .find(TextAnalysis.analyze("The earthquake. Another quake.", "en").tokens(), "en")
            .get(0);
    assertThat(quake.count()).isEqualTo(2);
    assertThat(quake.surfaces()).containsExactly("earthquake", "quake");
  }

  @Test
  void aLanguageWithoutWordsFindsNothing() {
    assertThat(ids("xx", "earthquake")).isEmpty();
  }

  @Test
  void everyShippedConceptHasEnglishAndTheArabicScriptLanguages() {
    // loading the shipped file validates it; every concept must be reachable from en, ar and fa
    for (String id : LEXICON.concepts().keySet()) {
      assertThat(id).matches("[a-z0-9_]+");
    }
    assertThat(LEXICON.languages())
        .contains(
            "en", "ar", "fa", "ur", "tr", "ru", "de", "es", "fr", "pl", "it", "pt", "nl", "zh");
  }

  @Test
  void malformedFilesAreRefusedWithTheirLineNumber() {
    assertThatThrownBy(() -> parse("concept\tdomain\tevent\ten\nquake\tdisaster\tevent\n"))
        .hasMessageContaining("test:2")
        .hasMessageContaining("fields");
    assertThatThrownBy(() -> parse("concept\tdomain\tevent\ten\nQuake!\tdisaster\tevent\tquake\n"))
        .hasMessageContaining("test:2")
        .hasMessageContaining("bad concept id");
    assertThatThrownBy(() -> parse("concept\tdomain\tevent\ten\nq\td\t-\tquake\nq\td\t-\tshake\n"))
        .hasMessageContaining("defined twice");
    assertThatThrownBy(() -> parse("lang\ten\n")).hasMessageContaining("header");
    assertThatThrownBy(() -> parse("# only a comment\n")).hasMessageContaining("empty");
  }

  private static ConceptLexicon parse(String text) throws Exception {
    return ConceptLexicon.parse(new BufferedReader(new StringReader(text)), "test");
  }
}
