package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The acts of a lead with the person each applies to ({@link ActObjects}), on reports composed for
 * this test in Arabic, Persian, Urdu, English, Turkish and German: the name right after the act in
 * verbal-noun order, the name before it in object-first languages or after a passive auxiliary or a
 * case marker; a team or a noun is no object.
 */
class ActObjectsTest {
  private static final FeatureExtractor EXTRACTOR =
      FeatureExtractor.forClustering(CorpusStats.background(), new LinguaLanguageIdentifier());

  private static ArticleFeatures extract(String lang, String text) {
    return EXTRACTOR.extract(Article.of("a", lang, text));
  }

  private static Map<String, List<String>> acts(ArticleFeatures f) {
    return f.actObjects().stream().collect(Collectors.toMap(ActObject::act, ActObject::persons));
  }

  /** The name key of the name the article writes as {@code surface}. */
  private static String key(ArticleFeatures f, String surface) {
    return f.names().stream()
        .filter(m -> m.surfaces().stream().anyMatch(s -> s.startsWith(surface)))
        .findFirst()
        .orElseThrow(() -> new AssertionError(surface + " is no name of " + f.names()))
        .key();
  }

  @Test
  void arabicVerbalNounsNameWhoWasFiredAndWhoWasHired() {
    ArticleFeatures hiring =
        extract(
            "ar",
            "النادي يعلن إقالة أوكونكوو وتعيين فالديراما\n"
                + "أعلن النادي أمس إقالة المدرب أوكونكوو بعد موسم واحد، وتعيين فالديراما مدرباً"
                + " جديداً للفريق. وكان أوكونكوو قد تولى المنصب قبل عام، أما فالديراما فهو لاعب"
                + " سابق في الفريق.");
    assertThat(acts(hiring))
        .containsEntry("dismissal", List.of(key(hiring, "أوكونكوو")))
        .containsEntry("hiring", List.of(key(hiring, "فالديراما")));
    ArticleFeatures firing =
        extract(
            "ar",
            "أقيل فالديراما من تدريب الفريق\n"
                + "أقيل فالديراما من منصب المدرب الرئيسي للفريق يوم السبت بعد سلسلة من الهزائم،"
                + " وقال فالديراما إنه يحترم القرار.");
    assertThat(acts(firing)).containsEntry("dismissal", List.of(key(firing, "فالديراما")));
  }

  @Test
  void persianVerbalNounsAndTheObjectBeforeItsVerb() {
    ArticleFeatures f =
        extract(
            "fa",
            "برکناری اوکونکوو و انتصاب والدراما\n"
                + "باشگاه روز شنبه خبر برکناری اوکونکوو و انتصاب والدراما را اعلام کرد. اوکونکوو"
                + " دو سال سرمربی تیم بود و والدراما بازیکن سابق تیم است.");
    assertThat(acts(f))
        .containsEntry("dismissal", List.of(key(f, "اوکونکوو")))
        .containsEntry("hiring", List.of(key(f, "والدراما")));
    ArticleFeatures arrest =
        extract(
            "fa",
            "پلیس والدراما را دستگیر کرد\n"
                + "پلیس روز یکشنبه والدراما را دستگیر کرد. والدراما به رانندگی در حال مستی متهم"
                + " است.");
    assertThat(acts(arrest)).containsEntry("arrest", List.of(key(arrest, "والدراما")));
  }

  @Test
  void urduObjectBeforeItsVerb() {
    ArticleFeatures f =
        extract(
            "ur",
            "پولیس نے والدراما کو گرفتار کر لیا\n"
                + "پولیس نے اتوار کو والدراما کو گرفتار کر لیا۔ والدراما پر نشے میں گاڑی چلانے کا"
                + " الزام ہے۔");
    assertThat(acts(f)).containsEntry("arrest", List.of(key(f, "والدراما")));
  }

  @Test
  void englishObjectsAfterTheActPassivesAndPossessives() {
    ArticleFeatures hiring =
        extract(
            "en",
            "Rovers Fire Coach Daniel Okonkwo, Hire Carlos Valderrama\n"
                + "The Rovers fired head coach Daniel Okonkwo on Monday after one season and hired"
                + " Carlos Valderrama, a former player of the team.");
    assertThat(acts(hiring))
        .containsEntry("dismissal", List.of("okonkwo"))
        .containsEntry("hiring", List.of("valderrama"));
    ArticleFeatures passive =
        extract(
            "en",
            "Rovers coach out after losing streak\n"
                + "Rovers coach Carlos Valderrama was fired on Saturday after nine losses in a row.");
    assertThat(acts(passive)).containsEntry("dismissal", List.of("valderrama"));
    ArticleFeatures possessive =
        extract(
            "en",
            "Valderrama's dismissal ends a short era\n"
                + "Coach Carlos Valderrama's dismissal was announced by the Rovers on Saturday.");
    assertThat(acts(possessive)).containsEntry("dismissal", List.of("valderrama"));
  }

  @Test
  void aTeamOrANounIsNoObject() {
    ArticleFeatures f =
        extract(
            "en",
            "Rovers fire coach after losing streak\n"
                + "The Rovers fired their coach on Sunday, and the Rovers will name a successor"
                + " next week.");
    assertThat(f.leadConcepts()).contains("dismissal");
    assertThat(f.actObjects()).isEmpty();
    // a lead that names no act has no objects at all
    ArticleFeatures none =
        extract("en", "Rovers win again\nCarlos Valderrama scored twice for the Rovers on Sunday.");
    assertThat(none.actObjects()).isEmpty();
  }

  @Test
  void turkishAndGermanObjectsBeforeTheVerb() {
    ArticleFeatures tr =
        extract(
            "tr",
            "Kulüp teknik direktörü görevden aldı\n"
                + "Kulüp, teknik direktör Daniel Okonkwo'yu görevden aldı. Okonkwo iki yıldır"
                + " takımın başındaydı.");
    assertThat(acts(tr)).containsEntry("dismissal", List.of("okonkwo"));
    ArticleFeatures de =
        extract(
            "de",
            "Verein trennt sich vom Trainer\n"
                + "Der Verein hat Trainer Daniel Okonkwo entlassen, teilte ein Sprecher am Samstag"
                + " mit.");
    assertThat(acts(de)).containsEntry("dismissal", List.of("okonkwo"));
  }
}
