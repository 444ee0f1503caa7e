package dev.storylink.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
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
        String surface = text.substring(start, end);
        // most terms are their surface (no case or letter folded): one string for both
        String t = surface.contentEquals(term) ? surface : term.toString();
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
    BreakIterator bi = null; // made for the first line ICU must read
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      if (oneSentence(text, lineStart, lineEnd)) {
        // ICU would find no break inside the line (see oneSentence): spare its rule engine
        addTrimmed(out, text, lineStart, lineEnd);
        if (nl < 0) {
          break;
        }
        lineStart = nl + 1;
        continue;
      }
      String line = text.substring(lineStart, lineEnd);
      if (bi == null) {
        bi = BreakIterator.getSentenceInstance(ULocale.ROOT);
      }
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

  /**
   * True when ICU's sentence rules (UAX #29) break {@code text[from, to)} nowhere but at its ends:
   * it holds no paragraph separator (CR, U+0085, U+2028, U+2029) and no terminator (Sentence_Break
   * ATerm or STerm, . ! ? ؟ ۔ 。 ...) but in a tail of terminators and closing punctuation followed
   * by spaces only ("… the talks.", "… الحدود .", "… (AP)."). A break needs a separator before it
   * (SB4) or a terminator, closing punctuation and spaces (SB11), and within such a tail each next
   * char is kept with it (SB8a, SB9, SB10). False for anything else, which ICU then reads: a
   * surrogate, a mark or format char in the tail, a terminator inside the line.
   */
  static boolean oneSentence(CharSequence text, int from, int to) {
    byte state = BODY; // then TERM once a terminator is read, SP once a space follows the tail
    for (int i = from; i < to; i++) {
      byte kind = SENTENCE_KINDS[text.charAt(i)];
      if (kind == OTHER) {
        return false;
      }
      if (state == BODY) {
        if (kind == TERM) {
          state = TERM;
        }
      } else if (kind == SP) {
        state = SP;
      } else if (state == SP || (kind != TERM && kind != CLOSE)) {
        return false; // a word, mark or terminator after the tail's spaces; a word in the tail
      }
    }
    return true;
  }

  private static final byte BODY = 0;
  private static final byte TERM = 1;
  private static final byte CLOSE = 2;
  private static final byte SP = 3;
  private static final byte EXTEND = 4;
  private static final byte OTHER = 5;

  /**
   * Each BMP char as {@link #oneSentence} reads it: {@link #TERM} (ATerm, STerm), {@link #CLOSE},
   * {@link #SP}, {@link #EXTEND} (Extend, Format: in the body only), {@link #OTHER} (Sep, CR, LF, a
   * surrogate), else {@link #BODY}.
   */
  private static final byte[] SENTENCE_KINDS = sentenceKinds();

  private static byte[] sentenceKinds() {
    byte[] out = new byte[0x10000];
    for (int c = 0; c < out.length; c++) {
      if (Character.isSurrogate((char) c)) {
        out[c] = OTHER;
        continue;
      }
      out[c] =
          switch (UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK)) {
            case UCharacter.SentenceBreak.ATERM, UCharacter.SentenceBreak.STERM -> TERM;
            case UCharacter.SentenceBreak.CLOSE -> CLOSE;
            case UCharacter.SentenceBreak.SP -> SP;
            case UCharacter.SentenceBreak.SEP,
                UCharacter.SentenceBreak.CR,
                UCharacter.SentenceBreak.LF ->
                OTHER;
            case UCharacter.SentenceBreak.EXTEND, UCharacter.SentenceBreak.FORMAT -> EXTEND;
            default -> BODY;
          };
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
