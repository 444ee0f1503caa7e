package dev.storylink.server;

import dev.storylink.core.Texts;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The checks every request passes before the API sees it. Immutable and thread-safe.
 *
 * <ul>
 *   <li>Security headers on every response ({@link #HEADERS}): a Content-Security-Policy that
 *       allows the page's own scripts and styles only and no framing, {@code X-Frame-Options:
 *       DENY}, {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer}.
 *   <li>Method override is off: the {@code X-HTTP-Method-Override} header (which Javalin would
 *       otherwise honour) is hidden, so a GET stays a GET and never writes.
 *   <li>The {@code Host} header must name this server ({@link ServerConfig#allowedHosts}): a page
 *       of another site that rebinds its DNS name to 127.0.0.1 sends its own name and is refused
 *       (403), for reads and writes.
 *   <li>Writes ({@code POST, PUT, PATCH, DELETE}): an {@code Origin} header, when present, must be
 *       this server's own origin (a cross-site form or script is refused, 403); a {@code
 *       Sec-Fetch-Site: cross-site} request is refused; when the config has a token, {@code
 *       Authorization: Bearer <token>} is required (401).
 * </ul>
 */
final class SecurityFilter implements Filter {
  /** Content-Security-Policy of every response. */
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** Headers set on every response. */
  static final Map<String, String> HEADERS = headers();

  static final String METHOD_OVERRIDE = "X-HTTP-Method-Override";

  private static final List<String> WRITES = List.of("POST", "PUT", "PATCH", "DELETE");

  private final ServerConfig config;

  SecurityFilter(ServerConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  private static Map<String, String> headers() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Security-Policy", CSP);
    h.put("X-Frame-Options", "DENY");
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "no-referrer");
    h.put("Cross-Origin-Resource-Policy", "same-origin");
    return Collections.unmodifiableMap(h);
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    HEADERS.forEach(response::setHeader);
    Optional<String> hostName = hostName(request.getHeader("Host"));
    if (hostName.isEmpty() || !config.allowedHosts().contains(hostName.get())) {
      refuse(
          response,
          403,
          "Host '"
              + shown(request.getHeader("Host"))
              + "' is not this server;"
              + " use http://127.0.0.1:<port>/ (or a name the server was told to accept)");
      return;
    }
    if (WRITES.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
      String origin = request.getHeader("Origin");
      if (origin != null && !sameOrigin(origin, request.getHeader("Host"))) {
        refuse(response, 403, "cross-site request refused (Origin '" + shown(origin) + "')");
        return;
      }
      if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
        refuse(response, 403, "cross-site request refused (Sec-Fetch-Site: cross-site)");
        return;
      }
      if (config.token().isPresent() && !authorized(request.getHeader("Authorization"))) {
        response.setHeader("WWW-Authenticate", "Bearer");
        refuse(response, 401, "writes need 'Authorization: Bearer <token>' (the server's token)");
        return;
      }
    }
    chain.doFilter(
        request.getHeader(METHOD_OVERRIDE) == null ? request : new NoOverride(request), response);
  }

  private boolean authorized(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    byte[] expected = config.token().orElseThrow().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, expected);
  }

  /** The lower-case host of a Host header without its port; IPv6 literals keep their brackets. */
  static Optional<String> hostName(String host) {
    if (host == null || host.isBlank()) {
      return Optional.empty();
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? Optional.empty() : Optional.of(h.substring(0, end + 1));
    }
    int colon = h.indexOf(':');
    return Optional.of(colon < 0 ? h : h.substring(0, colon));
  }

  /** True when {@code origin} is {@code http://<host header>} (scheme, host and port equal). */
  static boolean sameOrigin(String origin, String host) {
    if (host == null) {
      return false;
    }
    try {
      URI o = new URI(origin.strip());
      if (!"http".equalsIgnoreCase(o.getScheme()) && !"https".equalsIgnoreCase(o.getScheme())) {
        return false;
      }
      String authority = o.getRawAuthority();
      return authority != null && authority.equalsIgnoreCase(host.strip());
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String shown(String s) {
    if (s == null) {
      return "";
    }
    String t = Texts.abbreviate(s, 100);
    return t.replaceAll("[\\p{Cntrl}]", "?");
  }

  static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    byte[] body =
        ("{\"error\":\"" + JsonErrorHandler.jsonEscape(message) + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  @Override
  public void init(jakarta.servlet.FilterConfig filterConfig) {}

  @Override
  public void destroy() {}

  /** The request without its method-override header. */
  private static final class NoOverride extends HttpServletRequestWrapper {
    NoOverride(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return METHOD_OVERRIDE.equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return METHOD_OVERRIDE.equalsIgnoreCase(name)
          ? Collections.emptyEnumeration()
          : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      List<String> names = Collections.list(super.getHeaderNames());
      names.removeIf(METHOD_OVERRIDE::equalsIgnoreCase);
      return Collections.enumeration(names);
    }
  }
}
