package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.features.ActObject;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.BareFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.features.Mention;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The focus features ({@link FocusFeatures}: {@code person_differs}, {@code person_unnamed}, {@code
 * acts_opposed}): a lineman's arrest against a receiver's event, a hiring against a firing of one
 * coach; computed only with the evidence features; the shipped rule reads the opposing acts only.
 */
class FocusFeaturesTest {
  private static final int DIFFERS = EventFeatures.NAMES.indexOf("person_differs");
  private static final int UNNAMED = EventFeatures.NAMES.indexOf("person_unnamed");
  private static final int OPPOSED = EventFeatures.NAMES.indexOf("acts_opposed");
  private static final int OBJECT = EventFeatures.NAMES.indexOf("act_object_differs");

  private static Mention name(String key) {
    return new Mention(Mention.Kind.NAME, key, key, List.of(key), 4.0, 2, "");
  }

  private static ArticleFeatures article(
      String id, Optional<String> person, List<String> names, List<String> acts) {
    return BareFeatures.of(id)
        .names(names.stream().map(FocusFeaturesTest::name).toList())
        .tokens(50)
        .focus(person, acts)
        .build();
  }

  private static double[] features(ArticleFeatures f, List<ArticleFeatures> reps, boolean ev) {
    double[] probs = new double[reps.size()];
    java.util.Arrays.fill(probs, 0.6);
    return EventFeatures.compute(
        f,
        reps,
        probs,
        Optional.empty(),
        Optional.empty(),
        reps.size(),
        0L,
        new YearCounts(),
        1.0,
        EventFeatures.Parts.of(ev));
  }

  @Test
  void anotherPlayerOfTheTeamIsAnotherPerson() {
    ArticleFeatures williams =
        article(
            "w",
            Optional.of("williams"),
            List.of("williams", "chargers", "dui"),
            List.of("arrest", "drunk_driving"));
    ArticleFeatures jackson =
        article(
            "j",
            Optional.of("jackson"),
            List.of("jackson", "chargers", "dui"),
            List.of("arrest", "drunk_driving"));
    double[] x = features(williams, List.of(jackson), true);
    assertThat(x[DIFFERS]).isEqualTo(1.0);
    assertThat(x[UNNAMED]).isEqualTo(1.0);
    assertThat(x[OPPOSED]).isZero();
    // the same person: no evidence against
    double[] same = features(williams, List.of(williams), true);
    assertThat(same[DIFFERS]).isZero();
    assertThat(same[UNNAMED]).isZero();
    // an article that names the event's person, in an event that names the article's, is not
    // "unnamed"; when the event does not name the article's person it is
    ArticleFeatures both =
        article(
            "b",
            Optional.of("williams"),
            List.of("williams", "jackson", "chargers"),
            List.of("arrest"));
    ArticleFeatures jacksonNamesWilliams =
        article(
            "jw",
            Optional.of("jackson"),
            List.of("jackson", "williams", "chargers"),
            List.of("arrest"));
    assertThat(features(both, List.of(jacksonNamesWilliams), true)[UNNAMED]).isZero();
    assertThat(features(both, List.of(jackson), true)[UNNAMED]).isEqualTo(1.0);
    // the other way: the event's report names no person, nor the article's
    ArticleFeatures unnamedReceiver =
        article("u", Optional.empty(), List.of("chargers", "dui"), List.of("arrest"));
    assertThat(features(williams, List.of(unnamedReceiver), true)[UNNAMED]).isEqualTo(1.0);
    assertThat(features(williams, List.of(unnamedReceiver), true)[DIFFERS]).isZero();
    ArticleFeatures namesWilliams =
        article("n", Optional.empty(), List.of("chargers", "williams"), List.of("arrest"));
    assertThat(features(williams, List.of(namesWilliams), true)[UNNAMED]).isZero();
    // weighed 1/n: an older event of three Jackson reports
    assertThat(features(williams, List.of(jackson, jackson, jackson), true)[UNNAMED])
        .isEqualTo(1.0 / 3);
  }

  @Test
  void hiringAgainstFiringIsOpposedOnlyWhenExplicit() {
    ArticleFeatures hired =
        article("h", Optional.of("cheeks"), List.of("cheeks"), List.of("hiring", "coach"));
    ArticleFeatures fired =
        article("f", Optional.of("cheeks"), List.of("cheeks"), List.of("dismissal", "coach"));
    ArticleFeatures both =
        article(
            "b", Optional.of("cheeks"), List.of("cheeks"), List.of("dismissal", "hiring", "coach"));
    assertThat(features(hired, List.of(fired), true)[OPPOSED]).isEqualTo(1.0);
    assertThat(features(hired, List.of(fired, both), true)[OPPOSED]).isEqualTo(0.5);
    assertThat(features(both, List.of(fired), true)[OPPOSED]).isZero();
    assertThat(features(hired, List.of(hired), true)[OPPOSED]).isZero();
    assertThat(FocusFeatures.opposed(List.of("arrest"), List.of("prisoner_release"))).isTrue();
    assertThat(FocusFeatures.opposed(List.of("arrest"), List.of("trial"))).isFalse();
  }

  private static ArticleFeatures acting(String id, List<String> lead, ActObject... acts) {
    return BareFeatures.of(id)
        .names(List.of(name("cheeks"), name("obrien")))
        .tokens(50)
        .focus(Optional.of("cheeks"), lead)
        .acts(List.of(acts))
        .build();
  }

  @Test
  void withoutAMainPersonTheArticleIsAboutItsActsPersons() {
    // "Jamal Williams was arrested on suspicion of DUI" against "Chargers' Jackson arrested on
    // suspicion of DUI": neither has a main person; the article's arrest applies to Williams
    ArticleFeatures williams =
        BareFeatures.of("w")
            .names(List.of(name("williams"), name("chargers")))
            .tokens(50)
            .focus(Optional.empty(), List.of("arrest", "drunk_driving"))
            .acts(List.of(new ActObject("arrest", List.of("williams"))))
            .build();
    ArticleFeatures jackson =
        article("j", Optional.empty(), List.of("jackson", "chargers"), List.of("arrest"));
    assertThat(features(williams, List.of(jackson), true)[UNNAMED]).isEqualTo(1.0);
    assertThat(features(williams, List.of(jackson, jackson), true)[UNNAMED]).isEqualTo(0.5);
    // an event that names Williams, or whose leads name no arrest: no evidence
    ArticleFeatures both =
        article("b", Optional.empty(), List.of("jackson", "williams"), List.of("arrest"));
    assertThat(features(williams, List.of(jackson, both), true)[UNNAMED]).isZero();
    ArticleFeatures trial =
        article("t", Optional.empty(), List.of("jackson", "chargers"), List.of("trial"));
    assertThat(features(williams, List.of(trial), true)[UNNAMED]).isZero();
  }

  @Test
  void oneActOnAnotherPersonIsALookAlike() {
    // 2005: O'Brien fired, Cheeks hired; 2008: Cheeks fired. Both leads name a dismissal.
    ArticleFeatures hiring2005 =
        acting(
            "h",
            List.of("dismissal", "hiring"),
            new ActObject("dismissal", List.of("obrien")),
            new ActObject("hiring", List.of("cheeks")));
    ArticleFeatures firing2008 =
        acting("f", List.of("dismissal"), new ActObject("dismissal", List.of("cheeks")));
    ArticleFeatures firingNoObject = acting("n", List.of("dismissal"));
    assertThat(features(hiring2005, List.of(firing2008), true)[OBJECT]).isEqualTo(1.0);
    assertThat(features(firing2008, List.of(hiring2005), true)[OBJECT]).isEqualTo(1.0);
    // the acts alone are not opposed: both name a dismissal
    assertThat(features(hiring2005, List.of(firing2008), true)[OPPOSED]).isZero();
    // the same act on the same person, or an event that names no person for it: no evidence
    assertThat(features(firing2008, List.of(firing2008, firingNoObject), true)[OBJECT]).isZero();
    assertThat(features(firing2008, List.of(firingNoObject), true)[OBJECT]).isZero();
    // one representative naming the article's person for that act is enough to agree
    ArticleFeatures firingBoth =
        acting("b", List.of("dismissal"), new ActObject("dismissal", List.of("cheeks", "dileo")));
    assertThat(features(hiring2005, List.of(firingBoth), true)[OBJECT]).isEqualTo(1.0);
    assertThat(features(firing2008, List.of(hiring2005, firingBoth), true)[OBJECT]).isZero();
    assertThat(features(hiring2005, List.of(firing2008), false)[OBJECT]).isZero();
    // the story join's check: two events of one language
    assertThat(FocusFeatures.lookAlike(List.of(hiring2005), List.of(firing2008), true)).isTrue();
    assertThat(FocusFeatures.lookAlike(List.of(firing2008), List.of(hiring2005), false)).isTrue();
    assertThat(FocusFeatures.lookAlike(List.of(firing2008), List.of(firingBoth), true)).isFalse();
    assertThat(FocusFeatures.lookAlike(List.of(firingNoObject), List.of(hiring2005), true))
        .isFalse();
    // one person in two grammatical cases is one person (Polish Duda, Dudy), two names are two
    assertThat(FocusFeatures.samePerson("duda", "dudy")).isTrue();
    assertThat(FocusFeatures.samePerson("stonoga", "stonogi")).isTrue();
    assertThat(FocusFeatures.samePerson("джексон", "джексона")).isTrue();
    assertThat(FocusFeatures.samePerson("jackson", "johnson")).isFalse();
    assertThat(FocusFeatures.samePerson("cheeks", "obrien")).isFalse();
    assertThat(FocusFeatures.samePerson("kim", "kin")).isFalse();
  }

  private static final FeatureExtractor EXTRACTOR =
      FeatureExtractor.forClustering(CorpusStats.background(), new LinguaLanguageIdentifier());

  private static ArticleFeatures report(String lang, String text) {
    return EXTRACTOR.extract(Article.of(lang + text.length(), lang, text));
  }

  /** Composed reports in four languages: the coach's hiring in one season, his firing later. */
  @Test
  void reportsOfOneActOnTwoPersonsAreLookAlikesInEveryScript() {
    List<List<String>> byLang =
        List.of(
            List.of(
                "ar",
                "النادي يعلن إقالة أوكونكوو وتعيين فالديراما\n"
                    + "أعلن النادي أمس إقالة المدرب أوكونكوو بعد موسم واحد، وتعيين فالديراما"
                    + " مدرباً. وكان أوكونكوو قد تولى المنصب قبل عام.",
                "أقيل فالديراما من تدريب الفريق\n"
                    + "أقيل فالديراما من منصب المدرب الرئيسي يوم السبت بعد سلسلة من الهزائم، وقال"
                    + " فالديراما إنه يحترم القرار."),
            List.of(
                "fa",
                "برکناری اوکونکوو و انتصاب والدراما\n"
                    + "باشگاه خبر برکناری اوکونکوو و انتصاب والدراما را اعلام کرد. اوکونکوو دو سال"
                    + " سرمربی تیم بود.",
                "باشگاه والدراما را برکنار کرد\n"
                    + "باشگاه روز شنبه والدراما را برکنار کرد. والدراما سه سال سرمربی تیم بود."),
            List.of(
                "en",
                "Rovers Fire Coach Daniel Okonkwo, Hire Carlos Valderrama\n"
                    + "The Rovers fired head coach Daniel Okonkwo after one season and hired Carlos"
                    + " Valderrama, a former player.",
                "Rovers fire coach Carlos Valderrama\n"
                    + "The Rovers fired coach Carlos Valderrama on Saturday after nine losses in a"
                    + " row."),
            List.of(
                "tr",
                "Kulüp Okonkwo'yu görevden aldı\n"
                    + "Kulüp, teknik direktör Daniel Okonkwo'yu görevden aldı ve yerine Carlos"
                    + " Valderrama'yı atadı.",
                "Kulüp Valderrama'yı görevden aldı\n"
                    + "Kulüp, teknik direktör Carlos Valderrama'yı görevden aldı. Valderrama üç"
                    + " yıldır takımın başındaydı."));
    for (List<String> l : byLang) {
      ArticleFeatures hiring = report(l.get(0), l.get(1));
      ArticleFeatures firing = report(l.get(0), l.get(2));
      assertThat(FocusFeatures.lookAlike(List.of(hiring), List.of(firing), true))
          .as(l.get(0))
          .isTrue();
      assertThat(features(firing, List.of(hiring), true)[OBJECT]).as(l.get(0)).isEqualTo(1.0);
      // a report of the same firing agrees
      assertThat(FocusFeatures.lookAlike(List.of(firing), List.of(firing), true))
          .as(l.get(0))
          .isFalse();
    }
  }

  @Test
  void leftAtZeroWithoutTheEvidenceFeaturesAndTheShippedRuleReadsActsAndUnnamedPerson() {
    ArticleFeatures hired =
        article("h", Optional.of("cheeks"), List.of("cheeks"), List.of("hiring"));
    ArticleFeatures fired =
        article("f", Optional.of("obrien"), List.of("obrien"), List.of("dismissal"));
    double[] x = features(hired, List.of(fired), false);
    assertThat(x[DIFFERS]).isZero();
    assertThat(x[UNNAMED]).isZero();
    assertThat(x[OPPOSED]).isZero();
    // the shipped rule reads the opposing acts (acts_opposed -2) and the unnamed person
    // (person_unnamed -2, the eighth round), not person_differs
    AssignmentModel shipped = AssignmentModel.shipped();
    assertThat(shipped.reads(FocusFeatures.FROM, FocusFeatures.FROM + 1)).isFalse();
    assertThat(shipped.weights()[UNNAMED]).isEqualTo(-2.0);
    assertThat(shipped.weights()[OPPOSED]).isEqualTo(-2.0);
  }
}
