package dev.storylink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.features.Mention;
import dev.storylink.features.Places;
import dev.storylink.store.ArticleStore.SearchHit;
import dev.storylink.text.AnalyzedText;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A place is searched in every script ({@link PlaceForms}): an article indexes the places its link
 * features find, a query word that names a place finds them, and a hit says so.
 */
class PlaceSearchTest {
  private static final StoreSchema SCHEMA = new StoreSchema(false, false, k -> false);

  /**
   * An article in {@code lang}, alone in the story {@code id}, indexed as ingest indexes it: its
   * text's terms, and the places {@code features.Places} finds in it.
   */
  private static void article(InMemoryIndex index, String id, String lang, String text) {
    Article a = new Article(id, lang, "", text, Optional.empty(), "", "");
    AnalyzedText analysed = TextAnalysis.analyze(a.fullText(), lang);
    List<Token> tokens = analysed.tokens();
    Map<String, List<String>> surfaces = new LinkedHashMap<>();
    for (Places.Match m : Places.get().find(tokens, a.fullText(), lang)) {
      surfaces.computeIfAbsent(m.place().id(), k -> new ArrayList<>()).add(m.surface());
    }
    List<Mention> places = new ArrayList<>();
    surfaces.forEach(
        (place, s) ->
            places.add(
                new Mention(
                    Mention.Kind.PLACE, place, place, List.copyOf(Set.copyOf(s)), 1, 1, "")));
    List<String> terms = tokens.stream().map(Token::term).toList();
    index.add(
        id,
        SCHEMA.article(
            new StoredArticle(a, 1, "e" + id, Optional.empty()),
            terms,
            Set.copyOf(terms),
            List.of(),
            places,
            RepeatKeys.of(a)));
    index.add("e" + id, SCHEMA.event(Records.event("e" + id, id, lang, 1, true, id)));
  }

  private static InMemoryIndex baghdad() {
    InMemoryIndex index = new InMemoryIndex();
    article(index, "es", "es", "Un coche bomba estalló en Bagdad el martes y dejó cinco heridos.");
    article(index, "ru", "ru", "Во вторник в Багдаде взорвался заминированный автомобиль.");
    article(index, "fa", "fa", "انفجار یک خودروی بمب‌گذاری‌شده در بغداد پنج زخمی برجا گذاشت.");
    article(index, "tr", "tr", "Bağdat'ta salı günü bomba yüklü bir araç patladı.");
    article(index, "nyc", "es", "La nieve cerró las escuelas de Nueva York el lunes.");
    article(index, "madrid", "es", "Llovió en Madrid durante todo el domingo.");
    index.commit(Map.of());
    return index;
  }

  /** Each hit's story and what it matched. */
  private static Map<String, List<String>> matched(StorySearch search, String query) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (SearchHit h : search.search(query, 10)) {
      out.put(h.storyId(), h.matched());
    }
    return out;
  }

  @Test
  void anArticleIndexesThePlacesItNamesAsItWritesThem() {
    List<String> keys =
        PlaceForms.indexKeys(
            "es",
            List.of(
                new Mention(
                    Mention.Kind.PLACE, "Asia/Baghdad", "Baghdad", List.of("Bagdad"), 1, 1, ""),
                new Mention(
                    Mention.Kind.PLACE,
                    "America/New_York",
                    "New York",
                    List.of("Nueva York"),
                    1,
                    1,
                    "")));
    assertThat(keys)
        .containsExactly("Asia/Baghdad\u001fbagdad", "America/New_York\u001fnueva york");
  }

  @Test
  void aQueryWordNamesAPlaceInAnyLanguageButNotAnOrdinaryWord() {
    for (String w : List.of("بغداد", "Bagdad", "BAGHDAD", "Багдад", "Bağdat'ta", "Bağdat’ta")) {
      assertThat(PlaceForms.placeOf(StorySearch.words(w).get(0).forms()))
          .as(w)
          .contains("Asia/Baghdad");
    }
    // Persian دوشنبه is Monday, though CLDR writes Dushanbe so; a plain word names no place
    assertThat(PlaceForms.placeOf(List.of("دوشنبه"))).isEmpty();
    assertThat(PlaceForms.placeOf(List.of("coche"))).isEmpty();
  }

  @Test
  void aPlaceFindsTheArticlesThatNameItInEveryScriptAndSaysHow() throws Exception {
    try (InMemoryIndex index = baghdad()) {
      StorySearch search = new StorySearch(index);
      Map<String, List<String>> hits = matched(search, "بغداد");
      assertThat(hits.keySet()).containsExactlyInAnyOrder("es", "ru", "fa", "tr");
      assertThat(hits)
          .containsEntry("fa", List.of("بغداد"))
          .containsEntry("es", List.of("بغداد ≈ Bagdad"))
          .containsEntry("ru", List.of("بغداد ≈ Багдаде"))
          .containsEntry("tr", List.of("بغداد ≈ Bağdat'ta"));
      assertThat(matched(search, "Bagdad"))
          .containsEntry("es", List.of("Bagdad"))
          .containsEntry("fa", List.of("Bagdad ≈ بغداد"))
          .containsKeys("ru", "tr");
      // a place written in several words is found by its key
      assertThat(matched(search, "نيويورك"))
          .containsExactly(Map.entry("nyc", List.of("نيويورك ≈ Nueva York")));
      assertThat(matched(search, "Madrid")).containsOnlyKeys("madrid");
    }
  }

  @Test
  void americaInPersianAndArabicIsTheUnitedStatesInSearch() throws Exception {
    for (String w : List.of("آمریکا", "امریکا", "أمريكا", "أميركا")) {
      assertThat(PlaceForms.placeOf(StorySearch.words(w).get(0).forms())).as(w).contains("US");
    }
    try (InMemoryIndex index = new InMemoryIndex()) {
      article(index, "us", "en", "Talks with the United States began on Monday.");
      article(index, "ar", "ar", "بدأت المحادثات مع الولايات المتحدة يوم الاثنين.");
      article(index, "madrid", "es", "Llovió en Madrid durante todo el domingo.");
      index.commit(Map.of());
      StorySearch search = new StorySearch(index);
      assertThat(matched(search, "آمریکا").keySet()).containsExactlyInAnyOrder("us", "ar");
      assertThat(matched(search, "أمريكا").keySet()).containsExactlyInAnyOrder("us", "ar");
    }
  }
}
