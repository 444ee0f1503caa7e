package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storylink.core.Article;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.features.Mention;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The canonical example: the Arabic and Persian seed articles on the event of 29 Feb 2020. */
class SeedsLinkTest {
  private static final Path SEEDS = Path.of("../shared/seeds");
  private static final FeatureExtractor FX =
      new FeatureExtractor(CorpusStats.background(), new LinguaLanguageIdentifier());
  private static final FeaturePairScorer SCORER = FeaturePairScorer.shipped();
  private static Article arabic;
  private static Article persian;

  @BeforeAll
  static void load() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is absent: seed tests skipped");
    try (Stream<Path> files = Files.list(SEEDS)) {
      List<Path> seeds = files.sorted().toList();
      arabic = Article.of("ar-seed", "und", Files.readString(seeds.get(0)));
      persian = Article.of("fa-seed", "und", Files.readString(seeds.get(1)));
    }
  }

  private static Article fixture(String name, String id) throws IOException {
    try (InputStream in = SeedsLinkTest.class.getResourceAsStream("/fixtures/link/" + name)) {
      return Article.of(id, "und", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void languagesAreIdentified() {
    assertThat(FX.extract(arabic).lang()).isEqualTo("ar");
    assertThat(FX.extract(persian).lang()).isEqualTo("fa");
  }

  @Test
  void seedsAreTheSameEventWithTheExpectedReasons() {
    LinkResult r = SCORER.link(FX.extract(arabic), FX.extract(persian));
    assertThat(r.sameStory()).isTrue();
    assertThat(r.probability()).isGreaterThan(0.5);
    assertThat(r.similarity()).isLessThan(2.5);

    Set<String> arabicForms =
        r.reasons().stream().flatMap(x -> x.inA().stream()).collect(Collectors.toSet());
    Set<String> persianForms =
        r.reasons().stream().flatMap(x -> x.inB().stream()).collect(Collectors.toSet());
    assertThat(arabicForms).contains("بوتين", "روحاني", "إدلب", "أستانة", "فيينا");
    assertThat(persianForms).contains("پوتین", "روحانی", "ادلب", "آستانه", "وین", "سوریه");
    Set<String> places =
        r.reasons().stream()
            .filter(x -> x.kind() == Mention.Kind.PLACE)
            .map(Reason::label)
            .collect(Collectors.toSet());
    assertThat(places).contains("Syria", "Vienna");
    Set<String> labels = r.reasons().stream().map(Reason::label).collect(Collectors.toSet());
    assertThat(labels).contains("Putin", "Astana");
  }

  @Test
  void eachSeedIsNotLinkedToAnUnrelatedArticleInItsLanguage() throws IOException {
    LinkResult ar =
        SCORER.link(FX.extract(arabic), FX.extract(fixture("ar_unrelated.txt", "ar-other")));
    LinkResult fa =
        SCORER.link(FX.extract(persian), FX.extract(fixture("fa_unrelated.txt", "fa-other")));
    assertThat(ar.sameStory()).isFalse();
    assertThat(fa.sameStory()).isFalse();
    assertThat(ar.similarity()).isGreaterThan(3.0);
    assertThat(fa.similarity()).isGreaterThan(3.0);
  }

  @Test
  void scoreIsSymmetricEnough() {
    double ab = SCORER.similarity(FX.extract(arabic), FX.extract(persian));
    double ba = SCORER.similarity(FX.extract(persian), FX.extract(arabic));
    assertThat(Math.abs(ab - ba)).isLessThan(0.05);
  }
}
