package dev.storylink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.store.ArticleStore.SearchHit;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plurals indexed behind their singulars, found by a singular query; old stores keep theirs. */
class PluralFormsTest {
  private static final StoreSchema FORMAT_3 = new StoreSchema(false, true, false, k -> false);
  private static final StoreSchema FORMAT_2 = new StoreSchema(false, false, false, k -> false);

  @TempDir Path tmp;

  /** The analysed terms of {@code text} in {@code lang}, as ingest indexes them. */
  private static List<String> terms(String lang, String text) {
    return TextAnalysis.analyze(text, lang).tokens().stream().map(Token::term).toList();
  }

  /** The singulars of the one word {@code written}. */
  private static List<String> singulars(String lang, String written) {
    List<String> t = terms(lang, written);
    assertThat(t).as(written).hasSize(1);
    return PluralForms.singulars(lang, t.get(0));
  }

  private static String one(String lang, String written) {
    return terms(lang, written).get(0);
  }

  @Test
  void persianArabicAndUrduPluralsHaveTheirSingularsAndNothingElseIsCut() {
    assertThat(singulars("fa", "طرف\u200Cها")).containsExactly(one("fa", "طرف"));
    assertThat(singulars("fa", "طرفها")).containsExactly(one("fa", "طرف"));
    assertThat(singulars("fa", "کتاب\u200Cهای")).containsExactly(one("fa", "کتاب"));
    assertThat(singulars("fa", "نیروهایی")).containsExactly(one("fa", "نیرو"));
    assertThat(singulars("fa", "حملات")).containsExactly(one("fa", "حمل"), one("fa", "حمله"));
    assertThat(singulars("ar", "المسلمين")).containsExactly(one("ar", "مسلم"));
    assertThat(singulars("ar", "المعلمون")).containsExactly(one("ar", "معلم"));
    assertThat(singulars("ar", "الحكومات")).containsExactly(one("ar", "حكوم"), one("ar", "حكومة"));
    assertThat(singulars("ar", "الانتخابات")).contains(one("ar", "انتخاب"));
    assertThat(singulars("ur", "لوگوں")).containsExactly(one("ur", "لوگ"));
    assertThat(singulars("ur", "کتابیں")).containsExactly(one("ur", "کتاب"));
    // too short, a stop word, an Arabic ten, -ان, another language: nothing
    for (String w : List.of("تنها", "ایران", "آنها")) {
      assertThat(singulars("fa", w)).as(w).isEmpty();
    }
    for (String w : List.of("ثلاثين", "عشرون", "تسعين", "اردوغان", "سنين", "كانون")) {
      assertThat(singulars("ar", w)).as(w).isEmpty();
    }
    for (String w : List.of("میں", "نہیں", "ہیں")) {
      assertThat(singulars("ur", w)).as(w).isEmpty();
    }
    assertThat(singulars("en", "books")).isEmpty();
    assertThat(PluralForms.singulars("ps", one("fa", "طرفها"))).isEmpty();
  }

  @Test
  void anArticlesNamesAreNeverCut() {
    List<String> tokens = terms("ar", "التقى بوتين وياسين المسلمين");
    List<String> keys = PluralForms.keys("ar", tokens, List.of("بوتين", "ياسين"));
    assertThat(keys).containsExactly(one("ar", "مسلم") + StoreSchema.FORM_SEPARATOR + "مسلمين");
    // the same words as no name of the article would be cut (which is why names are checked)
    assertThat(PluralForms.keys("ar", tokens, List.of())).hasSize(3);
    // a Persian plural is cut even when the article's loose name rule took it for a name
    List<String> fa = terms("fa", "گفتگوی طرف‌ها");
    assertThat(PluralForms.keys("fa", fa, List.of("طرفها"))).hasSize(1);
  }

  /** The singulars {@code text}'s keys give, every term of it taken for a name (all rare). */
  private static List<String> singularsOfRareWords(String lang, String text) {
    List<String> tokens = terms(lang, text);
    return PluralForms.keys(lang, tokens, tokens, text).stream()
        .map(k -> k.substring(0, k.indexOf(StoreSchema.FORM_SEPARATOR)))
        .toList();
  }

  @Test
  void aRarePluralIsCutWhenItsOwnTextShowsItIsOne() {
    // session 18: every rare Arabic-script word was a name, so these plurals were never cut
    assertThat(singularsOfRareWords("ar", "عمل المسعفين طوال الليل في المستوطنات"))
        .containsExactlyInAnyOrder(one("ar", "مسعف"), one("ar", "مستوطن"), one("ar", "مستوطنة"));
    assertThat(singularsOfRareWords("ar", "آلاف الناخبين واللاجئين الفلسطينيين"))
        .containsExactlyInAnyOrder(one("ar", "ناخب"), one("ar", "لاجئ"), one("ar", "فلسطيني"));
    // a name takes no definite article; one that does keeps its -ين unless its stem is a plural's
    assertThat(singularsOfRareWords("ar", "قال بوتين في الكرملين إن ياسين وماكرون")).isEmpty();
    // the same words with no article in the text: no evidence, no cut
    assertThat(singularsOfRareWords("ar", "مسعفين مستوطنات")).isEmpty();
    // Urdu: a final ں writes the plural endings -وں and -یں
    assertThat(singularsOfRareWords("ur", "ہسپتالوں میں مریضوں کی تعداد"))
        .containsExactlyInAnyOrder(one("ur", "ہسپتال"), one("ur", "مریض"));
    assertThat(singularsOfRareWords("ur", "عمران یاسین نے کہا")).isEmpty();
  }

  @Test
  void anUrduOrPersianPluralInAtOnAVerbalNounStemIsCut() {
    // session 22: Urdu writes no article and -ات no ں; the stem's shape is the evidence
    assertThat(singularsOfRareWords("ur", "امتحانات کے نتائج اور مذاکرات ملتوی"))
        .contains(one("ur", "امتحان"), one("ur", "مذاکره"));
    assertThat(singularsOfRareWords("fa", "انتخابات و تحقیقات ادامه دارد"))
        .contains(one("fa", "انتخاب"), one("fa", "تحقیق"));
    // a name in -ات has a stem of three letters: Arafat and Sadat stay whole
    assertThat(singularsOfRareWords("ur", "یاسر عرفات اور انور سادات")).isEmpty();
  }

  private static void add(
      InMemoryIndex index, StoreSchema schema, String id, String lang, String text) {
    Article a = new Article(id, lang, "", text, Optional.empty(), "", "");
    List<String> tokens = terms(lang, a.fullText());
    List<String> names = new ArrayList<>();
    if (text.contains("بوتين")) {
      names.add("بوتين");
    }
    index.add(
        id,
        schema.article(
            new StoredArticle(a, 1, "e" + id, Optional.empty()),
            tokens,
            Set.copyOf(tokens),
            names));
    String event = "e" + id;
    index.add(event, schema.event(Records.event(event, id, lang, 1, true, id)));
  }

  private static InMemoryIndex store(StoreSchema schema) {
    InMemoryIndex index = new InMemoryIndex();
    add(index, schema, "fa-zwnj", "fa", "گفتگو میان طرف\u200Cها ادامه دارد.");
    add(index, schema, "fa-joined", "fa", "گفتگو میان طرفهای درگیر ادامه دارد.");
    add(index, schema, "ar-gov", "ar", "اجتمعت الحكومات العربية في القاهرة.");
    add(index, schema, "ar-muslims", "ar", "تظاهر المسلمين في باريس.");
    add(index, schema, "ar-putin", "ar", "التقى بوتين بالرئيس في موسكو.");
    add(index, schema, "ar-thirty", "ar", "قتل ثلاثين شخصا في الهجوم.");
    add(index, schema, "ur-people", "ur", "لوگوں نے احتجاج کیا۔");
    index.commit(schema.commitData(Map.of()));
    return index;
  }

  private static List<String> found(StorySearch search, String query) {
    return search.search(query, 10).stream().map(SearchHit::storyId).toList();
  }

  @Test
  void aSingularQueryFindsTheArticlesThatWriteOnlyItsPlural() throws Exception {
    try (InMemoryIndex index = store(FORMAT_3)) {
      StorySearch search = new StorySearch(index, true);
      assertThat(found(search, "طرف")).containsExactlyInAnyOrder("fa-zwnj", "fa-joined");
      assertThat(found(search, "طرف‌ها"))
          .as("a plural query finds the other plural through its core")
          .containsExactlyInAnyOrder("fa-zwnj", "fa-joined");
      assertThat(found(search, "حكومة")).containsExactly("ar-gov");
      assertThat(found(search, "الحكومة")).containsExactly("ar-gov");
      assertThat(found(search, "مسلم")).containsExactly("ar-muslims");
      assertThat(found(search, "لوگ")).containsExactly("ur-people");
      assertThat(found(search, "بوت")).as("a name is never cut").isEmpty();
      assertThat(found(search, "ثلاث")).as("three does not find thirty").isEmpty();
      // the hit says which word matched, as the article wrote it
      assertThat(search.search("طرف", 10))
          .filteredOn(h -> h.storyId().equals("fa-zwnj"))
          .singleElement()
          .extracting(SearchHit::matched)
          .isEqualTo(List.of("طرف\u200Cها"));
    }
  }

  @Test
  void aWordWrittenWithAnApostropheEndingIsIndexedBehindTheBareWord() {
    assertThat(PluralForms.apostropheForm("tr", one("tr", "Van'da"))).hasValue("van");
    assertThat(PluralForms.apostropheForm("tr", one("tr", "Ankara’da"))).hasValue("ankara");
    assertThat(PluralForms.apostropheForm("fr", one("fr", "l'Iran"))).hasValue("iran");
    assertThat(PluralForms.apostropheForm("tr", "van")).as("no apostrophe").isEmpty();
    assertThat(PluralForms.apostropheForm("en", "a's")).as("one letter").isEmpty();
    assertThat(PluralForms.keys("tr", terms("tr", "Erdoğan Van'da konuştu"), List.of()))
        .containsExactly("van" + StoreSchema.FORM_SEPARATOR + one("tr", "Van'da"));
  }

  @Test
  void aNameFindsItsTurkishCaseFormsThoughItHasNoOtherSpellings() throws Exception {
    InMemoryIndex index = new InMemoryIndex();
    add(index, FORMAT_3, "tr-van", "tr", "Cumhurbaşkanı salı günü Van'da depremzedelerle görüştü.");
    add(index, FORMAT_3, "en-other", "en", "The minister spoke in Ankara on Tuesday.");
    index.commit(FORMAT_3.commitData(Map.of()));
    try (index) {
      StorySearch search = new StorySearch(index, true);
      assertThat(found(search, "Van")).containsExactly("tr-van");
      assertThat(search.search("Van", 10))
          .singleElement()
          .extracting(SearchHit::matched)
          .isEqualTo(List.of("Van'da"));
    }
  }

  @Test
  void aQueryWordWithAnApostropheEndingIsAnalysedAsTheArticlesAre() throws Exception {
    InMemoryIndex index = new InMemoryIndex();
    add(index, FORMAT_3, "tr-bare", "tr", "Kirman valisi deprem bölgesinde incelemelerde bulundu.");
    add(index, FORMAT_3, "tr-gen", "tr", "Kirman'ın merkezinde hasar tespit çalışmaları sürüyor.");
    add(index, FORMAT_3, "de-bare", "de", "In Kirman bebte am Dienstag die Erde.");
    add(index, FORMAT_3, "fr-iran", "fr", "L'Iran a annoncé des secours pour la province.");
    add(index, FORMAT_3, "en-other", "en", "The minister spoke in Ankara on Tuesday.");
    index.commit(FORMAT_3.commitData(Map.of()));
    try (index) {
      StorySearch search = new StorySearch(index, true);
      for (String q : List.of("Kirman'da", "Kirman\u2019da", "Kirman\u02BCda", "kirman'DA")) {
        assertThat(found(search, q))
            .as(q + ": the bare word and its other case form")
            .containsExactlyInAnyOrder("tr-bare", "tr-gen", "de-bare");
      }
      assertThat(found(search, "Iran'da")).as("Turkish query, French article").contains("fr-iran");
      assertThat(found(search, "d'Ankara")).as("French elided article").containsExactly("en-other");
      assertThat(found(search, "A'da")).as("one letter left: no core").isEmpty();
    }
  }

  @Test
  void aStoreWrittenBeforeKeepsItsFormatAndItsSearch() throws Exception {
    try (InMemoryIndex index = store(FORMAT_2)) {
      assertThat(found(new StorySearch(index, false), "طرف")).isEmpty();
      assertThat(found(new StorySearch(index, false), "طرف‌ها"))
          .as("the query-side affix rules still work")
          .containsExactly("fa-zwnj");
      try (DirectoryReader r = index.reader()) {
        assertThat(StoreSchema.of(r, k -> false).pluralForms()).isFalse();
        assertThat(
                org.apache.lucene.index.FieldInfos.getMergedFieldInfos(r)
                    .fieldInfo(StoreSchema.PLURAL_FORMS))
            .isNull();
      }
    }
    try (InMemoryIndex index = store(FORMAT_3);
        DirectoryReader r = index.reader()) {
      assertThat(StoreSchema.of(r, k -> false).pluralForms()).isTrue();
    }
    assertThat(FORMAT_2.commitData(Map.of()))
        .containsEntry(StoreSchema.FORMAT_KEY, StoreSchema.FORMAT_WITHOUT_PLURALS);
    assertThat(FORMAT_3.commitData(Map.of())).containsEntry(StoreSchema.FORMAT_KEY, "3");
  }

  @Test
  void anOldStoreOnDiskSaysSoAndStaysOfItsFormatAfterACommit() throws Exception {
    Path data = tmp.resolve("d");
    try (ArticleStore s = ArticleStore.open(data)) {
      assertThat(s.searchNote()).as("a new store indexes plurals").isEmpty();
      s.putArticle(
          Records.article("a1", "fa", 1, "e1", null),
          List.of("طرفها"),
          Set.of(),
          List.of(),
          List.of());
      s.putEvent(Records.event("e1", "s1", "fa", 1, true, "a1"));
      s.commit(Map.of());
    }
    // as a store written before format 3 left it
    try (FSDirectory dir = FSDirectory.open(data.resolve("index"));
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      w.setLiveCommitData(
          Map.of(StoreSchema.FORMAT_KEY, StoreSchema.FORMAT_WITHOUT_PLURALS).entrySet());
      w.commit();
    }
    try (ArticleStore s = ArticleStore.open(data)) {
      assertThat(s.searchNote())
          .hasValueSatisfying(n -> assertThat(n).contains("format 2").contains("new store"));
      assertThat(s.search("طرف", 10)).as("old behaviour, not a partial search").isEmpty();
      assertThat(s.search("طرفها", 10)).hasSize(1);
      s.commit(Map.of());
    }
    try (ArticleStore s = ArticleStore.openReadOnly(data)) {
      assertThat(s.searchNote()).as("still format 2 after its commit").isPresent();
    }
  }
}
