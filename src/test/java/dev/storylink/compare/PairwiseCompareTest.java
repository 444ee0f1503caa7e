package dev.storylink.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storylink.core.Article;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.features.Mention;
import dev.storylink.link.PairFeatures;
import dev.storylink.link.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12's pairwise comparison on short pairs composed for this test (ar, fa, en, ru). */
class PairwiseCompareTest {
  private static final CoverageComparer CMP = new CoverageComparer(CorpusStats.background());
  private static final FeatureExtractor FX =
      new FeatureExtractor(CorpusStats.background(), text -> Article.UNKNOWN_LANG);

  private static final Article EN =
      Article.of(
          "en",
          "en",
          "Russian President Vladimir Putin and Iranian President Hassan Rouhani discussed the"
              + " situation in Idlib by phone on Saturday, the Kremlin said. Putin and Rouhani"
              + " stressed the agreements reached in Astana on Syria. Rouhani thanked Moscow for"
              + " its position on the nuclear deal.");
  private static final Article RU =
      Article.of(
          "ru",
          "ru",
          "Президент России Владимир Путин и президент Ирана Хасан Рухани в субботу обсудили по"
              + " телефону ситуацию в Идлибе, сообщил Кремль. Путин и Рухани подчеркнули важность"
              + " договорённостей, достигнутых в Астане по Сирии. Путин также выразил"
              + " соболезнования в связи с гибелью 12 человек от коронавируса в Иране.");

  private static final Article FA =
      Article.of(
          "fa",
          "fa",
          "روحانی درخصوص توافق هسته‌ای گفت امیدواریم کشور ما و دولت روسیه همکاری کنند. پوتین در"
              + " گفت‌وگوی تلفنی با روحانی از آمادگی روسیه برای همکاری خبر داد. رئیس‌جمهور روسیه"
              + " گفت روحانی و پوتین درباره ادلب گفت‌وگو کردند.");
  private static final Article AR =
      Article.of(
          "ar",
          "ar",
          "قال الرئيس الإيراني روحاني إن بلاده تأمل في التعاون مع روسيا بشأن الاتفاق النووي."
              + " وأكد بوتين في اتصال هاتفي مع روحاني استعداد موسكو للتعاون. وذكر المتحدث"
              + " محمد شهبازي أن 43 شخصا أصيبوا في طهران.");

  @Test
  void aMonthOfASolarHijriDateIsNoName() {
    Article fa =
        new Article(
            "qa-fa",
            "fa",
            "زلزله‌ای به بزرگی ۶٫۴ ریشتر بامداد روز ۱۲ اسفند ۱۴۰۴ شهر کرمان را لرزاند",
            "زمین‌لرزه‌ای به بزرگی ۶٫۴ ریشتر بامداد سه‌شنبه ۱۲ اسفند ۱۴۰۴ شهر کرمان در "
                + "جنوب شرق ایران را لرزاند. به گفته سخنگوی سازمان اورژانس کشور، مجتبی خالدی، "
                + "دست‌کم ۳۴ نفر کشته و ۲۱۰ نفر زخمی شدند. هلال‌احمر ایران ۱۲ تیم امداد و نجات "
                + "به منطقه اعزام کرد. مسعود پزشکیان، رئیس‌جمهور ایران، به وزیر کشور دستور داد "
                + "فوراً به کرمان برود. خالدی گفت: «عملیات آواربرداری تا صبح ادامه دارد.» "
                + "مدارس شهر کرمان تا پایان هفته تعطیل شد.",
            java.util.Optional.empty(),
            "",
            "");
    Article ar =
        new Article(
            "qa-ar",
            "ar",
            "زلزال بقوة ٦٫١ درجات يضرب مدينة كرمان الإيرانية",
            "ضرب زلزال بقوة ٦٫١ درجات على مقياس ريختر فجر الثلاثاء ٣ آذار ٢٠٢٦ مدينة "
                + "كرمان في جنوب شرق إيران. وقال المتحدث باسم هيئة الطوارئ الإيرانية مجتبى "
                + "خالدي إن ٤٣ شخصاً على الأقل لقوا حتفهم وأصيب ٢١٠ آخرون. وأرسل الهلال الأحمر "
                + "الإيراني ١٢ فريقاً للإنقاذ إلى المنطقة. وأمر الرئيس الإيراني مسعود بزشكيان "
                + "وزير الداخلية بالتوجه فوراً إلى كرمان. وأعلنت وزارة الخارجية التركية "
                + "استعداد أنقرة لإرسال مساعدات.",
            java.util.Optional.empty(),
            "",
            "");
    Comparison c = CMP.compare(fa, ar);
    // اسفند is the month of ۱۲ اسفند ۱۴۰۴ (3 March 2026, a day the Arabic article reports too)
    assertThat(c.onlyInA()).extracting(Fact::surface).doesNotContain("اسفند");
  }

  @Test
  void aTollUnderTenIsAFigure() {
    Comparison c =
        CMP.compare(
            Article.of(
                "qa-fa2",
                "fa",
                "شمار کشته‌شدگان زمین‌لرزه کرمان به ۵۲ نفر رسید و ۳۱۵ نفر مجروح شدند. سخنگوی"
                    + " اورژانس، مجتبی خالدی، گفت ۷ نفر همچنان مفقود هستند."),
            Article.of(
                "qa-en2",
                "en",
                "The death toll from the earthquake in Kerman has risen to 52, with 315 people"
                    + " injured and 9 missing, spokesman Mojtaba Khaledi said."));
    assertThat(c.onlyInA()).extracting(Fact::label, Fact::role).contains(tuple("7", "missing"));
    assertThat(c.onlyInB()).extracting(Fact::label, Fact::role).contains(tuple("9", "missing"));
    assertThat(c.differingFigures())
        .extracting(d -> d.a().label() + " " + d.b().label())
        .containsExactly("7 9");
  }

  @Test
  void aNameLinkSharesIsNeverOnlyInEitherArticle() {
    Comparison c = CMP.compare(EN, RU);
    List<Reason> reasons = PairFeatures.reasons(FX.extract(EN), FX.extract(RU));
    List<String> sharedA =
        reasons.stream()
            .filter(r -> r.kind() == Mention.Kind.NAME)
            .flatMap(r -> r.inA().stream())
            .toList();
    List<String> sharedB =
        reasons.stream()
            .filter(r -> r.kind() == Mention.Kind.NAME)
            .flatMap(r -> r.inB().stream())
            .toList();
    assertThat(sharedA).contains("Putin");
    assertThat(c.onlyInA()).extracting(Fact::surface).doesNotContainAnyElementsOf(sharedA);
    assertThat(c.onlyInB()).extracting(Fact::surface).doesNotContainAnyElementsOf(sharedB);
    assertThat(c.shared()).extracting(Fact::surface).contains("Putin");
    assertThat(c.onlyInA())
        .extracting(Fact::label)
        .doesNotContain("Putin", "Rouhani", "Idlib", "Astana", "Kremlin");
  }

  @Test
  void whatOnlyTheRussianReportsIsAStatementAndAFigure() {
    Comparison c = CMP.compare(EN, RU);
    assertThat(c.statementsOnlyInB())
        .extracting(Passage::text)
        .anyMatch(t -> t.contains("соболезнования"));
    assertThat(c.onlyInB()).extracting(Fact::label).contains("12");
    assertThat(c.statementsOnlyInA())
        .extracting(Passage::text)
        .anyMatch(t -> t.contains("nuclear deal"));
  }

  @Test
  void ordinaryPersianAndArabicWordsAreNoNames() {
    Comparison c = CMP.compare(AR, FA);
    List<String> ordinary =
        List.of(
            "درخصوص", "امیدواریم", "کشور", "دولت", "رئیس‌جمهور", "رئیسجمهور", "تأمل", "المتحدث");
    for (List<Fact> facts : List.of(c.onlyInA(), c.onlyInB(), c.shared())) {
      assertThat(facts).extracting(Fact::surface).doesNotContainAnyElementsOf(ordinary);
    }
    assertThat(c.shared()).extracting(Fact::surface).contains("روحاني", "بوتين");
    assertThat(c.onlyInA()).extracting(Fact::label).contains("43");
    // a surname after a given name is a name, even said once
    assertThat(c.onlyInA()).extracting(Fact::surface).contains("شهبازي");
  }

  @Test
  void aSentenceWithOnlyAWeakPartnerIsUnaligned() {
    Article a =
        Article.of(
            "a",
            "en",
            "Floods killed 12 people in Valencia on Monday. Rescue teams searched the town all"
                + " night.");
    Article b =
        Article.of(
            "b",
            "en",
            "Floods killed 12 people in Valencia on Monday, officials said. The football club of"
                + " Valencia postponed its Sunday match against Real Madrid because the roof of"
                + " the stadium was damaged by the storm.");
    Comparison c = CMP.compare(a, b);
    assertThat(c.unalignedB()).contains(1);
    assertThat(c.statementsOnlyInB())
        .anyMatch(p -> p.wholeSentence() && p.text().contains("football club"));
    assertThat(c.rows()).contains(new AlignedRow(List.of(0), List.of(0)));
  }

  @Test
  void aClauseTheOtherLacksIsAStatementOfItsOwn() {
    Article a =
        Article.of(
            "a", "en", "The earthquake killed 12 people in Izmir on Friday, officials said.");
    Article b =
        Article.of(
            "b",
            "en",
            "The earthquake killed 12 people in Izmir on Friday, and the mayor asked the"
                + " government for tents for homeless families.");
    Comparison c = CMP.compare(a, b);
    assertThat(c.links()).isNotEmpty();
    assertThat(c.statementsOnlyInB())
        .anyMatch(p -> !p.wholeSentence() && p.text().contains("mayor asked"));
    assertThat(c.statementsOnlyInB()).noneMatch(p -> p.text().contains("killed 12"));
  }

  @Test
  void rowsGroupLinksAndPlaceLoneSentencesInOrder() {
    List<SentenceLink> links =
        List.of(
            new SentenceLink(0, 1, 0.5, List.of()),
            new SentenceLink(2, 1, 0.4, List.of()),
            new SentenceLink(3, 3, 0.4, List.of()));
    assertThat(Coverage.rows(4, 4, links))
        .containsExactly(
            new AlignedRow(List.of(), List.of(0)),
            new AlignedRow(List.of(0, 2), List.of(1)),
            new AlignedRow(List.of(), List.of(2)),
            new AlignedRow(List.of(1), List.of()),
            new AlignedRow(List.of(3), List.of(3)));
  }

  @Test
  void rowsFollowEachSentencesStrongestLinkSoAChainIsNoBlock() {
    // A1-B1 and A2-B2 are pairs; A2-B1 is the weaker partner of both (a long pair's chain of 1:n
    // and n:m links): before, A1 A2 A3 <-> B1 B2 were one block
    List<SentenceLink> links =
        List.of(
            new SentenceLink(0, 0, 0.6, List.of()),
            new SentenceLink(1, 1, 0.5, List.of()),
            new SentenceLink(1, 0, 0.3, List.of()),
            new SentenceLink(2, 1, 0.4, List.of()));
    assertThat(Coverage.rows(3, 2, links))
        .containsExactly(
            new AlignedRow(List.of(0), List.of(0)), new AlignedRow(List.of(1, 2), List.of(1)));
    assertThat(Coverage.strongestLinks(3, 2, links))
        .extracting(SentenceLink::score)
        .containsExactly(0.6, 0.5, 0.4);
  }
}
