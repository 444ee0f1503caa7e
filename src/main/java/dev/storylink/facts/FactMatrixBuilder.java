package dev.storylink.facts;

import dev.storylink.compare.Nisba;
import dev.storylink.store.SpellingFrame;
import dev.storylink.text.Scripts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a story's {@link FactMatrix} from the facts of its articles ({@link ArticleFacts}, in
 * column order: {@link #COLUMN_ORDER}) and their sentence alignment ({@link StoryAlignment}).
 *
 * <ul>
 *   <li>A row is a fact key ({@link Fact#key}); quotes of different articles are one row when their
 *       sentences align (or the quotes are the same words).
 *   <li>A name that is an adjective of nationality (Iranian, الروسي) is its country's row ({@link
 *       Nisba}).
 *   <li>A name whose key one article alone uses is the row of a name in another script (or of its
 *       own article) that one of its cross-script keys matches ({@link NameFacts#storyKeys}).
 *   <li>A name or place an article does not report as such still counts as reported when one of its
 *       words is among the article's words ({@link ArticleFacts#wordKeys}).
 *   <li>A date without its year is the row of the same month and day with a year, when the story
 *       has one such day ({@link ConflictDetector#yearlessDays}: an undated article's New Year's
 *       Eve, 12-31, is the row 2019-12-31 of the others).
 *   <li>Cells of a fact with a value conflict as {@link ConflictDetector} says.
 *   <li>A name in Arabic script that one article writes and no other mentions is left out (without
 *       capitals, such words are more often rare common words than a name).
 *   <li>A quote counts as reported by the articles with a sentence aligned with its sentence (they
 *       report the statement, with or without quotation marks).
 *   <li>First reported by: the reporting article with the earliest publication date (undated last),
 *       then the lowest ingest order, then the first column.
 *   <li>Only one outlet: a fact whose reporting articles all have one outlet, in a story with
 *       several outlets; not the event-date row, nor a date a conflict already shows, nor an event
 *       type (a classification of the article, not something it reports).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class FactMatrixBuilder {
  /** Columns: by language, then source, then publication date (undated last), ingest order, id. */
  public static final Comparator<ArticleFacts> COLUMN_ORDER =
      Comparator.comparing(ArticleFacts::lang)
          .thenComparing(ArticleFacts::source)
          .thenComparing(a -> a.date().orElse(LocalDate.MAX))
          .thenComparingLong(ArticleFacts::seq)
          .thenComparing(ArticleFacts::id);

  private static final List<Fact.Kind> KIND_ORDER =
      List.of(
          Fact.Kind.EVENT_TYPE,
          Fact.Kind.DATE,
          Fact.Kind.QUANTITY,
          Fact.Kind.NAME,
          Fact.Kind.PLACE,
          Fact.Kind.QUOTE,
          Fact.Kind.NUMBER);

  private FactMatrixBuilder() {}

  /** The matrix of {@code articles} (in column order), aligned as {@code alignment} says. */
  public static FactMatrix build(List<ArticleFacts> articles, StoryAlignment alignment) {
    int n = articles.size();
    Map<String, String> quoteKey = quoteGroups(articles, alignment);
    Map<String, String> placeByAlias = new HashMap<>();
    for (ArticleFacts a : articles) {
      for (Fact f : a.of(Fact.Kind.PLACE)) {
        f.aliases().forEach(alias -> placeByAlias.putIfAbsent(alias, f.key()));
      }
    }
    // key -> per column -> facts
    Map<String, List<List<Fact>>> byKey = new LinkedHashMap<>();
    Map<String, List<SpellingFrame>> casedNames = CasedNames.casedNames(articles);
    List<List<Fact>> factsOf = new ArrayList<>(n);
    articles.forEach(a -> factsOf.add(CasedNames.withCasedNames(a, casedNames)));
    Map<String, String> nameKeys = NameFacts.storyKeys(factsOf);
    Map<String, String> dayKeys = ConflictDetector.yearlessDays(factsOf);
    for (int c = 0; c < n; c++) {
      for (Fact f : factsOf.get(c)) {
        String key = quoteKey.getOrDefault(f.key(), f.key());
        key = dayKeys.getOrDefault(key, key); // date:12-31 = date:2019-12-31
        if (f.kind() == Fact.Kind.NAME) {
          key = nameKeys.getOrDefault(key, key); // Вана = Ван, اردوان = Erdoğan

          // a name that is a place elsewhere in the story (Turkey, which the gazetteer leaves out)
          for (String alias : f.aliases()) {
            if (placeByAlias.containsKey(alias)) {
              key = placeByAlias.get(alias);
              break;
            }
          }
          // an adjective of nationality is its country's (Iranian, الروسي: Iran, Russia)
          String lang = articles.get(c).lang();
          Optional<String> country = Nisba.countryOfWord(f.surface(), lang);
          if (country.isPresent()) {
            key = "place:" + country.get();
          }
        }
        List<List<Fact>> cols =
            byKey.computeIfAbsent(
                key,
                k -> {
                  List<List<Fact>> l = new ArrayList<>(n);
                  for (int i = 0; i < n; i++) {
                    l.add(new ArrayList<>());
                  }
                  return l;
                });
        cols.get(c).add(f);
      }
    }
    // "article:sentence" -> the articles with a sentence aligned with it
    Map<String, Set<Integer>> partners = new HashMap<>();
    for (StoryAlignment.Link l : alignment.links()) {
      partners.computeIfAbsent(l.a() + ":" + l.sa(), k -> new HashSet<>()).add(l.b());
      partners.computeIfAbsent(l.b() + ":" + l.sb(), k -> new HashSet<>()).add(l.a());
    }
    Set<String> outlets = new HashSet<>();
    articles.forEach(a -> outlets.add(a.outlet()));
    List<FactMatrix.Row> rows = new ArrayList<>();
    for (Map.Entry<String, List<List<Fact>>> e : byKey.entrySet()) {
      FactMatrix.Row r = row(e.getKey(), e.getValue(), articles, partners);
      if (!loneArabicScriptWord(r)) {
        rows.add(r);
      }
    }
    Set<String> conflictDays = new HashSet<>();
    for (FactMatrix.Row r : rows) {
      if (r.conflicting() && r.kind() == Fact.Kind.DATE) {
        r.cells().forEach(cell -> conflictDays.addAll(cell.values()));
      }
    }
    List<FactMatrix.Row> out = new ArrayList<>();
    for (FactMatrix.Row r : rows) {
      out.add(withOutlet(r, articles, outlets.size() > 1, conflictDays));
    }
    out.sort(
        Comparator.comparing((FactMatrix.Row r) -> !r.conflicting())
            .thenComparing(r -> KIND_ORDER.indexOf(r.kind()))
            .thenComparing(r -> -r.reportedBy()));
    List<FactMatrix.Column> columns =
        articles.stream()
            .map(
                a ->
                    new FactMatrix.Column(
                        a.id(), a.lang(), a.source(), a.title(), a.date(), a.seq()))
            .toList();
    List<FactMatrix.UnalignedSentence> unaligned = new ArrayList<>();
    boolean[] compared = alignment.compared();
    for (int c = 0; c < n; c++) {
      if (!compared[c]) {
        continue;
      }
      boolean[] al = alignment.aligned().get(c);
      List<String> sentences = articles.get(c).sentences();
      for (int s = 0; s < sentences.size() && s < al.length; s++) {
        if (!al[s] && !sentences.get(s).isBlank()) {
          unaligned.add(
              new FactMatrix.UnalignedSentence(articles.get(c).id(), s, sentences.get(s)));
        }
      }
    }
    return new FactMatrix(columns, out, unaligned, alignment.comparedPairs(), n * (n - 1) / 2);
  }

  private static FactMatrix.Row row(
      String key,
      List<List<Fact>> cols,
      List<ArticleFacts> articles,
      Map<String, Set<Integer>> partners) {
    int n = cols.size();
    Fact.Kind kind = null;
    List<Set<String>> values = new ArrayList<>(n);
    Set<String> presence = new HashSet<>();
    RowLabel label = new RowLabel(key);
    Optional<String> speaker = Optional.empty();
    for (int c = 0; c < n; c++) {
      List<Fact> facts = cols.get(c);
      String lang = articles.get(c).lang();
      Set<String> v = new LinkedHashSet<>();
      label.nextColumn();
      for (Fact f : facts) {
        // a place's row may hold names (Turkey, Iranian): the place labels it
        boolean placeRow = key.startsWith("place:");
        kind = placeRow ? Fact.Kind.PLACE : f.kind();
        if (f.conflictable()) {
          v.add(f.value());
        }
        label.offer(f, lang);
        if (speaker.isEmpty()) {
          speaker = f.speaker();
        }
        presence.addAll(f.aliases());
      }
      values.add(v);
    }
    Set<Integer> said = new HashSet<>(); // articles with a sentence aligned with the quote's
    if (kind == Fact.Kind.QUOTE) {
      for (int c = 0; c < n; c++) {
        for (Fact f : cols.get(c)) {
          said.addAll(partners.getOrDefault(c + ":" + f.sentence(), Set.of()));
        }
      }
    }
    boolean[] conflict = ConflictDetector.conflicts(values);
    List<FactMatrix.Cell> cells = new ArrayList<>(n);
    boolean anyConflict = false;
    int first = -1;
    for (int c = 0; c < n; c++) {
      List<Fact> facts = cols.get(c);
      FactMatrix.Cell cell;
      if (!facts.isEmpty()) {
        Set<String> surfaces = new LinkedHashSet<>();
        facts.forEach(f -> surfaces.add(f.surface()));
        cell =
            new FactMatrix.Cell(
                conflict[c] ? FactMatrix.State.CONFLICTING : FactMatrix.State.REPORTED,
                List.copyOf(values.get(c)),
                List.copyOf(surfaces));
      } else if (said.contains(c)
          || Mentions.mentions(articles.get(c), key, kind, presence, cols)) {
        cell = new FactMatrix.Cell(FactMatrix.State.REPORTED, List.of(), List.of());
      } else {
        cell = FactMatrix.Cell.NOT_REPORTED;
      }
      anyConflict |= cell.state() == FactMatrix.State.CONFLICTING;
      if (cell.state() != FactMatrix.State.NOT_REPORTED
          && (first < 0 || earlier(articles.get(c), articles.get(first)))) {
        first = c;
      }
      cells.add(cell);
    }
    return new FactMatrix.Row(
        kind,
        key,
        label.label(),
        anyConflict,
        ConflictDetector.distinct(values),
        speaker,
        articles.get(first).id(),
        Optional.empty(),
        cells);
  }

  /**
   * A name in Arabic script that only one article writes and no other mentions: too weak to show
   * (the script has no capitals; such words are far more often rare common words, منتقل "moved",
   * اخیر درخصوص "recently about", than a name nobody else reports).
   */
  private static boolean loneArabicScriptWord(FactMatrix.Row r) {
    if (r.kind() != Fact.Kind.NAME || r.reportedBy() != 1) {
      return false;
    }
    for (FactMatrix.Cell c : r.cells()) {
      for (String s : c.surfaces()) {
        if (!Scripts.hasArabicScript(s)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean earlier(ArticleFacts a, ArticleFacts b) {
    LocalDate da = a.date().orElse(LocalDate.MAX);
    LocalDate db = b.date().orElse(LocalDate.MAX);
    return da.isBefore(db) || (da.equals(db) && a.seq() < b.seq());
  }

  private static FactMatrix.Row withOutlet(
      FactMatrix.Row r,
      List<ArticleFacts> articles,
      boolean severalOutlets,
      Set<String> conflictDays) {
    if (!severalOutlets
        || r.conflicting()
        || r.key().equals("date:event")
        || r.kind() == Fact.Kind.EVENT_TYPE) {
      return r;
    }
    if (r.kind() == Fact.Kind.DATE && conflictDays.contains(r.key().substring("date:".length()))) {
      return r;
    }
    Set<String> reporting = new HashSet<>();
    for (int c = 0; c < r.cells().size(); c++) {
      if (r.cells().get(c).state() != FactMatrix.State.NOT_REPORTED) {
        reporting.add(articles.get(c).outlet());
      }
    }
    if (reporting.size() != 1) {
      return r;
    }
    return new FactMatrix.Row(
        r.kind(),
        r.key(),
        r.label(),
        false,
        r.values(),
        r.speaker(),
        r.firstReportedBy(),
        Optional.of(reporting.iterator().next()),
        r.cells());
  }

  /**
   * Quote keys mapped to the key of the first quote they are one with: quotes whose sentences align
   * (the n-th quote of one sentence with the n-th of the other, or the first), or that are the same
   * words.
   */
  private static Map<String, String> quoteGroups(List<ArticleFacts> articles, StoryAlignment al) {
    Map<String, Fact> byKey = new LinkedHashMap<>();
    Map<String, List<String>> bySentence = new HashMap<>();
    Map<String, String> parent = new HashMap<>();
    Map<String, String> byWords = new HashMap<>();
    for (int c = 0; c < articles.size(); c++) {
      for (Fact f : articles.get(c).of(Fact.Kind.QUOTE)) {
        byKey.put(f.key(), f);
        parent.put(f.key(), f.key());
        bySentence.computeIfAbsent(c + ":" + f.sentence(), k -> new ArrayList<>()).add(f.key());
        for (String alias : f.aliases()) {
          String other = byWords.putIfAbsent(alias, f.key());
          if (other != null) {
            KeyGroups.union(parent, other, f.key(), (ra, rb) -> true);
          }
        }
      }
    }
    for (StoryAlignment.Link l : al.links()) {
      List<String> qa = bySentence.get(l.a() + ":" + l.sa());
      List<String> qb = bySentence.get(l.b() + ":" + l.sb());
      if (qa != null && qb != null) {
        for (int k = 0; k < Math.max(qa.size(), qb.size()); k++) {
          KeyGroups.union(
              parent,
              qa.get(Math.min(k, qa.size() - 1)),
              qb.get(Math.min(k, qb.size() - 1)),
              (ra, rb) -> true);
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    for (String k : byKey.keySet()) {
      out.put(k, KeyGroups.root(parent, k));
    }
    return out;
  }
}
