package dev.storylink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per rule of {@link ArticleFields#hint}. */
class ArticleFieldsTest {

  @Test
  void anotherCaseOrSeparatorIsTheField() {
    assertThat(ArticleFields.hint("Title")).contains("title");
    assertThat(ArticleFields.hint("TEXT")).contains("text");
    assertThat(ArticleFields.hint("U_R_L")).contains("url");
  }

  @Test
  void otherToolsNamesOfAFieldAreThatField() {
    assertThat(ArticleFields.hint("body")).contains("text");
    assertThat(ArticleFields.hint("content")).contains("text");
    assertThat(ArticleFields.hint("headline")).contains("title");
    assertThat(ArticleFields.hint("language")).contains("lang");
    assertThat(ArticleFields.hint("published_at")).contains("date");
    assertThat(ArticleFields.hint("pubDate")).contains("date");
    assertThat(ArticleFields.hint("link")).contains("url");
    assertThat(ArticleFields.hint("publisher")).contains("source");
  }

  @Test
  void misspellingsWithinOneEditOfAShortFieldOrTwoOfALongOne() {
    assertThat(ArticleFields.hint("titel")).contains("title"); // two neighbours swapped
    assertThat(ArticleFields.hint("txt")).contains("text"); // one deletion
    assertThat(ArticleFields.hint("lnag")).contains("lang");
    assertThat(ArticleFields.hint("sorce")).contains("source");
    assertThat(ArticleFields.hint("soruces")).contains("source"); // a swap and an insertion
    assertThat(ArticleFields.hint("uri")).contains("url");
    assertThat(ArticleFields.hint("dates")).contains("date");
  }

  @Test
  void aShortFieldTwoEditsAwayOrAnUnrelatedNameHasNoHint() {
    assertThat(ArticleFields.hint("tx")).isEmpty(); // two edits from text, which has four letters
    assertThat(ArticleFields.hint("text_origin")).isEmpty();
    assertThat(ArticleFields.hint("category")).isEmpty();
    assertThat(ArticleFields.hint("عنوان")).isEmpty();
    assertThat(ArticleFields.hint("")).isEmpty();
    assertThat(ArticleFields.hint("x".repeat(10_000))).isEmpty();
  }

  @Test
  void theMessageNamesTheHintAndTheFields() {
    assertThat(ArticleFields.notRead("titel"))
        .isEqualTo(
            "field 'titel' is not read (did you mean 'title'?); an article has the fields id,"
                + " lang, title, text, date, source, url");
    assertThat(ArticleFields.notRead("text_origin"))
        .startsWith("field 'text_origin' is not read; an article has the fields id,");
  }
}
