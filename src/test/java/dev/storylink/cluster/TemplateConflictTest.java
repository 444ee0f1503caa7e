package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templated items of different councils ({@link TemplateConflict}, {@code template_conflict}): the
 * same sentences with another city, another budget item and other figures are other votes, not
 * reports of one event (docs/quality.md, user run of session 23: 200 such items of ten cities were
 * one event). Composed in English, Persian and Arabic.
 */
class TemplateConflictTest {
  @TempDir Path tmp;

  private static final String[][] CITIES = {
    {"Lyon", "لیون", "ليون"},
    {"Porto", "پورتو", "بورتو"},
    {"Gdansk", "گدانسک", "غدانسك"},
    {"Vienna", "وین", "فيينا"},
  };

  /** Item {@code item} of city {@code c}'s budget in language {@code lang} (0 en, 1 fa, 2 ar). */
  private static Article item(int c, int item, int lang) {
    String city = CITIES[c][lang];
    int n = 3 + 7 * item + c;
    int worth = 120 + 37 * (4 * item + c);
    int yes = 21 + item + 2 * c;
    int no = 2 + c + 3 * item;
    String id = List.of("en", "fa", "ar").get(lang) + "_" + c + "_" + item;
    return switch (lang) {
      case 0 ->
          Article.of(
              id,
              "en",
              "Council of "
                  + city
                  + " approves budget item "
                  + n
                  + "\nThe city council of "
                  + city
                  + " approved item number "
                  + n
                  + " of its budget on Monday, worth "
                  + worth
                  + " thousand euros. The item covers road repairs and school maintenance."
                  + " Councillors voted "
                  + yes
                  + " to "
                  + no
                  + " after a short debate, the mayor's office said.");
      case 1 ->
          Article.of(
              id,
              "fa",
              "شورای شهر "
                  + city
                  + " ردیف "
                  + n
                  + " بودجه را تصویب کرد\nشورای شهر "
                  + city
                  + " روز دوشنبه ردیف شماره "
                  + n
                  + " بودجه خود را به ارزش "
                  + worth
                  + " هزار یورو تصویب کرد. این ردیف هزینه تعمیر جاده‌ها و نگهداری مدارس را"
                  + " پوشش می‌دهد. به گفته دفتر شهردار، اعضای شورا پس از بحثی کوتاه با "
                  + yes
                  + " رأی موافق و "
                  + no
                  + " رأی مخالف به آن رأی دادند.");
      default ->
          Article.of(
              id,
              "ar",
              "مجلس مدينة "
                  + city
                  + " يقر البند "
                  + n
                  + " من الميزانية\nأقر مجلس مدينة "
                  + city
                  + " يوم الاثنين البند رقم "
                  + n
                  + " من ميزانيته بقيمة "
                  + worth
                  + " ألف يورو. ويغطي البند إصلاح الطرق وصيانة المدارس. وصوت أعضاء المجلس"
                  + " بأغلبية "
                  + yes
                  + " مقابل "
                  + no
                  + " بعد نقاش قصير، بحسب مكتب رئيس البلدية.");
    };
  }

  /** Three items of each city's budget in each language, the cities interleaved. */
  static List<Article> councils() {
    List<Article> out = new ArrayList<>();
    for (int lang = 0; lang < 3; lang++) {
      for (int item = 0; item < 3; item++) {
        for (int c = 0; c < CITIES.length; c++) {
          out.add(item(c, item, lang));
        }
      }
    }
    return out;
  }

  private Map<String, String> eventOf(List<Article> articles, AssignmentModel model)
      throws IOException {
    return ClusterFixtures.eventOf(tmp.resolve("d" + System.nanoTime()), articles, model);
  }

  /** The cities (the digit after the language) of each event's articles. */
  private static Map<String, Set<Character>> citiesByEvent(Map<String, String> events) {
    Map<String, Set<Character>> out = new HashMap<>();
    events.forEach((id, ev) -> out.computeIfAbsent(ev, k -> new HashSet<>()).add(id.charAt(3)));
    return out;
  }

  /** The shipped decision without the template's weight. */
  private static AssignmentModel blind() {
    double[] w = AssignmentModel.shipped().weights();
    w[EventFeatures.NAMES.indexOf("template_conflict")] = 0;
    return AssignmentModel.shipped().withWeights(w);
  }

  @Test
  void otherCitiesAreInConflictAndTheSameCityIsNot() {
    FeatureExtractor x =
        FeatureExtractor.forClustering(CorpusStats.background(), new LinguaLanguageIdentifier());
    for (int lang = 0; lang < 3; lang++) {
      ArticleFeatures lyon = x.extract(item(0, 0, lang));
      ArticleFeatures lyonLater = x.extract(item(0, 1, lang));
      ArticleFeatures porto = x.extract(item(1, 0, lang));
      ArticleFeatures vienna = x.extract(item(3, 1, lang));
      assertThat(TemplateConflict.of(lyon, List.of(porto))).as("lang %d", lang).isEqualTo(1);
      assertThat(TemplateConflict.of(lyon, List.of(porto, vienna))).isEqualTo(1);
      // one representative of the same council keeps the event open
      assertThat(TemplateConflict.of(lyon, List.of(porto, lyonLater))).isZero();
      assertThat(TemplateConflict.between(List.of(lyon), List.of(porto, vienna))).isTrue();
      assertThat(TemplateConflict.between(List.of(lyon), List.of(lyonLater))).isFalse();
    }
  }

  @Test
  void itemsOfDifferentCouncilsAreNoOneEvent() throws IOException {
    Map<String, String> events = eventOf(councils(), AssignmentModel.shipped());
    assertThat(citiesByEvent(events).values()).allSatisfy(c -> assertThat(c).hasSize(1));
    // each council's items in one language are one event
    assertThat(events.get("fa_2_2")).isEqualTo(events.get("fa_2_0"));
    assertThat(events.get("ar_1_2")).isEqualTo(events.get("ar_1_1"));
    // without the template's weight the councils of a language run together
    Map<String, Set<Character>> blind = citiesByEvent(eventOf(councils(), blind()));
    assertThat(blind.values()).anySatisfy(c -> assertThat(c).hasSizeGreaterThan(1));
  }
}
