package dev.storylink.features;

import dev.storylink.text.NameSpellings;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One name for the case forms of a Russian name in one article. Russian writes a name with a case
 * ending (Путин, Путина, Путину, Путиным; Ван, Ване), and each form was a name of its own: its own
 * key, count and weight, so that same-language pairs met on a form, not the name, and a name's
 * mentions were split.
 *
 * <p>Rule ({@link #merge}), in a Russian article ({@code lang} ru) only: a name key that is another
 * name key of the article plus one Russian case ending ({@link NameSpellings#russianStem}: -ом -ой
 * -ым -а -у -е, at least three letters left) is that name (Путина, Путину, Путиным with Путин →
 * путин; Эрдогану, Эрдоганом with Эрдоган → эрдоган). The article must write the bare form: the
 * stem of one word, or two forms of one stem, are no evidence of a name, since names end in those
 * letters too (Нина, Дана). The name keeps the bare form's label and weight; its written forms and
 * count are those of all its forms.
 *
 * <p>Evidence (session 19), on the fifteen Russian texts of the xling-dev sets: the rule joins ten
 * forms into eight names, each the case forms of one word (Джексон/Джексона, Винсент/Винсентом,
 * Мейкон/Мейкона/Мейконе, Гон/Гона/Гону, Шерлинк/Шерлинка, Фонд/Фонда, Институт/Института,
 * Холостяк/Холостяком); none joins two names. Without the bare form (two forms of one stem) or with
 * the other endings (-ем -ей -им -ы -и -ю -я) it would join eight more groups, also all right
 * (Регина/Регину, Виктория/Виктории), but left out as the narrower rule: see
 * docs/cross-language.md, session 19.
 *
 * <p>Stateless and thread-safe.
 */
final class RussianCaseForms {
  private RussianCaseForms() {}

  /**
   * The names of {@code names} (key → builder, in order of first mention) with the case forms of
   * one Russian name joined (class comment), in the same order; {@code nameKeyAt} (each token's
   * name key, or null) is rewritten to the joined keys. {@code names} itself when {@code lang} is
   * not ru or nothing joins.
   */
  static Map<String, MentionBuilder> merge(
      Map<String, MentionBuilder> names, String[] nameKeyAt, String lang) {
    if (!"ru".equals(lang) || names.size() < 2) {
      return names;
    }
    Map<String, String> joined = new HashMap<>();
    for (String key : names.keySet()) {
      String stem = NameSpellings.russianStem(key);
      if (!stem.equals(key) && names.containsKey(stem)) {
        joined.put(key, stem);
      }
    }
    if (joined.isEmpty()) {
      return names;
    }
    Map<String, MentionBuilder> out = new LinkedHashMap<>();
    for (Map.Entry<String, MentionBuilder> e : names.entrySet()) {
      String key = joined.getOrDefault(e.getKey(), e.getKey());
      MentionBuilder b = e.getValue();
      MentionBuilder into = out.get(key);
      if (into == null) {
        out.put(key, b);
      } else if (e.getKey().equals(key)) {
        // the bare form, met after another form: its label and weight, both forms' mentions
        MentionBuilder bare = new MentionBuilder(b.label, b.weight);
        into.surfaces.forEach(s -> bare.add(s, 0));
        b.surfaces.forEach(s -> bare.add(s, 0));
        bare.count = into.count + b.count;
        out.put(key, bare);
      } else {
        b.surfaces.forEach(s -> into.add(s, 0));
        into.count += b.count;
      }
    }
    for (int i = 0; i < nameKeyAt.length; i++) {
      if (nameKeyAt[i] != null) {
        nameKeyAt[i] = joined.getOrDefault(nameKeyAt[i], nameKeyAt[i]);
      }
    }
    return out;
  }
}
