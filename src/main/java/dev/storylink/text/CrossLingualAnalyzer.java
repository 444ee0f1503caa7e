package dev.storylink.text;

import dev.storylink.text.ur.UrduFolder;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chain that produces StoryLink's cross-lingual terms. Used for the feature vectors,
 * the search index and the comparison, so the three always agree.
 *
 * <p>{@link #forText} picks, for one text, this chain or the same chain on Lucene's {@link
 * StandardTokenizer} (UAX#29 word breaks compiled to a JFlex scanner, about 2.5 times faster than
 * ICU's rule interpreter). It picks the faster one only where both give the same tokens at the same
 * offsets ({@link #standardTokenizerSuffices}); checked, in a test, on every qualifying SemEval,
 * ECB+, seed and fixture text (over 1,350, in Latin, Cyrillic and Arabic script), with no
 * difference.
 *
 * <ol>
 *   <li>{@link ICUTokenizer}: Unicode word segmentation for every script (Arabic, Persian, Urdu,
 *       Latin, Cyrillic, CJK dictionary-based, Thai...).
 *   <li>{@link ArabicScriptFoldingFilter} with {@link UrduFolder}: Arabic, Persian and Urdu letters
 *       folded to one canonical form, ZWNJ removed, digits to ASCII. The Urdu rules are a superset
 *       of the Persian and Arabic ones and only touch letters other languages do not use, so one
 *       folder serves every Arabic-script language. A Persian affix behind a ZWNJ thus joins its
 *       word (کشته‌ها → کشتهها), while one behind a space stays a word of its own (کشته, ها);
 *       search looks such a word up both ways instead ({@code store.QueryWords}), so this chain,
 *       and the index and features it makes, stay as they are.
 *   <li>{@link ICUFoldingFilter}'s UTR#30 folding for the other scripts: case, accents (Erdoğan →
 *       erdogan, Köln → koln), width, native digits ({@link Utr30FoldingFilter}, the same terms
 *       faster).
 *   <li>The language's term rules, in the instances {@link LanguageAnalyzers} builds (Arabic
 *       proclitics, Korean particles); none in {@link #INSTANCE}.
 *   <li>{@link LengthFilter}: a term longer than {@link #MAX_TERM_LENGTH} chars is dropped. No word
 *       of any language comes near it (dictionary words stay well under 100 letters), but a base64
 *       blob or a run of letters without a break would otherwise reach Lucene's limit of 32,766
 *       UTF-8 bytes per indexed term, where the whole document is refused. 1,000 UTF-16 chars are
 *       at most 3,000 UTF-8 bytes.
 * </ol>
 *
 * <p>No stemming and no stop words here: callers decide (see {@link Stopwords}); stemming would cut
 * names. Thread-safe, like every Lucene Analyzer (components are reused per thread).
 */
public final class CrossLingualAnalyzer extends Analyzer {
  /** Shared instance. */
  public static final CrossLingualAnalyzer INSTANCE = new CrossLingualAnalyzer();

  /**
   * Longest term the chain emits, in UTF-16 chars; longer tokens are dropped (see the class
   * comment). Far above any real word, far below Lucene's term limit ({@code
   * IndexWriter.MAX_TERM_LENGTH}, 32,766 UTF-8 bytes).
   */
  public static final int MAX_TERM_LENGTH = 1000;

  private final boolean standard;
  private final UnaryOperator<TokenStream> termRules;

  private CrossLingualAnalyzer() {
    this(false, UnaryOperator.identity());
  }

  /**
   * The chain on {@link StandardTokenizer} if {@code standard}, else on {@link ICUTokenizer}, with
   * {@code termRules} applied to the folded terms (see {@link LanguageAnalyzers}).
   */
  CrossLingualAnalyzer(boolean standard, UnaryOperator<TokenStream> termRules) {
    this.standard = standard;
    this.termRules = Objects.requireNonNull(termRules, "termRules");
  }

  /** The chain on {@link StandardTokenizer}, for texts {@link #standardTokenizerSuffices} for. */
  static final CrossLingualAnalyzer STANDARD =
      new CrossLingualAnalyzer(true, UnaryOperator.identity());

  /**
   * The analyzer for {@code text}: {@link #INSTANCE}, or its faster twin when {@link
   * #standardTokenizerSuffices} (same terms and offsets).
   */
  public static CrossLingualAnalyzer forText(String text) {
    return standardTokenizerSuffices(text) ? STANDARD : INSTANCE;
  }

  /**
   * True when {@link StandardTokenizer} splits {@code text} exactly as {@link ICUTokenizer} does:
   * every character is ASCII (but the underscore, which ICU keeps as a word of its own), Latin
   * (U+00A0 to U+024F, but © and ®, which the standard tokenizer emits as emoji), a combining
   * diacritic (U+0300 to U+036F), Cyrillic (U+0400 to U+04FF), Arabic (U+0600 to U+06FF, U+0750 to
   * U+077F: Arabic, Persian, Urdu), general punctuation (U+2000 to U+206F, with ZWNJ, but the emoji
   * ‼ and ⁉) or a currency sign (U+20A0 to U+20CF), and no word mixes letters of two of these
   * scripts (ICU splits a word where its script changes). Anything else (CJK, Thai, Hebrew, Arabic
   * presentation forms, emoji, other symbols) goes to ICU.
   */
  public static boolean standardTokenizerSuffices(String text) {
    int prevScript = -1; // 0 Latin, 1 Cyrillic, 2 Arabic
    boolean prevLetter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int kind;
      if (c < KINDS.length) {
        kind = KINDS[c];
        if (kind == SKIP) {
          continue;
        }
        if (kind == REFUSE) {
          return false;
        }
      } else if ((c >= 0x2000 && c <= 0x206F && c != 0x203C && c != 0x2049)
          || (c >= 0x20A0 && c <= 0x20CF)) {
        kind = 0; // no letter
      } else {
        return false;
      }
      boolean letter = (kind & LETTER) != 0;
      if (letter) {
        int script = kind >> 1;
        if (prevLetter && script != prevScript) {
          return false;
        }
        prevScript = script;
      }
      prevLetter = letter;
    }
    return true;
  }

  private static final byte SKIP = -2;
  private static final byte REFUSE = -1;
  private static final int LETTER = 1;

  /**
   * What {@link #standardTokenizerSuffices} reads each char below U+0780 as, worked out once from
   * its rules (it runs on every char of every text): {@link #SKIP} (a combining mark), {@link
   * #REFUSE}, else the script (0 Latin, 1 Cyrillic, 2 Arabic) shifted left by one, plus {@link
   * #LETTER} for a letter.
   */
  private static final byte[] KINDS = kinds();

  private static byte[] kinds() {
    byte[] out = new byte[0x780];
    for (char c = 0; c < out.length; c++) {
      int script;
      boolean letter;
      if (c < 0x80) {
        if (c == '_') {
          out[c] = REFUSE;
          continue;
        }
        letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        script = 0;
      } else if (c >= 0xA0 && c <= 0x24F) {
        if (c == 0xA9 || c == 0xAE) {
          out[c] = REFUSE;
          continue;
        }
        letter = Character.isLetter(c);
        script = 0;
      } else if (c >= 0x300 && c <= 0x36F) {
        out[c] = SKIP; // a combining mark belongs to the letter before it
        continue;
      } else if (c >= 0x400 && c <= 0x4FF) {
        letter = Character.isLetter(c);
        script = 1;
      } else if ((c >= 0x600 && c <= 0x6FF) || (c >= 0x750 && c <= 0x77F)) {
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
          out[c] = SKIP; // harakat belong to the letter before them
          continue;
        }
        letter = Character.isLetter(c);
        script = 2;
      } else {
        out[c] = REFUSE;
        continue;
      }
      out[c] = (byte) (script << 1 | (letter ? LETTER : 0));
    }
    return out;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source;
    if (standard) {
      StandardTokenizer st = new StandardTokenizer();
      st.setMaxTokenLength(StandardTokenizer.MAX_TOKEN_LENGTH_LIMIT); // ICU does not cut words
      source = st;
    } else {
      source = new ICUTokenizer();
    }
    TokenStream ts = new ArabicScriptFoldingFilter(source, UrduFolder.INSTANCE);
    ts = new Utr30FoldingFilter(ts);
    ts = termRules.apply(ts);
    ts = new LengthFilter(ts, 0, MAX_TERM_LENGTH);
    return new TokenStreamComponents(source, ts);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new Utr30FoldingFilter(new ArabicScriptFoldingFilter(in, UrduFolder.INSTANCE));
  }
}
