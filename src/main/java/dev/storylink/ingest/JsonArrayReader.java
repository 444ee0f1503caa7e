package dev.storylink.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.core.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Streams a {@code .json} file that holds a JSON array of article objects, element by element (the
 * array is never held in memory whole). An element that is no valid article ({@link
 * JsonArticles#fromNode}) is reported with its line and skipped; malformed JSON ends the file with
 * a problem ({@code ...; rest of file skipped}). An element without an id gets {@code
 * <file-name-without-extension>-<index>} (1-based). A field no article has ({@code titel}, {@code
 * body}) gets a warning once per file, with the field it was likely meant to be ({@link
 * ArticleFields#hint}).
 *
 * <p>Thread-safe: stateless; each returned stream is single-threaded and must be closed (it holds
 * the file open).
 */
final class JsonArrayReader {
  private JsonArrayReader() {}

  /** The articles of the JSON array in {@code file}. */
  static Stream<Article> read(Path file, Consumer<IngestProblem> problems) {
    String name = file.toString();
    String prefix = ArticleReader.defaultId(file);
    JsonParser parser;
    try {
      parser = JsonArticles.STREAM_MAPPER.createParser(file.toFile());
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        parser.close();
        throw new IngestInputException(name, "expected a JSON array of articles");
      }
    } catch (JsonProcessingException e) {
      throw new IngestInputException(name, JsonArticles.jsonError(e), e);
    } catch (IOException e) {
      throw new IngestInputException(name, "cannot read: " + e.getMessage(), e);
    }
    return new LookaheadIterator() {
      private int index;
      private final Set<String> toldFields = new HashSet<>();

      @Override
      protected Article fetch() {
        try {
          while (true) {
            JsonToken t = parser.nextToken();
            if (t == null || t == JsonToken.END_ARRAY) {
              return null;
            }
            index++;
            long line = parser.currentTokenLocation().getLineNr();
            JsonNode node = parser.readValueAsTree();
            try {
              OptionalLong at = line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
              return JsonArticles.fromNode(
                  node,
                  name,
                  prefix + "-" + index,
                  w -> problems.accept(new IngestProblem(name, at, "warning: " + w)),
                  toldFields);
            } catch (RuntimeException e) {
              problems.accept(
                  IngestProblem.from(
                      name, line > 0 ? OptionalLong.of(line) : OptionalLong.empty(), e));
            }
          }
        } catch (JsonProcessingException e) {
          problems.accept(
              IngestProblem.of(name, JsonArticles.jsonError(e) + "; rest of file skipped"));
        } catch (IOException e) {
          problems.accept(IngestProblem.of(name, "cannot read: " + e.getMessage()));
        }
        return null;
      }
    }.stream().onClose(() -> JsonlReader.closeQuietly(parser));
  }
}
