package dev.storylink.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storylink.app.LinkCorpus;
import dev.storylink.app.StoryLink;
import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.core.Json;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.ingest.ArticleReader;
import dev.storylink.link.LinkResult;
import dev.storylink.store.ArticleStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storylink link A B}: are two articles the same event? Not thread-safe. */
@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    description = {
      "Decides whether two articles report the same event.",
      "A and B are files (plain text, a JSON article or an HTML page), URLs, - for stdin,",
      "or with --id (or --data DIR) ids of articles in the store.",
      "A pair in one language is scored within the store's articles of that language when",
      "the store (--data DIR, or ./storylink-data) holds at least 20 of them; see --no-corpus."
    })
public final class LinkCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A")
  String a;

  @Parameters(index = "1", paramLabel = "B")
  String b;

  @Option(names = "--json", description = "Print the verdict as JSON.")
  boolean json;

  @Option(
      names = "--reasons",
      description = "How many reasons to print (default ${DEFAULT-VALUE}).")
  int maxReasons = 15;

  @Option(
      names = "--no-corpus",
      description =
          "Score the pair on its own (the neutral corpus value), not within the store's articles.")
  boolean noCorpus;

  @picocli.CommandLine.Mixin StoredArticles stored = new StoredArticles();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (StoryLink sl = corpusStore().build()) {
      Article[] pair = stored.readPair(sl, a, b);
      StoryLink.LinkVerdict v = sl.link(pair[0], pair[1]);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(
            mapper()
                .writeValueAsString(
                    new LinkJson(
                        v.a().lang(), v.b().lang(), v.result(), v.corpus().storedArticles())));
      } else {
        print(out, v.a(), v.b(), v.result(), maxReasons);
        out.println(corpusLine(v.corpus()));
      }
      out.flush();
    }
    return 0;
  }

  /**
   * A builder over the store the pair is scored within: {@code --data DIR}, or the default store
   * when it exists, opened read-only (no lock: an ingest may hold it); no store with {@code
   * --no-corpus} or when there is none.
   */
  private StoryLink.Builder corpusStore() {
    Path dir = stored.data == null ? StoreOptions.DEFAULT : stored.data;
    if (noCorpus || !ArticleStore.exists(dir)) {
      return StoryLink.builder();
    }
    return StoryLink.builder().dataDir(dir).readOnly(true);
  }

  /** The line that says what the pair was scored within. */
  static String corpusLine(LinkCorpus c) {
    return c.used()
        ? String.format(
            Locale.ROOT,
            "corpus: scored within %,d stored articles in its language",
            c.storedArticles())
        : "corpus: none (no store with "
            + LinkCorpus.MIN_ARTICLES
            + " articles in the pair's language, or a pair across languages): neutral value";
  }

  /**
   * Reads the two articles named on a command line (files, URLs or "-"), fills in their languages
   * (an unknown or unidentifiable language is an {@link dev.storylink.core.InputException}), and
   * keeps their ids apart when both are the same file.
   */
  static Article[] readPair(StoryLink sl, String a, String b) {
    ArticleReader reader = new ArticleReader();
    return distinct(withLanguage(sl, reader.read(a), a), withLanguage(sl, reader.read(b), b));
  }

  /**
   * {@code article} with its language filled in; a language that cannot be identified or is not
   * known is an {@link InputException} that names the argument as the user typed it ({@code
   * storylink: num.txt: could not identify the language ...}), not the id read from it ({@code
   * num}).
   */
  static Article withLanguage(StoryLink sl, Article article, String arg) {
    try {
      return sl.withLanguage(article);
    } catch (InputException e) {
      throw new InputException(arg + ": " + withoutId(e.getMessage(), article.id()), e);
    }
  }

  /** {@code message} without a leading {@code id: }. */
  static String withoutId(String message, String id) {
    String m = String.valueOf(message);
    return m.startsWith(id + ": ") ? m.substring(id.length() + 2) : m;
  }

  /** The two articles, the second renamed {@code id#2} when both have the same id. */
  static Article[] distinct(Article first, Article second) {
    if (first.id().equals(second.id())) {
      second =
          new Article(
              second.id() + "#2",
              second.lang(),
              second.title(),
              second.text(),
              second.date(),
              second.source(),
              second.url());
    }
    return new Article[] {first, second};
  }

  /**
   * JSON shape of a verdict; {@code corpusArticles}: the stored articles in the pair's language it
   * was scored within (0: no corpus, the neutral value).
   */
  public record LinkJson(String langA, String langB, LinkResult result, long corpusArticles) {}

  static ObjectMapper mapper() {
    return Json.PRETTY;
  }

  static void print(
      PrintWriter out, ArticleFeatures fa, ArticleFeatures fb, LinkResult r, int max) {
    out.printf(Locale.ROOT, "%s (%s)  vs  %s (%s)%n", r.idA(), fa.lang(), r.idB(), fb.lang());
    out.printf(
        Locale.ROOT,
        "%s  probability %.2f  similarity %.2f (1 = same story, 4 = unrelated)%n",
        r.sameStory() ? "SAME EVENT" : "DIFFERENT EVENTS",
        r.probability(),
        r.similarity());
    if (r.reasons().isEmpty()) {
      out.println("no shared names, places, numbers or dates");
    } else {
      out.println("shared:");
      r.reasons().stream().limit(max).forEach(x -> out.println("  " + x.describe()));
      if (r.reasons().size() > max) {
        out.printf(Locale.ROOT, "  ... and %d more%n", r.reasons().size() - max);
      }
    }
  }
}
