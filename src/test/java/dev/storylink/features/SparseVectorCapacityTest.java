package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.core.RealNews;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Session 31: {@link FeatureExtractor} sizes its vector builders up front ({@link
 * SparseVector.Builder#Builder(int)}, the gram vector by {@link FeatureExtractor#gramCount} summed
 * over the distinct terms); the vectors must be those of a builder that starts at 64 slots and
 * doubles.
 */
class SparseVectorCapacityTest {

  private static void assertSame(SparseVector got, SparseVector want, String what) {
    assertThat(got.dims()).as("dims of %s", what).isEqualTo(want.dims());
    assertThat(got.weights()).as("weights of %s", what).isEqualTo(want.weights());
  }

  /** Rule: a builder sized for more or fewer dimensions than it gets builds the same vector. */
  @Test
  void anyStartingSizeBuildsTheSameVectorAsTheGrowingBuilder() {
    SplittableRandom random = new SplittableRandom(31);
    for (int round = 0; round < 300; round++) {
      int adds = random.nextInt(0, 3000);
      int range = 1 + random.nextInt(1, 4000); // small ranges repeat dimensions
      SparseVector.Builder growing = new SparseVector.Builder();
      SparseVector.Builder[] sized = {
        new SparseVector.Builder(0),
        new SparseVector.Builder(adds),
        new SparseVector.Builder(adds / 3),
        new SparseVector.Builder(10 * adds + 7)
      };
      for (int a = 0; a < adds; a++) {
        long dim = random.nextInt(range) * 0x9E3779B97F4A7C15L; // colliding slots too
        double w = random.nextDouble() * 3;
        growing.add(dim, w);
        for (SparseVector.Builder b : sized) {
          b.add(dim, w);
        }
      }
      SparseVector want = growing.build();
      for (SparseVector.Builder b : sized) {
        assertSame(b.build(), want, "round " + round);
      }
    }
  }

  /**
   * Rule: the gram count bounds the gram vector from above, and a builder of that size gives the
   * same gram vector as the growing builder, for every real text's content terms (one occurrence of
   * a term counted once, as the extraction's term frequencies).
   */
  @Test
  void everyRealTextsGramVectorIsTheSameWithTheBuilderSizedByTheGramCount() {
    int texts = 0;
    for (JsonNode a : RealNews.articles()) {
      String lang = a.path("lang").asText("en");
      String text = a.path("title").asText() + "\n" + a.path("text").asText();
      Map<String, Integer> tf = new LinkedHashMap<>();
      int grams = 0;
      for (Token t : TextAnalysis.analyze(text, lang).tokens()) {
        if (tf.merge(t.term(), 1, Integer::sum) == 1) {
          grams += FeatureExtractor.gramCount(t.term());
        }
      }
      // the extraction's three vectors: grams (sized by the gram count), terms' stems and lead
      // (sized by the distinct terms)
      SparseVector.Builder growing = new SparseVector.Builder();
      SparseVector.Builder sized = new SparseVector.Builder(grams);
      SparseVector.Builder growingTerms = new SparseVector.Builder();
      SparseVector.Builder sizedTerms = new SparseVector.Builder(tf.size());
      for (Map.Entry<String, Integer> e : tf.entrySet()) {
        double w = 1 + Math.log(e.getValue());
        FeatureExtractor.addGrams(growing, e.getKey(), w);
        FeatureExtractor.addGrams(sized, e.getKey(), w);
        growingTerms.add(SparseVector.hash(e.getKey()), w);
        sizedTerms.add(SparseVector.hash(e.getKey()), w);
      }
      SparseVector want = growing.build();
      assertThat(want.dims().length).as("distinct grams").isLessThanOrEqualTo(grams);
      assertSame(sized.build(), want, a.path("id").asText());
      assertSame(sizedTerms.build(), growingTerms.build(), a.path("id").asText());
      texts++;
    }
    assertThat(texts).isGreaterThan(100);
  }
}
