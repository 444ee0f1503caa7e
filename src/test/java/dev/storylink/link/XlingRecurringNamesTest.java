package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.core.Article;
import dev.storylink.eval.ClusterEvaluator;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tenth round (docs/cross-language.md): {@code link} reads the cross-language model with the
 * recurring-name evidence ({@code namerecur}), the clusterer's story linking without it unless the
 * pair also shares a day or a two-token name, so a pair whose matched names recur gets a lower
 * probability from the clusterer than from {@code link}, and two look-alike events about the same
 * person stay in two stories.
 */
class XlingRecurringNamesTest {
  private static final LinguaLanguageIdentifier LANG = new LinguaLanguageIdentifier();
  private static final FeatureExtractor FX = new FeatureExtractor(CorpusStats.background(), LANG);

  /** First event: a singer's concert cancelled in Belgrade (English, two outlets). */
  static final Article EN_1 =
      article(
          "en1",
          "en",
          "2024-03-08",
          "Amy Winehouse cancels Belgrade concert",
          "Singer Amy Winehouse cancelled her concert in Belgrade on Friday, her manager Raye Cosbert"
              + " said. Winehouse had been booed off the stage at the Kalemegdan fortress the night"
              + " before. Cosbert said Winehouse would rest in London. Fans in Belgrade asked for"
              + " their money back, and the promoter said tickets would be refunded.");

  static final Article EN_2 =
      article(
          "en2",
          "en",
          "2024-03-08",
          "Winehouse calls off Serbian show",
          "Amy Winehouse called off a concert in Belgrade, Serbia, on Friday after a performance"
              + " that fans booed. Her manager Raye Cosbert said Winehouse was flying back to"
              + " London. Winehouse had started her European tour in Belgrade.");

  /** The look-alike: the same singer cancels a concert in Istanbul two months later (Russian). */
  static final Article RU_OTHER =
      article(
          "ru1",
          "ru",
          "2024-05-10",
          "Эми Уайнхаус отменила концерт в Стамбуле",
          "Певица Уайнхаус отменила концерт в Стамбуле в пятницу, сообщил её менеджер Косберт."
              + " Уайнхаус должна была выступить на стадионе в Стамбуле. Косберт сказал, что"
              + " Уайнхаус отдохнёт в Лондоне. Организатор обещал вернуть деньги за билеты.");

  /** The first event in Russian: the same day, the singer's full name. */
  static final Article RU_SAME =
      article(
          "ru2",
          "ru",
          "2024-03-08",
          "Эми Уайнхаус отменила концерт в Белграде",
          "Певица Эми Уайнхаус отменила концерт в Белграде в пятницу, сообщил её менеджер Косберт."
              + " Накануне публика освистала Уайнхаус в крепости Калемегдан. Косберт сказал, что"
              + " Уайнхаус вернётся в Лондон. Организатор обещал вернуть деньги за билеты.");

  static Article article(String id, String lang, String date, String title, String text) {
    return new Article(id, lang, title, text, Optional.of(LocalDate.parse(date)), "", "");
  }

  static ArticleFeatures features(Article a) {
    return FX.extract(FX.withSupportedLanguage(a));
  }

  @Test
  void theClustererReadsTheCrossLanguageModelWithoutRecurringNames() {
    ArticleFeatures en = features(EN_1);
    ArticleFeatures ru = features(RU_OTHER);
    double[] z = CrossLanguageFeatures.compute(en, ru);
    assertThat(z[CrossLanguageFeatures.NAMERECUR]).isPositive();
    // no shared day, no shared name of two tokens: the clusterer leaves namerecur out
    assertThat(z[CrossLanguageFeatures.index("dates")]).isZero();
    assertThat(z[CrossLanguageFeatures.index("namepairs")]).isZero();
    CrossLanguageModel model = CrossLanguageModel.shipped();
    // lower similarity = same story: recurring names pull a pair towards the same story
    assertThat(model.weights()[CrossLanguageFeatures.NAMERECUR]).isNegative();
    double link = FeaturePairScorer.shipped().probability(en, ru);
    double clustering = FeaturePairScorer.forClustering().probability(en, ru);
    assertThat(link).isGreaterThan(0.99); // link: the same story (the same singer's tour)
    assertThat(clustering).isLessThan(link - 0.02);
    double[] without = z.clone();
    without[CrossLanguageFeatures.NAMERECUR] = 0;
    assertThat(clustering).isEqualTo(model.probability(model.similarity(without)));
    // the same event in Russian shares the day: the clusterer reads the pair as link does
    ArticleFeatures same = features(RU_SAME);
    assertThat(FeaturePairScorer.forClustering().probability(en, same))
        .isEqualTo(FeaturePairScorer.shipped().probability(en, same));
    // a pair in one language is read as before
    assertThat(FeaturePairScorer.forClustering().probability(en, features(EN_2)))
        .isEqualTo(
            FeaturePairScorer.forClustering(LinkModel.shipped(), model)
                .probability(en, features(EN_2)));
  }

  @Test
  void lookAlikeEventsAboutTheSamePersonStayInTwoStories() {
    ClusterEvaluator.Clustering c =
        ClusterEvaluator.cluster(
            List.of(EN_1, EN_2, RU_OTHER, RU_SAME),
            ClusterConfig.defaults(),
            LANG,
            FeaturePairScorer.forClustering());
    Map<String, String> story = c.storyOf();
    assertThat(story.get("en2")).isEqualTo(story.get("en1"));
    assertThat(story.get("ru1")).isNotEqualTo(story.get("en1"));
    assertThat(story.get("ru2")).isEqualTo(story.get("en1"));
  }
}
