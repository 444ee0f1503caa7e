package dev.storylink.cli;

import dev.storylink.cluster.StreamClusterer;
import dev.storylink.core.InputException;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.EventRecord;
import dev.storylink.store.StoredArticle;
import dev.storylink.store.StoryRecord;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storylink story ID}: a story's events and articles by language. Not thread-safe. */
@Command(name = "story", mixinStandardHelpOptions = true, description = "Shows a story's events and articles by language.")
public final class StoryCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ID") String id;

  @Mixin StoreOptions store;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore st = ArticleStore.openReadOnly(store.data)) {
      StoryRecord s = st.story(id).orElseThrow(() -> new InputException("no story " + id));
      Map<String, Object> json = StoriesCommand.toMap(s);
      List<Object> events = new ArrayList<>();
      if (!store.json) {
        out.println(s.id() + "  " + String.join(",", s.langs()) + "  " + s.articleCount() + " articles  "
            + StoriesCommand.span(s) + "  " + s.headline());
      }
      for (String eid : s.eventIds()) {
        EventRecord e = st.event(eid).orElseThrow(() -> new IllegalStateException("missing event " + eid));
        Map<String, Object> em = new LinkedHashMap<>();
        em.put("id", e.id());
        em.put("lang", e.lang());
        em.put("first", e.firstDate().map(Object::toString).orElse(null));
        em.put("last", e.lastDate().map(Object::toString).orElse(null));
        List<Object> arts = new ArrayList<>();
        if (!store.json) {
          out.println("  event " + e.id() + " [" + e.lang() + "] " + e.articleIds().size() + " articles");
        }
        for (String aid : e.articleIds()) {
          StoredArticle a = st.article(aid).orElseThrow(() -> new IllegalStateException("missing article " + aid));
          Map<String, Object> am = article(a);
          arts.add(am);
          if (!store.json) {
            out.println("    " + aid + "  " + a.article().date().map(Object::toString).orElse("----------") + "  "
                + StreamClusterer.headlineOf(a.article())
                + a.duplicateOf().map(d -> "  (near-duplicate of " + d + ")").orElse(""));
          }
        }
        em.put("articles", arts);
        events.add(em);
      }
      json.put("events", events);
      if (store.json) {
        out.println(StoreOptions.json(json));
      }
    }
    out.flush();
    return 0;
  }

  static Map<String, Object> article(StoredArticle a) {
    Map<String, Object> am = new LinkedHashMap<>();
    am.put("id", a.id());
    am.put("lang", a.article().lang());
    am.put("headline", StreamClusterer.headlineOf(a.article()));
    am.put("date", a.article().date().map(Object::toString).orElse(null));
    am.put("source", a.article().source());
    am.put("url", a.article().url());
    am.put("event", a.eventId());
    am.put("story", a.storyId());
    am.put("duplicateOf", a.duplicateOf().orElse(null));
    return am;
  }

  static Map<String, List<StoredArticle>> byLang(List<StoredArticle> arts) {
    Map<String, List<StoredArticle>> m = new TreeMap<>();
    arts.forEach(a -> m.computeIfAbsent(a.article().lang(), k -> new ArrayList<>()).add(a));
    return m;
  }
}
