package dev.storylink.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storylink.core.Article;
import dev.storylink.store.StoredArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fact matrix of the two seed articles in ../shared/seeds (Arabic and Persian, Rouhani's calls
 * of 29 February 2020); skipped when they are absent.
 */
class SeedsFactsTest {
  private static final Path SEEDS = Path.of("../shared/seeds");

  @Test
  void seedsShareTheirPlacesAndNamesAndConflictOnNothing() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is absent: seed facts test skipped");
    List<Path> seeds;
    try (Stream<Path> files = Files.list(SEEDS)) {
      seeds = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    assumeTrue(seeds.size() >= 2, "../shared/seeds has fewer than two articles: skipped");
    List<StoredArticle> story =
        List.of(
            new StoredArticle(
                Article.of("ar-seed", "ar", Files.readString(seeds.get(0))),
                1,
                "e1",
                Optional.empty()),
            new StoredArticle(
                Article.of("fa-seed", "fa", Files.readString(seeds.get(1))),
                2,
                "e2",
                Optional.empty()));
    FactMatrix m = FactFixtures.FACTS.matrix(story);
    assertThat(m.conflicts()).isEmpty();
    for (String place : List.of("place:SY", "place:TR", "place:IR", "place:Europe/Vienna")) {
      assertThat(FactMatrixTest.row(m, place).reportedBy()).as(place).isEqualTo(2);
    }
    FactMatrix.Row putin =
        m.rows().stream().filter(r -> r.label().equals("Putin")).findFirst().orElseThrow();
    assertThat(putin.reportedBy()).isEqualTo(2);
    // Russia: the Persian روسیه, the Arabic's adjective الروسي
    assertThat(FactMatrixTest.row(m, "place:RU").reportedBy()).isEqualTo(2);
    // only the Arabic has the figures (43 dead, 593 infected); no name or place is one outlet's
    assertThat(m.onlyOneOutlet())
        .extracting(FactMatrix.Row::key)
        .contains("quantity:killed", "quantity:injured");
    assertThat(m.onlyOneOutlet())
        .noneMatch(r -> r.kind() == Fact.Kind.NAME || r.kind() == Fact.Kind.PLACE);
    // the Persian reports the Arabic quotes as speech without quotation marks: aligned, not only-in
    assertThat(m.rows().stream().filter(r -> r.kind() == Fact.Kind.QUOTE && r.reportedBy() == 2))
        .hasSizeGreaterThanOrEqualTo(10);
  }
}
