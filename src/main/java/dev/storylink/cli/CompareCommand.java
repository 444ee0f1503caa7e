package dev.storylink.cli;

import dev.storylink.app.StoryLink;
import dev.storylink.compare.Comparison;
import dev.storylink.compare.Fact;
import dev.storylink.compare.SentenceLink;
import dev.storylink.core.Article;
import dev.storylink.core.Texts;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
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
      "Aligns the sentences of two articles of one story and lists the facts only one reports.",
      "The articles may be in any languages; the facts are numbers, names, places and quotes.",
      "A and B are files (plain text, a JSON article or an HTML page), URLs, or - for stdin."
    })
public final class CompareCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A")
  String a;

  @Parameters(index = "1", paramLabel = "B")
  String b;

  @Option(names = "--json", description = "Print the comparison as JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (StoryLink sl = StoryLink.builder().build()) {
      Article[] pair = LinkCommand.readPair(sl, a, b);
      Comparison c = sl.compare(pair[0], pair[1]);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(dev.storylink.core.Json.PRETTY.writer().writeValueAsString(c));
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
        "A: %s (%s, %d sentences)   B: %s (%s, %d sentences)%n",
        c.a().id(),
        c.a().lang(),
        c.a().sentences().size(),
        c.b().id(),
        c.b().lang(),
        c.b().sentences().size());
    out.printf(Locale.ROOT, "%d aligned sentence pairs:%n", c.links().size());
    for (SentenceLink l : c.links()) {
      out.printf(
          Locale.ROOT,
          "  A%d <-> B%d  %.2f  [%s]%n",
          l.a() + 1,
          l.b() + 1,
          l.score(),
          String.join(", ", l.evidence()));
      out.println("    A: " + clip(c.a().sentences().get(l.a()).text()));
      out.println("    B: " + clip(c.b().sentences().get(l.b()).text()));
    }
    facts(out, "only in A (" + c.a().id() + ")", c.onlyInA());
    facts(out, "only in B (" + c.b().id() + ")", c.onlyInB());
    out.println(
        "unaligned sentences: A " + plusOne(c.unalignedA()) + "  B " + plusOne(c.unalignedB()));
  }

  private static List<Integer> plusOne(List<Integer> xs) {
    return xs.stream().map(i -> i + 1).toList();
  }

  private static void facts(PrintWriter out, String title, List<Fact> facts) {
    out.println(title + ":" + (facts.isEmpty() ? " nothing" : ""));
    for (Fact f : facts) {
      out.printf(
          Locale.ROOT,
          "  %-6s %s  (sentence %d)%n",
          f.kind().name().toLowerCase(Locale.ROOT),
          clip(f.label()),
          f.sentence() + 1);
    }
  }

  private static String clip(String s) {
    return Texts.abbreviate(s, 157);
  }
}
