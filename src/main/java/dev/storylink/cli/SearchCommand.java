package dev.storylink.cli;

import dev.storylink.app.StoryLink;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.FoundStory;
import dev.storylink.store.StoredArticle;
import dev.storylink.store.StoryFilter;
import dev.storylink.store.StoryRecord;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
      "Finds stories by text in any language and script, best match first.",
      "Each word is matched in titles and texts (BM25), and a name also in its spellings in other",
      "scripts (Путин finds Putin, بوتين, Poutine; not look-alikes such as Bütün), and a place",
      "in every spelling the articles write it (بغداد finds Bagdad). Each result names the",
      "article that matched best and the words it matched.",
      "Every word counts, best match first: AND, OR, NOT, quotes, * and field: are read as plain",
      "text, not as operators, and words are matched whole (Tru* does not find Trump). Write a",
      "query that starts with - after --: storylink search -- -19."
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

  /**
   * One result: the story, its best-matching article, the article's score and the query words it
   * matched (as written, or {@code Putin ≈ بوتين} in another script's spelling: the query word as
   * typed).
   */
  public record Result(
      StoryRecord story, String matchedArticle, float score, List<String> matched) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String query = StoryFilter.query(String.join(" ", words), "the search query");
    if (limit < 1) {
      throw new dev.storylink.core.InputException("--limit must be at least 1");
    }
    try (StoryLink sl = StoryLink.builder().dataDir(store.data()).readOnly(true).build()) {
      ArticleStore st = sl.store();
      st.searchNote().ifPresent(n -> spec.commandLine().getErr().println("storylink: note: " + n));
      // the query path of `stories --query` and GET /api/stories?q=: one ranking
      StoryFilter filter =
          new StoryFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(query));
      List<Result> results = new ArrayList<>();
      for (FoundStory f : st.find(filter, 0, limit).stories()) {
        f.hit()
            .ifPresent(
                h -> results.add(new Result(f.story(), h.articleId(), h.score(), h.matched())));
      }
      if (json) {
        out.println(LinkCommand.mapper().writeValueAsString(results));
      } else if (results.isEmpty()) {
        out.println("no stories match \"" + StoriesCommand.headline(query) + "\"");
      } else {
        for (Result r : results) {
          StoryRecord s = r.story();
          Optional<StoredArticle> a = st.article(r.matchedArticle());
          out.printf(
              Locale.ROOT,
              "%-8s [%s] %s  %s%n",
              s.id(),
              String.join(",", s.langs()),
              Counted.of(s.articleCount(), "article", "articles"),
              StoriesCommand.headline(s.headline()));
          out.printf(
              Locale.ROOT,
              "         matched: %s (%s): %s%n",
              a.map(StoryCommand::title).map(StoriesCommand::headline).orElse(r.matchedArticle()),
              a.map(x -> x.article().lang()).orElse("?"),
              String.join(", ", r.matched()));
        }
      }
      out.flush();
    }
    return 0;
  }
}
