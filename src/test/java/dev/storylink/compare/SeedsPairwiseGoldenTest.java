package dev.storylink.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pairwise comparison of issue 12 on the two seed articles in ../shared/seeds (Arabic 000_*,
 * Persian 003_*): what both report is aligned, what only one reports is listed as statements and
 * facts, and no ordinary word is listed as a name. Skipped when ../shared is absent.
 */
class SeedsPairwiseGoldenTest {
  private static Comparison cmp;

  @BeforeAll
  static void compare() throws IOException {
    cmp = SeedsComparison.compareOrSkip("seed golden comparison");
  }

  private static boolean aligned(String ar, String fa) {
    return SeedsComparison.aligned(cmp, ar, fa);
  }

  @Test
  void theNineFactsBothReportAreAligned() {
    // Moscow's position on the nuclear deal
    assertThat(aligned("مواقف موسكو بشأن الاتفاق النووي", "مواضع مسکو درخصوص برجام")).isTrue();
    // de-escalation zones must not mean giving up the fight against terrorism
    assertThat(aligned("مناطق خفض التصعيد", "مناطق کاهش تنش")).isTrue();
    // Syria's territorial integrity
    assertThat(aligned("وحدة الأراضي السورية", "تمامیت ارضی سوریه")).isTrue();
    // Iran offers to host the next Astana summit
    assertThat(aligned("لاستضافة قمة أستانة", "میزبانی اجلاس")).isTrue();
    // the Vienna meeting of the joint commission
    assertThat(aligned("في فيينا", "در وین")).isTrue();
    // the joint health protocol against the coronavirus
    assertThat(aligned("البروتوكل الصحي", "پروتکل بهداشتی")).isTrue();
    // parts of Syria must not stay in the hands of terrorists for years
    assertThat(aligned("أجزاء في سورية", "بخشی از کشور سوریه")).isTrue();
    // a political solution for Idlib
    assertThat(aligned("المستويين السياسي", "صرفا سیاسی")).isTrue();
    // the phone call with the Turkish president
    assertThat(aligned("المكالمة الهاتفية مع الرئيس التركي", "رئیسجمهور ترکیه")).isTrue();
  }

  @Test
  void rowsShowEachSentencesStrongestLinkSideBySide() {
    for (SentenceLink l :
        Coverage.strongestLinks(
            cmp.a().sentences().size(), cmp.b().sentences().size(), cmp.links())) {
      assertThat(cmp.rows()).anyMatch(r -> r.a().contains(l.a()) && r.b().contains(l.b()));
    }
    // every linked sentence is in a row with a partner
    for (SentenceLink l : cmp.links()) {
      assertThat(cmp.rows())
          .anyMatch(r -> r.a().contains(l.a()) && !r.b().isEmpty())
          .anyMatch(r -> r.b().contains(l.b()) && !r.a().isEmpty());
    }
    assertThat(cmp.links()).allMatch(l -> l.score() >= CoverageComparer.MIN_LINK_SCORE);
  }

  @Test
  void onlyInArabicHasTheErdoganCallTheFiguresMoeziAndTheKremlinStatement() {
    assertThat(cmp.onlyInA())
        .filteredOn(f -> f.kind() == Fact.Kind.NUMBER)
        .extracting(Fact::label)
        .containsExactly("43", "593");
    assertThat(cmp.onlyInA())
        .filteredOn(f -> f.kind() == Fact.Kind.NAME)
        .extracting(Fact::surface)
        .containsExactlyInAnyOrder("أردوغان", "معزي");
    assertThat(cmp.onlyInA())
        .allMatch(f -> f.kind() == Fact.Kind.NUMBER || f.kind() == Fact.Kind.NAME);
    assertThat(cmp.statementsOnlyInA())
        .extracting(Passage::text)
        .anyMatch(t -> t.contains("الاتصال مع أردوغان"))
        .anyMatch(t -> t.contains("وأعلن الكرملين"));
  }

  @Test
  void onlyInPersianHasItsThreeStatements() {
    List<String> only = cmp.statementsOnlyInB().stream().map(Passage::text).toList();
    // the Syrian government's right to respond on its own territory
    assertThat(only).anyMatch(t -> t.contains("حق دولت سوریه"));
    // Idlib must not become a pretext for American intervention: the whole statement
    assertThat(only).anyMatch(t -> t.contains("نباید اجازه دهیم") && t.contains("آمریکاییها"));
    // Putin's condolences
    assertThat(only).anyMatch(t -> t.contains("همدردی"));
    // and nothing the Arabic also reports; besides the three, only Putin's offer of every help
    // against the coronavirus (the Arabic has Turkey's offer, not Russia's) may be listed
    assertThat(only)
        .allMatch(
            t ->
                t.contains("حق دولت سوریه")
                    || t.contains("آمریکاییها")
                    || t.contains("همدردی")
                    || t.contains("آمادگی همهگونه همکاری"));
  }

  @Test
  void onlyInPersianHasNoFactTheArabicWritesInOtherWords() {
    // Russia: الروسي, the Kremlin's country; برجام: الاتفاق النووي
    assertThat(cmp.onlyInB()).isEmpty();
  }

  @Test
  void onlyInArabicStatementsNameTheErdoganCallAndTheKremlinStatement() {
    List<String> only = cmp.statementsOnlyInA().stream().map(Passage::text).toList();
    assertThat(only).noneMatch(t -> t.strip().equals("من جهته، أكد الرئيس الروسي"));
    assertThat(only).anyMatch(t -> t.contains("الاتصال مع أردوغان"));
    assertThat(only).anyMatch(t -> t.contains("وأعلن الكرملين"));
    assertThat(only).anyMatch(t -> t.contains("43") && t.contains("593"));
  }

  @Test
  void noOrdinaryWordInAnyList() {
    List<String> ordinary =
        List.of(
            "درخصوص",
            "امیدواریم",
            "کشور",
            "دولت",
            "رئیسجمهور",
            "حلوفصل",
            "تستمر",
            "تنفيذ",
            "شرایط",
            "روند",
            "تروریسم",
            "ویروس");
    for (List<Fact> facts : List.of(cmp.onlyInA(), cmp.onlyInB(), cmp.shared())) {
      assertThat(facts).extracting(Fact::surface).doesNotContainAnyElementsOf(ordinary);
    }
  }

  @Test
  void bothReportPutinRouhaniAndAstana() {
    assertThat(cmp.shared())
        .filteredOn(f -> f.kind() == Fact.Kind.NAME)
        .extracting(Fact::surface)
        .contains("بوتين", "روحاني", "أستانة");
  }
}
