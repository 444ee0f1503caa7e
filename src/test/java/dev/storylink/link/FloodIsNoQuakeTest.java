package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.app.IngestItem;
import dev.storylink.app.IngestListener;
import dev.storylink.app.StoryLink;
import dev.storylink.cluster.StoryClusterer;
import dev.storylink.core.Article;
import dev.storylink.eval.PairsDataset;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.features.Mention;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 31 (docs/cross-language.md): composed reports of one earthquake in Malatya, Turkey (en,
 * tr, fa, ar, ur, ru) and of a flood in Pakistan's Sindh the same day (en, three versions: other
 * figures, two figures shared, three figures and the given name Ali shared). A flood in Pakistan is
 * no earthquake in Turkey: the rule of {@link CrossLanguageModel#decided} on {@code placeconflict}
 * and {@code typeconflict} holds every flood–quake pair in two languages at the probability {@link
 * CrossLanguageModel#CONFLICTING}, and the quake reports stay the same event.
 */
class FloodIsNoQuakeTest {
  private static final LinguaLanguageIdentifier LANG = new LinguaLanguageIdentifier();
  private static final FeatureExtractor FX = new FeatureExtractor(CorpusStats.background(), LANG);
  private static final List<String> QUAKES = List.of("tr-q", "fa-q", "ar-q", "ur-q", "ru-q");
  private static final List<String> FLOODS = List.of("en-f", "en-f2", "en-f3");

  @TempDir Path tmp;

  private static Map<String, Article> articles() throws Exception {
    Map<String, Article> out = new HashMap<>();
    for (String f : List.of("quake.jsonl", "floods.jsonl")) {
      out.putAll(
          PairsDataset.readArticles(
              Path.of(
                  FloodIsNoQuakeTest.class.getResource("/fixtures/link/xlink31/" + f).toURI())));
    }
    return out;
  }

  private static Map<String, ArticleFeatures> features() throws Exception {
    Map<String, ArticleFeatures> out = new HashMap<>();
    articles().forEach((id, a) -> out.put(id, FX.extract(FX.withSupportedLanguage(a))));
    return out;
  }

  private static Mention mention(String key) {
    return new Mention(Mention.Kind.PLACE, key, key, List.of(key), 1, 1, "", false);
  }

  private static List<Mention> keys(String... ks) {
    List<Mention> out = new ArrayList<>();
    for (String k : ks) {
      out.add(mention(k));
    }
    return out;
  }

  @Test
  void placeConflictWhenBothNameCountriesAndNoneInCommon() {
    assertThat(CrossLanguageConflicts.countries(keys("PK"), keys("TR", "IR", "AZ"))).isEqualTo(1);
  }

  @Test
  void noPlaceConflictWhenOneCountryIsShared() {
    // rescue teams from Iran and Azerbaijan: a foreign-news report still shares Turkey
    assertThat(CrossLanguageConflicts.countries(keys("TR"), keys("TR", "IR", "AZ"))).isZero();
  }

  @Test
  void noPlaceConflictWhenASideNamesNoCountry() {
    // a city is no country: Karachi against Turkey says nothing
    assertThat(CrossLanguageConflicts.countries(keys("Asia/Karachi"), keys("TR"))).isZero();
    assertThat(CrossLanguageConflicts.countries(keys(), keys("TR"))).isZero();
  }

  @Test
  void typeConflictWhenBothNameIncidentsAndNoneInCommon() {
    assertThat(CrossLanguageConflicts.incidents(keys("flood", "killed"), keys("earthquake")))
        .isEqualTo(1);
  }

  @Test
  void noTypeConflictWhenOneIncidentIsShared() {
    assertThat(
            CrossLanguageConflicts.incidents(
                keys("shooting", "attack"), keys("attack", "police_shooting")))
        .isZero();
  }

  @Test
  void noTypeConflictWhenASideNamesNoIncident() {
    // killed and rescue are concepts, not incidents; a summit is an event type, not an incident
    assertThat(CrossLanguageConflicts.incidents(keys("killed", "rescue"), keys("earthquake")))
        .isZero();
    assertThat(CrossLanguageConflicts.incidents(keys("summit"), keys("earthquake"))).isZero();
  }

  @Test
  void theFloodIsNoQuakeInAnyLanguage() throws Exception {
    Map<String, ArticleFeatures> f = features();
    FeaturePairScorer link = FeaturePairScorer.shipped();
    FeaturePairScorer clustering = FeaturePairScorer.forClustering();
    for (String flood : FLOODS) {
      for (String quake : QUAKES) {
        double[] z = CrossLanguageFeatures.compute(f.get(flood), f.get(quake));
        assertThat(z[CrossLanguageFeatures.index("placeconflict")]).as(flood + " " + quake).isOne();
        assertThat(z[CrossLanguageFeatures.index("typeconflict")]).as(flood + " " + quake).isOne();
        assertThat(link.probability(f.get(flood), f.get(quake)))
            .as(flood + " vs " + quake)
            .isLessThanOrEqualTo(CrossLanguageModel.CONFLICTING + 1e-9);
        assertThat(clustering.probability(f.get(flood), f.get(quake)))
            .as(flood + " vs " + quake + ", clusterer")
            .isLessThanOrEqualTo(CrossLanguageModel.CONFLICTING + 1e-9);
      }
    }
  }

  @Test
  void theQuakeReportsStayTheSameEvent() throws Exception {
    Map<String, ArticleFeatures> f = features();
    FeaturePairScorer link = FeaturePairScorer.shipped();
    for (String a : QUAKES) {
      for (String b : QUAKES) {
        if (a.compareTo(b) < 0) {
          double[] z = CrossLanguageFeatures.compute(f.get(a), f.get(b));
          assertThat(CrossLanguageModel.conflicting(z)).as(a + " " + b).isFalse();
          assertThat(link.probability(f.get(a), f.get(b))).as(a + " vs " + b).isGreaterThan(0.9);
        }
      }
      assertThat(link.probability(f.get("en-q"), f.get(a))).as("en-q vs " + a).isGreaterThan(0.9);
    }
  }

  @Test
  void ingestKeepsTheFloodOutOfTheQuakesStory() throws Exception {
    Map<String, Article> all = articles();
    List<Article> in = new ArrayList<>();
    for (String id : List.of("en-q", "tr-q", "fa-q", "ar-q", "ur-q", "ru-q", "en-f")) {
      in.add(all.get(id));
    }
    Map<String, String> story = new HashMap<>();
    try (StoryLink sl = StoryLink.builder().dataDir(tmp.resolve("d")).build()) {
      sl.ingest(
          IngestItem.numbered(in),
          IngestListener.onStored(
              (StoryClusterer.Outcome o) ->
                  o.assignment().ifPresent(a -> story.put(o.articleId(), a.storyId()))));
    }
    assertThat(story).hasSize(7);
    for (String q : QUAKES) {
      assertThat(story.get(q)).as(q).isEqualTo(story.get("en-q"));
    }
    assertThat(story.get("en-f")).isNotEqualTo(story.get("en-q"));
  }
}
