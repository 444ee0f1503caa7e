package dev.storylink.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.ingest.FeedLanguage;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A feed's declared language is a hint: composed items whose text is confidently in another
 * language are stored in that one, with a note; the others keep the declared language.
 */
@dev.storylink.core.SuppressForbidden(reason = "a local feed server (jdk.httpserver)")
class FeedLanguageTest extends LiveFeedTest {
  private static final LanguageIdentifier LINGUA = new LinguaLanguageIdentifier();

  static final String ARABIC =
      "أعلنت وزارة الصحة في القاهرة يوم الثلاثاء أن عدد المصابين بالحمى ارتفع إلى ثلاثمئة شخص،"
          + " وأن المستشفيات في الجيزة استقبلت عشرات الحالات الجديدة خلال الليل.";
  static final String GERMAN =
      "Die Hafenarbeiter in Rotterdam haben am Donnerstag einen Streik von 48 Stunden begonnen,"
          + " der den Containerverkehr an der Maasvlakte fast vollständig zum Erliegen brachte.";
  static final String PERSIAN =
      "وزارت بهداشت ایران روز سه‌شنبه اعلام کرد که شمار مبتلایان به تب در تهران به سیصد نفر رسیده"
          + " است و بیمارستان‌های شهر ده‌ها بیمار تازه را در طول شب پذیرفته‌اند.";

  @Override
  LanguageIdentifier languages() {
    return LINGUA;
  }

  private static Article item(String lang, String title, String text) {
    return new Article("i", lang, title, text, Optional.empty(), "", "");
  }

  /** The language {@code a} is stored in, and the notes about it in {@code notes}. */
  private static String decide(Article a, List<String> notes) {
    return new FeedLanguage(LINGUA).decide(a, notes::add).lang();
  }

  @Test
  void theTextWinsWhenTheIdentifierIsConfidentAndSaysSo() {
    List<String> notes = new ArrayList<>();
    assertThat(decide(item("en", "الحمى في القاهرة", ARABIC), notes)).isEqualTo("ar");
    assertThat(notes)
        .containsExactly("declared lang 'en' but the text reads as 'ar'; stored as 'ar'");
    // another script: a title alone is enough
    assertThat(decide(item("en", "ارتفاع عدد المصابين بالحمى في القاهرة", ""), notes))
        .isEqualTo("ar");
    // the same script: a long text whose halves agree
    assertThat(decide(item("en", "Streik in Rotterdam", GERMAN), notes)).isEqualTo("de");
    assertThat(decide(item("ar", "", PERSIAN), notes)).isEqualTo("fa");
    assertThat(notes).hasSize(4);
  }

  @Test
  void theDeclaredLanguageIsKeptOtherwise() {
    List<String> notes = new ArrayList<>();
    assertThat(decide(item("en", "Wildfire", FIRE), notes)).isEqualTo("en");
    // same script and short: not confident enough
    assertThat(decide(item("en", "", "Streik im Hafen von Rotterdam am Donnerstag"), notes))
        .isEqualTo("en");
    // an English report quoting Arabic at length: most of it is English
    assertThat(decide(item("en", "Fever in Cairo", FIRE + " " + STRIKE + " ARABIC: الحمى"), notes))
        .isEqualTo("en");
    // a language the identifier does not know, in its own script: kept
    assertThat(
            decide(
                item(
                    "sv",
                    "",
                    "Hamnarbetarna i Rotterdam inledde på torsdagen en strejk på 48 timmar som"
                        + " stoppade nästan all containertrafik vid Maasvlakte."),
                notes))
        .isEqualTo("sv");
    // no declared language: identified later, as every article
    assertThat(decide(item("und", "", ARABIC), notes)).isEqualTo("und");
    assertThat(notes).isEmpty();
  }

  @Test
  void anEnglishFeedsArabicItemIsStoredAsArabicAndItsFeedSaysSo() throws Exception {
    rssAt(
        "/world",
        "World News",
        FeedHttp.item("w-1", "", "Wildfire near Marseille", FIRE),
        FeedHttp.item("w-2", "", "الحمى في القاهرة", ARABIC));
    poller(Duration.ofHours(1), Duration.ZERO, false, true).add(FeedSource.of(http.url("/world")));
    await("two items stored", () -> stored() == 2);
    String w2 = sl.read(s -> s.article("w-2")).orElseThrow().article().lang();
    assertThat(w2).isEqualTo("ar");
    assertThat(sl.read(s -> s.article("w-1")).orElseThrow().article().lang()).isEqualTo("en");
    List<FeedHealth.Rejection> notes = health("/world").recentRejections();
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).item()).isEqualTo("الحمى في القاهرة");
    assertThat(notes.get(0).reason()).endsWith("stored as 'ar'");
    assertThat(notes.get(0).kept()).as("stored").isTrue();
  }
}
