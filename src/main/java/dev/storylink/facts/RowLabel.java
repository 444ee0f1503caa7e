package dev.storylink.facts;

import dev.storylink.text.Scripts;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The label of one row of a story's fact matrix, chosen among the texts of its facts as they are
 * offered column by column. The rules, best first:
 *
 * <ol>
 *   <li>in a place's row, the place's name (a place row may hold names: Turkey, Iranian);
 *   <li>a name as a cased script writes it (Erdogan, not the transliteration Ardughan of أردوغان),
 *       and of those the spelling the most articles write (Rouhani in three English reports, not
 *       the one German Ruhani; ties to the first met); an organisation ({@code name:org:}) keeps
 *       the name its group gives it;
 *   <li>the transliteration of a Persian or Urdu spelling, whose letters tell p from b (پوتین:
 *       Putin, where بوتين reads Butin);
 *   <li>any label that is not in Arabic script; a date with its year before one without ({@link
 *       ConflictDetector#yearlessDays});
 *   <li>the rest.
 * </ol>
 *
 * <p>Not thread-safe: one instance per row, used by one thread.
 */
final class RowLabel {
  private static final int CASED = 3;

  private final boolean placeRow;
  private final boolean organisation;
  private final Map<String, Integer> casedVotes = new LinkedHashMap<>();
  private final Set<String> votedInColumn = new HashSet<>();
  private String label = "";
  private int rank = -1;

  RowLabel(String key) {
    this.placeRow = key.startsWith("place:");
    this.organisation = key.startsWith("name:org:");
  }

  /** Starts the next column: an article votes once per spelling. */
  void nextColumn() {
    votedInColumn.clear();
  }

  /** Offers the fact {@code f} of an article in {@code lang}. */
  void offer(Fact f, String lang) {
    int r = placeRow && f.kind() == Fact.Kind.PLACE ? 4 : rank(f, lang);
    if (r == CASED && !organisation && votedInColumn.add(f.surface())) {
      casedVotes.merge(f.surface(), 1, Integer::sum);
    }
    if (r > rank) {
      label = r == CASED && !organisation ? f.surface() : f.label();
      rank = r;
    }
  }

  /** The label of the row; "" when no fact was offered. */
  String label() {
    if (rank != CASED || casedVotes.isEmpty()) {
      return label;
    }
    String best = "";
    int most = 0;
    for (Map.Entry<String, Integer> e : casedVotes.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  private static int rank(Fact f, String lang) {
    if (f.kind() == Fact.Kind.DATE) {
      return f.label().length() > 5 ? 1 : 0; // 2019-12-31 before 12-31
    }
    if (f.kind() == Fact.Kind.NAME && writtenInCasedScript(f.surface())) {
      return CASED;
    }
    if (f.kind() == Fact.Kind.NAME && (lang.equals("fa") || lang.equals("ur"))) {
      return 2;
    }
    return Scripts.hasArabicScript(f.label()) ? 0 : 1;
  }

  /** True when {@code surface} has a letter of a cased script (Latin, Cyrillic, Greek...). */
  static boolean writtenInCasedScript(String surface) {
    for (int i = 0; i < surface.length(); i++) {
      if (Scripts.isCased(surface.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
