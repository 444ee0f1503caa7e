package dev.storylink.store;

import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Token stream over a fixed list of terms, for fields whose terms are already analysed. Not
 * thread-safe (Lucene consumes it once).
 */
final class ListTokenStream extends TokenStream {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final List<String> terms;
  private int i;

  ListTokenStream(Collection<String> terms) {
    // a list as it is given (the stream is consumed while its document is indexed, before the
    // caller could change it); another collection copied
    this.terms = terms instanceof List<String> list ? list : List.copyOf(terms);
  }

  @Override
  public boolean incrementToken() {
    if (i >= terms.size()) {
      return false;
    }
    clearAttributes();
    term.setEmpty().append(terms.get(i++));
    return true;
  }

  @Override
  public void reset() {
    i = 0;
  }
}
