package dev.storylink.features;

import com.ibm.icu.lang.UScript;
import dev.storylink.text.HanNameKeys;
import dev.storylink.text.NameKeys;
import dev.storylink.text.Scripts;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Name keys that need more than one token, for matching names across scripts ({@link NameKeys}):
 *
 * <ul>
 *   <li><b>Chinese transliterated names</b> ({@link #addHan}). Chinese writes a foreign name in
 *       characters chosen for their sound (奥巴马, 布赖恩·尼科尔斯), and ICU's word segmentation cuts an
 *       unknown name into single characters or short dictionary words (布|赖|恩). A run of two or more
 *       adjacent characters that all belong to the transliteration alphabet ({@link
 *       #TRANSLITERATION}), either standing next to the interpunct that joins a foreign given and
 *       family name (·) or spanning two or more tokens, becomes a name; its skeleton is the {@link
 *       HanNameKeys#hanSkeleton} of its pinyin (尼科尔斯 {@code nkls} = Nichols).
 *   <li><b>Pair skeletons of short names</b> ({@link #withPairSkeletons}). A name whose skeleton
 *       has fewer than {@link NameKeys#MIN_SKELETON} letters (Page {@code bj}, بتی {@code bt})
 *       matches nothing across scripts on its own; when it stands next to another name in its
 *       sentence, it gets the skeleton of the two together ({@code btbj} for Bettie Page = بتی پیج)
 *       when that has at least {@link #MIN_PAIR} letters: two short skeletons that meet in the same
 *       order are evidence of a person, one is not.
 *   <li><b>No skeleton for a Russian word that only starts sentences</b> (eighth round): the
 *       feature rule takes a rare capitalised word at a sentence start for a name, and where the
 *       statistics hold few Russian texts every Russian word is rare (Затем, Однако); such a word
 *       keeps its name key (same-language matching) but meets nothing across scripts.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class CrossScriptNames {
  /** Shortest pair skeleton that may match across scripts. */
  static final int MIN_PAIR = 4;

  /**
   * Characters Chinese uses to write the sounds of foreign names (the common core of the Xinhua
   * transliteration usage, written for this project from general knowledge). Ordinary words made
   * only of these characters exist (东西, 马上 is not: 上 is not here), hence the rules of {@link
   * #addHan}.
   */
  static final String TRANSLITERATION =
      "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯勃博布达戴丹道德登迪蒂丁杜敦顿多厄恩尔"
          + "法凡范菲费芬丰佛弗福夫盖甘冈戈格贡古圭哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康考科"
          + "克肯库夸奎拉莱兰朗劳勒雷蕾里利莉连林琳卢鲁路伦罗洛马迈麦曼芒梅门蒙米明莫默姆穆纳奈"
          + "南内尼涅努诺欧帕潘佩彭皮珀普奇齐恰乔切钦琼丘萨塞桑瑟森沙莎尚舍什施斯松苏索塔泰坦汤"
          + "特滕提图托瓦万旺威韦维温沃乌伍西希锡谢辛休雅亚扬耶伊因英尤于约泽扎詹哲兹佐赖娜妮"
          + "黛丝琪茨岑霍尼赛罕";

  private static final boolean[] IN_ALPHABET = alphabet();

  private static boolean[] alphabet() {
    boolean[] in = new boolean[0x10000];
    for (int i = 0; i < TRANSLITERATION.length(); i++) {
      in[TRANSLITERATION.charAt(i)] = true;
    }
    return in;
  }

  private CrossScriptNames() {}

  /** True for the interpunct between a foreign given and family name (· ・ • ‧). */
  private static boolean isInterpunct(char c) {
    return c == '\u00B7' || c == '\u30FB' || c == '\u2022' || c == '\u2027' || c == '\u2219';
  }

  /** True when every character of {@code s} is of the transliteration alphabet. */
  private static boolean transliterated(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= IN_ALPHABET.length || !IN_ALPHABET[c]) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  /**
   * Adds to {@code names} the Chinese transliterated names of {@code tokens} (see the class
   * comment), weighted {@code weight}; tokens of a place ({@code placeAt[i] != null}) are left out.
   */
  static void addHan(
      List<Token> tokens,
      String text,
      Places.Match[] placeAt,
      Map<String, MentionBuilder> names,
      double weight) {
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (placeAt[i] != null
          || Scripts.scriptOf(t.surface()) != UScript.HAN
          || !transliterated(t.surface())) {
        i++;
        continue;
      }
      int j = i + 1; // the run is tokens i..j-1, adjacent in the text
      while (j < tokens.size()
          && placeAt[j] == null
          && tokens.get(j).start() == tokens.get(j - 1).end()
          && transliterated(tokens.get(j).surface())) {
        j++;
      }
      int start = t.start();
      int end = tokens.get(j - 1).end();
      boolean dotted =
          (start > 0 && isInterpunct(text.charAt(start - 1)))
              || (end < text.length() && isInterpunct(text.charAt(end)));
      if (end - start >= 2 && (dotted || j - i >= 2)) {
        String name = text.substring(start, end);
        names.computeIfAbsent(name, k -> new MentionBuilder(name, weight)).add(name);
      }
      i = j;
    }
  }

  /**
   * The name mentions with Chinese names keyed by {@link HanNameKeys#hanSkeleton}, short names by
   * their pair skeleton, and Russian words that only start sentences without a skeleton (class
   * comment). {@code nameKeyAt[i]}: the name key of token {@code i}, or null.
   */

  /**
   * The Cyrillic name keys whose every occurrence starts a sentence. A rare capitalised word at a
   * sentence start is a name by the feature rule, and where Russian is a small part of the
   * statistics every Russian word is rare (Затем, Однако, Шокирующее); a Russian name also stands
   * inside a sentence, in one case or another, as a rule.
   */
  private static Set<String> cyrillicInitialOnly(List<Token> tokens, String[] nameKeyAt) {
    Set<String> initial = null;
    Set<String> inside = null;
    for (int i = 0; i < tokens.size(); i++) {
      String k = nameKeyAt[i];
      if (k == null || k.isEmpty() || !isCyrillic(k.charAt(0))) {
        continue;
      }
      if (tokens.get(i).sentenceInitial()) {
        initial = initial == null ? new HashSet<>() : initial;
        initial.add(k);
      } else {
        inside = inside == null ? new HashSet<>() : inside;
        inside.add(k);
      }
    }
    if (initial == null) {
      return Set.of();
    }
    if (inside != null) {
      initial.removeAll(inside);
    }
    return initial;
  }

  /**
   * Sentences a text needs before a once-mentioned word that starts one is taken for no name: in a
   * one- or two-sentence text a name often starts it (Путин и Роухани обсудили...).
   */
  static final int MIN_SENTENCES = 3;

  private static boolean dropped(
      Set<String> initialOnly, String key, List<Mention> names, int sentences) {
    if (sentences < MIN_SENTENCES || !initialOnly.contains(key)) {
      return false;
    }
    for (Mention m : names) {
      if (m.key().equals(key)) {
        return m.count() == 1;
      }
    }
    return false;
  }

  private static boolean isCyrillic(char c) {
    return c >= '\u0400' && c <= '\u04FF';
  }

  static List<Mention> withPairSkeletons(
      List<Mention> names, List<Token> tokens, String[] nameKeyAt, String lang) {
    Set<String> initialOnly = cyrillicInitialOnly(tokens, nameKeyAt);
    int sentences = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
    Map<String, String> pair = new java.util.HashMap<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String a = nameKeyAt[i];
      String b = nameKeyAt[i + 1];
      if (a == null
          || b == null
          || tokens.get(i).sentence() != tokens.get(i + 1).sentence()
          || dropped(initialOnly, a, names, sentences)
          || dropped(initialOnly, b, names, sentences)) {
        continue;
      }
      String sa = NameKeys.skeleton(a, lang);
      String sb = NameKeys.skeleton(b, lang);
      if (NameKeys.matchable(sa) && NameKeys.matchable(sb)) {
        continue;
      }
      // without the consonant y, which Arabic script writes for a vowel too (پیج byj = Page bj)
      String joined = (sa + sb).replace("y", "");
      if (sa.length() < 2 || sb.length() < 2 || joined.length() < MIN_PAIR) {
        continue;
      }
      if (!NameKeys.matchable(sa)) {
        pair.putIfAbsent(a, joined);
      }
      if (!NameKeys.matchable(sb)) {
        pair.putIfAbsent(b, joined);
      }
    }
    List<Mention> out = new ArrayList<>(names.size());
    for (Mention m : names) {
      String sk = m.skeleton();
      boolean han = Scripts.scriptOf(m.key()) == UScript.HAN;
      boolean multi = false; // a Chinese key, or a pair skeleton (not the name's own word's)
      if (initialOnly.contains(m.key()) && m.count() == 1 && sentences >= MIN_SENTENCES) {
        sk = "";
      } else if (han) {
        sk = HanNameKeys.hanSkeleton(m.key());
        sk = NameKeys.matchable(sk) ? sk : "";
        multi = !sk.isEmpty();
      } else if (sk.isEmpty()) {
        sk = pair.getOrDefault(m.key(), "");
        multi = !sk.isEmpty() && !sk.equals(NameKeys.skeleton(m.key(), lang));
      }
      out.add(
          sk.equals(m.skeleton()) && multi == m.multiToken()
              ? m
              : new Mention(
                  m.kind(), m.key(), m.label(), m.surfaces(), m.weight(), m.count(), sk, multi));
    }
    return out;
  }
}
