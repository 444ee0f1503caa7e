package dev.storylink.compare;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storylink.core.Article;
import dev.storylink.features.CorpusStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The seeds' comparison for the seed tests, which skip when ../shared/seeds is absent. */
final class SeedsComparison {
  private static final Path SEEDS = Path.of("../shared/seeds");

  private SeedsComparison() {}

  /**
   * The Arabic seed (000_*) compared with the Persian one (003_*), or a skip naming {@code what}.
   */
  static Comparison compareOrSkip(String what) throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is absent: " + what + " skipped");
    List<Path> seeds;
    try (Stream<Path> files = Files.list(SEEDS)) {
      seeds = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    assumeTrue(seeds.size() >= 2, "../shared/seeds has fewer than two articles: skipped");
    Article arabic = Article.of("ar-seed", "ar", Files.readString(seeds.get(0)));
    Article persian = Article.of("fa-seed", "fa", Files.readString(seeds.get(1)));
    return new CoverageComparer(CorpusStats.background()).compare(arabic, persian);
  }

  /**
   * True when some link joins an Arabic sentence containing {@code ar} to a Persian one with {@code
   * fa}.
   */
  static boolean aligned(Comparison cmp, String ar, String fa) {
    return cmp.links().stream()
        .anyMatch(
            l ->
                cmp.a().sentences().get(l.a()).text().contains(ar)
                    && cmp.b().sentences().get(l.b()).text().contains(fa));
  }
}
