package dev.storylink.cli;

import dev.storylink.store.ArticleStore;
import dev.storylink.store.StoryRecord;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storylink stories}: lists stories, largest first. Not thread-safe. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = "Lists stories (largest first): id, languages, articles, date span, a headline.")
public final class StoriesCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--lang", paramLabel = "L", description = "Only stories with articles in this language.")
  String lang;

  @Option(names = "--limit", paramLabel = "N", description = "At most N stories (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<StoryRecord> stories;
    try (ArticleStore st = ArticleStore.openReadOnly(store.data)) {
      stories = new ArrayList<>(st.stories(Optional.ofNullable(lang).map(String::strip)));
    }
    stories.sort(Comparator.comparingInt(StoryRecord::articleCount).reversed()
        .thenComparing(StoryRecord::id, ArticleStore::compareIds));
    List<StoryRecord> shown = stories.subList(0, Math.min(Math.max(0, limit), stories.size()));
    if (store.json) {
      out.println(StoreOptions.json(shown.stream().map(StoriesCommand::toMap).toList()));
    } else {
      for (StoryRecord s : shown) {
        out.println(s.id() + "\t" + String.join(",", s.langs()) + "\t" + s.articleCount() + " articles\t"
            + span(s) + "\t" + s.headline());
      }
      out.println(shown.size() + " of " + stories.size() + " stories");
    }
    out.flush();
    return 0;
  }

  static String span(StoryRecord s) {
    if (s.firstDate().isEmpty()) {
      return "no date";
    }
    return s.firstDate().get().equals(s.lastDate().get())
        ? s.firstDate().get().toString()
        : s.firstDate().get() + ".." + s.lastDate().get();
  }

  static Map<String, Object> toMap(StoryRecord s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("languages", s.langs());
    m.put("articles", s.articleCount());
    m.put("events", s.eventIds());
    m.put("first", s.firstDate().map(Object::toString).orElse(null));
    m.put("last", s.lastDate().map(Object::toString).orElse(null));
    m.put("headline", s.headline());
    return m;
  }
}
