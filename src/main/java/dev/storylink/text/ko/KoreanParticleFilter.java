package dev.storylink.text.ko;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene filter that removes the Korean case particle ending each term, by the rule of {@link
 * KoreanParticleStripper}: the longest of 에서는, 에게서, 으로는, 에서, 에게, 으로, 까지, 부터, 과의, 와의, 에는, 로는, 의, 에,
 * 은, 는, 이, 가, 을, 를, 과, 와, 도, 로, 만 that ends the term, when at least two Hangul syllables remain
 * (푸틴은 → 푸틴, 모스크바에서는 → 모스크바, 빈에서 and 회의 stay). Terms not ending in one of these pass as they are.
 * Works in the term buffer, without allocating. Like any Lucene TokenStream it is not thread-safe;
 * its analyzer gives each thread its own.
 */
public final class KoreanParticleFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public KoreanParticleFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int n = KoreanParticleStripper.particleLength(term);
    if (n > 0) {
      term.setLength(term.length() - n);
    }
    return true;
  }
}
