package dev.storylink.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The comparison bar on the two seed articles in ../shared/seeds (Arabic 000_*, Persian 003_*, both
 * on Rouhani's calls with Putin and Erdogan of 29 February 2020). Skipped when absent.
 */
class SeedsCompareTest {
  private static Comparison cmp;

  @BeforeAll
  static void compare() throws IOException {
    cmp = SeedsComparison.compareOrSkip("seed comparison tests");
  }

  private static boolean aligned(String ar, String fa) {
    return SeedsComparison.aligned(cmp, ar, fa);
  }

  @Test
  void directionsAreRightToLeft() {
    assertThat(cmp.a().dir()).isEqualTo("rtl");
    assertThat(cmp.b().dir()).isEqualTo("rtl");
  }

  @Test
  void alignsAstanaAgreementsDeEscalationZonesAndTerrorism() {
    assertThat(aligned("اتفاقيات أستانة", "توافقات انجام گرفته براساس چارچوب روند آستانه"))
        .isTrue();
    assertThat(aligned("مناطق خفض التصعيد", "مناطق کاهش تنش")).isTrue();
    assertThat(aligned("الإرهاب", "تروریسم")).isTrue();
  }

  @Test
  void alignsSyrianTerritorialIntegrity() {
    // The Persian sentence on Putin and Syria's territorial integrity is linked to the Kremlin's
    // Putin-Rouhani statement on Syria (shared: Putin, Syria).
    assertThat(aligned("بوتين وروحاني شددا", "تمامیت ارضی سوریه")).isTrue();
  }

  @Test
  // The long Arabic sentence (Astana agreements, de-escalation zones, territorial integrity,
  // hosting the summit) meets the Persian sentence through its clause on territorial integrity.
  void alignsTheTerritorialIntegrityPhraseItself() {
    assertThat(aligned("مؤكداً \"وحدة الأراضي السورية\"", "تمامیت ارضی سوریه")).isTrue();
  }

  @Test
  void alignsNuclearDealAndViennaMeeting() {
    assertThat(aligned("مواقف موسكو بشأن الاتفاق النووي", "مواضع مسکو درخصوص برجام")).isTrue();
    assertThat(aligned("في فيينا", "در وین")).isTrue();
  }

  @Test
  void alignsCoronavirusCooperation() {
    assertThat(aligned("البروتوكل الصحي", "پروتکل بهداشتی")).isTrue();
  }

  @Test
  // clause "ورحب بإعلان طهران استعدادها لاستضافة قمة أستانة": Astana, and Tehran for Iran
  void alignsHostingTheNextAstanaSummit() {
    assertThat(aligned("لاستضافة قمة أستانة", "میزبانی اجلاس")).isTrue();
  }

  @Test
  void onlyInArabicFiguresAndTheCallWithErdogan() {
    assertThat(cmp.onlyInA().stream().filter(f -> f.kind() == Fact.Kind.NUMBER).map(Fact::label))
        .containsExactly("43", "593");
    assertThat(cmp.onlyInA())
        .anySatisfy(
            f -> {
              assertThat(f.kind()).isEqualTo(Fact.Kind.NAME);
              assertThat(f.surface()).isEqualTo("أردوغان");
              assertThat(cmp.a().sentences().get(f.sentence()).text())
                  .contains("الاتصال مع أردوغان");
            });
    assertThat(cmp.onlyInB()).noneMatch(f -> f.kind() == Fact.Kind.NUMBER);
  }

  @Test
  void sharedPlacesIncludeSyriaMoscowAndVienna() {
    assertThat(cmp.shared().stream().filter(f -> f.kind() == Fact.Kind.PLACE).map(Fact::label))
        .contains("Syria", "Moscow", "Vienna");
  }
}
