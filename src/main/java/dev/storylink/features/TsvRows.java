package dev.storylink.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a tab-separated data file of this package (the concept lexicon, the given-name
 * lists): blank lines and lines starting with {@code #} are skipped, every other line is split at
 * each tab with empty fields kept, and keeps its line number for the loader's error messages.
 * Stateless and thread-safe.
 */
final class TsvRows {
  /** One data line: its 1-based line number in the file and its fields. */
  record Row(int lineNo, String[] fields) {}

  private TsvRows() {}

  /** The data rows of {@code r}, in file order (the header, if the format has one, first). */
  static List<Row> read(BufferedReader r) throws IOException {
    List<Row> rows = new ArrayList<>();
    int lineNo = 0;
    for (String line; (line = r.readLine()) != null; ) {
      lineNo++;
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(new Row(lineNo, line.split("\t", -1)));
      }
    }
    return rows;
  }
}
