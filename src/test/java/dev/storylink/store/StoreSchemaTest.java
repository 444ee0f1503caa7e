package dev.storylink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class StoreSchemaTest {
  private static final Predicate<String> SENTENCE_KEYS = k -> k.startsWith("#");
  private static final StoreSchema NEW = new StoreSchema(false, false, SENTENCE_KEYS);
  private static final StoreSchema LEGACY = new StoreSchema(true, false, SENTENCE_KEYS);

  private static List<String> terms(DirectoryReader r, String field) throws Exception {
    List<String> out = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(r, field);
    if (terms != null) {
      TermsEnum te = terms.iterator();
      for (BytesRef b = te.next(); b != null; b = te.next()) {
        out.add(b.utf8ToString());
      }
    }
    return out;
  }

  private static Document article(StoreSchema schema) {
    return schema.article(
        Records.article("a1", "en", 1, "e1", "2020-03-01"),
        List.of("putin", "idlib", "putin"),
        Set.of("putin", "idlib", "#s1"),
        List.of("Putin", "Al"));
  }

  @Test
  void recordsComeBackFromTheirDocumentsUnchanged() throws Exception {
    StoredArticle a = Records.article("a1", "en", 7, "e1", "2020-03-01");
    EventRecord e = Records.event("e1", "s1", "en", 7, true, "a1");
    StoryRecord s = Records.story("s1", List.of("en", "ru"), "2020-03-01", null, 7, "e1");
    try (InMemoryIndex index = new InMemoryIndex()) {
      index
          .add("a1", NEW.article(a, List.of("x"), Set.of("x"), List.of()))
          .add("e1", NEW.event(e))
          .add("s1", NEW.story(s))
          .commit(Map.of());
      StoryQueries q = new StoryQueries(index, new StorySearch(index));
      assertThat(q.byId("a1", StoreSchema.Kind.ARTICLE, StoredArticle.class)).contains(a);
      assertThat(q.byId("e1", StoreSchema.Kind.EVENT, EventRecord.class)).contains(e);
      assertThat(q.byId("s1", StoreSchema.Kind.STORY, StoryRecord.class)).contains(s);
      assertThat(q.byId("a1", StoreSchema.Kind.EVENT, EventRecord.class)).isEmpty();
    }
  }

  @Test
  void format2CountsOnlyTheKeysBesideTheTextInTermsAndFormat1CountsAll() throws Exception {
    try (InMemoryIndex now = new InMemoryIndex();
        InMemoryIndex old = new InMemoryIndex()) {
      now.add("a1", article(NEW)).commit(Map.of());
      old.add("a1", article(LEGACY)).commit(Map.of());
      try (DirectoryReader r = now.reader();
          DirectoryReader o = old.reader()) {
        assertThat(terms(r, StoreSchema.TERMS)).containsExactly("#s1");
        assertThat(terms(o, StoreSchema.TERMS)).containsExactlyInAnyOrder("#s1", "idlib", "putin");
        assertThat(terms(r, StoreSchema.TEXT)).containsExactly("idlib", "putin");
        // names by skeleton, the too-short ones left out
        assertThat(terms(r, StoreSchema.SKEL))
            .containsExactly(NameForms.skeleton("Putin").orElseThrow());
      }
    }
    assertThat(NEW.countedFields()).containsExactly(StoreSchema.TEXT, StoreSchema.TERMS);
    assertThat(LEGACY.countedFields()).containsExactly(StoreSchema.TERMS);
  }

  @Test
  void commitsOfFormat2CarryTheMarkAndOldStoresStayUnmarked() {
    assertThat(NEW.commitData(Map.of("seq", "3")))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("seq", "3", StoreSchema.FORMAT_KEY, StoreSchema.FORMAT));
    assertThat(LEGACY.commitData(Map.of("seq", "3"))).containsExactlyEntriesOf(Map.of("seq", "3"));
  }

  @Test
  void theFormatIsDetectedFromTheIndex() throws Exception {
    try (InMemoryIndex empty = new InMemoryIndex();
        InMemoryIndex marked = new InMemoryIndex();
        InMemoryIndex unmarked = new InMemoryIndex()) {
      empty.commit(Map.of());
      marked.add("a1", article(NEW)).commit(NEW.commitData(Map.of()));
      Document positional = new Document();
      positional.add(new TextField(StoreSchema.TEXT, "an old article", Field.Store.NO));
      unmarked.add("x", positional).commit(Map.of());
      try (DirectoryReader e = empty.reader();
          DirectoryReader m = marked.reader();
          DirectoryReader u = unmarked.reader()) {
        assertThat(StoreSchema.of(e, SENTENCE_KEYS).legacyTerms())
            .isFalse(); // a new store: format 2
        assertThat(StoreSchema.of(m, SENTENCE_KEYS).legacyTerms()).isFalse();
        StoreSchema old = StoreSchema.of(u, SENTENCE_KEYS);
        assertThat(old.legacyTerms()).isTrue();
        // the old text field had positions: new articles keep writing them
        Document d =
            old.article(
                Records.article("a2", "en", 2, "e1", null), List.of("x"), Set.of("x"), List.of());
        assertThat(d.getField(StoreSchema.TEXT).fieldType().indexOptions())
            .isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        assertThat(article(NEW).getField(StoreSchema.TEXT).fieldType().indexOptions())
            .isEqualTo(IndexOptions.DOCS_AND_FREQS);
      }
    }
  }

  @Test
  void jsonKeepsOptionalsAndDatesAndACorruptRecordIsAClearError() {
    StoryRecord s =
        Records.story("s1", List.of("ar", "fa"), "2020-02-29", "2020-03-01", 2, "e1", "e2");
    assertThat(StoredJson.fromJson(StoredJson.toJson(s), StoryRecord.class)).isEqualTo(s);
    StoredArticle undated = Records.article("a1", "fa", 1, "e1", null);
    assertThat(StoredJson.fromJson(StoredJson.toJson(undated), StoredArticle.class))
        .isEqualTo(undated);
    assertThatThrownBy(() -> StoredJson.fromJson("{\"id\":", StoryRecord.class))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("corrupt record in store");
  }

  @Test
  void aRecordOfAnOlderStoreReadsWithDefaultsAndOneOfANewerStoreWithoutItsNewFields() {
    // written before stories kept sources and events their years
    StoryRecord story =
        StoredJson.fromJson(
            "{\"id\":\"s1\",\"eventIds\":[\"e1\"],\"langs\":[\"en\"],\"articleCount\":1,"
                + "\"headline\":\"Floods\",\"firstDate\":null,\"lastDate\":null,\"lastSeq\":1}",
            StoryRecord.class);
    assertThat(story.sources()).isEmpty();
    EventRecord event = Records.event("e1", "s1", "en", 1, true, "a1");
    String json = StoredJson.toJson(event).replace(",\"years\":null", "");
    assertThat(StoredJson.fromJson(json, EventRecord.class).years()).isEmpty();
    // written by a newer StoryLink: a field this one does not know is skipped
    String newer = StoredJson.toJson(story).replace("{", "{\"futureField\":[1,2],");
    assertThat(StoredJson.fromJson(newer, StoryRecord.class)).isEqualTo(story);
  }
}
