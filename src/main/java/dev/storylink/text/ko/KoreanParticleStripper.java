package dev.storylink.text.ko;

/**
 * Korean case-particle stripping for cross-lingual keys. Korean writes particles fused to the word
 * they mark (푸틴은 "Putin" + topic, 시리아의 "of Syria", 빈에서 "in Vienna"), so without this a name or
 * place meets its other spellings only in the bare form.
 *
 * <p>Rule: the longest particle of the list below that ends the word is removed, when at least two
 * Hangul syllables remain (one-syllable stems such as 빈 "Vienna" keep their particle, since too
 * many short common words would be cut): 에서는, 에게서, 으로는, 에서, 에게, 으로, 까지, 부터, 과의, 와의, 에는, 로는, 의, 에,
 * 은, 는, 이, 가, 을, 를, 과, 와, 도, 로, 만. Only words ending in Hangul change. {@link KoreanParticleFilter}
 * applies the rule in the analysis chain.
 *
 * <p>Stateless and thread-safe.
 */
public final class KoreanParticleStripper {
  private static final String[] PARTICLES = {
    "에서는", "에게서", "으로는", "에서", "에게", "으로", "까지", "부터", "과의", "와의", "에는", "로는", "의", "에", "은", "는",
    "이", "가", "을", "를", "과", "와", "도", "로", "만"
  };

  private KoreanParticleStripper() {}

  /** {@code word} without its trailing particle, or unchanged. */
  public static String strip(String word) {
    int n = particleLength(word);
    return n == 0 ? word : word.substring(0, word.length() - n);
  }

  /** Length of the trailing particle of {@code word} the rule removes (0 if none). */
  static int particleLength(CharSequence word) {
    int len = word.length();
    for (String p : PARTICLES) {
      if (endsWith(word, len, p) && hangulSyllables(word, len - p.length()) >= 2) {
        return p.length();
      }
    }
    return 0;
  }

  private static boolean endsWith(CharSequence s, int len, String suffix) {
    int start = len - suffix.length();
    if (start < 0) {
      return false;
    }
    for (int i = 0; i < suffix.length(); i++) {
      if (s.charAt(start + i) != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int hangulSyllables(CharSequence s, int end) {
    int n = 0;
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c >= '\uAC00' && c <= '\uD7A3') {
        n++;
      }
    }
    return n;
  }
}
