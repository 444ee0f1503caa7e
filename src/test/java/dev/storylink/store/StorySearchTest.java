package dev.storylink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.store.ArticleStore.SearchHit;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StorySearchTest {
  private static final StoreSchema SCHEMA = new StoreSchema(false, false, k -> false);

  private static void article(
      InMemoryIndex index, String id, String event, List<String> tokens, List<String> names) {
    index.add(
        id,
        SCHEMA.article(
            Records.article(id, "xx", 1, event, null), tokens, Set.copyOf(tokens), names));
  }

  @Test
  void oneHitPerStoryBestFirstAcrossScripts() throws Exception {
    try (InMemoryIndex index = new InMemoryIndex()) {
      article(index, "ru1", "e1", List.of("путин", "идлиб"), List.of("Путин"));
      article(index, "en1", "e2", List.of("putin", "idlib", "putin"), List.of("Putin"));
      article(index, "en2", "e2", List.of("putin"), List.of("Putin"));
      article(index, "fa1", "e3", List.of("برف", "تبریز"), List.of("تبریز"));
      article(index, "lost", "e9", List.of("putin"), List.of()); // its event is gone: no story
      index.add("e1", SCHEMA.event(Records.event("e1", "s1", "ru", 1, true, "ru1")));
      index.add("e2", SCHEMA.event(Records.event("e2", "s1", "en", 1, true, "en1", "en2")));
      index.add("e3", SCHEMA.event(Records.event("e3", "s2", "fa", 1, true, "fa1")));
      index.commit(Map.of());
      StorySearch search = new StorySearch(index);

      List<SearchHit> hits = search.search("Putin Idlib", 10);
      assertThat(hits).extracting(SearchHit::storyId).containsExactly("s1");
      assertThat(hits.get(0).articleId()).isEqualTo("en1");
      // a Russian name in Latin letters finds the Russian article by its skeleton
      assertThat(search.search("Putin", 10)).extracting(SearchHit::storyId).containsExactly("s1");
      assertThat(search.search("Путин", 10)).extracting(SearchHit::storyId).containsExactly("s1");
      assertThat(search.search("تبریز", 10)).extracting(SearchHit::storyId).containsExactly("s2");
      assertThat(search.search("Putin Tabriz", 1)).hasSize(1);
      assertThat(search.search("", 10)).isEmpty();
      assertThat(StorySearch.words("  ")).isEmpty();
    }
  }

  @Test
  void anArabicQueryWithTheDefiniteArticleFindsTheStrippedIndexTerm() throws Exception {
    try (InMemoryIndex index = new InMemoryIndex()) {
      // Arabic articles are indexed with the definite article stripped: كرملين, not الكرملين
      article(index, "ar1", "e1", List.of("كرملين"), List.of());
      index.add("e1", SCHEMA.event(Records.event("e1", "s1", "ar", 1, true, "ar1")));
      index.commit(Map.of());
      assertThat(new StorySearch(index).search("الكرملين", 10))
          .extracting(SearchHit::storyId)
          .containsExactly("s1");
    }
  }

  /** A Persian article whose indexed terms are those of {@code text}, as ingest indexes them. */
  private static void persian(InMemoryIndex index, String id, String text) {
    analysed(index, id, "fa", text, false);
  }

  /**
   * An article in {@code lang}, alone in the story {@code id}, whose indexed terms are those of
   * {@code text}, as ingest indexes them; {@code allNames}: every term is one of its names, else it
   * has none.
   */
  private static void analysed(
      InMemoryIndex index, String id, String lang, String text, boolean allNames) {
    Article a = new Article(id, lang, "", text, Optional.empty(), "", "");
    List<String> tokens =
        TextAnalysis.analyze(a.fullText(), lang).tokens().stream().map(Token::term).toList();
    index.add(
        id,
        SCHEMA.article(
            new StoredArticle(a, 1, "e" + id, Optional.empty()),
            tokens,
            Set.copyOf(tokens),
            allNames ? tokens : List.of()));
    story(index, id, lang, id);
  }

  @Test
  void aPersianAffixJoinedBehindAZwnjOrBehindASpaceFindsTheOtherTwo() throws Exception {
    try (InMemoryIndex index = new InMemoryIndex()) {
      persian(index, "zwnj", "شمار کشته\u200Cها بالا رفت. او نمی\u200Cداند.");
      persian(index, "space", "شمار کشته ها بالا رفت. او نمی داند.");
      persian(index, "joined", "شمار کشتهها بالا رفت. او نمیداند.");
      persian(index, "other", "باران در تهران بارید. زلزله\u200Cای کوچک آمد.");
      index.commit(Map.of());
      StorySearch search = new StorySearch(index);
      for (String q : List.of("کشته\u200Cها", "کشته ها", "کشتهها", "نمی\u200Cداند", "نمی داند")) {
        assertThat(search.search(q, 10))
            .as(q)
            .extracting(SearchHit::storyId)
            .containsExactlyInAnyOrder("zwnj", "space", "joined");
      }
      // joined, a prefix is not split off: میدان (a square) is no می + دان
      assertThat(search.search("نمیداند", 10))
          .extracting(SearchHit::storyId)
          .containsExactlyInAnyOrder("zwnj", "joined");
      // the words matched are shown as each article wrote them, not folded
      Map<String, List<String>> matched = new java.util.HashMap<>();
      search.search("کشتهها", 10).forEach(h -> matched.put(h.storyId(), h.matched()));
      assertThat(matched)
          .containsEntry("zwnj", List.of("کشته\u200Cها"))
          .containsEntry("space", List.of("کشته"))
          .containsEntry("joined", List.of("کشتهها"));
      assertThat(search.search("زلزلهاي", 10))
          .singleElement()
          .extracting(SearchHit::matched)
          .isEqualTo(List.of("زلزله\u200Cای"));
      assertThat(StorySearch.words("میلیون میدان برای")).allMatch(w -> w.core().isEmpty());
      assertThat(StorySearch.words("اینها")).allMatch(w -> w.core().isEmpty());
      assertThat(StorySearch.words("بزرگترین")).noneMatch(w -> w.core().isEmpty());
    }
  }

  private static void story(InMemoryIndex index, String story, String lang, String... articles) {
    String event = "e" + story;
    index.add(event, SCHEMA.event(Records.event(event, story, lang, 1, true, articles)));
  }

  /**
   * Putin in four scripts and French, and four look-alikes that share his skeleton btn: a French
   * surname written lower-case in a common use (bottin, the phone book), the Turkish word bütün
   * (all), a flower (Petunya) and the Arabic بتعاون (in cooperation).
   */
  private static InMemoryIndex putinAndLookAlikes() {
    InMemoryIndex index = new InMemoryIndex();
    article(index, "en", "es1", List.of("putin", "met", "erdogan", "putin"), List.of("putin"));
    article(index, "ru", "es2", List.of("путин", "встретился"), List.of("путин"));
    article(index, "ar", "es3", List.of("بوتين", "اردوغان"), List.of("بوتين"));
    article(index, "fr", "es4", List.of("poutine", "a", "rencontre"), List.of("poutine"));
    article(index, "fr2", "es5", List.of("bottin", "annuaire"), List.of("bottin"));
    for (int i = 0; i < 5; i++) { // bottin, the phone book, is a common French word
      article(index, "fr3" + i, "es5", List.of("bottin", "numero" + i), List.of());
    }
    article(index, "tr", "es6", List.of("butun", "dunya"), List.of("butun"));
    for (int i = 0; i < 5; i++) { // bütün is a common Turkish word: many articles use it
      article(index, "tr" + i, "es6", List.of("butun", "haber" + i), List.of());
    }
    article(index, "tr2x", "es7", List.of("petunya", "cicek"), List.of("petunya"));
    article(index, "ar2", "es8", List.of("بتعاون", "مع"), List.of("بتعاون"));
    story(index, "s1", "en", "en");
    story(index, "s2", "ru", "ru");
    story(index, "s3", "ar", "ar");
    story(index, "s4", "fr", "fr");
    story(index, "s5", "fr", "fr2", "fr30", "fr31", "fr32", "fr33", "fr34");
    story(index, "s6", "tr", "tr", "tr0", "tr1", "tr2", "tr3", "tr4");
    story(index, "s7", "tr", "tr2x");
    story(index, "s8", "ar", "ar2");
    index.commit(Map.of());
    return index;
  }

  @Test
  void aNameFindsItsSpellingsInEveryScriptAndNoLookAlike() throws Exception {
    try (InMemoryIndex index = putinAndLookAlikes()) {
      StorySearch search = new StorySearch(index);
      for (String q : List.of("Putin", "Путин", "بوتين", "پوتین", "Poutine")) {
        assertThat(search.search(q, 10))
            .as(q)
            .extracting(SearchHit::storyId)
            .containsExactlyInAnyOrder("s1", "s2", "s3", "s4");
      }
      // each hit says why: the word as written, or as which spelling
      List<SearchHit> hits = search.search("Путин", 10);
      assertThat(hits)
          .filteredOn(h -> h.storyId().equals("s3"))
          .singleElement()
          .extracting(SearchHit::matched)
          .isEqualTo(List.of("Путин ≈ بوتين"));
      assertThat(hits)
          .filteredOn(h -> h.storyId().equals("s2"))
          .singleElement()
          .extracting(SearchHit::matched)
          .isEqualTo(List.of("путин"));
      // the look-alikes are still found as written
      assertThat(search.search("bütün", 10)).extracting(SearchHit::storyId).containsExactly("s6");
      assertThat(search.search("Bottin", 10)).extracting(SearchHit::storyId).containsExactly("s5");
      assertThat(search.search("بتعاون", 10)).extracting(SearchHit::storyId).containsExactly("s8");
    }
  }

  @Test
  void aMatchInAnotherSpellingShowsTheQueryWordAsTyped() throws Exception {
    // session 18 showed the folded term: таиип ≈ Tayyip
    try (InMemoryIndex index = new InMemoryIndex()) {
      analysed(index, "s1", "tr", "Recep Tayyip Erdoğan Van'a gitti.", true);
      analysed(index, "s2", "fa", "رجب طیب اردوغان به وان رفت.", true);
      index.commit(Map.of());
      StorySearch search = new StorySearch(index);
      List<SearchHit> hits = search.search("Тайип", 10);
      assertThat(hits).extracting(SearchHit::storyId).containsExactlyInAnyOrder("s1", "s2");
      assertThat(hits)
          .flatExtracting(SearchHit::matched)
          .containsExactlyInAnyOrder("Тайип ≈ Tayyip", "Тайип ≈ طیب");
      // a second spelling of the same query reuses the plan but shows its own writing
      assertThat(search.search("ТАЙИП", 10))
          .flatExtracting(SearchHit::matched)
          .contains("ТАЙИП ≈ Tayyip");
      // a Persian suffix written apart shows as typed, with its space
      assertThat(StorySearch.words("کشته ها"))
          .extracting(QueryWords.Word::written)
          .containsExactly("کشته ها");
    }
  }

  @Test
  void scoresDifferAcrossScriptsAndTheOftenNamedComeFirst() throws Exception {
    try (InMemoryIndex index = putinAndLookAlikes()) {
      List<SearchHit> hits = new StorySearch(index).search("بوتين", 10);
      // the English article names him twice in four words: first, not in story order
      assertThat(hits.get(0).storyId()).isEqualTo("s1");
      assertThat(hits.stream().map(SearchHit::score).distinct().count()).isGreaterThan(1);
    }
  }

  @Test
  void aCommonWordIsNeverLookedUpByItsSkeleton() throws Exception {
    try (InMemoryIndex index = putinAndLookAlikes()) {
      // bütün is used in six articles and a name in one: it finds no Putin
      assertThat(new StorySearch(index).search("Bütün", 10))
          .extracting(SearchHit::storyId)
          .containsExactly("s6");
    }
  }

  @Test
  void aPlanIsReusedOnLaterReadersForAMinuteThenMadeAfresh() throws Exception {
    try (InMemoryIndex index = new InMemoryIndex()) {
      long[] now = {0};
      StorySearch search = new StorySearch(index, () -> now[0]);
      article(index, "en1", "es1", List.of("putin", "idlib"), List.of("Putin"));
      story(index, "s1", "en", "en1");
      index.commit(Map.of());
      assertThat(search.search("Putin", 10)).extracting(SearchHit::storyId).containsExactly("s1");

      // a commit brings a Russian spelling; the plan made a moment ago still holds the query's
      // terms: the English spelling is found on the new reader, the Russian one not yet
      article(index, "ru1", "es2", List.of("путин"), List.of("Путин"));
      story(index, "s2", "ru", "ru1");
      article(index, "en2", "es3", List.of("putin"), List.of("Putin"));
      story(index, "s3", "en", "en2");
      index.commit(Map.of());
      now[0] += 30_000_000_000L; // 30 s later
      assertThat(search.search("Putin", 10))
          .extracting(SearchHit::storyId)
          .containsExactlyInAnyOrder("s1", "s3");

      now[0] += 31_000_000_000L; // past a minute: planned again on the current reader
      assertThat(search.search("Putin", 10))
          .extracting(SearchHit::storyId)
          .containsExactlyInAnyOrder("s1", "s2", "s3");
    }
  }
}
