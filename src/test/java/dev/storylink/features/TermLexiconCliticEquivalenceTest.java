package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.core.RealNews;
import dev.storylink.core.Resources;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 22: {@link TermLexicon#matchAt} reads the word after a glued Arabic clitic (و، ف، ب، ل)
 * in place, without cutting it out as a string. It must find what session 21 found: the entries of
 * the token, then those of the token cut after its first letter, sorted (longest first, then the
 * longer first term), which is what the lexicon gives each form alone in a text of another language
 * (no clitic rule), merged and sorted alike.
 */
class TermLexiconCliticEquivalenceTest {
  private static <T> List<TermLexicon.Entry<T>> old(TermLexicon<T> lex, List<Token> tokens, int i) {
    Token t = tokens.get(i);
    List<TermLexicon.Entry<T>> out = new ArrayList<>(lex.matchAt(tokens, i, "und"));
    String term = t.term();
    if (term.length() > 3 && TermLexicon.CLITICS.indexOf(term.charAt(0)) >= 0) {
      List<Token> cut = new ArrayList<>(tokens);
      cut.set(
          i,
          new Token(
              t.surface(),
              term.substring(1),
              t.start(),
              t.end(),
              t.sentence(),
              t.capitalized(),
              t.sentenceInitial()));
      for (TermLexicon.Entry<T> e : lex.matchAt(cut, i, "und")) {
        if (!out.contains(e)) {
          out.add(e);
        }
      }
    }
    out.sort(TermLexicon.MORE_SPECIFIC_FIRST);
    return out;
  }

  private static <T> int compare(TermLexicon<T> lex, String text) {
    List<Token> tokens = TextAnalysis.analyze(text, "ar").tokens();
    int found = 0;
    for (int i = 0; i < tokens.size(); i++) {
      List<TermLexicon.Entry<T>> got = lex.matchAt(tokens, i, "ar");
      assertThat(got).as("token " + i + " " + tokens.get(i)).isEqualTo(old(lex, tokens, i));
      found += got.size();
    }
    return found;
  }

  /** Every Arabic word and phrase of the concept files, alone and after each clitic. */
  private static String conceptWords() {
    StringBuilder sb = new StringBuilder();
    for (String file :
        List.of(
            "conflict-crime-health-transport.tsv",
            "economy-sport-society.tsv",
            "events-politics.tsv",
            "general-news.tsv",
            "news-words.tsv")) {
      String[] header = null;
      for (String line : Resources.text(ConceptLexicon.class, "concepts/" + file).split("\n")) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (header == null) {
          header = f;
          continue;
        }
        for (int k = 3; k < f.length && k < header.length; k++) {
          if (header[k].equals("ar")) {
            for (String w : f[k].split("\\|")) {
              String word = w.replace("*", "ات").strip();
              for (String clitic : List.of("", "و", "ف", "ب", "ل", "وب")) {
                sb.append(clitic).append(word).append(" قال ");
              }
            }
          }
        }
      }
    }
    return sb.toString();
  }

  @Test
  void conceptWordsAfterEachClitic() {
    String text = conceptWords();
    TermLexicon<ConceptLexicon.Concept> concepts =
        ConceptLexicon.shipped().lexicon("ar").orElseThrow();
    assertThat(compare(concepts, text)).isGreaterThan(1000);
    compare(TermLexicon.union(concepts, concepts), text);
    assertThat(TermLexicon.hashFrom("والحكومة", 1)).isEqualTo("الحكومة".hashCode());
    assertThat(TermLexicon.hashFrom("وزير", 4)).isEqualTo("".hashCode());
  }

  @Test
  void realArabicNews() {
    TermLexicon<ConceptLexicon.Concept> concepts =
        ConceptLexicon.shipped().lexicon("ar").orElseThrow();
    int found = 0;
    for (JsonNode n : RealNews.articles()) {
      if (n.path("lang").asText().equals("ar")) {
        found += compare(concepts, n.path("text").asText());
      }
    }
    assertThat(found).isGreaterThan(1000);
  }
}
