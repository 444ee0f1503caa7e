package dev.storylink.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class CrossLingualAnalyzerTest {

  private static List<String> terms(Analyzer a, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "@" + off.startOffset() + "-" + off.endOffset());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static void sameTermsBothWays(String text) {
    assertThat(CrossLingualAnalyzer.standardTokenizerSuffices(text)).as(text).isTrue();
    assertThat(terms(CrossLingualAnalyzer.STANDARD, text))
        .as(text)
        .isNotEmpty()
        .isEqualTo(terms(CrossLingualAnalyzer.INSTANCE, text));
  }

  @Test
  void latinAndCyrillicNewsTextTokenizesTheSameWithTheStandardTokenizer() {
    sameTermsBothWays("Erdoğan'ın açıklaması: İdlib'de 3,5 milyon kişi — 29.02.2020 tarihinde.");
    sameTermsBothWays(
        "Am 12. Mai sagte Präsident Putin in Moskau, die Waffenruhe (24/7) gelte ab 10:30 Uhr.");
    sameTermsBothWays(
        "L'Iran et la Turquie s'accordent ; « aujourd'hui » à Téhéran, 1 234,5 € d'aide.");
    sameTermsBothWays(
        "Путин и Эрдоган договорились о прекращении огня в Идлибе 5 марта 2020 года.");
    sameTermsBothWays(
        "U.S. officials said the co-operation (see www.example.com) cost $4.5bn, i.e. 12% more.");
    sameTermsBothWays(
        "Władze w Łodzi: „zamknięte” szkoły, naïve café, résumé\u0301 and Zoë's 2nd-round win.");
  }

  @Test
  void arabicPersianAndUrduTextTokenizesTheSameWithTheStandardTokenizer() {
    sameTermsBothWays(
        "قال الرئيس الروسي فلاديمير بوتين إن اتفاقات أستانة، بما فيها مناطق خفض التصعيد، ما زالت قائمة.");
    sameTermsBothWays("پوتین در گفت‌وگو با روحانی گفت: نشست آستانه ۱۳۹۸ در تهران برگزار می‌شود؟");
    sameTermsBothWays("وَصَلَتْ فِرَقُ الإنقاذِ إلى القريةِ يومَ ٢٩ فبراير ٢٠٢٠.");
    sameTermsBothWays("وزیر اعظم نے کہا کہ پاکستان اور ایران کے درمیان تجارت بڑھے گی۔");
  }

  @Test
  void textsTheStandardTokenizerWouldSplitDifferentlyGoToIcu() {
    assertThat(CrossLingualAnalyzer.standardTokenizerSuffices("© 2020 Reuters")).isFalse();
    assertThat(CrossLingualAnalyzer.standardTokenizerSuffices("see ___ below")).isFalse();
    assertThat(CrossLingualAnalyzer.standardTokenizerSuffices("Putin met Xi 习近平")).isFalse();
    assertThat(CrossLingualAnalyzer.standardTokenizerSuffices("بوتينPutin"))
        .isFalse(); // one word, two scripts
    assertThat(CrossLingualAnalyzer.standardTokenizerSuffices("ﷲ")).isFalse(); // presentation form
    assertThat(CrossLingualAnalyzer.standardTokenizerSuffices("great news 😀")).isFalse();
    assertThat(CrossLingualAnalyzer.standardTokenizerSuffices("Путинa")).isFalse(); // Latin a
    assertThat(CrossLingualAnalyzer.standardTokenizerSuffices("Путин, Putin")).isTrue();
    assertThat(CrossLingualAnalyzer.forText("习近平")).isSameAs(CrossLingualAnalyzer.INSTANCE);
    assertThat(CrossLingualAnalyzer.forText("Putin")).isSameAs(CrossLingualAnalyzer.STANDARD);
  }

  @Test
  void everyQualifyingFixtureTextTokenizesTheSame() throws Exception {
    Path root = Path.of(CrossLingualAnalyzerTest.class.getResource("/fixtures").toURI());
    List<String> texts = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (var files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        if (p.toString().endsWith(".txt")) {
          texts.add(Files.readString(p));
        } else if (p.toString().endsWith(".jsonl")) {
          for (String line : Files.readAllLines(p)) {
            try {
              JsonNode n = json.readTree(line);
              texts.add(n.path("title").asText() + "\n" + n.path("text").asText());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
              // the ingest fixtures hold malformed records on purpose
            }
          }
        }
      }
    }
    int compared = 0;
    for (String text : texts) {
      if (CrossLingualAnalyzer.standardTokenizerSuffices(text)) {
        assertThat(terms(CrossLingualAnalyzer.STANDARD, text))
            .as(text)
            .isEqualTo(terms(CrossLingualAnalyzer.INSTANCE, text));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(30);
  }

  @Test
  void everyQualifyingSemEvalAndEcbPlusTextTokenizesTheSame() throws IOException {
    List<Path> files =
        List.of(
            Path.of("../shared/data/semeval2022-task8/articles.jsonl"),
            Path.of("../shared/data/ecbplus/articles.jsonl"));
    for (String seed : List.of("000_a6aba22b4ac3ca80.txt", "003_93c9b146f3cc785a.txt")) {
      Path p = Path.of("../shared/seeds", seed);
      if (Files.isRegularFile(p)) {
        String text = Files.readString(p);
        assertThat(CrossLingualAnalyzer.standardTokenizerSuffices(text)).as(seed).isTrue();
        assertThat(terms(CrossLingualAnalyzer.STANDARD, text))
            .isEqualTo(terms(CrossLingualAnalyzer.INSTANCE, text));
      }
    }
    assumeTrue(
        files.stream().anyMatch(Files::isRegularFile),
        "../shared/data (SemEval-2022 Task 8, ECB+) is absent: comparison on real news skipped");
    ObjectMapper json = new ObjectMapper();
    int compared = 0;
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        continue;
      }
      for (String line : Files.readAllLines(f)) {
        JsonNode n = json.readTree(line);
        String text = n.path("title").asText() + "\n" + n.path("text").asText();
        if (CrossLingualAnalyzer.standardTokenizerSuffices(text)) {
          assertThat(terms(CrossLingualAnalyzer.STANDARD, text))
              .as(n.path("id").asText())
              .isEqualTo(terms(CrossLingualAnalyzer.INSTANCE, text));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(1300);
  }
}
