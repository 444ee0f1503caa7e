package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Article;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.store.ArticleStore;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An outlet's repeated text cut before an article's evidence ({@link BoilerplateFilter},
 * docs/clustering-quality.md, twentieth round): composed items of one outlet inside one cookie
 * banner.
 */
class BoilerplateFilterTest {
  @TempDir Path tmp;

  private static final String BANNER =
      "We value your privacy. We and our partners use cookies to store and access information on"
          + " your device and to measure the audience of our website.";

  private static final String FOOTER =
      "Subscribe to our newsletter and get the latest headlines in your inbox every morning.";

  private static final String FERRY =
      "A ferry caught fire off the Greek island of Corfu on Tuesday night and coastguard vessels"
          + " evacuated all 280 passengers and crew, the Greek shipping ministry said. The fire"
          + " started in the engine room an hour after the ship left the port of Igoumenitsa, and"
          + " two crew members were taken to hospital with burns.";

  private static final String BAKERY =
      "A family bakery in Leeds reopened on Saturday after a flood closed it for three months,"
          + " and its owners handed out free bread to the first hundred customers. The owners"
          + " said neighbours had helped them dry the ovens and repaint the shop, and that the"
          + " insurer paid for a new counter.";

  private static final String THIRD =
      "The town council of Ripon approved a new cycle lane on Monday. It will run from the"
          + " railway station to the market square and open next spring, the council's transport"
          + " committee said after a vote of nine to two.";

  private static Article of(String id, String outlet, String text) {
    return new Article(id, "en", "", text, Optional.empty(), outlet, "");
  }

  private static ClusterConfig.Boilerplate once() {
    return ClusterConfig.Boilerplate.of(5, 1);
  }

  private static Optional<Article> strip(BoilerplateFilter f, Article a) {
    return f.strip(a, BoilerplateFilter.shingles(BoilerplateFilter.outlet(a), a.text(), f.words()));
  }

  @Test
  void theOutletsBannerIsCutFromItsNextItemAndTheItemKept() {
    BoilerplateFilter f = new BoilerplateFilter(once());
    Article ferry = of("a1", "news.example", BANNER + "\n" + FERRY + "\n" + FOOTER);
    Article bakery = of("a2", "news.example", BANNER + "\n" + BAKERY + "\n" + FOOTER);

    assertThat(strip(f, ferry)).as("the first article has no earlier text").isEmpty();
    Article cut = strip(f, bakery).orElseThrow();

    // the shingle across the banner's end ("audience of our website a") was in the ferry item:
    // the bakery item's first word goes with the banner
    assertThat(cut.text()).isEqualTo(BAKERY.substring("A ".length()));
    assertThat(cut.id()).isEqualTo("a2");
    assertThat(cut.source()).isEqualTo("news.example");
  }

  @Test
  void anotherOutletsCopyOfTheSameWordsIsNotCut() {
    BoilerplateFilter f = new BoilerplateFilter(once());
    strip(f, of("a1", "news.example", BANNER + "\n" + FERRY));

    assertThat(strip(f, of("b1", "other.example", BANNER + "\n" + BAKERY))).isEmpty();
  }

  @Test
  void anArticleMostlyMadeOfEarlierTextIsKeptWhole() {
    BoilerplateFilter f = new BoilerplateFilter(once());
    strip(f, of("a1", "news.example", FERRY + " " + BAKERY));

    // the same report again with one sentence added: a version, not boilerplate
    assertThat(strip(f, of("a2", "news.example", FERRY + " " + BAKERY + " More follows.")))
        .isEmpty();
  }

  @Test
  void withTwoEarlierArticlesNeededTheThirdItemIsCut() {
    BoilerplateFilter f = new BoilerplateFilter(ClusterConfig.Boilerplate.of(5, 2));
    assertThat(strip(f, of("a1", "news.example", BANNER + "\n" + FERRY))).isEmpty();
    assertThat(strip(f, of("a2", "news.example", BANNER + "\n" + BAKERY))).isEmpty();

    assertThat(strip(f, of("a3", "news.example", BANNER + "\n" + THIRD)).orElseThrow().text())
        .isEqualTo(THIRD);
  }

  @Test
  void theOutletIsTheSourceElseTheUrlsHostElseNoneAndThenNothingIsCut() {
    Article fromUrl =
        new Article(
            "u1", "en", "", FERRY, Optional.empty(), "", "https://News.Example/world/ferry");
    assertThat(BoilerplateFilter.outlet(fromUrl)).isEqualTo("news.example");
    assertThat(BoilerplateFilter.outlet(of("s1", " Feed Title ", FERRY))).isEqualTo("feed title");

    BoilerplateFilter f = new BoilerplateFilter(once());
    strip(f, of("n1", "", BANNER + "\n" + FERRY));
    assertThat(strip(f, of("n2", "", BANNER + "\n" + BAKERY))).isEmpty();
    assertThat(f.size()).isZero();
  }

  @Test
  void overCapacityCountsAreHalvedSoOneOffTextGoesAndRepeatedTextStays() {
    // 76 shingles after the first item, 126 after the second: over 90, halved
    BoilerplateFilter f = new BoilerplateFilter(new ClusterConfig.Boilerplate(5, 1, 0.5, 90));
    strip(f, of("a1", "news.example", BANNER + "\n" + FERRY));
    assertThat(f.size()).isEqualTo(76);
    strip(f, of("a2", "news.example", BANNER + "\n" + BAKERY));

    // the banner's 22 shingles and the one across its end ("audience of our website a")
    assertThat(f.size()).as("the shingles seen twice stay").isEqualTo(23);
    assertThat(strip(f, of("a3", "news.example", BANNER + "\n" + THIRD)).orElseThrow().text())
        .isEqualTo(THIRD);
  }

  @Test
  void theClustererKeepsTwoItemsInsideOneBannerApartWhenItCutsTheBanner() throws IOException {
    List<Article> items =
        List.of(
            of("ferry", "news.example", BANNER + "\n" + FERRY + "\n" + FOOTER),
            of("bakery", "news.example", BANNER + "\n" + BAKERY + "\n" + FOOTER),
            of("ferry2", "other.example", "Corfu ferry fire: " + FERRY));

    Map<String, String> whole =
        eventOf(tmp.resolve("whole"), items, ClusterConfig.Boilerplate.NONE);
    Map<String, String> cut = eventOf(tmp.resolve("cut"), items, once());

    assertThat(whole.get("bakery")).as("the banner joins them").isEqualTo(whole.get("ferry"));

    assertThat(cut.get("bakery")).isNotEqualTo(cut.get("ferry"));
    assertThat(cut.get("ferry2")).as("the event's evidence is kept").isEqualTo(cut.get("ferry"));
  }

  private static Map<String, String> eventOf(
      Path dir, List<Article> articles, ClusterConfig.Boilerplate b) throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      StoryClusterer c =
          StoryClusterer.open(
              store,
              FeaturePairScorer.forClustering(),
              new LinguaLanguageIdentifier(),
              ClusterConfig.defaults().withBoilerplate(b));
      Map<String, String> out = new LinkedHashMap<>();
      for (Article a : articles) {
        out.put(a.id(), c.add(a).eventId());
      }
      c.commit();
      return out;
    }
  }

  @Test
  void aSettingIsReadFromItsWordsAndCountOrRefusedByName() {
    assertThat(ClusterConfig.Boilerplate.parse("12,1"))
        .isEqualTo(ClusterConfig.Boilerplate.SHIPPED);
    assertThat(ClusterConfig.Boilerplate.parse(" 12 , 0").none()).isTrue();
    assertThat(ClusterConfig.Boilerplate.parse("8,2,0.3").maxShare()).isEqualTo(0.3);
    assertThatThrownBy(() -> ClusterConfig.Boilerplate.parse("12"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("boilerplate setting '12': expected W,K or W,K,S");
    assertThatThrownBy(() -> ClusterConfig.Boilerplate.parse("twelve,1"))
        .hasMessageStartingWith("boilerplate setting 'twelve,1': ");
    assertThatThrownBy(() -> ClusterConfig.Boilerplate.parse("1,1"))
        .hasMessageContaining("words >= 2");
  }
}
