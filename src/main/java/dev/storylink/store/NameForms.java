package dev.storylink.store;

import dev.storylink.features.NameRules;
import dev.storylink.text.Languages;
import dev.storylink.text.NameKeys;
import dev.storylink.text.Scripts;
import dev.storylink.text.Stopwords;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The spellings of a name in the store's articles, in every script, found by the name's skeleton in
 * {@link StoreSchema#NAME_FORMS}, and the rules that keep a look-alike out:
 *
 * <ul>
 *   <li>a spelling must be {@linkplain SpellingFrame#compatible compatible} with the query word
 *       (vowels and p/b, not the skeleton alone);
 *   <li>a spelling (or the query word) that is a common word of its language never matches by its
 *       skeleton alone: a stop word of a supported language, or a word the store's articles use far
 *       more often than as a name ({@link #isCommon}: in at least {@value #COMMON_MIN_DF} articles,
 *       and in more than {@value #COMMON_RATIO} times as many as name it);
 *   <li>an Arabic-script word, which writes p and b alike, keeps one reading in the alphabets that
 *       tell them apart: the one the store writes most (بوتين is Putin, not the coach Bottin).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class NameForms {
  /** A word seen in this many articles or more can be judged common. */
  static final int COMMON_MIN_DF = 3;

  /** A word is common when its articles outnumber those that name it by more than this. */
  static final int COMMON_RATIO = 4;

  /** Spellings looked at per skeleton, at most. */
  static final int MAX_SPELLINGS = 256;

  private static final Set<String> STOP_WORDS = stopWords();

  private NameForms() {}

  /**
   * A spelling indexed in {@link StoreSchema#TEXT}, with its document frequencies: {@code nameDf}
   * the articles that index it behind the key it was found by (as a name, or as a plural), {@code
   * textDf} those that have it in their text.
   */
  record Spelling(String term, int nameDf, int textDf) {}

  /** True when the index has name spellings (stores written before have none). */
  static boolean available(IndexReader r) {
    return FieldInfos.getMergedFieldInfos(r).fieldInfo(StoreSchema.NAME_FORMS) != null;
  }

  /**
   * The spellings of names with this skeleton that may write {@code word} (the analysed query
   * word): compatible and not common words. Empty when {@code word} itself is a common word.
   */
  static List<Spelling> of(IndexReader r, String word, String skeleton) throws IOException {
    List<Spelling> all = spellings(r, skeleton);
    Spelling self =
        all.stream()
            .filter(s -> s.term().equals(word))
            .findFirst()
            .orElse(new Spelling(word, 0, r.docFreq(new Term(StoreSchema.TEXT, word))));
    if (isCommon(self)) {
      return List.of();
    }
    SpellingFrame frame = SpellingFrame.of(word);
    List<Spelling> out = new ArrayList<>();
    for (Spelling s : all) {
      if (!s.term().equals(word)
          && !isCommon(s)
          && SpellingFrame.compatible(frame, SpellingFrame.of(s.term()))) {
        out.add(s);
      }
    }
    return frame.arabic() ? oneReading(out) : out;
  }

  /**
   * Arabic script writes p and b alike (بوتين is Putin, and could be Bottin): of the spellings in
   * alphabets that tell p from b, keep the reading that the store's articles write most often (the
   * most articles in all its spellings), so a rare namesake does not come up with the famous name.
   */
  private static List<Spelling> oneReading(List<Spelling> spellings) {
    Map<String, Long> articles = new HashMap<>();
    Map<Spelling, String> readingOf = new HashMap<>();
    for (Spelling s : spellings) {
      SpellingFrame f = SpellingFrame.of(s.term());
      if (!f.abjad()) {
        readingOf.put(s, f.consonants());
        articles.merge(f.consonants(), (long) s.textDf(), Long::sum);
      }
    }
    if (articles.size() < 2) {
      return spellings;
    }
    String best =
        articles.entrySet().stream()
            .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry::getKey))
            .orElseThrow()
            .getKey();
    List<Spelling> out = new ArrayList<>();
    for (Spelling s : spellings) {
      String reading = readingOf.get(s);
      if (reading == null || reading.length() != best.length() || reading.equals(best)) {
        out.add(s);
      }
    }
    return out;
  }

  /** Every spelling indexed under {@code skeleton}, with its frequencies. */
  static List<Spelling> spellings(IndexReader r, String skeleton) throws IOException {
    return behind(r, StoreSchema.NAME_FORMS, skeleton, MAX_SPELLINGS);
  }

  /**
   * The text terms indexed in {@code field} behind {@code key} ({@code key}, {@link
   * StoreSchema#FORM_SEPARATOR}, term), at most {@code max}, in term order: each with the articles
   * that index it behind the key ({@link Spelling#nameDf}) and in {@link StoreSchema#TEXT}.
   */
  static List<Spelling> behind(IndexReader r, String field, String key, int max)
      throws IOException {
    Terms terms = MultiTerms.getTerms(r, field);
    if (terms == null) {
      return List.of();
    }
    String prefix = key + StoreSchema.FORM_SEPARATOR;
    BytesRef start = new BytesRef(prefix);
    TermsEnum te = terms.iterator();
    List<Spelling> out = new ArrayList<>();
    if (te.seekCeil(start) == TermsEnum.SeekStatus.END) {
      return out;
    }
    for (BytesRef t = te.term(); t != null && out.size() < max; t = te.next()) {
      String k = t.utf8ToString();
      if (!k.startsWith(prefix)) {
        break;
      }
      String term = k.substring(prefix.length());
      out.add(new Spelling(term, te.docFreq(), r.docFreq(new Term(StoreSchema.TEXT, term))));
    }
    return out;
  }

  /** An article's name keys as {@link #nameKey} compares them: lower case. */
  static Set<String> nameKeys(Collection<String> names) {
    Set<String> keys = new HashSet<>();
    for (String n : names) {
      keys.add(n.toLowerCase(Locale.ROOT));
    }
    return keys;
  }

  /**
   * The name key a text term writes: the term without its apostrophe part, in Arabic script mapped
   * by {@link NameKeys#arabicScriptKey}.
   */
  static String nameKey(String token) {
    String term = NameRules.stripApostrophe(token);
    return Scripts.hasArabicScript(term) ? NameKeys.arabicScriptKey(term) : term;
  }

  /** True for a stop word, or a word used far more often than as a name (class comment). */
  static boolean isCommon(Spelling s) {
    return STOP_WORDS.contains(s.term())
        || (s.textDf() >= COMMON_MIN_DF && s.textDf() > (long) COMMON_RATIO * s.nameDf());
  }

  private static Set<String> stopWords() {
    Set<String> all = new HashSet<>();
    for (String lang : Languages.SUPPORTED) {
      all.addAll(Stopwords.of(lang));
    }
    return Set.copyOf(all);
  }

  /**
   * The {@link StoreSchema#NAME_FORMS} keys of an article: each distinct text term that writes one
   * of its {@code names} (a name key is the term without its apostrophe part, in Arabic script
   * mapped by {@link NameKeys#arabicScriptKey}), behind the name's skeleton.
   */
  static List<String> indexKeys(List<String> tokens, Collection<String> names) {
    return names.isEmpty()
        ? List.of()
        : indexKeysOfDistinct(TextTerms.of(tokens).distinct(), names);
  }

  /**
   * {@link #indexKeys} of an article whose distinct text terms, in the order of their first
   * occurrence, are {@code distinct} ({@link TextTerms#distinct}): the same keys, without a second
   * pass over the text's tokens.
   */
  static List<String> indexKeysOfDistinct(List<String> distinct, Collection<String> names) {
    if (names.isEmpty()) {
      return List.of();
    }
    Set<String> keys = nameKeys(names);
    List<String> out = new ArrayList<>();
    for (String t : distinct) {
      String key = nameKey(t);
      if (keys.contains(key)) {
        skeleton(key).ifPresent(skel -> out.add(skel + StoreSchema.FORM_SEPARATOR + t));
      }
    }
    return out;
  }

  /**
   * The name skeleton of {@code word} indexed in (and looked up from) {@link StoreSchema#SKEL}, if
   * long enough.
   */
  static Optional<String> skeleton(String word) {
    return NameKeys.matchableSkeleton(word);
  }
}
