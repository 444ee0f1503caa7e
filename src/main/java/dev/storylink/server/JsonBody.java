package dev.storylink.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.storylink.core.Json;
import dev.storylink.ingest.IngestInputException;
import dev.storylink.ingest.InputGuard;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a request body as one JSON value: {@code Content-Type: application/json} exactly (with an
 * optional {@code charset=utf-8}; {@code application/jsonfoo} is refused, 415), at most {@link
 * ApiServer#MAX_BODY_BYTES} (413), UTF-8 text ({@code ingest.InputGuard#decode}: not binary data,
 * valid UTF-8, no UTF-16 byte order mark; else a 400 that says what is wrong and at which byte, and
 * never echoes the bytes), one JSON value and nothing after it but white space (400). Immutable and
 * thread-safe.
 */
final class JsonBody {
  private static final InputGuard GUARD = new InputGuard(ApiServer.MAX_BODY_BYTES);

  private final ObjectReader reader;

  JsonBody(ObjectMapper json) {
    this.reader = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** The JSON value of the body of {@code ctx}. */
  JsonNode read(Context ctx) {
    checkType(ctx.contentType());
    long declared = ctx.req().getContentLengthLong();
    if (declared > ApiServer.MAX_BODY_BYTES) {
      throw tooBig();
    }
    byte[] bytes;
    try {
      bytes = ctx.req().getInputStream().readNBytes(ApiServer.MAX_BODY_BYTES + 1);
    } catch (IOException e) {
      throw ApiException.badRequest("could not read the request body: " + e.getMessage());
    }
    if (bytes.length > ApiServer.MAX_BODY_BYTES) {
      throw tooBig();
    }
    if (bytes.length == 0) {
      throw ApiException.badRequest("empty request body; expected JSON");
    }
    if (InputGuard.charsetByMark(bytes) != StandardCharsets.UTF_8) {
      throw ApiException.badRequest(
          "the request body is not JSON text: a UTF-16 byte order mark at byte offset 0;"
              + " a JSON body is UTF-8 text");
    }
    String text;
    try {
      text = GUARD.decode(bytes, "request body");
    } catch (IngestInputException e) {
      throw ApiException.badRequest(
          "the request body is not JSON text: " + e.reason() + "; a JSON body is UTF-8 text");
    }
    try {
      JsonNode node = reader.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw ApiException.badRequest("empty request body; expected JSON");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("malformed JSON: " + Json.problem(e));
    } catch (IOException e) {
      throw ApiException.badRequest("could not read the request body: " + e.getMessage());
    }
  }

  private static ApiException tooBig() {
    return new ApiException(413, "request body over " + ApiServer.MAX_BODY_BYTES + " bytes");
  }

  /** Accepts {@code application/json} with at most a UTF-8 charset parameter. */
  static void checkType(String type) {
    String refused = "Content-Type must be application/json";
    if (type == null) {
      throw new ApiException(415, refused);
    }
    String[] parts = type.split(";");
    if (!parts[0].strip().toLowerCase(Locale.ROOT).equals("application/json")) {
      throw new ApiException(415, refused);
    }
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip().toLowerCase(Locale.ROOT).replace("\"", "");
      if (!p.isEmpty() && !p.equals("charset=utf-8")) {
        throw new ApiException(415, refused + " (UTF-8), not '" + type.strip() + "'");
      }
    }
  }
}
