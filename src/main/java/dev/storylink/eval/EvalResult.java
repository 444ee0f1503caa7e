package dev.storylink.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one evaluation run: its named figures, the text the command prints (whose last
 * line is a one-line summary) and a Markdown section for the reports. Immutable and thread-safe.
 *
 * @param metrics figures by name, in a stable order (NaN figures are left out)
 * @param text what {@code storylink eval KIND} prints, ending with the one-line summary
 * @param markdown the detail tables for docs/*.md
 */
public record EvalResult(Map<String, Double> metrics, String text, String markdown) {
  /** Copies the figures (dropping NaN ones) and checks the text ends with a summary line. */
  public EvalResult {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(markdown, "markdown");
    Map<String, Double> copy = new LinkedHashMap<>();
    metrics.forEach(
        (k, v) -> {
          if (v != null && !v.isNaN()) {
            copy.put(k, v);
          }
        });
    metrics = Collections.unmodifiableMap(copy);
    if (!text.endsWith("\n")) {
      text = text + "\n";
    }
  }

  /** The figure called {@code name}, if measured. */
  public Optional<Double> metric(String name) {
    return Optional.ofNullable(metrics.get(name));
  }

  /** The last line of {@link #text()}: the one-line summary. */
  public String summary() {
    String t = text.stripTrailing();
    return t.substring(t.lastIndexOf('\n') + 1);
  }
}
