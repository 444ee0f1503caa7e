package dev.storylink.cli;

import dev.storylink.app.StoryLink;
import dev.storylink.core.InputException;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.FoundStory;
import dev.storylink.store.StoryFilter;
import dev.storylink.store.StoryRecord;
import dev.storylink.store.StoryResults;
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
    description = {
      "Lists stories, the most recently updated first; with --query, best match first.",
      "A date filter leaves undated stories out and says how many."
    })
public final class StoriesCommand implements Callable<Integer> {
  @Mixin StoreOptions store = new StoreOptions();

  @Option(
      names = "--lang",
      description =
          "Only stories with coverage in this language (an ISO 639-1 code; an unknown code is an"
              + " error that lists the supported ones).")
  String lang;

  @Option(
      names = "--from",
      description =
          "Only stories with a dated article on or after this date (yyyy-MM-dd); undated stories"
              + " are left out.")
  LocalDate from;

  @Option(
      names = "--to",
      description =
          "Only stories with a dated article on or before this date (yyyy-MM-dd); undated stories"
              + " are left out.")
  LocalDate to;

  @Option(
      names = {"-q", "--query"},
      description = "Only stories matching this text (any language and script), best match first.")
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
    if (limit < 1) {
      throw new InputException("--limit must be at least 1");
    }
    // an unknown language code is an error naming the supported ones, not an empty list
    StoryFilter filter =
        new StoryFilter(
            Optional.ofNullable(lang),
            Optional.ofNullable(from),
            Optional.ofNullable(to),
            Optional.ofNullable(query).map(q -> StoryFilter.query(q, "--query")),
            multilingual);
    try (StoryLink sl = StoryLink.builder().dataDir(store.data()).readOnly(true).build()) {
      ArticleStore st = sl.store();
      StoryResults found = st.find(filter, 0, limit);
      List<StoryRecord> stories = found.records();
      if (json) {
        // a story as stored; with --query also the words its best article matched, as listed
        com.fasterxml.jackson.databind.node.ArrayNode arr = LinkCommand.mapper().createArrayNode();
        for (FoundStory f : found.stories()) {
          com.fasterxml.jackson.databind.node.ObjectNode n =
              LinkCommand.mapper().valueToTree(f.story());
          f.hit().ifPresent(h -> n.set("matched", LinkCommand.mapper().valueToTree(h.matched())));
          arr.add(n);
        }
        out.println(LinkCommand.mapper().writeValueAsString(arr));
      } else {
        table(out, found.stories());
        out.printf(
            Locale.ROOT,
            "%s shown (%d in store%s)%n",
            Counted.of(stories.size(), "story", "stories"),
            st.storyCount(),
            found.undatedLeftOut() > 0
                ? "; "
                    + Counted.of(found.undatedLeftOut(), "undated story", "undated stories")
                    + " left out by the date filter"
                : "");
      }
      out.flush();
    }
    return 0;
  }

  /** Headlines wider than this many terminal columns are cut with … (the full one is in --json). */
  static final int HEADLINE_COLUMNS = 70;

  /** Width of the languages column; a longer list is cut with …. */
  static final int LANGUAGES_COLUMNS = 14;

  /** Width of the dates column (two ISO dates and ..). */
  private static final int DATES_COLUMNS = 23;

  /**
   * A headline as listed in the terminal: one line, at most {@link #HEADLINE_COLUMNS} columns
   * ({@link Cells}: a CJK character counts 2).
   */
  static String headline(String h) {
    return Cells.fit(h.replaceAll("\\s+", " ").strip(), HEADLINE_COLUMNS);
  }

  /**
   * The stories as a table padded by display width ({@link Cells}): the story column as wide as the
   * widest id (at least 8; an id is never cut), languages cut to {@value #LANGUAGES_COLUMNS}
   * columns, headlines to {@value #HEADLINE_COLUMNS}. Right-to-left text is printed as it is, with
   * no Unicode isolates: the headline is the last column, so however a terminal orders its letters
   * it cannot move the columns before it, and most terminals have no bidi layout, where isolates do
   * nothing but may show as boxes and get in the way of grep.
   */
  static void table(PrintWriter out, List<FoundStory> stories) {
    int idColumns = 8;
    for (FoundStory f : stories) {
      idColumns = Math.max(idColumns, Cells.width(f.story().id()));
    }
    String indent = " ".repeat(idColumns + 1);
    out.println(row(idColumns, "story", "languages", "articles", "dates", "headline"));
    for (FoundStory f : stories) {
      StoryRecord s = f.story();
      out.println(
          row(
              idColumns,
              s.id(),
              String.join(",", s.langs()),
              Long.toString(s.articleCount()),
              span(s),
              headline(s.headline())));
      f.hit()
          .filter(h -> !h.matched().isEmpty())
          .ifPresent(h -> out.println(indent + "matched: " + String.join(", ", h.matched())));
    }
  }

  private static String row(
      int idColumns, String id, String langs, String articles, String dates, String headline) {
    String count = Cells.fit(articles, 8);
    return Cells.pad(id, Math.max(idColumns, Cells.width(id)))
        + " "
        + Cells.pad(langs, LANGUAGES_COLUMNS)
        + " "
        + " ".repeat(8 - Cells.width(count))
        + count
        + "  "
        + Cells.pad(dates, DATES_COLUMNS)
        + "  "
        + headline;
  }

  static String span(StoryRecord s) {
    String a = s.firstDate().map(LocalDate::toString).orElse("?");
    String b = s.lastDate().map(LocalDate::toString).orElse("?");
    return a.equals(b) ? a : a + ".." + b;
  }
}
