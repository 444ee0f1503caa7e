package dev.storylink.facts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.compare.CoverageComparer;
import dev.storylink.core.Article;
import dev.storylink.core.Json;
import dev.storylink.features.CorpusStats;
import dev.storylink.store.StoredArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The composed fixture stories of {@code fixtures/facts} (articles written for these tests: an
 * earthquake, a bus crash, a trade deal; English, Arabic and Persian) and one shared {@link
 * StoryFacts}.
 */
public final class FactFixtures {
  static final StoryFacts FACTS =
      new StoryFacts(CorpusStats.background(), new CoverageComparer(CorpusStats.background()));

  static final List<String> STORIES = List.of("quake", "crash", "trade");

  private FactFixtures() {}

  /** The articles of fixture story {@code name}, with ingest numbers in file order. */
  public static List<StoredArticle> story(String name) {
    try (InputStream in =
        FactFixtures.class.getResourceAsStream("/fixtures/facts/" + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("no fixture story " + name);
      }
      JsonNode arr = Json.MAPPER.readTree(in);
      List<StoredArticle> out = new ArrayList<>();
      for (JsonNode a : arr) {
        Article art =
            new Article(
                a.get("id").asText(),
                a.get("lang").asText(),
                a.get("title").asText(),
                a.get("text").asText(),
                Optional.of(LocalDate.parse(a.get("date").asText())),
                a.get("source").asText(),
                "");
        out.add(new StoredArticle(art, out.size() + 1, "e-" + name, Optional.empty()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FactMatrix matrix(String name) {
    return FACTS.matrix(story(name));
  }

  static Article article(String name, String id) {
    return story(name).stream()
        .map(StoredArticle::article)
        .filter(a -> a.id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
