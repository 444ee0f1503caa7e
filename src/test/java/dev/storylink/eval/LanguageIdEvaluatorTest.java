package dev.storylink.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageIdEvaluatorTest {
  @Test
  void snippetsAreCutAtAWordBoundary() {
    assertThat(LanguageIdEvaluator.snippet("Putin spoke with Rouhani on Saturday", 20))
        .isEqualTo("Putin spoke with");
    assertThat(LanguageIdEvaluator.snippet("short", 20)).isEqualTo("short");
    assertThat(LanguageIdEvaluator.snippet("Donaudampfschifffahrtsgesellschaft", 10))
        .isEqualTo("Donaudampf");
    assertThat(LanguageIdEvaluator.snippet("a whole text", 0)).isEqualTo("a whole text");
  }

  @Test
  void countsHitsPerLanguageAndLengthAndTheWrongAnswers() {
    // an identifier that answers "en" for everything
    LanguageIdEvaluator.Report r =
        LanguageIdEvaluator.evaluate(
            List.of(
                Article.of("1", "en", "The Kremlin said the two presidents spoke by phone."),
                Article.of("2", "de", "Der Kreml teilte mit, die Präsidenten hätten telefoniert."),
                Article.of("3", "de", "Die Regierung in Berlin schwieg.")),
            text -> "en");
    assertThat(r.rows())
        .extracting(LanguageIdEvaluator.LanguageRow::lang)
        .containsExactly("de", "en");
    LanguageIdEvaluator.LanguageRow de = r.rows().get(0);
    assertThat(de.articles()).isEqualTo(2);
    assertThat(de.accuracy(3)).isZero();
    assertThat(de.confusions()).containsEntry("en", 2);
    assertThat(r.overall().articles()).isEqualTo(3);
    assertThat(r.overall().accuracy(3)).isEqualTo(1.0 / 3);
    assertThat(r.markdown()).contains("| de | 2 |", "| all | 3 |", "en 2");
  }

  @Test
  void linguaTellsArabicPersianAndUrduApartInShortNewsSentences() throws Exception {
    LanguageIdEvaluator.Report r =
        LanguageIdEvaluator.evaluate(
            PairsDataset.readArticles(
                    Path.of("src/test/resources/fixtures/langid/arabic-script.jsonl"))
                .values(),
            new LinguaLanguageIdentifier());
    assertThat(r.rows())
        .extracting(LanguageIdEvaluator.LanguageRow::lang)
        .containsExactly("ar", "fa", "ur");
    // whole sentences and headline-length snippets: every one right (Persian without ZWNJ too)
    assertThat(r.overall().accuracy(3)).isEqualTo(1.0);
    assertThat(r.overall().accuracy(1)).isEqualTo(1.0);
  }
}
