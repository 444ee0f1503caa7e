package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.link.CrossLanguageFeatures;
import dev.storylink.text.LinguaLanguageIdentifier;
import dev.storylink.text.NameKeys;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Chinese transliterated names and pair skeletons of short names, on composed articles. */
class CrossScriptNamesTest {
  private static final FeatureExtractor FX =
      new FeatureExtractor(CorpusStats.background(), new LinguaLanguageIdentifier());

  private static ArticleFeatures extract(String id, String lang, String text) {
    return FX.extract(Article.of(id, lang, text));
  }

  private static Map<String, String> skeletons(ArticleFeatures f) {
    return f.names().stream()
        .collect(Collectors.toMap(Mention::key, Mention::skeleton, (x, y) -> x));
  }

  private static final String ZH = "法院枪击案凶手布赖恩·尼科尔斯周六被判处终身监禁。富尔顿县检察官对判决表示失望。" + "我们买了很多东西，马上回家。";
  private static final String EN =
      "Courthouse gunman Brian Nichols was sentenced to life in prison on Saturday. The Fulton"
          + " County prosecutor said he was disappointed by the verdict.";

  @Test
  void chineseTransliteratedNamesAreNamesKeyedByTheirPinyin() {
    Map<String, String> names = skeletons(extract("zh", "zh", ZH));
    assertThat(names).containsEntry("尼科尔斯", "nkls").containsEntry("布赖恩", "bln");
    // ordinary words are not names: a dictionary word of the alphabet (东西), other characters
    assertThat(names).doesNotContainKeys("东西", "马上", "检察官");
  }

  @Test
  void chineseNamesMatchTheEnglishNames() {
    ArticleFeatures zh = extract("zh", "zh", ZH);
    ArticleFeatures en = extract("en", "en", EN);
    double[] z = CrossLanguageFeatures.compute(zh, en);
    assertThat(z[CrossLanguageFeatures.index("namehits")] * 10).isGreaterThanOrEqualTo(2);
    assertThat(z[CrossLanguageFeatures.index("namepairs")]).isPositive();
    ArticleFeatures other =
        extract(
            "en2",
            "en",
            "Senator Hillary Clinton met Chancellor Angela Merkel in Berlin on Tuesday to discuss"
                + " trade and the climate.");
    assertThat(CrossLanguageFeatures.compute(zh, other)[CrossLanguageFeatures.index("namehits")])
        .isZero();
  }

  @Test
  void aRussianWordThatOnlyStartsSentencesMeetsNothingAcrossScripts() {
    // the background statistics hold no Russian: every capitalised Russian word is a rare name
    ArticleFeatures ru =
        extract(
            "ru",
            "ru",
            "Затем президент Владимир Путин встретился с Дональдом Трампом в Хельсинки. Однако"
                + " переговоры не принесли результата, сказал Путин журналистам. Шокирующее"
                + " заявление прозвучало вечером.");
    Map<String, String> names = skeletons(ru);
    assertThat(names).containsEntry("путин", "btn").containsEntry("трампом", "trmb");
    assertThat(names).containsKeys("затем", "однако");
    assertThat(names.get("затем")).isEmpty();
    assertThat(names.get("однако")).isEmpty();
    assertThat(names.get("шокирующее")).isEmpty();
    ArticleFeatures en =
        extract(
            "en",
            "en",
            "President Vladimir Putin met Donald Trump in Helsinki, but the talks brought no"
                + " result, Putin told reporters.");
    double[] z = CrossLanguageFeatures.compute(ru, en);
    assertThat(z[CrossLanguageFeatures.index("namehits")] * 10).isGreaterThanOrEqualTo(3);
  }

  @Test
  void shortNamesMatchAsAPairOfGivenAndFamilyName() {
    ArticleFeatures fa =
        extract(
            "fa",
            "fa",
            "بتی پیج، مدل مشهور آمریکایی، در سن هشتاد و پنج سالگی درگذشت. بتی پیج در تنسی به دنیا آمده بود.");
    ArticleFeatures en =
        extract(
            "en",
            "en",
            "Bettie Page, the famous American model, died at the age of 85. Bettie Page was born"
                + " in Tennessee.");
    // alone, each skeleton is too short to match across scripts
    assertThat(NameKeys.matchable(NameKeys.skeleton("Page"))).isFalse();
    assertThat(NameKeys.matchable(NameKeys.skeleton("بتی"))).isFalse();
    assertThat(skeletons(en)).containsEntry("page", "btbj");
    double[] z = CrossLanguageFeatures.compute(fa, en);
    assertThat(z[CrossLanguageFeatures.index("namepairs")]).isPositive();
    // the same names in another order, or one of them alone, do not
    ArticleFeatures swapped =
        extract("en2", "en", "Page Bettie was a famous American model who died at the age of 85.");
    assertThat(CrossLanguageFeatures.compute(fa, swapped)[CrossLanguageFeatures.index("namepairs")])
        .isZero();
  }
}
