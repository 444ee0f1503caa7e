package dev.storylink.cli;

import dev.storylink.app.StoryLink;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.StoryRecord;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storylink stories}: lists stories, most recently updated first. Not thread-safe. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = "Lists stories, most recent first.")
public final class StoriesCommand implements Callable<Integer> {
  @Mixin StoreOptions store = new StoreOptions();

  @Option(
      names = "--lang",
      description = "Only stories with coverage in this language (ISO-639-1).")
  String lang;

  @Option(
      names = "--from",
      description = "Only stories with articles on or after this date (yyyy-MM-dd).")
  LocalDate from;

  @Option(
      names = "--to",
      description = "Only stories with articles on or before this date (yyyy-MM-dd).")
  LocalDate to;

  @Option(
      names = {"-q", "--query"},
      description = "Only stories matching this text (any language).")
  String query;

  @Option(names = "--multilingual", description = "Only stories covered in two or more languages.")
  boolean multilingual;

  @Option(names = "--limit", description = "How many (default ${DEFAULT-VALUE}).")
  int limit = 20;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (lang != null) {
      lang =
          dev.storylink.core.Language.of(lang).code(); // an unknown code is an error, not no hits
    }
    try (StoryLink sl = StoryLink.builder().dataDir(store.data()).readOnly(true).build()) {
      ArticleStore st = sl.store();
      ArticleStore.StoryFilter filter =
          new ArticleStore.StoryFilter(
              Optional.ofNullable(lang),
              Optional.ofNullable(from),
              Optional.ofNullable(to),
              Optional.ofNullable(query));
      List<StoryRecord> stories =
          st.stories(filter, 0, multilingual ? Math.max(limit * 50, 1000) : limit).stream()
              .filter(s -> !multilingual || s.langs().size() > 1)
              .limit(limit)
              .toList();
      if (json) {
        out.println(LinkCommand.mapper().writeValueAsString(stories));
      } else {
        out.printf(
            Locale.ROOT,
            "%-8s %-14s %8s  %-23s  %s%n",
            "story",
            "languages",
            "articles",
            "dates",
            "headline");
        for (StoryRecord s : stories) {
          out.printf(
              Locale.ROOT,
              "%-8s %-14s %8d  %-23s  %s%n",
              s.id(),
              String.join(",", s.langs()),
              s.articleCount(),
              span(s),
              s.headline());
        }
        out.printf(
            Locale.ROOT, "%d stories shown (%d in store)%n", stories.size(), st.storyCount());
      }
      out.flush();
    }
    return 0;
  }

  static String span(StoryRecord s) {
    String a = s.firstDate().map(LocalDate::toString).orElse("?");
    String b = s.lastDate().map(LocalDate::toString).orElse("?");
    return a.equals(b) ? a : a + ".." + b;
  }
}
