package dev.storylink.store;

import dev.storylink.features.Mention;
import dev.storylink.features.Places;
import dev.storylink.store.NameForms.Spelling;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexReader;

/**
 * The places an article names, indexed so that search finds a place in every script and language,
 * and the place a query word names. Rules:
 *
 * <ol>
 *   <li>An article indexes in {@link StoreSchema#PLACE_FORMS}, for each place its link features
 *       found ({@code features.Places}: the CLDR countries and cities; Spanish Bagdad, Polish
 *       Bagdadzie, Persian بغداد are all {@code Asia/Baghdad}), the place id, {@link
 *       StoreSchema#FORM_SEPARATOR} and each way the article wrote it, analysed as its text is
 *       indexed: {@code "Asia/Baghdad\u001fbagdad"}; a name of several words as its terms joined by
 *       a space: {@code "US\u001festados unidos"}.
 *   <li>A query word names a place when it, or the form it is also looked up as (the Arabic word
 *       without its article, the bare word of an apostrophe form), is a one-word name of the
 *       gazetteer in some language that is no ordinary word of any language ({@link Places#named}),
 *       or one of the few names search alone reads ({@link #SEARCH_NAMES}: Persian آمریکا and
 *       Arabic أمريكا are the United States).
 *   <li>Such a word is also looked up as every spelling the store's articles index behind that
 *       place ({@link #spellings}): a spelling of one word as that term of the text, one of several
 *       words as its key in {@link StoreSchema#PLACE_FORMS}. {@code StorySearch} weighs them as a
 *       name's spellings in other scripts and shows a hit so: {@code بغداد ≈ Bagdad}.
 * </ol>
 *
 * A store's articles written before place forms were indexed are found by their words only, until
 * they are ingested again.
 *
 * <p>Stateless and thread-safe.
 */
final class PlaceForms {
  /** Spellings looked at per place, at most. */
  static final int MAX_SPELLINGS = 256;

  private PlaceForms() {}

  /** The {@link StoreSchema#PLACE_FORMS} keys of an article in {@code lang} (rule 1). */
  static List<String> indexKeys(String lang, Collection<Mention> places) {
    Set<String> out = new LinkedHashSet<>();
    for (Mention m : places) {
      if (m.kind() != Mention.Kind.PLACE) {
        continue;
      }
      for (String surface : m.surfaces()) {
        List<String> terms =
            TextAnalysis.analyze(surface, lang).tokens().stream().map(Token::term).toList();
        if (!terms.isEmpty()) {
          out.add(m.key() + StoreSchema.FORM_SEPARATOR + String.join(" ", terms));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The names of a country that the gazetteer does not list alone, read by search only (rule 2):
   * Persian آمریکا and امریکا, Arabic أمريكا and أميركا (CLDR names the United States ایالات متحده,
   * الولايات المتحدة), analysed as a query word is. Not in the link features, whose gates they
   * would move.
   */
  private static final Map<String, String> SEARCH_NAMES = searchNames();

  private static Map<String, String> searchNames() {
    Map<String, String> out = new HashMap<>();
    for (String[] n :
        new String[][] {{"آمریکا", "fa"}, {"امریکا", "fa"}, {"أمريكا", "ar"}, {"أميركا", "ar"}}) {
      for (Token t : TextAnalysis.analyze(n[0], n[1]).tokens()) {
        out.put(t.term(), "US");
      }
    }
    return Map.copyOf(out);
  }

  /** The id of the place the first of {@code forms} that names one names (rule 2), if any. */
  static Optional<String> placeOf(Collection<String> forms) {
    for (String f : forms) {
      Optional<Places.Place> p = Places.get().named(f);
      if (p.isPresent()) {
        return Optional.of(p.get().id());
      }
      String searchName = SEARCH_NAMES.get(f);
      if (searchName != null) {
        return Optional.of(searchName);
      }
    }
    return Optional.empty();
  }

  /**
   * The spellings the store's articles index behind the place {@code placeId} (rule 3), at most
   * {@value #MAX_SPELLINGS}: {@link Spelling#term} is the spelling (a text term, or terms joined by
   * a space), {@link Spelling#nameDf} the articles that write it as the place.
   */
  static List<Spelling> spellings(IndexReader r, String placeId) throws IOException {
    return NameForms.behind(r, StoreSchema.PLACE_FORMS, placeId, MAX_SPELLINGS);
  }

  /** True for a spelling of several words (looked up by its key, not as a text term). */
  static boolean severalWords(String spelling) {
    return spelling.indexOf(' ') >= 0;
  }

  /** The {@link StoreSchema#PLACE_FORMS} key of a spelling of a place. */
  static String key(String placeId, String spelling) {
    return placeId + StoreSchema.FORM_SEPARATOR + spelling;
  }

  /** The one-word spellings among {@code spellings}. */
  static List<Spelling> oneWord(List<Spelling> spellings) {
    List<Spelling> out = new ArrayList<>();
    for (Spelling s : spellings) {
      if (!severalWords(s.term())) {
        out.add(s);
      }
    }
    return out;
  }
}
