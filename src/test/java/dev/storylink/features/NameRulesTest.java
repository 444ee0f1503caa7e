package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.text.Stopwords;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The content-word and name rules of {@link NameRules}. */
class NameRulesTest {
  private static final TermStats STATS = CorpusStats.background();
  private static final double RARE = NameRules.rareIdf(STATS);

  private static List<Token> tokens(String text, String lang) {
    return TextAnalysis.analyze(text, lang).tokens();
  }

  private static int indexOf(List<Token> tokens, String surface) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).surface().equals(surface)) {
        return i;
      }
    }
    throw new AssertionError(surface);
  }

  private static String featureKey(String text, String lang, String surface) {
    List<Token> t = tokens(text, lang);
    return NameRules.featureKey(t.get(indexOf(t, surface)), Stopwords.of(lang), RARE, STATS);
  }

  private static boolean nameLike(String text, String lang, String surface) {
    List<Token> t = tokens(text, lang);
    Token tok = t.get(indexOf(t, surface));
    return NameRules.isNameLike(tok, STATS.idf(tok.term()), RARE, Stopwords.of(lang));
  }

  private static boolean factName(String text, String lang, String surface, int occurrences) {
    List<Token> t = tokens(text, lang);
    int i = indexOf(t, surface);
    return NameRules.isFactName(
        t,
        i,
        occurrences,
        STATS.idf(t.get(i).term()),
        RARE,
        UnaryOperator.identity(),
        dev.storylink.core.Article.UNKNOWN_LANG);
  }

  @Test
  void rarenessIsAShareOfTheLargestIdf() {
    assertThat(RARE).isEqualTo(NameRules.RARE_IDF_FRACTION * STATS.maxIdf());
  }

  @Test
  void contentWordsHaveTwoCharactersALetterAndAreNoStopWords() {
    Set<String> stop = Stopwords.of("en");
    assertThat(NameRules.isContent("earthquake", stop)).isTrue();
    assertThat(NameRules.isContent("g7", stop)).isTrue();
    assertThat(NameRules.isContent("the", stop)).isFalse();
    assertThat(NameRules.isContent("a", stop)).isFalse();
    assertThat(NameRules.isContent("2020", stop)).isFalse();
  }

  @Test
  void apostropheSuffixesAndElidedArticlesAreDropped() {
    assertThat(NameRules.stripApostrophe("erdoğan'ın")).isEqualTo("erdoğan");
    assertThat(NameRules.stripApostrophe("putin\u2019s")).isEqualTo("putin");
    assertThat(NameRules.stripApostrophe("l'iran")).isEqualTo("iran");
    assertThat(NameRules.stripApostrophe("izmir")).isEqualTo("izmir");
    assertThat(NameRules.label("Erdoğan'ın")).isEqualTo("Erdoğan");
    assertThat(NameRules.label("'")).isEqualTo("'");
  }

  @Test
  void featureNamesInCasedScripts() {
    String text = "People searched the rubble, President Erdogan said in Ankara.";
    assertThat(featureKey(text, "en", "Erdogan")).isEqualTo("erdogan");
    assertThat(featureKey(text, "en", "rubble")).isNull(); // not capitalised
    assertThat(featureKey(text, "en", "People")).isNull(); // starts the sentence, common
    assertThat(featureKey("Erdoğan'ın açıklaması geldi.", "tr", "Erdoğan'ın")).isNotNull();
  }

  @Test
  void featureNamesInArabicScriptAndOtherUncasedScripts() {
    assertThat(
            featureKey("وقال الرئيس التركي رجب طيب أردوغان إن فرق الإنقاذ تبحث.", "ar", "أردوغان"))
        .isNotNull();
    assertThat(featureKey("وقال الرئيس التركي رجب طيب أردوغان إن فرق الإنقاذ تبحث.", "ar", "وقال"))
        .isNull();
    // Han: never, however rare
    List<Token> zh = tokens("习近平在北京会见普京", "zh");
    assertThat(zh).isNotEmpty();
    for (Token t : zh) {
      assertThat(NameRules.featureKey(t, Stopwords.of("zh"), RARE, STATS)).isNull();
    }
  }

  @Test
  void nameLikeWordsOfSentenceSignatures() {
    String text = "People searched, President Erdogan said. Erdogan came.";
    assertThat(nameLike(text, "en", "Erdogan")).isTrue();
    assertThat(nameLike(text, "en", "searched")).isFalse();
    assertThat(nameLike(text, "en", "People")).isFalse();
    assertThat(nameLike("وقال الرئيس التركي رجب طيب أردوغان.", "ar", "أردوغان")).isTrue();
  }

  @Test
  void factNamesInCasedScripts() {
    String text = "The quake struck on Tuesday. President Erdogan visited Izmir on Tuesday.";
    assertThat(factName(text, "en", "Erdogan", 1)).isTrue();
    assertThat(factName(text, "en", "Tuesday", 2)).isFalse(); // a weekday
    // also written in lower case: a common word
    assertThat(factName("He met Rescue workers. The rescue went on.", "en", "Rescue", 1)).isFalse();
    // only ever starts sentences
    assertThat(factName("Erdogan spoke. Rescue went on.", "en", "Erdogan", 1)).isFalse();
  }

  @Test
  void factNamesInArabicScriptRecurAndHaveTheShapeOfAName() {
    String text = "قال أردوغان إن فرق الإنقاذ تبحث. وزار أردوغان مدينة إزمير.";
    assertThat(factName(text, "ar", "أردوغان", 2)).isTrue();
    assertThat(factName(text, "ar", "أردوغان", 1)).isFalse();
    assertThat(factName(text, "ar", "مدينة", 2)).isFalse();
  }

  @Test
  void factSurfacesInLanguagesThatCapitaliseEveryNoun() {
    List<Token> de =
        tokens("Das Technische Hilfswerk stehe bereit, die Gebäude stürzten ein.", "de");
    Set<String> stop = Stopwords.of("de");
    assertThat(NameRules.factSurface(de, indexOf(de, "Hilfswerk"), "de", stop, k -> false))
        .isEqualTo("Technische Hilfswerk");
    assertThat(NameRules.factSurface(de, indexOf(de, "Gebäude"), "de", stop, k -> false)).isEmpty();
    List<Token> en = tokens("President Erdogan's visit.", "en");
    assertThat(
            NameRules.factSurface(
                en, indexOf(en, "Erdogan's"), "en", Stopwords.of("en"), k -> false))
        .isEqualTo("Erdogan");
  }
}
