package dev.storylink.eval;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Prints each article's main person and lead concepts ({@link ArticleFeatures#mainPerson}, {@link
 * ArticleFeatures#leadConcepts}) for the topics given, a development helper run by hand:
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.eval.FocusReport DIR 5,35
 * </pre>
 *
 * Not thread-safe; prints to standard output.
 */
public final class FocusReport {
  private FocusReport() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = Path.of(args[0]);
    Set<String> topics = args.length > 1 ? Set.of(args[1].split(",")) : Set.of();
    List<Article> all =
        new ArrayList<>(PairsDataset.readArticles(dir.resolve("articles.jsonl")).values());
    AssignmentTraining.Featurized fz =
        AssignmentTraining.featurizeInOrder(all, new LinguaLanguageIdentifier());
    for (Article a : all) {
      String topic = a.id().split("_")[0];
      if (!topics.isEmpty() && !topics.contains(topic)) {
        continue;
      }
      ArticleFeatures f = fz.features().get(a.id());
      out.println(
          a.id()
              + "\t"
              + f.lang()
              + "\t"
              + f.mainPerson().orElse("-")
              + "\t"
              + f.leadConcepts()
              + "\t"
              + f.actObjects());
      if (args.length > 2) {
        f.names().stream()
            .sorted((p, q) -> q.count() - p.count())
            .limit(8)
            .forEach(
                m ->
                    out.printf(
                        java.util.Locale.ROOT,
                        "    %s %d %.2f %s%n",
                        m.key(),
                        m.count(),
                        m.weight(),
                        m.surfaces()));
      }
    }
  }
}
