package dev.storylink.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.cluster.NearDuplicateDetector;
import dev.storylink.core.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayArticlesTest {
  private static String text(String topic, int sentences) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      sb.append("The ")
          .append(topic)
          .append(" report number ")
          .append(i)
          .append(" says officials met in the city of ")
          .append(topic)
          .append("ville on day ")
          .append(i * 7)
          .append(" to discuss the ")
          .append(topic)
          .append(" matter. ");
    }
    return sb.toString();
  }

  private static List<Article> corpus() {
    List<Article> out = new ArrayList<>();
    out.add(Article.of("a", "en", text("harbour", 12)));
    out.add(Article.of("b", "en", text("railway", 10)));
    out.add(Article.of("c", "en", text("election", 14)));
    out.add(Article.of("d", "de", "Die Regierung sagte am Montag. Die Gespräche gehen weiter."));
    return out;
  }

  @Test
  void firstPassIsTheArticlesAsTheyAreWithNewIdsAndAdvancingDates() {
    ReplayArticles r = new ReplayArticles(corpus(), 2);
    for (int n = 0; n < 4; n++) {
      Article a = r.article(n);
      assertThat(a.id()).isEqualTo("replay-" + n);
      assertThat(a.text()).isEqualTo(corpus().get(n).text());
      assertThat(a.lang()).isEqualTo(corpus().get(n).lang());
    }
    assertThat(r.article(0).date()).contains(LocalDate.of(2020, 1, 1));
    assertThat(r.article(1).date()).contains(LocalDate.of(2020, 1, 1));
    assertThat(r.article(2).date()).contains(LocalDate.of(2020, 1, 2));
    assertThat(r.article(4001).date()).contains(LocalDate.of(2020, 1, 1).plusDays(2000));
  }

  @Test
  void laterPassesSpliceWithAnotherArticleOfTheSameLanguageAndAreNoNearDuplicates() {
    ReplayArticles r = new ReplayArticles(corpus(), 300);
    NearDuplicateDetector dup = new NearDuplicateDetector();
    Set<String> texts = new HashSet<>();
    for (long n = 0; n < 4 * 3; n++) { // three passes
      Article a = r.article(n);
      if (a.lang().equals("en")) {
        assertThat(texts.add(a.text())).as("text of %s repeated", a.id()).isTrue();
        assertThat(dup.findDuplicateOf(a.id(), a.text())).as(a.id()).isEmpty();
      }
    }
    // pass 1 of article a: its first half, then the second half of b (the next English article)
    String spliced = r.article(4).text();
    assertThat(spliced)
        .startsWith("The harbour report number 0")
        .contains("railway report number 9");
    assertThat(spliced).doesNotContain("harbour report number 11").doesNotContain("election");
    // a language with one article repeats it as it is
    assertThat(r.article(7).text()).isEqualTo(corpus().get(3).text());
  }

  @Test
  void readsJsonlFilesAndRefusesAnEmptyReplay(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.jsonl");
    Files.writeString(
        f,
        "{\"id\":\"x\",\"lang\":\"en\",\"text\":\"One. Two.\"}\nnot json\n"
            + "{\"id\":\"y\",\"lang\":\"fr\",\"text\":\"Un. Deux.\"}\n",
        StandardCharsets.UTF_8);
    assertThat(ReplayArticles.read(List.of(f))).extracting(Article::id).containsExactly("x", "y");
    assertThatThrownBy(() -> new ReplayArticles(List.of(), 300))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ReplayArticles.split("Un. Deux؟ Trois\n\nQuatre"))
        .containsExactly("Un.", "Deux؟", "Trois", "Quatre");
  }
}
