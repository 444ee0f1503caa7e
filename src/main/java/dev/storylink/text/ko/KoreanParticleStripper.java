package dev.storylink.text.ko;

/**
 * Korean case-particle stripping for cross-lingual keys. Korean writes particles fused to the
 * word they mark (푸틴은 "Putin" + topic, 시리아의 "of Syria", 빈에서 "in Vienna"), so without this a
 * name or place meets its other spellings only in the bare form.
 *
 * <p>Rule: the longest particle of the list below that ends the word is removed, when at least two
 * Hangul syllables remain (one-syllable stems such as 빈 "Vienna" keep their particle, since
 * too many short common words would be cut): 에서는, 에게서, 으로는, 에서, 에게, 으로, 까지, 부터,
 * 과의, 와의, 에는, 로는, 의, 에, 은, 는, 이, 가, 을, 를, 과, 와, 도, 로, 만.
 *
 * <p>Stateless and thread-safe.
 */
public final class KoreanParticleStripper {
  private static final String[] PARTICLES = {
    "에서는", "에게서", "으로는", "에서", "에게", "으로", "까지", "부터", "과의", "와의", "에는", "로는",
    "의", "에", "은", "는", "이", "가", "을", "를", "과", "와", "도", "로", "만"
  };

  private KoreanParticleStripper() {}

  /** {@code word} without its trailing particle, or unchanged. */
  public static String strip(String word) {
    for (String p : PARTICLES) {
      if (word.endsWith(p) && hangulSyllables(word, word.length() - p.length()) >= 2) {
        return word.substring(0, word.length() - p.length());
      }
    }
    return word;
  }

  private static int hangulSyllables(String s, int end) {
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
