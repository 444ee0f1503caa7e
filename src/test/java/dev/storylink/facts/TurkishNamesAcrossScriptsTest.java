package dev.storylink.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.compare.Comparison;
import dev.storylink.compare.CoverageComparer;
import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.features.Mention;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Session 18: the names of a Turkish report meet their Russian and Persian spellings in link
 * reasons and in a comparison: Recep = Реджеп = رجب (Turkish c is j), Tayyip = Тайип = طیب (a
 * Cyrillic consonant y), and the short name Van = Ван = وان (its short key). Before, only Erdoğan
 * met in Russian–Turkish, and Tayyip alone in Turkish–Urdu. Articles written for this test.
 */
class TurkishNamesAcrossScriptsTest {
  static final String TR =
      "Cumhurbaşkanı Recep Tayyip Erdoğan, depremden etkilenen Van kentini ziyaret etti. Erdoğan,"
          + " yaralıları ziyaret etti ve valiyle görüştü.";
  static final String RU =
      "Президент Турции Реджеп Тайип Эрдоган посетил пострадавшие от землетрясения районы города"
          + " Ван. Эрдоган встретился с губернатором и навестил раненых.";
  static final String FA =
      "رجب طیب اردوغان، رئیس جمهور ترکیه، از شهر زلزله\u200cزده وان بازدید کرد. اردوغان با"
          + " استاندار دیدار کرد و از مجروحان عیادت کرد.";

  private static final FeatureExtractor FX =
      new FeatureExtractor(CorpusStats.background(), new LinguaLanguageIdentifier());

  private static Article article(String lang, String text) {
    return new Article(
        "van-" + lang, lang, "", text, Optional.of(LocalDate.parse("2023-02-08")), "", "");
  }

  private static List<String> sharedNames(String langA, String a, String langB, String b) {
    ArticleFeatures fa = FX.extract(article(langA, a));
    ArticleFeatures fb = FX.extract(article(langB, b));
    return FeaturePairScorer.shipped().link(fa, fb).reasons().stream()
        .filter(r -> r.kind() == Mention.Kind.NAME)
        .flatMap(r -> r.inB().stream())
        .toList();
  }

  @Test
  void recepAndTayyipMeetInRussianAndPersianLinkReasons() {
    assertThat(sharedNames("ru", RU, "tr", TR)).contains("Recep", "Tayyip", "Erdoğan");
    assertThat(sharedNames("ru", RU, "fa", FA)).contains("رجب", "طیب");
    assertThat(sharedNames("fa", FA, "tr", TR)).contains("Recep", "Tayyip");
  }

  @Test
  void vanIsSharedInTheRussianPersianComparison() {
    Comparison c =
        new CoverageComparer(CorpusStats.background())
            .compare(article("ru", RU), article("fa", FA));
    assertThat(c.onlyInA()).noneMatch(f -> f.label().equals("Ван") || f.label().equals("Тайип"));
    assertThat(c.onlyInB()).noneMatch(f -> f.label().contains("وان") || f.label().contains("طیب"));
    assertThat(c.shared()).anyMatch(f -> f.label().equals("Ван"));
  }
}
