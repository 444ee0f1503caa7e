package dev.storylink.eval;

import dev.storylink.cluster.AssignmentModel;
import dev.storylink.cluster.ClusterConfig;
import dev.storylink.cluster.EventFeatures;
import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the shortlisted candidate rows of both dev sets, clustered with the shipped decision, to a
 * TSV for analysis (a development helper run by hand): {@code java -cp
 * target/storylink.jar:target/test-classes dev.storylink.eval.AssignmentRowsDump ../shared/data
 * rows.tsv}. Columns: set, article, language, label (ECB+: a member of the candidate shares the
 * article's gold event; SemEval: linked or unrelated partner in the candidate, other candidates
 * left out), members, names of the article, names shared with the candidate, every {@link
 * EventFeatures} feature. Not thread-safe.
 */
public final class AssignmentRowsDump {
  private AssignmentRowsDump() {}

  public static void main(String[] args) throws IOException {
    ClusterConfig base = ClusterConfig.defaults();
    AssignmentJointCv.Data d =
        AssignmentJointCv.Data.load(Path.of(args[0]), base, new LinguaLanguageIdentifier());
    try (PrintStream out =
        new PrintStream(Files.newOutputStream(Path.of(args[1])), false, StandardCharsets.UTF_8)) {
      out.println(
          "set\tid\tlang\tlabel\tmembers\tnames\tshared_names\tshared_places\t"
              + String.join("\t", EventFeatures.NAMES));
      dump(out, "ecb", d.ecb(), d, base, null);
      Map<String, Map<String, Boolean>> partners = new HashMap<>();
      for (PairsDataset.GoldPair p : d.sem().pairs()) {
        if (p.overall() <= 1.5 || p.overall() >= 3.5) {
          boolean l = p.overall() <= 1.5;
          partners.computeIfAbsent(p.id1(), k -> new HashMap<>()).put(p.id2(), l);
          partners.computeIfAbsent(p.id2(), k -> new HashMap<>()).put(p.id1(), l);
        }
      }
      dump(out, "sem", d.sem(), d, base, partners);
    }
  }

  private static void dump(
      PrintStream out,
      String set,
      AssignmentJoint.Part part,
      AssignmentJointCv.Data d,
      ClusterConfig base,
      Map<String, Map<String, Boolean>> partners) {
    AssignmentJoint.simulate(
        part.articles(),
        part.fz(),
        d.scorer(),
        base,
        AssignmentModel.shipped(),
        (Article a, List<Set<String>> members, List<double[]> xs) -> {
          ArticleFeatures f = part.fz().features().get(a.id());
          Set<String> mine = keys(f.names());
          Set<String> myPlaces = keys(f.places());
          for (int c = 0; c < members.size(); c++) {
            String label;
            if (partners == null) {
              String g = part.gold().get(a.id());
              label = "0";
              for (String m : members.get(c)) {
                label = g != null && g.equals(part.gold().get(m)) ? "1" : label;
              }
            } else {
              Map<String, Boolean> p = partners.getOrDefault(a.id(), Map.of());
              label = "";
              for (String m : members.get(c)) {
                Boolean l = p.get(m);
                if (l != null) {
                  label = l ? "1" : (label.isEmpty() ? "0" : label);
                }
              }
              if (label.isEmpty()) {
                continue;
              }
            }
            Set<String> theirs = new HashSet<>();
            Set<String> theirPlaces = new HashSet<>();
            for (String m : members.get(c)) {
              theirs.addAll(keys(part.fz().features().get(m).names()));
              theirPlaces.addAll(keys(part.fz().features().get(m).places()));
            }
            theirs.retainAll(mine);
            theirPlaces.retainAll(myPlaces);
            StringBuilder sb =
                new StringBuilder(
                    String.join(
                        "\t",
                        set,
                        a.id(),
                        f.lang(),
                        label,
                        Integer.toString(members.get(c).size()),
                        Integer.toString(mine.size()),
                        Integer.toString(theirs.size()),
                        Integer.toString(theirPlaces.size())));
            for (double v : xs.get(c)) {
              sb.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
            }
            out.println(sb);
          }
        });
  }

  private static Set<String> keys(List<Mention> ms) {
    Set<String> s = new HashSet<>();
    ms.forEach(m -> s.add(m.key()));
    return s;
  }
}
