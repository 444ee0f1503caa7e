package dev.storylink.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error responses (a malformed request line, a URI over the limit: 414, headers over
 * the limit: 431, an ambiguous path: 400) as {@code {"error": "..."}} JSON with the security
 * headers, instead of Jetty's HTML page. Stateless and thread-safe.
 */
final class JsonErrorHandler extends ErrorHandler {

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    if (HttpStatus.hasNoBody(status)) {
      return super.badMessageError(status, reason, fields);
    }
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    SecurityFilter.HEADERS.forEach(fields::put);
    return ByteBuffer.wrap(body(status, reason));
  }

  @Override
  protected void generateAcceptableResponse(
      Request baseRequest,
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      String message)
      throws IOException {
    baseRequest.setHandled(true);
    if (HttpStatus.hasNoBody(code)) {
      return;
    }
    response.setContentType("application/json");
    SecurityFilter.HEADERS.forEach(response::setHeader);
    byte[] body = body(code, message);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  static byte[] body(int status, String reason) {
    String why = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
    return ("{\"error\":\"" + jsonEscape(status + " " + why) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  static String jsonEscape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length() && i < 500; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7F || c == '<' || c == '>' || c == '&') {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
