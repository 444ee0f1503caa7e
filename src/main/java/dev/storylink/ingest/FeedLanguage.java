package dev.storylink.ingest;

import com.ibm.icu.lang.UScript;
import dev.storylink.core.Article;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.Languages;
import dev.storylink.text.Scripts;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The language a feed item is stored in, by {@code storylink ingest} of a feed ({@link FeedReader}
 * given one) and in live mode. The language a feed declares (its channel's {@code <language>}, or
 * the item's own) is a hint: publishers mix languages in one feed (an English feed carrying its
 * Arabic service's items) and rarely say so per item. The text wins when the language identifier is
 * confident that it is in another language, by either rule:
 *
 * <ol>
 *   <li><b>Another script.</b> The text (title and text, its first {@value #HEAD_CHARS} characters)
 *       has at least {@value #MIN_LETTERS} letters, at least {@value #SCRIPT_SHARE_PERCENT} % of
 *       them in one script that the declared language is not written in (ICU's scripts of the
 *       language: English is Latin, Arabic, Persian and Urdu Arabic, Russian Cyrillic; a language
 *       ICU knows no script of is never overruled so), and the identifier reads it as a language
 *       written in that script.
 *   <li><b>Same script, a long text.</b> The declared language is fully supported, the text has at
 *       least {@value #MIN_CHARS} characters, and the identifier reads it, and each of its two
 *       halves alone, as one and the same fully supported language other than the declared one (at
 *       about 60 characters and more the identifier is right on 99 % of the SemEval dev articles,
 *       at 200 on all of them: docs/language-id.md; two halves that agree keep out a text that only
 *       quotes another language at length).
 * </ol>
 *
 * Then the item is stored in the language read, and a note says so (live mode: its feed's recent
 * rejections, as a kept item; {@code ingest}: a warning for the entry) ({@code declared lang 'en'
 * but the text reads as 'ar'; stored as 'ar'}). Otherwise the declared language is kept: a declared
 * language outside the fully supported ones is only overruled by another script (the identifier
 * knows only the supported languages, and would name the nearest of them for a Swedish text). An
 * item that declares no language is identified as every article is.
 *
 * <p>Thread-safe if the identifier is (the script table is filled once).
 */
public final class FeedLanguage {
  /** Shortest text whose reading overrules a declared language written in the same script. */
  static final int MIN_CHARS = 100;

  /** Fewest letters whose script overrules a declared language. */
  static final int MIN_LETTERS = 20;

  /** Share of the letters one script must write to overrule a declared language. */
  static final int SCRIPT_SHARE_PERCENT = 80;

  /** Only the beginning of a long text is read. */
  static final int HEAD_CHARS = 2_000;

  private final LanguageIdentifier identifier;
  private final Map<String, int[]> scriptsOf = new HashMap<>();

  /** Decisions by {@code identifier}. */
  public FeedLanguage(LanguageIdentifier identifier) {
    this.identifier = Objects.requireNonNull(identifier, "identifier");
  }

  /**
   * {@code item} in the language it is to be stored in (class comment); {@code notes} hears why its
   * declared language was overruled.
   */
  public Article decide(Article item, Consumer<String> notes) {
    if (!item.hasLanguage()) {
      return item;
    }
    String declared = item.lang();
    String text = item.fullText();
    String head = text.length() <= HEAD_CHARS ? text : text.substring(0, HEAD_CHARS);
    String read = otherScript(head, declared);
    if (read.isEmpty() && Languages.isSupported(declared) && head.strip().length() >= MIN_CHARS) {
      read = sameScript(head, declared);
    }
    if (read.isEmpty()) {
      return item;
    }
    notes.accept(
        "declared lang '"
            + declared
            + "' but the text reads as '"
            + read
            + "'; stored as '"
            + read
            + "'");
    return new Article(
        item.id(), read, item.title(), item.text(), item.date(), item.source(), item.url());
  }

  /** Rule 1: the language read, when the text is in a script the declared one does not use. */
  private String otherScript(String head, String declared) {
    Map<Integer, Long> letters =
        head.codePoints()
            .filter(Character::isLetter)
            .boxed()
            .collect(Collectors.groupingBy(Scripts::script, Collectors.counting()));
    long all = letters.values().stream().mapToLong(Long::longValue).sum();
    if (all < MIN_LETTERS || scripts(declared).length == 0) {
      return "";
    }
    for (Map.Entry<Integer, Long> e : letters.entrySet()) {
      int script = e.getKey();
      if (e.getValue() * 100 >= SCRIPT_SHARE_PERCENT * all && !writes(declared, script)) {
        String read = identifier.identify(head);
        return !read.equals(declared) && Languages.isKnown(read) && writes(read, script)
            ? read
            : "";
      }
    }
    return "";
  }

  /** Rule 2: the language the text and both its halves read as, if another supported one. */
  private String sameScript(String head, String declared) {
    String read = identifier.identify(head);
    if (read.equals(declared) || !Languages.isSupported(read)) {
      return "";
    }
    int mid = head.length() / 2;
    int cut = head.indexOf(' ', mid);
    cut = cut < 0 || cut > mid + 100 ? mid : cut;
    boolean agree =
        read.equals(identifier.identify(head.substring(0, cut)))
            && read.equals(identifier.identify(head.substring(cut)));
    return agree ? read : "";
  }

  /** True if {@code lang} is written in {@code script}. */
  private boolean writes(String lang, int script) {
    for (int s : scripts(lang)) {
      if (s == script) {
        return true;
      }
    }
    return false;
  }

  /** ICU's scripts of {@code lang}; empty when ICU knows none (then nothing is overruled). */
  private int[] scripts(String lang) {
    synchronized (scriptsOf) {
      return scriptsOf.computeIfAbsent(
          lang,
          l -> {
            int[] s = UScript.getCode(Locale.forLanguageTag(l));
            return s == null ? new int[0] : s;
          });
    }
  }
}
