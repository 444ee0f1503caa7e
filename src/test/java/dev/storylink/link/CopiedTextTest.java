package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A copy is the same story at similarity 1 ({@link CopiedText}); a report on the same event in
 * other words is still scored by the model.
 */
class CopiedTextTest {
  private static final FeaturePairScorer SCORER = FeaturePairScorer.shipped();

  @Test
  void anArticleAgainstItselfIsTheSameStoryAtSimilarityOne() throws IOException {
    ArticleFeatures en = CrossScriptLinkTest.fixture("en_rouhani_putin.txt");
    ArticleFeatures again = CrossScriptLinkTest.fixture("en_rouhani_putin.txt");
    LinkResult r = SCORER.link(en, again);
    assertThat(r.similarity()).isEqualTo(1.0);
    assertThat(r.probability()).isGreaterThan(0.9);
    assertThat(r.sameStory()).isTrue();
    assertThat(SCORER.similarity(en, again)).isEqualTo(1.0);
    assertThat(SCORER.probability(en, again)).isEqualTo(r.probability());
  }

  @Test
  void aWireCopyWithAnotherHeadlineAndOneWordEditedIsACopy() throws IOException {
    ArticleFeatures en = CrossScriptLinkTest.fixture("en_rouhani_putin.txt");
    String text = textOf("en_rouhani_putin.txt");
    ArticleFeatures copy =
        extract("Kremlin: leaders talk Syria", text.replaceFirst("Saturday", "Sunday"));
    assertThat(CopiedText.copy(PairFeatures.compute(en, copy, true))).isTrue();
    assertThat(SCORER.link(en, copy).similarity()).isEqualTo(1.0);
  }

  @Test
  void anotherReportOfTheSameCallIsScoredByTheModel() throws IOException {
    ArticleFeatures en = CrossScriptLinkTest.fixture("en_rouhani_putin.txt");
    ArticleFeatures other =
        extract(
            "Putin and Rouhani spoke by phone about Idlib",
            "Russian President Vladimir Putin and Iranian President Hassan Rouhani discussed the"
                + " situation in Idlib and the Astana process in a telephone call on Saturday,"
                + " the Kremlin said. They agreed to keep in contact.");
    double[] x = PairFeatures.compute(en, other, true);
    assertThat(CopiedText.copy(x)).isFalse();
    assertThat(SCORER.link(en, other).similarity()).isGreaterThan(1.0);
  }

  private static ArticleFeatures extract(String title, String text) {
    return CrossScriptLinkTest.FX.extract(
        CrossScriptLinkTest.FX.withSupportedLanguage(
            new Article("other", "und", title, text, java.util.Optional.empty(), "", "")));
  }

  private static String textOf(String name) throws IOException {
    try (var in = CopiedTextTest.class.getResourceAsStream("/fixtures/link/" + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
