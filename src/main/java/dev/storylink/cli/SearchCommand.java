package dev.storylink.cli;

import dev.storylink.app.StoryLink;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.StoredArticle;
import dev.storylink.store.StoryRecord;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storylink search QUERY}: finds stories by text in any language; a name written in one
 * script also finds coverage in others. Not thread-safe.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Finds stories by text. A query in one language also finds the story's coverage in others."
    })
public final class SearchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "QUERY", arity = "1..*")
  List<String> words;

  @Mixin StoreOptions store = new StoreOptions();

  @Option(names = "--limit", description = "How many stories (default ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** One result: the story, the best matching article and the story's languages. */
  public record Result(StoryRecord story, String matchedArticle, float score) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String query = String.join(" ", words);
    try (StoryLink sl = StoryLink.builder().dataDir(store.data()).readOnly(true).build()) {
      ArticleStore st = sl.store();
      List<Result> results = new ArrayList<>();
      for (ArticleStore.SearchHit h : st.search(query, limit)) {
        st.story(h.storyId()).ifPresent(s -> results.add(new Result(s, h.articleId(), h.score())));
      }
      if (json) {
        out.println(LinkCommand.mapper().writeValueAsString(results));
      } else if (results.isEmpty()) {
        out.println("no stories match \"" + query + "\"");
      } else {
        for (Result r : results) {
          StoryRecord s = r.story();
          String matched =
              st.article(r.matchedArticle()).map(StoryCommand::title).orElse(r.matchedArticle());
          out.printf(
              Locale.ROOT,
              "%-8s [%s] %d articles  %s%n",
              s.id(),
              String.join(",", s.langs()),
              s.articleCount(),
              s.headline());
          out.printf(
              Locale.ROOT,
              "         matched: %s (%s)%n",
              matched,
              st.article(r.matchedArticle())
                  .map((StoredArticle a) -> a.article().lang())
                  .orElse("?"));
        }
      }
      out.flush();
    }
    return 0;
  }
}
