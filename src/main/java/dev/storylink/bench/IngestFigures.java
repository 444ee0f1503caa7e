package dev.storylink.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Figures of a running benchmark that cost nothing to read: the heap left after the collector's
 * last collection, the resident set size of the process, the size of a directory on disk. Stateless
 * and thread-safe.
 */
public final class IngestFigures {
  private IngestFigures() {}

  /**
   * The heap in use just after the last collection of each heap pool, in bytes (the old
   * generation's is what survived its last full or major collection): a lower bound of the live
   * heap that needs no {@code System.gc()}.
   */
  public static long heapAfterLastGc() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        MemoryUsage u = pool.getCollectionUsage();
        if (u != null) {
          sum += u.getUsed();
        }
      }
    }
    return sum;
  }

  /** Resident set size of this process in bytes ({@code /proc/self/status}), or -1 if unknown. */
  public static long residentBytes() {
    try {
      for (String line :
          Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
        if (line.startsWith("VmRSS:")) {
          String kb = line.substring(6).strip().split("\\s+")[0];
          return Long.parseLong(kb) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** Peak resident set size of this process in bytes ({@code VmHWM}), or -1 if unknown. */
  public static long peakResidentBytes() {
    try {
      for (String line :
          Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
        if (line.startsWith("VmHWM:")) {
          String kb = line.substring(6).strip().split("\\s+")[0];
          return Long.parseLong(kb) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /**
   * Total size of the regular files below {@code dir}, in bytes (files that vanish are skipped).
   */
  public static long directoryBytes(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0; // merged away meanwhile
                }
              })
          .sum();
    } catch (IOException | java.io.UncheckedIOException e) {
      return -1;
    }
  }
}
