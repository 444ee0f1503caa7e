package dev.storylink.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.link.LinkModel;
import dev.storylink.link.Regression;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventIdentityTest {
  private static Article article(String id, String lang, String title, String text) {
    return new Article(id, lang, title, text, Optional.empty(), "", "");
  }

  // topic 1: two reports of one hiring, one of the coach's firing years later (look-alike event)
  private static final List<Article> ARTICLES =
      List.of(
          article(
              "1_1",
              "en",
              "Blazers hire Maurice Dalton as head coach",
              "The Portland Blazers hired Maurice Dalton as head coach on Monday in 2005, the"
                  + " team said. Dalton signed a four-year contract in Portland."),
          article(
              "2_1",
              "en",
              "Flood in Valencia leaves 3 dead",
              "Heavy rain flooded Valencia on Sunday; 3 people died and hundreds were evacuated."),
          article(
              "1_2",
              "en",
              "Maurice Dalton named Blazers coach",
              "Maurice Dalton agreed to a four-year contract as head coach of the Portland"
                  + " Blazers, the club announced in 2005."),
          article(
              "1_3",
              "en",
              "Blazers fire coach Maurice Dalton",
              "The Portland Blazers fired head coach Maurice Dalton on Wednesday in 2008 after a"
                  + " losing season, the team said."),
          article(
              "1_4",
              "de",
              "Blazers entlassen Trainer Dalton",
              "Die Portland Blazers haben Trainer Maurice Dalton 2008 entlassen."));

  private static final Map<String, String> GOLD =
      Map.of("1_1", "hire", "1_2", "hire", "1_3", "fire", "1_4", "fire", "2_1", "flood");

  @Test
  void topicRowsArePairsInOneLanguageInsideATopicLabelledByTheGoldEvent() {
    AssignmentTraining.Featurized fz =
        AssignmentTraining.featurizeInOrder(ARTICLES, new LinguaLanguageIdentifier());
    List<EventIdentity.PairRow> rows = EventIdentity.topicRows(ARTICLES, GOLD, fz);
    // English pairs of topic 1: (1_2, 1_1) same, (1_3, 1_1) and (1_3, 1_2) other; the German
    // report pairs with no English one, the flood with nothing
    assertThat(rows).hasSize(3);
    assertThat(rows).extracting(EventIdentity.PairRow::same).containsExactly(true, false, false);
    assertThat(rows).extracting(EventIdentity.PairRow::gold).containsExactly(1.0, 4.0, 4.0);
    assertThat(rows).allMatch(r -> r.topic().equals("1") && r.pair() == -1 && r.labelled());

    List<PairsDataset.GoldPair> pairs =
        List.of(
            new PairsDataset.GoldPair("1_1", "1_2", 1.0),
            new PairsDataset.GoldPair("1_3", "1_4", 1.0), // two languages: no row
            new PairsDataset.GoldPair("2_1", "1_3", 2.5)); // in between: a row only ridge reads
    List<EventIdentity.PairRow> sem = EventIdentity.pairRows(ARTICLES, pairs, fz);
    assertThat(sem).extracting(EventIdentity.PairRow::pair).containsExactly(0, 2);
    assertThat(sem.get(1).labelled()).isFalse();
    // the later article comes first, as the clusterer meets it: the same features either way
    assertThat(sem.get(0).x()).isEqualTo(rows.get(0).x());
  }

  @Test
  void theFittedModelSeparatesTheLookAlikeFromTheOwnEvent() {
    AssignmentTraining.Featurized fz =
        AssignmentTraining.featurizeInOrder(ARTICLES, new LinguaLanguageIdentifier());
    List<EventIdentity.PairRow> rows = new ArrayList<>();
    // many copies of the three topic pairs, the same-event one twice (as many same as other): the
    // model learns what tells them apart here
    List<EventIdentity.PairRow> topic = EventIdentity.topicRows(ARTICLES, GOLD, fz);
    for (int k = 0; k < 30; k++) {
      rows.addAll(topic);
      rows.add(topic.get(0));
    }
    EventIdentity.Setting s = EventIdentity.Setting.defaults();
    Regression r = EventIdentity.fit(rows, x -> true, s);
    assertThat(r.features()).isEqualTo(LinkModel.NEUTRAL);
    double same = r.probability(r.similarity(rows.get(0).x()));
    double other = r.probability(r.similarity(rows.get(1).x()));
    assertThat(same).isGreaterThan(0.5).isGreaterThan(other);
    assertThat(other).isLessThan(0.5);
    // the scorer reads it for pairs in one script only
    var scorer = EventIdentity.scorer(r);
    assertThat(scorer.model().neutral()).isEqualTo(r);
    assertThat(scorer.model().lexical()).isEqualTo(LinkModel.shipped().lexical());
    assertThat(scorer.probability(fz.features().get("1_2"), fz.features().get("1_1")))
        .isEqualTo(same);
  }
}
