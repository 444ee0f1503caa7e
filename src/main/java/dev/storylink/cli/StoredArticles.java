package dev.storylink.cli;

import dev.storylink.app.StoryLink;
import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.ingest.ArticleReader;
import dev.storylink.store.StoredArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of {@code link} and {@code compare} that read articles from the store: {@code --id}
 * (A and B are stored article ids) and {@code --data DIR} (the store; with it, an argument that is
 * no file, URL or "-" is taken as an id). Not thread-safe.
 */
public final class StoredArticles {
  @Option(
      names = {"-d", "--data"},
      paramLabel = "DIR",
      description =
          "Data directory of the store to read article ids from (default with --id:"
              + " ./storylink-data); an argument that is no file, URL or - is an id.")
  Path data;

  @Option(
      names = "--id",
      description = "A and B are ids of articles in the store (see --data), not files.")
  boolean ids;

  /**
   * The two articles named by {@code a} and {@code b}: read as files, URLs or stdin ({@link
   * LinkCommand#readPair}), or looked up in the store when they are ids. Both "-" is an {@link
   * InputException}: stdin holds one article (the second read found it empty).
   */
  Article[] readPair(StoryLink sl, String a, String b) {
    if (a.equals("-") && b.equals("-")) {
      throw new InputException(
          "A and B are both - (stdin), which holds one article; give the other as a file, URL or"
              + " id");
    }
    boolean idA = ids || (data != null && !readable(a));
    boolean idB = ids || (data != null && !readable(b));
    if (!idA && !idB) {
      return LinkCommand.readPair(sl, a, b);
    }
    Path dir = data == null ? StoreOptions.DEFAULT : data;
    if (!Files.isDirectory(dir)) {
      throw new InputException(
          "no store at "
              + dir
              + " to read article ids from; give --data DIR, or files instead of ids");
    }
    try (StoryLink stored = StoryLink.builder().dataDir(dir).readOnly(true).build()) {
      ArticleReader reader = new ArticleReader();
      Article first =
          LinkCommand.withLanguage(sl, idA ? lookUp(stored, a, dir) : reader.read(a), a);
      Article second =
          LinkCommand.withLanguage(sl, idB ? lookUp(stored, b, dir) : reader.read(b), b);
      return LinkCommand.distinct(first, second);
    }
  }

  private static Article lookUp(StoryLink stored, String id, Path dir) {
    return stored
        .read(st -> st.article(id))
        .map(StoredArticle::article)
        .orElseThrow(
            () ->
                new InputException(
                    "no article with id '" + id + "' in " + dir + " (and no file of that name)"));
  }

  private static boolean readable(String arg) {
    return arg.equals("-")
        || arg.startsWith("http://")
        || arg.startsWith("https://")
        || Files.exists(Path.of(arg));
  }
}
