package dev.storylink.cli;

import dev.storylink.app.StoryLink;
import dev.storylink.compare.AlignedRow;
import dev.storylink.compare.Comparison;
import dev.storylink.compare.CoverageComparer;
import dev.storylink.compare.Fact;
import dev.storylink.compare.Passage;
import dev.storylink.compare.SentenceLink;
import dev.storylink.core.Article;
import dev.storylink.core.Texts;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storylink compare A B}: side-by-side coverage of two articles. Not thread-safe. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Shows two articles of one story side by side, in any languages.",
      "Aligns their sentences and lists the statements and facts (numbers, names, places,",
      "dates) that only one of them reports.",
      "A and B are files (plain text, a JSON article or an HTML page), URLs, - for stdin,",
      "or with --id (or --data DIR) ids of articles in the store."
    })
public final class CompareCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A")
  String a;

  @Parameters(index = "1", paramLabel = "B")
  String b;

  @Option(names = "--json", description = "Print the comparison as JSON.")
  boolean json;

  @picocli.CommandLine.Mixin StoredArticles stored = new StoredArticles();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (StoryLink sl = StoryLink.builder().build()) {
      Article[] pair = stored.readPair(sl, a, b);
      Comparison c = sl.compare(pair[0], pair[1]);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        // as POST /api/compare answers: the record, and the figures that differ
        com.fasterxml.jackson.databind.node.ObjectNode tree =
            dev.storylink.core.Json.PRETTY.valueToTree(c);
        tree.set(
            "differingFigures", dev.storylink.core.Json.PRETTY.valueToTree(c.differingFigures()));
        out.println(dev.storylink.core.Json.PRETTY.writer().writeValueAsString(tree));
      } else {
        print(out, c);
      }
      out.flush();
    }
    return 0;
  }

  static void print(PrintWriter out, Comparison c) {
    out.printf(
        Locale.ROOT,
        "A: %s (%s, %s)   B: %s (%s, %s)%n",
        c.a().id(),
        c.a().lang(),
        Counted.of(c.a().sentences().size(), "sentence", "sentences"),
        c.b().id(),
        c.b().lang(),
        Counted.of(c.b().sentences().size(), "sentence", "sentences"));
    out.printf(
        Locale.ROOT,
        "%s (weak partners, under %.3f, do not count); side by side:%n",
        Counted.of(c.links().size(), "aligned sentence pair", "aligned sentence pairs"),
        CoverageComparer.MIN_LINK_SCORE);
    Map<Long, SentenceLink> byPair = new HashMap<>();
    for (SentenceLink l : c.links()) {
      byPair.put(((long) l.a() << 32) | l.b(), l);
    }
    for (AlignedRow row : c.rows()) {
      if (row.b().isEmpty() || row.a().isEmpty()) {
        continue;
      }
      out.println("  " + ids("A", row.a()) + "  <->  " + ids("B", row.b()));
      for (int i : row.a()) {
        out.println("    A" + (i + 1) + ": " + clip(c.a().sentences().get(i).text()));
      }
      for (int j : row.b()) {
        out.println("    B" + (j + 1) + ": " + clip(c.b().sentences().get(j).text()));
      }
      for (int i : row.a()) {
        for (int j : row.b()) {
          SentenceLink l = byPair.get(((long) i << 32) | j);
          if (l != null) {
            out.printf(
                Locale.ROOT,
                "      A%d-B%d %.2f [%s]%n",
                i + 1,
                j + 1,
                l.score(),
                String.join(", ", l.evidence()));
          }
        }
      }
      // a weaker link to a sentence of another row (rows follow each sentence's strongest link)
      for (SentenceLink l : c.links()) {
        if (row.a().contains(l.a()) && !row.b().contains(l.b())) {
          out.printf(
              Locale.ROOT,
              "      A%d-B%d %.2f [%s]  (B%d is in another row)%n",
              l.a() + 1,
              l.b() + 1,
              l.score(),
              String.join(", ", l.evidence()),
              l.b() + 1);
        }
      }
    }
    statements(out, "only in A (" + c.a().id() + ")", "A", c.statementsOnlyInA(), c.onlyInA());
    statements(out, "only in B (" + c.b().id() + ")", "B", c.statementsOnlyInB(), c.onlyInB());
    List<Comparison.Difference> differ = c.differingFigures();
    if (!differ.isEmpty()) {
      out.println(
          "figures that differ: "
              + String.join(
                  ", ",
                  differ.stream()
                      .map(
                          d ->
                              String.format(
                                  Locale.ROOT,
                                  "%s %s (A%d) ≠ %s (B%d)",
                                  d.role(),
                                  d.a().label(),
                                  d.a().sentence() + 1,
                                  d.b().label(),
                                  d.b().sentence() + 1))
                      .toList()));
    }
    out.println(
        "both report: "
            + (c.shared().isEmpty()
                ? "nothing"
                : String.join(", ", c.shared().stream().map(CompareCommand::fact).toList())));
  }

  private static String ids(String side, List<Integer> xs) {
    return String.join(" ", xs.stream().map(i -> side + (i + 1)).toList());
  }

  private static void statements(
      PrintWriter out, String title, String side, List<Passage> passages, List<Fact> facts) {
    out.println(title + ":" + (passages.isEmpty() && facts.isEmpty() ? " nothing" : ""));
    for (Passage p : passages) {
      out.printf(
          Locale.ROOT,
          "  %s%d%s %s%n",
          side,
          p.sentence() + 1,
          p.wholeSentence() ? " " : " (part)",
          clip(p.text()));
    }
    for (Fact f : facts) {
      out.printf(
          Locale.ROOT,
          "  %-6s %s  (%s%d)%n",
          f.kind().name().toLowerCase(Locale.ROOT),
          clip(fact(f)),
          side,
          f.sentence() + 1);
    }
  }

  private static String fact(Fact f) {
    return f.role().isEmpty() ? f.label() : f.label() + " (" + f.role() + ")";
  }

  private static String clip(String s) {
    return Texts.abbreviate(s, 157);
  }
}
