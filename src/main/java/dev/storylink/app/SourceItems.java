package dev.storylink.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.storylink.core.Article;
import dev.storylink.core.Texts;
import dev.storylink.ingest.ArticleReader;
import dev.storylink.ingest.IngestProblem;
import dev.storylink.ingest.JsonlReader;
import dev.storylink.ingest.SourceKind;
import dev.storylink.ingest.Sources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The command line's inputs (files, folders, feeds, URLs, {@code -}) as {@link IngestItem}s, read
 * lazily one input after another through {@link Sources}. An item's position is its input and, in a
 * JSONL file, its line ({@code feed.jsonl:17}), found only when a problem is reported (the file is
 * searched for the article's id then); elsewhere its input and id. Not thread-safe: one iterator,
 * consumed on one thread, closed when done.
 */
public final class SourceItems implements Iterator<IngestItem>, AutoCloseable {
  private static final JsonFactory JSON = new JsonFactory();

  private final Stream<Sources.Sourced> stream;
  private final Iterator<Sources.Sourced> it;

  /**
   * Items of {@code args} in order; what cannot be read goes to {@code problems} (as with {@link
   * Sources#open}).
   */
  public SourceItems(Sources sources, List<String> args, Consumer<IngestProblem> problems) {
    Objects.requireNonNull(sources, "sources");
    this.stream =
        sources.openSourced(args, System.in, Objects.requireNonNull(problems, "problems"));
    this.it = stream.iterator();
  }

  @Override
  public boolean hasNext() {
    return it.hasNext();
  }

  @Override
  public IngestItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Sources.Sourced s = it.next();
    Article a = s.article();
    String input = s.input();
    return new IngestItem(a, () -> position(input, a.id()));
  }

  @Override
  public void close() {
    stream.close();
  }

  /** {@code input:line} for an article of a JSONL file, else {@code input: article 'id'}. */
  static String position(String input, String id) {
    if (Sources.kindOf(input) == SourceKind.JSONL) {
      OptionalLong line = lineOf(Path.of(input), id);
      if (line.isPresent()) {
        return input + ":" + line.getAsLong();
      }
    }
    return input + ": article '" + clip(id) + "'";
  }

  /** The first line of a JSONL file whose record has this id (given, or derived from the line). */
  static OptionalLong lineOf(Path file, String id) {
    String prefix = ArticleReader.defaultId(file);
    int l = id.lastIndexOf("-L");
    if (l > 0 && id.substring(l + 2).matches("[0-9]{1,18}")) {
      long n = Long.parseLong(id.substring(l + 2));
      if (n > 0 && JsonlReader.derivedId(prefix, n).equals(id)) {
        return OptionalLong.of(n);
      }
    }
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    // an id JSON may write with escapes is looked for in every line; a plain one only where it
    // occurs
    boolean plain =
        id.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '/');
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      long n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if ((!plain || line.contains(id)) && id.equals(idOf(line))) {
          return OptionalLong.of(n);
        }
      }
    } catch (IOException e) {
      // no line then: the position names the id
    }
    return OptionalLong.empty();
  }

  /** The top-level {@code "id"} of a JSON object on one line, stripped, or null. */
  private static String idOf(String line) {
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String field = p.currentName();
        JsonToken v = p.nextToken();
        if (field.equals("id") && v.isScalarValue()) {
          return p.getValueAsString("").strip();
        }
        p.skipChildren();
      }
    } catch (IOException e) {
      // not JSON: not the line
    }
    return null;
  }

  /** An id as shown in a message: at most 60 characters. */
  static String clip(String id) {
    return Texts.abbreviate(id, 57);
  }
}
