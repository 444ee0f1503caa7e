package dev.storylink.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * Pair scoring per second of this thread's CPU time, on the features of {@link
 * PairScoringBenchmark}: what one core scores when the machine is shared (JMH's wall-clock
 * throughput then measures the share of a core the thread got, not the code). Warms up, then runs
 * {@code rounds} rounds of about {@code seconds} of CPU each and prints the median, the lowest and
 * the highest rate. Not part of the product jar; run on the test class path with the {@code jmh}
 * profile compiled (docs/benchmarks.md). Single-threaded; not for direct use by other code.
 */
public final class PairScoringCpuTime {
  private PairScoringCpuTime() {}

  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    PairScoringBenchmark b = new PairScoringBenchmark();
    b.setup();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    String[] names = {"probability", "sameLanguageProbability", "linkWithReasons"};
    IntSupplier[] runs = {
      () -> b.probability() > 0.5 ? 1 : 0,
      () -> b.sameLanguageProbability() > 0.5 ? 1 : 0,
      () -> b.linkWithReasons().hashCode() & 1
    };
    int sink = 0;
    for (int r = 0; r < runs.length; r++) {
      for (int i = 0; i < 2_000_000; i++) { // warm-up: the JIT compiles the scoring path
        sink += runs[r].getAsInt();
      }
      List<Double> rates = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        long start = mx.getCurrentThreadCpuTime();
        long n = 0;
        long budget = (long) (seconds * 1e9);
        while (mx.getCurrentThreadCpuTime() - start < budget) {
          for (int i = 0; i < 10_000; i++) {
            sink += runs[r].getAsInt();
          }
          n += 10_000;
        }
        rates.add(n / ((mx.getCurrentThreadCpuTime() - start) / 1e9));
      }
      rates.sort(Double::compare);
      System.out.printf(
          Locale.ROOT,
          "%-24s %,10.0f pairs per CPU-second (median of %d; %,.0f-%,.0f)%n",
          names[r],
          rates.get(rates.size() / 2),
          rounds,
          rates.get(0),
          rates.get(rates.size() - 1));
    }
    System.out.println("(sink " + sink + ")");
  }
}
