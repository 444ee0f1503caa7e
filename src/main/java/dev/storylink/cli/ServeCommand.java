package dev.storylink.cli;

import dev.storylink.compare.CoverageComparer;
import dev.storylink.core.InputException;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.server.ApiServer;
import dev.storylink.server.StoreStoryRepository;
import dev.storylink.store.ArticleStore;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storylink serve}: the web API and page over the store, until the process is stopped.
 * Not thread-safe (one per process).
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

  @Mixin StoreOptions store = new StoreOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new InputException("--port must be between 0 and 65535");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArticleStore st;
    try {
      st = ArticleStore.open(store.data());
    } catch (InputException locked) {
      st = ArticleStore.openReadOnly(store.data());
      err.println("storylink: " + locked.getMessage() + "; serving read-only (POST /api/articles disabled)");
      err.flush();
    }
    LinguaLanguageIdentifier langId = new LinguaLanguageIdentifier();
    FeatureExtractor fx = new FeatureExtractor(CorpusStats.background(), langId);
    ApiServer server =
        new ApiServer(
            new StoreStoryRepository(st, langId),
            fx,
            new CoverageComparer(CorpusStats.background()),
            FeaturePairScorer.shipped());
    CountDownLatch stopped = new CountDownLatch(1);
    ArticleStore toClose = st;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  toClose.close();
                  stopped.countDown();
                },
                "storylink-shutdown"));
    try {
      server.start(host, port);
    } catch (RuntimeException e) {
      throw new InputException("cannot listen on " + host + ":" + port + ": " + Main.oneLine(e));
    }
    out.printf(java.util.Locale.ROOT, "storylink: serving http://%s:%d/ (data %s)%n", host, server.port(), store.data());
    out.flush();
    stopped.await();
    return 0;
  }
}
