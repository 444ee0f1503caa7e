package dev.storylink.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene filter that applies a {@link Folder} to every token containing Arabic-script characters
 * and leaves other tokens alone. Like any Lucene TokenStream it is not thread-safe; the owning
 * {@link CrossLingualAnalyzer} gives each thread its own.
 */
public final class ArabicScriptFoldingFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final Folder folder;
  private final StringBuilder buffer = new StringBuilder();

  public ArabicScriptFoldingFilter(TokenStream input, Folder folder) {
    super(input);
    this.folder = folder;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (Scripts.hasArabicScript(term.buffer(), term.length())) {
      buffer.setLength(0);
      folder.fold(term, buffer);
      term.setEmpty().append(buffer);
    }
    return true;
  }
}
