package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.text.LinguaLanguageIdentifier;
import dev.storylink.text.NameKeys;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Session 19: a Turkish name with ç is keyed from its written form (Çelik = Челик), not from the
 * analysed term (celik). Articles written for this test.
 */
class NameFormsTest {
  static final String RU =
      "Президент Турции Реджеп Тайип Эрдоган прилетел в Москву, где его встретил Владимир Путин."
          + " Владимир Путина поблагодарил за визит. Министр Мурат Челик рассказал о"
          + " землетрясении, а глава МЧС выразил Эрдогану соболезнования. Переговоры с Эрдоганом"
          + " продлились три часа.";
  static final String TR =
      "Cumhurbaşkanı Recep Tayyip Erdoğan Moskova'da Vladimir Putin ile görüştü. Bakan Murat"
          + " Çelik depremi anlattı. Çelik, hasarın büyük olduğunu söyledi.";

  private static final FeatureExtractor FX =
      new FeatureExtractor(CorpusStats.background(), new LinguaLanguageIdentifier());

  private static ArticleFeatures features(String lang, String text) {
    return FX.extract(
        new Article(
            "forms-" + lang, lang, "", text, Optional.of(LocalDate.parse("2023-02-08")), "", ""));
  }

  private static Optional<Mention> name(ArticleFeatures f, String key) {
    return f.names().stream().filter(m -> m.key().equals(key)).findFirst();
  }

  @Test
  void celikMeetsChelikInTheLinkReasons() {
    ArticleFeatures tr = features("tr", TR);
    assertThat(name(tr, "celik").orElseThrow().skeleton()).isEqualTo(NameKeys.skeleton("Челик"));
    List<String> shared =
        FeaturePairScorer.shipped().link(features("ru", RU), tr).reasons().stream()
            .filter(r -> r.kind() == Mention.Kind.NAME)
            .flatMap(r -> r.inB().stream())
            .toList();
    assertThat(shared).contains("Çelik", "Erdoğan", "Recep", "Tayyip", "Putin");
  }
}
