package dev.storylink.cli;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr (me.tongfei:progressbar) for long commands: position, total, percentage,
 * rate and ETA ({@code ingest 42% [==== ] 4200/10000 (0:00:02 / 0:00:03) 2100.0 articles/s}),
 * redrawn in place every half second. Without a known total it shows the count, elapsed time and
 * rate. Shown when stderr is a terminal ({@code run.sh} says so with {@code STORYLINK_PROGRESS=1},
 * since it passes stderr through a filter) or when asked for ({@code --progress}); else nothing is
 * printed. Not thread-safe: one thread updates it.
 */
final class ProgressDisplay implements AutoCloseable {
  /** The environment variable run.sh sets when its stderr is a terminal. */
  static final String ENV = "STORYLINK_PROGRESS";

  private static final int WIDTH = 100;

  private final ProgressBar bar; // null when not shown
  private final PrintWriter err;
  private boolean closed;

  private ProgressDisplay(ProgressBar bar, PrintWriter err) {
    this.bar = bar;
    this.err = err;
  }

  /**
   * A progress display of {@code task} counting {@code unit}s up to {@code total} ({@code -1} when
   * unknown), shown if {@code wanted} or stderr is a terminal.
   */
  static ProgressDisplay start(
      String task, String unit, long total, boolean wanted, PrintWriter err) {
    if (!wanted && !stderrIsTerminal()) {
      return new ProgressDisplay(null, err);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(500)
            .setUnit(" " + unit, 1)
            .showSpeed()
            .setSpeedUnit(ChronoUnit.SECONDS)
            .setMaxRenderedLength(WIDTH)
            .setConsumer(
                new DelegatingProgressBarConsumer(
                    line -> {
                      err.print('\r');
                      err.print(line);
                      err.flush();
                    },
                    WIDTH))
            .clearDisplayOnFinish()
            .startsFrom(0, Duration.ZERO)
            .build();
    return new ProgressDisplay(bar, err);
  }

  /** True when something is shown. */
  boolean shown() {
    return bar != null;
  }

  /** Moves to {@code done}. */
  void stepTo(long done) {
    if (bar != null) {
      if (bar.getMax() >= 0 && done > bar.getMax()) {
        bar.maxHint(done); // the total was an estimate
      }
      bar.stepTo(done);
    }
  }

  /** Moves to {@code done} of {@code total} (a total learnt on the way). */
  void stepTo(long done, long total) {
    if (bar != null && total >= 0 && bar.getMax() != total) {
      bar.maxHint(total);
    }
    stepTo(done);
  }

  /** Removes the bar from the terminal. */
  @Override
  public void close() {
    if (bar != null && !closed) {
      closed = true;
      bar.close();
      err.print("\r" + " ".repeat(WIDTH) + "\r");
      err.flush();
    }
  }

  /**
   * True when stderr is a terminal: run.sh's {@link #ENV}, else the console's own answer (Java 22+
   * has a console even when redirected, and says whether it is a terminal).
   */
  static boolean stderrIsTerminal() {
    if ("1".equals(System.getenv(ENV))) {
      return true;
    }
    java.io.Console c = System.console();
    if (c == null) {
      return false;
    }
    try {
      Method isTerminal = java.io.Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(c));
    } catch (ReflectiveOperationException e) {
      return true; // Java 21: a console exists only on a terminal
    }
  }
}
