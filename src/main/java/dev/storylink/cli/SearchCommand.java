package dev.storylink.cli;

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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storylink search QUERY}: searches article text with the cross-lingual analyzer, groups
 * the hits by story and lists each story's articles in every language (so a query in one language
 * finds the articles other languages wrote on the same story). Not thread-safe.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Finds stories by words in any language and lists their articles in all languages.")
public final class SearchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "QUERY", arity = "1..*") List<String> query;

  @Mixin StoreOptions store;

  @Option(names = "--limit", paramLabel = "N", description = "At most N stories (default: ${DEFAULT-VALUE}).")
  int limit = 5;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String q = String.join(" ", query).strip();
    if (q.isEmpty()) {
      throw new InputException("empty query");
    }
    List<Object> json = new ArrayList<>();
    try (ArticleStore st = ArticleStore.openReadOnly(store.data)) {
      Map<String, Float> storyScore = new LinkedHashMap<>();
      for (ArticleStore.Hit h : st.search(q, 200)) {
        storyScore.putIfAbsent(h.article().storyId(), h.score());
        if (storyScore.size() >= limit) {
          break;
        }
      }
      for (Map.Entry<String, Float> e : storyScore.entrySet()) {
        StoryRecord s = st.story(e.getKey()).orElse(null);
        if (s == null) {
          continue;
        }
        List<StoredArticle> arts = new ArrayList<>();
        for (String eid : s.eventIds()) {
          EventRecord ev = st.event(eid).orElse(null);
          if (ev != null) {
            for (String aid : ev.articleIds()) {
              st.article(aid).ifPresent(arts::add);
            }
          }
        }
        Map<String, Object> m = StoriesCommand.toMap(s);
        m.put("score", e.getValue());
        Map<String, Object> byLang = new LinkedHashMap<>();
        StoryCommand.byLang(arts).forEach((l, as) -> byLang.put(l, as.stream().map(StoryCommand::article).toList()));
        m.put("articlesByLanguage", byLang);
        json.add(m);
        if (!store.json) {
          out.println(s.id() + "  " + String.join(",", s.langs()) + "  " + s.articleCount() + " articles  "
              + StoriesCommand.span(s) + "  " + s.headline());
          StoryCommand.byLang(arts).forEach((l, as) -> {
            out.println("  [" + l + "]");
            as.forEach(a -> out.println("    " + a.id() + "  " + dev.storylink.cluster.StreamClusterer.headlineOf(a.article())));
          });
        }
      }
    }
    if (store.json) {
      out.println(StoreOptions.json(json));
    } else if (json.isEmpty()) {
      out.println("no story matches");
    }
    out.flush();
    return 0;
  }
}
