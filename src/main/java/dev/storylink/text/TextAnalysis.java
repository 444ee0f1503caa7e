package dev.storylink.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits a text into sentences (ICU sentence boundaries, plus every line break, but no break
 * between a day number's ordinal dot and a month name: "am 12. Mai") and tokens: the {@link
 * CrossLingualAnalyzer} chain with the language's term rules ({@link LanguageAnalyzers}: for Arabic
 * the definite article and its fused clitics, for Korean the case particles). Thread-safe.
 */
public final class TextAnalysis {
  private TextAnalysis() {}

  /** Analyses {@code text} written in {@code lang} (ISO-639-1 or "und"). */
  public static AnalyzedText analyze(String text, String lang) {
    List<Sentence> sentences = sentences(text);
    List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
    try (TokenStream ts = LanguageAnalyzers.forText(text).tokenStream(lang, text)) {
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
      for (int b = bi.next(); b != BreakIterator.DONE; b = bi.next()) {
        if (b < line.length() && ordinalBeforeMonth(line, b)) {
          continue; // "am 12. Mai", "12. maja": an ordinal date, not a sentence end
        }
        addTrimmed(out, text, lineStart + a, lineStart + b);
        a = b;
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

  private static final Pattern ORDINAL_END = Pattern.compile("(?:^|[\\s(])\\d{1,2}\\.\\s*$");
  private static final Pattern FIRST_WORD = Pattern.compile("^\\s*(\\p{L}+)");

  /**
   * True when the sentence break at {@code b} follows a day number with an ordinal dot and precedes
   * a month name, as German, Polish, Turkish and others write dates ("am 12. Mai").
   */
  private static boolean ordinalBeforeMonth(String line, int b) {
    if (!ORDINAL_END.matcher(line.substring(Math.max(0, b - 8), b)).find()) {
      return false;
    }
    Matcher m = FIRST_WORD.matcher(line.substring(b, Math.min(line.length(), b + 40)));
    return m.find() && CalendarNames.isMonth(m.group(1));
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
