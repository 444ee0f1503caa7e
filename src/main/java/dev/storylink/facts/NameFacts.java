package dev.storylink.facts;

import dev.storylink.features.GivenNames;
import dev.storylink.features.NameRules;
import dev.storylink.features.TermStats;
import dev.storylink.text.FactNameKeys;
import dev.storylink.text.NameKeys;
import dev.storylink.text.NameRomanizer;
import dev.storylink.text.NameSpellings;
import dev.storylink.text.Scripts;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of an article for its facts: runs of adjacent words that {@link NameRules} reports as
 * names, keyed by the cross-script skeleton of their last word ({@link NameKeys#skeleton}), or when
 * that is too short to match by its {@link FactNameKeys#shortKey} (Van = Ван = وان), or else its
 * folded form. Thread-safe if the {@link TermStats} is.
 */
final class NameFacts {
  private final TermStats stats;
  private final double rareIdf;

  NameFacts(TermStats stats, double rareIdf) {
    this.stats = stats;
    this.rareIdf = rareIdf;
  }

  /** A name found in an article: a run of name words, keyed by its last word. */
  record NameRun(int first, int last, String surface, String key, List<String> keys) {}

  List<NameRun> find(
      List<Token> tokens,
      boolean[] inPlace,
      Set<String> conceptWords,
      Set<String> stop,
      String lang) {
    Map<String, Integer> count = new HashMap<>();
    boolean[] nameLike = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      // a word of the news-concept lexicon (زلزال, earthquake) is a common word, not a name, but
      // after a given name or title (Murat Çelik, Bakan Çelik: Turkish çelik is "steel")
      if (!inPlace[i]
          && (!conceptWords.contains(t.surface()) || afterGivenNameOrTitle(tokens, i, lang))
          && NameRules.isNameLike(t, stats.idf(t.term()), rareIdf, stop)) {
        nameLike[i] = true;
        count.merge(termKey(NameRules.stripApostrophe(t.term())), 1, Integer::sum);
      }
    }
    // a word is written as a name when any of its occurrences is (in German one in a run of
    // capitalised words: "Putin und Ruhani" in a headline, "Wladimir Putin" in the text)
    Set<String> writtenAsName = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (nameLike[i]) {
        String key = termKey(NameRules.stripApostrophe(tokens.get(i).term()));
        if (!writtenAsName.contains(key)
            && !NameRules.factSurface(tokens, i, lang, stop, j -> inPlace[j]).isEmpty()) {
          writtenAsName.add(key);
        }
      }
    }
    Map<String, Boolean> verdict = new HashMap<>();
    boolean[] name = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      if (!nameLike[i]) {
        continue;
      }
      String key = termKey(NameRules.stripApostrophe(tokens.get(i).term()));
      int at = i;
      name[i] =
          writtenAsName.contains(key)
              && verdict.computeIfAbsent(
                  key,
                  k ->
                      NameRules.isFactName(
                          tokens,
                          at,
                          count.get(k),
                          stats.idf(tokens.get(at).term()),
                          rareIdf,
                          NameFacts::termKey,
                          lang));
    }
    List<NameRun> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!name[i]) {
        continue;
      }
      int last = i;
      while (last + 1 < tokens.size()
          && name[last + 1]
          && tokens.get(last + 1).sentence() == tokens.get(i).sentence()
          && tokens.get(last + 1).start() - tokens.get(last).end() <= 1) {
        last++;
      }
      String lastTerm = NameRules.nameTerm(tokens.get(last));
      String written = NameRules.label(tokens.get(last).surface());
      String surface =
          NameRules.label(
              tokens.get(i).surface().equals(tokens.get(last).surface())
                  ? tokens.get(i).surface()
                  : joined(tokens, i, last));
      RunKeys k = runKeys(lastTerm, written, lang);
      out.add(new NameRun(i, last, surface, k.key(), k.keys()));
      i = last;
    }
    return out;
  }

  /**
   * True when the capitalised word {@code tokens.get(i)} follows, in its sentence, a given name or
   * a title of {@code lang} ({@link GivenNames}).
   */
  private static boolean afterGivenNameOrTitle(List<Token> tokens, int i, String lang) {
    Token t = tokens.get(i);
    if (i == 0 || !t.capitalized() || tokens.get(i - 1).sentence() != t.sentence()) {
      return false;
    }
    int kinds = GivenNames.shipped().kinds(tokens.get(i - 1), lang);
    return (kinds & (GivenNames.GIVEN | GivenNames.TITLE)) != 0;
  }

  private static String joined(List<Token> tokens, int first, int last) {
    StringBuilder sb = new StringBuilder();
    for (int k = first; k <= last; k++) {
      if (k > first) {
        sb.append(' ');
      }
      sb.append(k == last ? NameRules.label(tokens.get(k).surface()) : tokens.get(k).surface());
    }
    return sb.toString();
  }

  static String romanized(List<Token> tokens, NameRun n) {
    StringBuilder sb = new StringBuilder();
    for (int k = n.first(); k <= n.last(); k++) {
      String r = NameRomanizer.romanize(NameRules.stripApostrophe(tokens.get(k).term()));
      if (!r.isEmpty()) {
        sb.append(sb.length() > 0 ? " " : "")
            .append(Character.toUpperCase(r.charAt(0)))
            .append(r.substring(1));
      }
    }
    return sb.length() == 0 ? tokens.get(n.first()).surface() : sb.toString();
  }

  /**
   * The keys a word meets other articles' words under: its folded form ({@code t:}, {@link
   * #termKey}), then its cross-script keys ({@code s:}, {@link FactNameKeys#crossScriptKeys}: the
   * skeleton or a short name's key, and Turkish c as j).
   */
  static List<String> wordKeys(String term) {
    List<String> out = new ArrayList<>();
    out.add("t:" + termKey(term));
    for (String k : FactNameKeys.crossScriptKeys(term)) {
      out.add("s:" + k);
    }
    return List.copyOf(out);
  }

  /**
   * The keys a word with the analysed term {@code term}, written {@code written}, meets other
   * articles' words under: its {@link #wordKeys}, then ({@code s:}) its skeleton as language {@code
   * lang} spells it with the Turkish ç the text writes put back ({@link NameKeys#skeleton(String,
   * String)}, {@link NameSpellings#withTurkishLetters}: Çelik {@code klk} = Челик = چلیک) when
   * matchable and new.
   */
  static List<String> nameKeys(String term, String written, String lang) {
    return nameKeysOf(
        term, NameKeys.skeleton(NameSpellings.withTurkishLetters(term, written), lang));
  }

  /** The {@link #nameKeys} of {@code term}, whose skeleton as its text spells it is {@code sk}. */
  private static List<String> nameKeysOf(String term, String sk) {
    List<String> out = new ArrayList<>(wordKeys(term));
    if (NameKeys.matchable(sk) && !out.contains("s:" + sk)) {
      out.add("s:" + sk);
    }
    return out;
  }

  /**
   * A name run's grouping key and matching keys.
   *
   * @param key {@code name:} and the skeleton of its last word as its text spells it when
   *     matchable, else that word's short key, else its folded term
   * @param keys its {@link #nameKeys}, then its {@link #secondKeys} not among them
   */
  record RunKeys(String key, List<String> keys) {
    RunKeys {
      keys = List.copyOf(keys);
    }
  }

  /**
   * The {@link RunKeys} of a name whose last word has the analysed term {@code term}, written
   * {@code written}: its Turkish spelling and that spelling's skeleton are made once and serve the
   * key, the name keys and the second keys alike.
   */
  static RunKeys runKeys(String term, String written, String lang) {
    String spelled = NameSpellings.withTurkishLetters(term, written);
    String sk = NameKeys.skeleton(spelled, lang);
    boolean matchable = NameKeys.matchable(sk);
    String shortKey = matchable ? "" : FactNameKeys.shortKey(term);
    String key = "name:" + (matchable ? sk : shortKey.isEmpty() ? termKey(term) : shortKey);
    List<String> keys = nameKeysOf(term, sk);
    for (String k : secondKeys(term, spelled, written, lang)) {
      if (!keys.contains(k)) {
        keys.add(k);
      }
    }
    return new RunKeys(key, keys);
  }

  /**
   * The second keys ({@code s:}) of a name whose last word has the analysed term {@code term}, is
   * written {@code written} and spelled {@code spelled} with its Turkish letters, for {@link
   * #storyKeys} only (a word's presence in an article is not read from them): its skeleton without
   * a Turkish ğ ({@link NameSpellings#withoutSoftG}: Erdoğan {@code rdn} = Urdu اردوان), and for a
   * Russian short name in -а after a consonant its stem's {@link FactNameKeys#shortKey} ({@link
   * NameSpellings#russianGenitiveStem}: Вана {@code fan} = Ван = Van), each when it gives a key.
   */
  private static List<String> secondKeys(String term, String spelled, String written, String lang) {
    List<String> out = new ArrayList<>(2);
    String soft = NameSpellings.withoutSoftG(spelled, written);
    String softSk = soft.equals(spelled) ? "" : NameKeys.skeleton(soft, lang);
    if (NameKeys.matchable(softSk)) {
      out.add("s:" + softSk);
    }
    String genitive = NameSpellings.russianGenitiveStem(term);
    if (genitive.length() < term.length() && !NameKeys.matchable(NameKeys.skeleton(term))) {
      String k = FactNameKeys.shortKey(genitive);
      if (!k.isEmpty()) {
        out.add("s:" + k);
      }
    }
    return out;
  }

  /**
   * The row key each name key of a story's facts ({@code columns}: the facts of each article) is
   * read under. A name whose key one article alone uses is one row with another name of the story
   * whose key is among its cross-script keys ({@code s:} aliases); a name whose key one article
   * alone uses is also one row with another name that has its key among its own, unless an article
   * writes both (an English article that names both Dan and Dana keeps them apart). Either only
   * when the two are written in different scripts or in the same article. Вана (key {@code fana},
   * second key {@code fan}) is the row of Ван and Van ({@code fan}); Urdu اردوان ({@code rdn}) the
   * row of Erdoğan ({@code rdkn}, second key {@code rdn}). Two names that several articles use each
   * stay apart, and so do two spellings in one script of different articles (an English Arden is no
   * Erdoğan). Joined keys are read as the key of most articles, the first met on a tie. Keys not
   * joined are left out of the map.
   */
  static Map<String, String> storyKeys(List<List<Fact>> columns) {
    Map<String, Set<Integer>> articles = new LinkedHashMap<>();
    Map<String, List<Fact>> byKey = new HashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      for (Fact f : columns.get(c)) {
        if (f.kind() == Fact.Kind.NAME) {
          articles.computeIfAbsent(f.key(), k -> new HashSet<>()).add(c);
          byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
        }
      }
    }
    List<String> order = new ArrayList<>(articles.keySet());
    Map<String, String> parent = new HashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      for (Fact f : columns.get(c)) {
        if (f.kind() != Fact.Kind.NAME) {
          continue;
        }
        for (String alias : f.aliases()) {
          String other = alias.startsWith("s:") ? "name:" + alias.substring(2) : "";
          if (other.equals(f.key()) || !byKey.containsKey(other)) {
            continue;
          }
          Set<Integer> own = articles.get(f.key());
          Set<Integer> theirs = articles.get(other);
          boolean absorbed =
              own.size() == 1 || theirs.size() == 1 && java.util.Collections.disjoint(own, theirs);
          if (absorbed && joinable(f, c, byKey.get(other), columns)) {
            KeyGroups.union(
                parent,
                f.key(),
                other,
                (ra, rb) -> {
                  int na = articles.get(ra).size();
                  int nb = articles.get(rb).size();
                  return na > nb || na == nb && order.indexOf(ra) < order.indexOf(rb);
                });
          }
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    for (String k : parent.keySet()) {
      String root = KeyGroups.root(parent, k);
      if (!root.equals(k)) {
        out.put(k, root);
      }
    }
    return out;
  }

  /**
   * True when {@code f} (of column {@code c}) and one of {@code others} differ in script or
   * article, or write the same folded term ({@code t:} key), which only their languages key apart
   * (English Celik {@code slk} and Turkish Çelik {@code klk} both fold to celik).
   */
  private static boolean joinable(Fact f, int c, List<Fact> others, List<List<Fact>> columns) {
    int script = Scripts.scriptOf(f.surface());
    for (Fact o : others) {
      if (Scripts.scriptOf(o.surface()) != script || columns.get(c).contains(o) || sameTerm(f, o)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code a} and {@code b} have a {@code t:} key (their folded term) in common. */
  private static boolean sameTerm(Fact a, Fact b) {
    for (String k : a.aliases()) {
      if (k.startsWith("t:") && b.aliases().contains(k)) {
        return true;
      }
    }
    return false;
  }

  /** The matching key of a term: Arabic-script terms through {@link NameKeys#arabicScriptKey}. */
  static String termKey(String term) {
    return Scripts.hasArabicScript(term) ? NameKeys.arabicScriptKey(term) : term;
  }
}
