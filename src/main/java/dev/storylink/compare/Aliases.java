package dev.storylink.compare;

import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Well-known agreements and organisations under the names each language gives them (JCPOA = برجام =
 * الاتفاق النووي = ядерная сделка), and seats of government that stand for their government
 * (Kremlin = Kreml = Кремле = الكرملين, White House = کاخ سفید = البيت الأبيض, Pentagon), from the
 * composed resource {@code aliases.tsv}: a name no skeleton or place table can bridge. A name in
 * capitals only (JCPOA, NATO) is found as written; the others as runs of analysed words of the
 * text's language. Immutable once loaded and thread-safe.
 */
public final class Aliases {
  /** A name of a group found in a text: the group's key and the tokens it spans. */
  public record Found(String key, int firstToken, int tokenCount) {}

  private record Name(String key, String text) {}

  /** A name as the words of one language: its terms, or its surface when {@code exact}. */
  private record Analysed(String key, List<String> terms, boolean exact) {}

  private static final List<Name> NAMES = load();

  /** Names analysed per language: language → names as term runs. */
  private static final Map<String, List<Analysed>> BY_LANG = new ConcurrentHashMap<>();

  private Aliases() {}

  /** The alias names among {@code tokens} (analysed in {@code lang}), longest first, disjoint. */
  public static List<Found> find(List<Token> tokens, String lang) {
    List<Analysed> names = BY_LANG.computeIfAbsent(lang, Aliases::analyse);
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Found best = null;
      for (Analysed n : names) {
        List<String> terms = n.terms();
        boolean exact = n.exact();
        if (i + terms.size() > tokens.size()
            || (best != null && best.tokenCount() >= terms.size())) {
          continue;
        }
        boolean match = true;
        for (int k = 0; k < terms.size() && match; k++) {
          Token t = tokens.get(i + k);
          match =
              exact
                  ? t.surface().equals(terms.get(k))
                  : MatchKeys.termKey(t.term()).equals(terms.get(k));
        }
        if (match) {
          best = new Found(n.key(), i, terms.size());
        }
      }
      if (best != null) {
        out.add(best);
        i += best.tokenCount() - 1;
      }
    }
    return out;
  }

  /** The first name the resource gives group {@code key} (Red Crescent), or {@code key} itself. */
  public static String label(String key) {
    for (Name n : NAMES) {
      if (n.key().equals(key)) {
        return n.text();
      }
    }
    return key;
  }

  private static List<Analysed> analyse(String lang) {
    List<Analysed> out = new ArrayList<>();
    for (Name n : NAMES) {
      if (!n.text().contains(" ") && n.text().equals(n.text().toUpperCase(Locale.ROOT))) {
        out.add(new Analysed(n.key(), List.of(n.text()), true));
        continue;
      }
      List<Token> tokens = TextAnalysis.analyze(n.text(), lang).tokens();
      if (!tokens.isEmpty()) {
        out.add(
            new Analysed(
                n.key(), tokens.stream().map(t -> MatchKeys.termKey(t.term())).toList(), false));
      }
    }
    return out;
  }

  private static List<Name> load() {
    return KeyedLists.read("aliases.tsv", "\\|").stream()
        .map(e -> new Name(e.getKey(), e.getValue()))
        .toList();
  }
}
