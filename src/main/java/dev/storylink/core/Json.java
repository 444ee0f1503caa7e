package dev.storylink.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.regex.Pattern;

/**
 * The JSON configurations of StoryLink, in one place. Every mapper knows {@code Optional} and the
 * {@code java.time} types, writes dates as ISO strings ("2020-02-29") and refuses unknown
 * properties when it reads into a record (except {@link #STORE}). Thread-safe: the mappers are
 * configured once and never changed (Jackson mappers are thread-safe after configuration); do not
 * reconfigure them.
 */
public final class Json {
  /** Records, the API, the model file, the store's records, configs. */
  public static final ObjectMapper MAPPER = base().build();

  /** As {@link #MAPPER}, indented (command-line output, files people read). */
  public static final ObjectMapper PRETTY =
      base().enable(SerializationFeature.INDENT_OUTPUT).build();

  /**
   * For untrusted input read as a whole (a JSON article, a request body): anything after the JSON
   * value is an error, and the mapper does not close the caller's stream.
   */
  public static final ObjectMapper INPUT =
      base()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
          .build();

  /**
   * The store's records: as {@link #MAPPER}, but a property this version does not know is skipped,
   * so that a store a newer StoryLink wrote (records with fields added since) stays readable by an
   * older one, which then leaves those fields out.
   */
  public static final ObjectMapper STORE =
      base().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /** Jackson's note on where an unclosed object or array began, naming its (redacted) source. */
  private static final Pattern START_MARKER =
      Pattern.compile(
          "\\s*\\(start marker at \\[Source: [^\\]]*?line: ([0-9]+), column: ([0-9]+)\\]\\)");

  private Json() {}

  /**
   * Why the parser refused the input, in one line people can read: the first line of Jackson's
   * message; its note on where an unclosed value began ({@code (start marker at [Source: REDACTED
   * ...; line: 1, column: 1])}) becomes {@code (opened at line 1, column 1)}; anything after the
   * one JSON value {@link #INPUT} takes becomes {@code more than one JSON value (one object or one
   * array is expected)}. Never names a class or a Jackson setting.
   */
  public static String problem(JsonProcessingException e) {
    if (e instanceof MismatchedInputException
        && e.getOriginalMessage() != null
        && e.getOriginalMessage().startsWith("Trailing token")) {
      return "more than one JSON value (one object or one array is expected)";
    }
    String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    int nl = msg.indexOf('\n');
    if (nl >= 0) {
      msg = msg.substring(0, nl);
    }
    return START_MARKER.matcher(msg).replaceAll(" (opened at line $1, column $2)").strip();
  }

  private static JsonMapper.Builder base() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
