package dev.storylink.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.cluster.AssignmentModel;
import dev.storylink.cluster.ClusterConfig;
import dev.storylink.core.Article;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssignmentJointTest {
  private static Article article(String id, String title, String text) {
    return new Article(id, "en", title, text, Optional.empty(), "", "");
  }

  private static final List<Article> ARTICLES =
      List.of(
          article(
              "q1",
              "Earthquake of magnitude 6.4 strikes Elbistan, 12 killed",
              "An earthquake of magnitude 6.4 struck Elbistan on Tuesday. Governor Mehmet Karaca"
                  + " said 12 people were killed and 40 injured in Elbistan when houses collapsed."),
          article(
              "f1",
              "Galatasaray beats Fenerbahce 2-1 in Istanbul derby",
              "Galatasaray won the Istanbul derby against Fenerbahce 2-1 on Sunday. Coach Okan"
                  + " Buruk praised striker Mauro Icardi, who scored twice at the stadium."),
          article(
              "q2",
              "Elbistan earthquake: 12 dead, 40 injured, governor Karaca says",
              "Governor Mehmet Karaca said the magnitude 6.4 earthquake in Elbistan killed 12"
                  + " people and injured 40. Rescue teams searched collapsed houses in Elbistan."));

  private static final List<PairsDataset.GoldPair> PAIRS =
      List.of(
          new PairsDataset.GoldPair("q1", "q2", 1.0), // linked
          new PairsDataset.GoldPair("q1", "f1", 4.0), // unrelated
          new PairsDataset.GoldPair("f1", "q2", 2.5)); // in between: gives no row

  @Test
  void semEvalRowsAreTheCandidatesHoldingAGoldPartnerLabelledByThePair() {
    ClusterConfig config = ClusterConfig.defaults();
    AssignmentTraining.Featurized fz =
        AssignmentTraining.featurizeInOrder(ARTICLES, new LinguaLanguageIdentifier());
    AssignmentJoint.LabelledRows rows =
        AssignmentJoint.semevalRows(
            ARTICLES,
            PAIRS,
            fz,
            AssignmentSimulation.clusterScorer(config),
            config,
            AssignmentModel.shipped());
    // f1 against {q1}: unrelated (pair 1); q2 against q1's event: linked (pair 0); q2 against
    // {f1}: the 2.5 pair labels nothing
    assertThat(rows.rows().labels()).containsExactly(false, true);
    assertThat(rows.pairsOf().get(0)).containsExactly(1);
    assertThat(rows.pairsOf().get(1)).containsExactly(0);
    assertThat(rows.without(Set.of(0)).labels()).containsExactly(false);
    assertThat(rows.without(Set.of(1, 2)).labels()).containsExactly(true);
    assertThat(rows.without(Set.of()).size()).isEqualTo(2);

    // the shipped decision joins the two reports and keeps the derby apart
    Map<String, Integer> eventOf =
        AssignmentJoint.simulate(
            ARTICLES,
            fz,
            AssignmentSimulation.clusterScorer(config),
            config,
            AssignmentModel.shipped(),
            null);
    assertThat(eventOf.get("q1")).isEqualTo(eventOf.get("q2")).isNotEqualTo(eventOf.get("f1"));
    boolean[] all = new boolean[PAIRS.size()];
    Arrays.fill(all, true);
    assertThat(AssignmentJoint.agreement(eventOf, PAIRS, all)).containsExactly(1.0, 1.0);
    // every article alone: no linked pair together, the unrelated one apart
    Map<String, Integer> alone = Map.of("q1", 0, "f1", 1, "q2", 2);
    assertThat(AssignmentJoint.agreement(alone, PAIRS, all)).containsExactly(0.0, 1.0);
  }
}
