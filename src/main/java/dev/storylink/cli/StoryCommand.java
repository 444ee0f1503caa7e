package dev.storylink.cli;

import dev.storylink.app.StoryLink;
import dev.storylink.core.InputException;
import dev.storylink.core.Texts;
import dev.storylink.server.NewestArticles;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.EventRecord;
import dev.storylink.store.StoredArticle;
import dev.storylink.store.StoryRecord;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storylink story ID [--facts] [--json]}: a story's events and articles by language, or its
 * fact matrix. Not thread-safe.
 */
@Command(
    name = "story",
    mixinStandardHelpOptions = true,
    description = "Shows one story: its events and articles by language.")
public final class StoryCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ID")
  String id;

  @Mixin StoreOptions store = new StoreOptions();

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Option(
      names = "--facts",
      description =
          "Print the story's fact matrix: facts by article, conflicts, first reports, facts only"
              + " one outlet has, sentences that align with nothing.")
  boolean facts;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /**
   * A story with its events and their articles; a big story with the events that hold its newest
   * articles only, and the number of the others.
   */
  public record StoryView(StoryRecord story, List<EventView> events, int eventsNotShown) {}

  /** An event with its articles shown (of a big story, only those among its newest). */
  public record EventView(EventRecord event, List<StoredArticle> articles) {}

  /** Loads a story view, or throws {@link InputException} for an unknown id. */
  public static StoryView load(ArticleStore st, String id) {
    StoryRecord s =
        st.story(id)
            .orElseThrow(() -> new InputException("no story '" + id + "' in " + st.dataDir()));
    // a story grown by merges is shown by its newest events and articles, not read whole
    List<EventRecord> records =
        NewestArticles.inCreationOrder(s, st.newestEventsOf(id, NewestArticles.STORY_EVENTS));
    Map<String, List<StoredArticle>> shown = new java.util.HashMap<>();
    for (StoredArticle a : NewestArticles.of(st, records, NewestArticles.STORY_ARTICLES)) {
      shown.computeIfAbsent(a.eventId(), k -> new ArrayList<>()).add(a);
    }
    List<EventView> events = new ArrayList<>();
    for (EventRecord e : records) {
      List<StoredArticle> articles = new ArrayList<>(shown.getOrDefault(e.id(), List.of()));
      articles.sort(java.util.Comparator.comparingLong(StoredArticle::seq)); // arrival order
      events.add(new EventView(e, articles));
    }
    return new StoryView(s, events, Math.max(0, s.eventIds().size() - events.size()));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (StoryLink sl = StoryLink.builder().dataDir(store.data()).readOnly(true).build()) {
      ArticleStore st = sl.store();
      StoryView v = load(st, id);
      if (facts) {
        return printFacts(sl, v, out);
      }
      if (json) {
        out.println(LinkCommand.mapper().writeValueAsString(v));
        out.flush();
        return 0;
      }
      StoryRecord s = v.story();
      out.printf(java.util.Locale.ROOT, "%s  %s%n", s.id(), s.headline());
      out.printf(
          java.util.Locale.ROOT,
          "languages: %s   articles: %d   dates: %s%n",
          String.join(", ", s.langs()),
          s.articleCount(),
          StoriesCommand.span(s));
      Map<String, List<EventView>> byLang = new TreeMap<>();
      for (EventView e : v.events()) {
        byLang.computeIfAbsent(e.event().lang(), k -> new ArrayList<>()).add(e);
      }
      for (Map.Entry<String, List<EventView>> lang : byLang.entrySet()) {
        out.printf(java.util.Locale.ROOT, "%n[%s]%n", lang.getKey());
        for (EventView e : lang.getValue()) {
          out.printf(
              java.util.Locale.ROOT,
              "  event %s (%s): %s%n",
              e.event().id(),
              Counted.of(e.event().articleIds().size(), "article", "articles"),
              e.event().headline());
          for (StoredArticle a : e.articles()) {
            out.printf(
                java.util.Locale.ROOT,
                "    %-24s %-10s %-20s %s%s%n",
                a.article().id(),
                a.article().date().map(LocalDate::toString).orElse(""),
                a.article().source(),
                title(a),
                a.duplicateOf().map(d -> "  (near-duplicate of " + d + ")").orElse(""));
          }
          int notShown = e.event().articleIds().size() - e.articles().size();
          if (notShown > 0) {
            out.printf(java.util.Locale.ROOT, "    (%d older articles not shown)%n", notShown);
          }
        }
      }
      if (v.eventsNotShown() > 0) {
        out.printf(
            java.util.Locale.ROOT,
            "%n(%d older events not shown: the %d events with the newest articles are listed)%n",
            v.eventsNotShown(),
            v.events().size());
      }
      out.flush();
    }
    return 0;
  }

  private int printFacts(StoryLink sl, StoryView v, PrintWriter out) throws Exception {
    List<StoredArticle> articles = new ArrayList<>();
    v.events().forEach(e -> articles.addAll(e.articles()));
    dev.storylink.facts.FactMatrix m =
        new dev.storylink.facts.StoryFacts(sl.featureExtractor().stats(), sl.comparer())
            .compute(articles);
    if (json) {
      out.println(LinkCommand.mapper().writeValueAsString(m));
    } else {
      out.printf(java.util.Locale.ROOT, "%s  %s%n%n", v.story().id(), v.story().headline());
      out.print(dev.storylink.facts.FactMatrixText.render(m));
    }
    out.flush();
    return 0;
  }

  static String title(StoredArticle a) {
    String t =
        a.article().title().isBlank()
            ? a.article().text().strip().lines().findFirst().orElse("")
            : a.article().title();
    return Texts.abbreviate(t, 90);
  }
}
