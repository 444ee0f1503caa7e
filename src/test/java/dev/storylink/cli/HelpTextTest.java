package dev.storylink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command's {@code --help} reads whole: its summary (the first description line, which the
 * parent command lists) is a whole sentence, its description ends a sentence, and so does every
 * option's.
 */
class HelpTextTest {
  private static void collect(CommandLine cl, List<CommandSpec> out) {
    out.add(cl.getCommandSpec());
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (!out.contains(sub.getCommandSpec())) {
        collect(sub, out);
      }
    }
  }

  private static boolean endsSentence(String s) {
    String t = s.replace("%n", "").strip();
    return t.endsWith(".") || t.endsWith(".)") || t.endsWith("?") || t.endsWith("!");
  }

  @Test
  void everySummaryAndDescriptionEndsASentence() {
    List<CommandSpec> specs = new ArrayList<>();
    collect(Main.commandLine(), specs);
    List<String> cut = new ArrayList<>();
    for (CommandSpec spec : specs) {
      String name = spec.qualifiedName(" ");
      String[] desc = spec.usageMessage().description();
      if (desc.length == 0) {
        cut.add(name + ": no description");
        continue;
      }
      if (!endsSentence(desc[0])) {
        cut.add(name + ": summary cut mid-sentence: " + desc[0]);
      }
      if (!endsSentence(desc[desc.length - 1])) {
        cut.add(name + ": description ends mid-sentence: " + desc[desc.length - 1]);
      }
      for (OptionSpec o : spec.options()) {
        String[] od = o.description();
        if (od.length == 0 || !endsSentence(od[od.length - 1])) {
          cut.add(name + " " + o.longestName() + ": " + String.join(" ", od));
        }
      }
    }
    assertThat(cut).as("help texts cut mid-sentence").isEmpty();
  }

  /**
   * A command's description after its summary is one paragraph wrapped at the usage width, not
   * hand-broken lines that picocli would wrap one by one into a ragged text ("... or URL," then "an
   * HTML page ...").
   */
  @Test
  void descriptionsWrapAsParagraphs() {
    List<CommandSpec> specs = new ArrayList<>();
    collect(Main.commandLine(), specs);
    for (CommandSpec spec : specs) {
      assertThat(spec.usageMessage().description().length)
          .as(spec.qualifiedName(" "))
          .isLessThanOrEqualTo(2);
    }
    String help = LinkCommandTest.run("ingest", "--help").out();
    List<String> paragraph = new ArrayList<>();
    for (String line : help.lines().toList()) {
      if (line.startsWith("SOURCE: ") || !paragraph.isEmpty()) {
        if (line.isBlank() || line.startsWith(" ")) {
          break;
        }
        paragraph.add(line);
      }
    }
    assertThat(paragraph).hasSizeGreaterThan(2);
    assertThat(paragraph.subList(0, paragraph.size() - 1)).allMatch(l -> l.length() > 60);
  }

  @Test
  void theSummariesInTheCommandListAreWhole() {
    LinkCommandTest.Run r = LinkCommandTest.run("eval", "--help");
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains("Pearson correlation and same-story accuracy of the link model on a pair set.")
        .contains(
            "Runs the regression configs and checks their figures against the expected ones.");
  }
}
