package dev.storylink.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.storylink.text.ar.ArabicProcliticStripper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits a text into sentences (ICU sentence boundaries, plus every line break) and tokens
 * ({@link CrossLingualAnalyzer}); for Arabic ({@code lang = "ar"}) the definite article and its
 * fused clitics are stripped from the term ({@link ArabicProcliticStripper}). Thread-safe.
 */
public final class TextAnalysis {
  private TextAnalysis() {}

  /** Analyses {@code text} written in {@code lang} (ISO-639-1 or "und"). */
  public static AnalyzedText analyze(String text, String lang) {
    List<Sentence> sentences = sentences(text);
    List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
    boolean arabic = "ar".equals(lang);
    try (TokenStream ts = CrossLingualAnalyzer.INSTANCE.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int s = 0;
      int lastSentence = -1;
      while (ts.incrementToken()) {
        int start = off.startOffset();
        int end = off.endOffset();
        while (s + 1 < sentences.size() && start >= sentences.get(s + 1).start()) {
          s++;
        }
        String t = term.toString();
        if (arabic && Scripts.hasArabicScript(t)) {
          t = ArabicProcliticStripper.strip(t, false);
        }
        String surface = text.substring(start, end);
        boolean cap = !surface.isEmpty() && Character.isUpperCase(surface.codePointAt(0));
        tokens.add(new Token(surface, t, start, end, s, cap, s != lastSentence));
        lastSentence = s;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AnalyzedText(lang, text, sentences, tokens);
  }

  /** Sentences of {@code text}: ICU sentence breaks, and a break at every newline. */
  public static List<Sentence> sentences(String text) {
    List<Sentence> out = new ArrayList<>();
    BreakIterator bi = BreakIterator.getSentenceInstance(ULocale.ROOT);
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      String line = text.substring(lineStart, lineEnd);
      bi.setText(line);
      int a = bi.first();
      for (int b = bi.next(); b != BreakIterator.DONE; a = b, b = bi.next()) {
        addTrimmed(out, text, lineStart + a, lineStart + b);
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    if (out.isEmpty()) {
      out.add(new Sentence(0, 0, text.length(), text.strip()));
    }
    return out;
  }

  private static void addTrimmed(List<Sentence> out, String text, int a, int b) {
    while (a < b && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    if (b > a) {
      out.add(new Sentence(out.size(), a, b, text.substring(a, b)));
    }
  }
}
