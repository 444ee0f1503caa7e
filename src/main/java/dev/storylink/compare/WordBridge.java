package dev.storylink.compare;

import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small word bridge between languages for frequent words of diplomatic and news speech that no
 * skeleton, place table or cognate bridges (Arabic أمل and Persian امید "hope", الحوار and گفت‌وگو
 * "dialogue"), from the composed resource {@code bridge.tsv}: each meaning has a key, and a word of
 * a text has the key when its analysed term is one of the listed words analysed in the text's
 * language, or begins with a listed stem (a word ending in *). Thread-safe (immutable lists and a
 * concurrent per-language cache).
 */
final class WordBridge {
  private record Entry(String key, String word) {}

  /** Per language: the listed words' terms, and the stems' terms. */
  private record Lexicon(Map<String, String> words, List<String[]> stems) {}

  private static final List<Entry> ENTRIES = load();
  private static final Map<String, Lexicon> BY_LANG = new ConcurrentHashMap<>();

  private WordBridge() {}

  /** The meaning of the analysed word {@code t} of a text in {@code lang}, if it is listed. */
  static Optional<String> meaning(Token t, String lang) {
    Lexicon lex = BY_LANG.computeIfAbsent(lang, WordBridge::lexicon);
    String term = MatchKeys.termKey(t.term());
    String key = lex.words().get(term);
    if (key != null) {
      return Optional.of(key);
    }
    for (String[] stem : lex.stems()) {
      if (term.startsWith(stem[1])) {
        return Optional.of(stem[0]);
      }
    }
    return Optional.empty();
  }

  private static Lexicon lexicon(String lang) {
    Map<String, String> words = new HashMap<>();
    List<String[]> stems = new ArrayList<>();
    for (Entry e : ENTRIES) {
      boolean stem = e.word().endsWith("*");
      String w = stem ? e.word().substring(0, e.word().length() - 1) : e.word();
      List<Token> tokens = TextAnalysis.analyze(w, lang).tokens();
      if (tokens.size() != 1) {
        continue;
      }
      String term = MatchKeys.termKey(tokens.get(0).term());
      if (stem) {
        if (term.length() >= 3) {
          stems.add(new String[] {e.key(), term});
        }
      } else {
        words.putIfAbsent(term, e.key());
      }
    }
    return new Lexicon(Map.copyOf(words), List.copyOf(stems));
  }

  private static List<Entry> load() {
    return KeyedLists.read("bridge.tsv", " ").stream()
        .map(e -> new Entry(e.getKey(), e.getValue()))
        .toList();
  }
}
