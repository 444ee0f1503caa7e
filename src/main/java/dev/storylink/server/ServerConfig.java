package dev.storylink.server;

import dev.storylink.core.InputException;
import dev.storylink.core.Texts;
import dev.storylink.ingest.InputGuard;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where the server listens and who may write. Immutable and thread-safe.
 *
 * <p>Bound to a loopback address (the default, {@code 127.0.0.1}), writes need no token: the checks
 * of Host and Origin keep web pages of other sites (DNS rebinding, cross-site forms) away. Bound
 * beyond loopback ({@code 0.0.0.0}, a LAN address), every write ({@code POST}, {@code PUT}, {@code
 * DELETE}, {@code PATCH}) also needs {@code Authorization: Bearer <token>}, and the server refuses
 * to start without a token.
 *
 * @param host the address to bind
 * @param token the bearer token writes need; required when {@code host} is not loopback
 * @param allowedHosts the host names (without port, lower case) accepted in the {@code Host}
 *     header: {@code localhost}, {@code 127.0.0.1}, {@code [::1]}, the bound address, and what the
 *     user adds
 */
public record ServerConfig(String host, Optional<String> token, Set<String> allowedHosts) {
  /** The environment variable a token is read from. */
  public static final String TOKEN_ENV = "STORYLINK_TOKEN";

  /** Shortest accepted token. */
  public static final int MIN_TOKEN_CHARS = 16;

  /** Validates the components. */
  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(token, "token");
    allowedHosts = Set.copyOf(allowedHosts);
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (token.isPresent()
        && (token.get().length() < MIN_TOKEN_CHARS || !token.get().matches("[\\x21-\\x7E]+"))) {
      throw new InputException(
          "the token must be at least "
              + MIN_TOKEN_CHARS
              + " printable ASCII characters without spaces");
    }
    if (token.isEmpty() && !isLoopback(host)) {
      throw new InputException(
          "serving on "
              + host
              + " (beyond loopback) needs a token for writes: set "
              + TOKEN_ENV
              + " or give --token-file; clients then send 'Authorization: Bearer <token>'");
    }
  }

  /** Loopback on {@code 127.0.0.1}, no token. */
  public static ServerConfig loopback() {
    return of("127.0.0.1", Optional.empty());
  }

  /** A config for {@code host} with the default allowed Host names. */
  public static ServerConfig of(String host, Optional<String> token) {
    Set<String> hosts = new LinkedHashSet<>(Set.of("localhost", "127.0.0.1", "[::1]", "::1"));
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (!h.equals("0.0.0.0") && !h.equals("::") && !h.equals("[::]")) {
      hosts.add(h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h);
    } else {
      hosts.addAll(localNames());
    }
    return new ServerConfig(host.strip(), token, hosts);
  }

  /** This machine's interface addresses and host name: the names a LAN client may use. */
  private static Set<String> localNames() {
    Set<String> names = new LinkedHashSet<>();
    try {
      for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress a : Collections.list(ni.getInetAddresses())) {
          String s = a.getHostAddress();
          int zone = s.indexOf('%');
          s = zone >= 0 ? s.substring(0, zone) : s;
          names.add(a instanceof Inet6Address ? "[" + s.toLowerCase(Locale.ROOT) + "]" : s);
        }
      }
      names.add(InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT));
    } catch (IOException | RuntimeException e) {
      // interfaces or host name unknown: the user adds names with withAllowedHost
    }
    return names;
  }

  /**
   * The config for {@code serve --host H [--token-file F]}: the token is read from {@code
   * tokenFile} when given, else from {@value #TOKEN_ENV} in {@code env}.
   *
   * @throws InputException when the file cannot be read, or a non-loopback host has no token
   */
  public static ServerConfig forServe(
      String host, Optional<Path> tokenFile, Map<String, String> env) {
    Optional<String> token;
    if (tokenFile.isPresent()) {
      token = Optional.of(readToken(tokenFile.get()));
    } else {
      token = Optional.ofNullable(env.get(TOKEN_ENV)).map(String::strip).filter(t -> !t.isEmpty());
    }
    return of(host, token);
  }

  /**
   * The token written in {@code file} (UTF-8, or UTF-16 after its byte order mark), stripped, byte
   * order marks (U+FEFF) dropped (for {@code serve --token-file} and {@code ingest --server
   * --token-file}).
   *
   * @throws InputException {@code cannot read the token file FILE: REASON}, one line, where REASON
   *     is {@code no such file}, {@code permission denied}, the file system's reason ({@code Is a
   *     directory}) or else the error's message; {@code the token file FILE is empty: write a token
   *     of at least 16 printable ASCII characters} when it holds nothing else than white space and
   *     byte order marks (an empty file, a BOM)
   */
  public static String readToken(Path file) {
    String token;
    try {
      byte[] b = Files.readAllBytes(file);
      token =
          InputGuard.charsetByMark(b)
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(b))
              .toString()
              .replace("\uFEFF", "")
              .strip();
    } catch (IOException e) {
      String reason =
          switch (e) {
            case NoSuchFileException n -> "no such file";
            case AccessDeniedException a -> "permission denied";
            case FileSystemException f when f.getReason() != null -> f.getReason();
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
          };
      throw new InputException(
          Texts.oneLine("cannot read the token file " + file + ": " + reason), e);
    }
    if (token.isEmpty()) {
      throw new InputException(
          Texts.oneLine(
              "the token file "
                  + file
                  + " is empty: write a token of at least "
                  + MIN_TOKEN_CHARS
                  + " printable ASCII characters"));
    }
    return token;
  }

  /** A copy that also accepts {@code name} (a LAN host name) in the Host header. */
  public ServerConfig withAllowedHost(String name) {
    Set<String> hosts = new LinkedHashSet<>(allowedHosts);
    hosts.add(name.strip().toLowerCase(Locale.ROOT));
    return new ServerConfig(host, token, hosts);
  }

  /** True when bound to a loopback address only. */
  public boolean loopbackOnly() {
    return isLoopback(host);
  }

  /** The warning to print at start when the server is reachable beyond this machine. */
  public Optional<String> warning() {
    if (loopbackOnly()) {
      return Optional.empty();
    }
    return Optional.of(
        "storylink: warning: serving on "
            + host
            + ", reachable from other machines; writes need"
            + " 'Authorization: Bearer <token>', reads are open to anyone who can reach this port,"
            + " and traffic is not encrypted (use a TLS proxy beyond a trusted LAN)");
  }

  /** True for {@code localhost} and loopback addresses (a literal, never a DNS lookup). */
  static boolean isLoopback(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.equals("localhost")) {
      return true;
    }
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (!h.matches("[0-9.]+|[0-9a-f:.]+")) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
