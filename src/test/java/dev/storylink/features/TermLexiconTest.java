package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching rules of {@link TermLexicon}: words, stems, phrases, glued Arabic clitics. */
class TermLexiconTest {
  private static List<String> values(TermLexicon<String> lex, String text, String lang) {
    List<Token> tokens = TextAnalysis.analyze(text, lang).tokens();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (TermLexicon.Entry<String> e : lex.matchAt(tokens, i, lang)) {
        out.add(e.value());
      }
    }
    return out;
  }

  private static TermLexicon<String> lexicon() {
    TermLexicon.Builder<String> b = TermLexicon.builder();
    b.add("death toll", "en", "toll");
    b.add("killed", "en", "killed");
    b.add("verletzt*", "de", "injured");
    b.add("подземн* толч*", "ru", "quake");
    b.add("إصابة", "ar", "injury");
    return b.build();
  }

  @Test
  void matchesWordsStemsAndPhrases() {
    TermLexicon<String> lex = lexicon();
    assertThat(values(lex, "The death toll rose; 12 were killed.", "en"))
        .containsExactly("toll", "killed");
    assertThat(values(lex, "Zwölf Menschen wurden verletzt, viele Verletzte.", "de"))
        .containsExactly("injured", "injured");
    assertThat(values(lex, "Произошли подземные толчки", "ru")).containsExactly("quake");
    assertThat(values(lex, "toll death killers", "en")).isEmpty();
    assertThat(values(lex, "verl ve", "de")).isEmpty();
  }

  @Test
  void arabicGluedConjunctionsAreStripped() {
    assertThat(values(lexicon(), "قتل شخص وإصابة آخرين", "ar")).containsExactly("injury");
  }

  @Test
  void manyEntriesAreAllFound() {
    // enough entries that the quick bit tests fill up: none may hide an entry
    TermLexicon.Builder<String> b = TermLexicon.builder();
    StringBuilder text = new StringBuilder();
    List<String> planted = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      String w = "w" + Integer.toString(i, 36) + "x";
      b.add(w, "en", w);
      b.add("s" + Integer.toString(i, 36) + "q*", "en", "stem" + i);
      if (i % 7 == 0) {
        text.append(w).append(' ').append('s').append(Integer.toString(i, 36)).append("qed ");
        planted.add(w);
        planted.add("stem" + i);
      }
    }
    List<String> found = values(b.build(), text.toString(), "en");
    assertThat(found).containsAll(planted).contains("w0x", "stem0", "stem2996");
  }
}
