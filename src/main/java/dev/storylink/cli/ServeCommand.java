package dev.storylink.cli;

import dev.storylink.app.StoryLink;
import dev.storylink.core.InputException;
import dev.storylink.server.ApiServer;
import dev.storylink.server.ServerConfig;
import dev.storylink.server.StoreStoryRepository;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storylink serve}: the web API and page over the store, until the process is stopped. Not
 * thread-safe (one per process).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the JSON API (/api/...) and the web page (/) over the store.",
      "Binds 127.0.0.1 unless --host says otherwise. Stop with Ctrl-C or SIGTERM."
    })
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", description = "TCP port (default ${DEFAULT-VALUE}; 0 = any free port).")
  int port = 8080;

  @Option(names = "--host", description = "Address to bind (default ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description =
          "File holding the bearer token that writes need when --host is not a loopback address"
              + " (default: the STORYLINK_TOKEN environment variable).")
  java.nio.file.Path tokenFile;

  @Option(
      names = "--create",
      description =
          "Start with an empty store when --data holds none (default: refuse, so a typo is not served as an empty store).")
  boolean create;

  @Mixin StoreOptions store = new StoreOptions();

  @Mixin LiveOptions live = new LiveOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new InputException("--port must be between 0 and 65535");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!create && !dev.storylink.store.ArticleStore.exists(store.data())) {
      throw new InputException(
          "no store at "
              + store.data()
              + ": ingest articles first (storylink ingest SOURCE --data "
              + store.data()
              + "), or start an empty one with serve --create");
    }
    // checked before the store opens: beyond loopback, writes need a token (docs/security.md)
    ServerConfig config =
        ServerConfig.forServe(host, java.util.Optional.ofNullable(tokenFile), System.getenv());
    java.util.List<dev.storylink.monitor.FeedSource> feeds =
        live.feeds(err); // a bad list: no start
    live.validate();
    checkListen(host, port); // before the store opens: a port in use does not hold the store
    StoryLink.Builder builder = StoryLink.builder().dataDir(store.data());
    StoryLink sl;
    try {
      sl = builder.build();
    } catch (InputException locked) {
      sl = builder.readOnly(true).build();
      err.println(
          "storylink: "
              + locked.getMessage()
              + "; serving read-only (POST /api/articles disabled)");
      err.flush();
    }
    sl.read(dev.storylink.store.ArticleStore::searchNote)
        .ifPresent(n -> err.println("storylink: note: " + n));
    StoreStoryRepository repo = new StoreStoryRepository(sl);
    ApiServer server = new ApiServer(repo, sl.featureExtractor(), sl.comparer(), sl.linkScorer());
    LiveOptions.Live running = live.wire(sl, repo, server, err);
    CountDownLatch stopped = new CountDownLatch(1);
    StoryLink toClose = sl;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.close();
                  server.close();
                  toClose.close();
                  stopped.countDown();
                },
                "storylink-shutdown"));
    try {
      server.start(config, port);
    } catch (RuntimeException e) {
      throw new InputException("cannot listen on " + host + ":" + port + ": " + Main.oneLine(e));
    }
    out.printf(
        java.util.Locale.ROOT,
        "storylink: serving http://%s:%d/ (data %s)%n",
        host,
        server.port(),
        store.data());
    running.start(feeds, "http://" + hostForUrl(host) + ":" + server.port(), store.data(), out);
    out.flush();
    stopped.await();
    return 0;
  }

  /**
   * Binds {@code host:port} once (with the address reuse Jetty uses) and lets it go, so that a port
   * in use, an address that is not this machine's or a name that does not resolve is said in one
   * line before the store is opened (Jetty would call each of them "Port already in use", after a
   * logged error). Throws {@link InputException}.
   */
  static void checkListen(String host, int port) {
    String where = "cannot listen on " + host + ":" + port + ": ";
    java.net.InetAddress address;
    try {
      address = java.net.InetAddress.getByName(host);
    } catch (java.net.UnknownHostException e) {
      throw new InputException(where + "unknown host " + host);
    }
    try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new java.net.InetSocketAddress(address, port));
    } catch (java.net.BindException e) {
      String why = String.valueOf(e.getMessage());
      if (why.contains("in use")) {
        throw new InputException(
            where + "the port is in use (another server?); choose another --port");
      }
      if (why.contains("assign")) {
        throw new InputException(where + host + " is not an address of this machine");
      }
      throw new InputException(where + why);
    } catch (java.io.IOException e) {
      throw new InputException(where + Main.oneLine(e));
    }
  }

  private static String hostForUrl(String h) {
    if (h.equals("0.0.0.0") || h.equals("::") || h.equals("[::]")) {
      return "127.0.0.1";
    }
    return h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
  }
}
