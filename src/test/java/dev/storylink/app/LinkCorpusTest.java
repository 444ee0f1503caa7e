package dev.storylink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.link.CorpusNeighbours;
import dev.storylink.link.PairFeatures;
import dev.storylink.store.StoredArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code link} within the store's articles (Session 20), and its fall-back without enough. */
class LinkCorpusTest {
  @TempDir Path tmp;

  /** A store of {@code n} composed English articles c1..cn. */
  private Path store(int n) {
    Path data = tmp.resolve("store" + n);
    try (StoryLink sl = StoryLink.builder().dataDir(data).build()) {
      List<IngestItem> items = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        items.add(IngestItem.at(ComposedArticles.article("c" + i, i), "item " + i));
      }
      sl.ingest(items, IngestListener.onStored(o -> {}));
    }
    return data;
  }

  private static double hub(StoryLink.LinkVerdict v) {
    return v.result().features().get("hub");
  }

  /**
   * The hub of (a, b) within the whole store (but the pair's stored copies) plus the pair, every
   * article compared.
   */
  private static double exactHub(StoryLink sl, Article a, Article b) {
    List<ArticleFeatures> docs = new ArrayList<>();
    for (StoredArticle s : sl.read(st -> st.allArticles())) {
      boolean pair = s.article().id().equals(a.id()) || s.article().id().equals(b.id());
      // a stored copy of either (same text) is left out as the pair itself
      boolean copy = s.article().text().equals(a.text()) || s.article().text().equals(b.text());
      if (!pair && !copy) {
        docs.add(sl.featureExtractor().extract(s.article()));
      }
    }
    ArticleFeatures fa = sl.featureExtractor().extract(a);
    ArticleFeatures fb = sl.featureExtractor().extract(b);
    docs.add(fa);
    docs.add(fb);
    double[] x = PairFeatures.compute(fa, fb);
    CorpusNeighbours.of(docs).apply(fa, fb, x);
    return x[PairFeatures.index("hub")];
  }

  /** Links (a, b) within a store of 24 composed articles; checks the hub against all of them. */
  private double linkedInStore(Article a, Article b) {
    try (StoryLink sl = StoryLink.builder().dataDir(store(24)).readOnly(true).build()) {
      StoryLink.LinkVerdict v = sl.link(a, b);
      assertThat(v.corpus().used()).isTrue();
      assertThat(v.corpus().storedArticles()).isEqualTo(24);
      // the more-like-this candidates hold each side's 10 nearest stored articles: the value is
      // the one of a corpus of every stored article and the pair
      assertThat(hub(v)).isCloseTo(exactHub(sl, a, b), within(1e-9));
      assertThat(hub(v)).isNotEqualTo(CorpusNeighbours.NEUTRAL_HUB);
      return hub(v);
    }
  }

  @Test
  void twoNewArticlesAreScoredWithinTheStoredOnes() {
    linkedInStore(ComposedArticles.article("x1", 40), ComposedArticles.article("x2", 41));
  }

  @Test
  void twoStoredArticlesLeaveThemselvesAndTheirCopiesOut() {
    double stored =
        linkedInStore(ComposedArticles.article("c3", 3), ComposedArticles.article("c4", 4));
    // the same texts under other ids are copies of stored articles: left out as well
    double copies =
        linkedInStore(ComposedArticles.article("copy3", 3), ComposedArticles.article("copy4", 4));
    assertThat(copies).isCloseTo(stored, within(1e-9));
  }

  @Test
  void aSmallStoreOrNoStoreGivesTheNeutralValue() {
    Path data = store(LinkCorpus.MIN_ARTICLES - 1);
    Article a = ComposedArticles.article("x1", 40);
    Article b = ComposedArticles.article("x2", 41);
    try (StoryLink sl = StoryLink.builder().dataDir(data).readOnly(true).build()) {
      StoryLink.LinkVerdict v = sl.link(a, b);
      assertThat(v.corpus()).isEqualTo(LinkCorpus.NONE);
      assertThat(hub(v)).isEqualTo(CorpusNeighbours.NEUTRAL_HUB);
    }
    try (StoryLink sl = StoryLink.builder().build()) {
      StoryLink.LinkVerdict v = sl.link(a, b);
      assertThat(v.corpus().used()).isFalse();
      assertThat(hub(v)).isEqualTo(CorpusNeighbours.NEUTRAL_HUB);
    }
  }

  private static Article german(String id, String text) {
    return new Article(id, "de", "", text, java.util.Optional.empty(), "", "");
  }

  @Test
  void aPairInAnotherLanguageThanTheStoreHasNoCorpus() {
    Path data = store(24);
    String text =
        "Der Rat von Aldermoor hat am Dienstag beschlossen, 10 Millionen für eine neue Brücke"
            + " über den Fluss auszugeben, sagte der Bürgermeister nach der Sitzung.";
    Article a = german("d1", text);
    Article b = german("d2", text + " Die Arbeiten beginnen im Frühjahr.");
    try (StoryLink sl = StoryLink.builder().dataDir(data).readOnly(true).build()) {
      StoryLink.LinkVerdict v = sl.link(a, b);
      assertThat(v.corpus().used()).isFalse();
      assertThat(hub(v)).isEqualTo(CorpusNeighbours.NEUTRAL_HUB);
    }
  }
}
