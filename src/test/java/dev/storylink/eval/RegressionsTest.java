package dev.storylink.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.InputException;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The regression configs, runner and report writer on composed data. */
class RegressionsTest {
  private static final LinguaLanguageIdentifier LANG_ID = new LinguaLanguageIdentifier();

  @TempDir Path tmp;

  private Path config(String name, String json) throws Exception {
    Path f = tmp.resolve(name + ".json");
    Files.writeString(f, json, StandardCharsets.UTF_8);
    return f;
  }

  private static String sha(String text) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** A tiny language-identification data set; returns the config JSON for it. */
  private String langidConfig(String sha, double expected, boolean gate) throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.writeString(data.resolve("articles.jsonl"), ARTICLES, StandardCharsets.UTF_8);
    return String.format(
        java.util.Locale.ROOT,
        """
        {"title": "toy", "kind": "langid", "data": "%s",
         "files": {"articles.jsonl": "%s"},
         "metrics": [{"name": "accuracy_whole", "expected": %s, "gate": %s}, {"name": "articles", "expected": 2, "tolerance": 0}]}
        """,
        data.toString().replace("\\", "/"),
        sha,
        expected,
        gate);
  }

  private static final String ARTICLES =
      "{\"id\":\"a\",\"lang\":\"en\",\"text\":\"The city council approved the new budget for schools and roads on Tuesday evening.\"}\n"
          + "{\"id\":\"b\",\"lang\":\"de\",\"text\":\"Der Stadtrat hat am Dienstagabend den neuen Haushalt für Schulen und Straßen beschlossen.\"}\n";

  @Test
  void loadsAConfigWithDefaults() throws Exception {
    RegressionConfig c =
        RegressionConfig.load(config("toy", langidConfig(sha(ARTICLES), 1.0, true)));
    assertThat(c.name()).isEqualTo("toy");
    assertThat(c.kind()).isEqualTo(RegressionConfig.Kind.LANGID);
    assertThat(c.tolerance()).isEqualTo(0.005);
    assertThat(c.metrics().get(0).tolerance()).isEqualTo(0.005);
    assertThat(c.metrics().get(0).label()).isEqualTo("accuracy_whole");
    assertThat(c.metrics().get(1).tolerance()).isZero();
    assertThat(c.metrics().get(1).gate()).isFalse();
    assertThat(c.options().folds()).isZero();
  }

  @Test
  void rejectsBadConfigsWithTheFileName() throws Exception {
    String ok = langidConfig(sha(ARTICLES), 1.0, true);
    assertThatThrownBy(() -> RegressionConfig.load(config("kind", ok.replace("langid", "ranking"))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("kind.json")
        .hasMessageContaining("ranking");
    assertThatThrownBy(() -> RegressionConfig.load(config("sha", ok.replace(sha(ARTICLES), "abc"))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("sha256");
    assertThatThrownBy(
            () -> RegressionConfig.load(config("typo", ok.replace("\"title\"", "\"titel\""))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("typo.json");
    assertThatThrownBy(
            () ->
                RegressionConfig.load(
                    config(
                        "folds",
                        ok.replace("\"files\"", "\"options\": {\"folds\": 10}, \"files\""))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("pairs only");
    assertThatThrownBy(
            () ->
                RegressionConfig.load(
                    config(
                        "seed", ok.replace("\"files\"", "\"options\": {\"seed\": 7}, \"files\""))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("pairs and cluster-pairs only");
    assertThat(
            RegressionConfig.load(
                    config(
                        "seed7",
                        ok.replace("\"langid\"", "\"cluster-pairs\"")
                            .replace(
                                "\"files\"",
                                "\"options\": {\"folds\": 10, \"seed\": 7}, \"files\"")))
                .options()
                .seed())
        .isEqualTo(7);
    assertThatThrownBy(
            () -> RegressionConfig.load(config("noexp", ok.replace("\"expected\": 2, ", ""))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("expected value");
  }

  @Test
  void runsAConfigAndComparesItsFigures() throws Exception {
    RegressionConfig c =
        RegressionConfig.load(config("toy", langidConfig(sha(ARTICLES), 1.0, true)));
    RegressionRunner.Outcome o = RegressionRunner.run(c, LANG_ID);
    assertThat(o.state()).isEqualTo(RegressionRunner.State.RAN);
    assertThat(o.checks())
        .extracting(RegressionRunner.Check::status)
        .containsExactly(RegressionRunner.Status.PASS, RegressionRunner.Status.PASS);
    assertThat(o.gateFailed()).isFalse();
    assertThat(RegressionRunner.exitCode(List.of(o))).isZero();
    assertThat(RegressionRunner.table(o))
        .contains("accuracy_whole")
        .contains("PASS")
        .contains("expected");
  }

  @Test
  void aFigureBelowItsToleranceFailsTheGateAndOnlyTheGate() throws Exception {
    RegressionConfig gate =
        RegressionConfig.load(config("gate", langidConfig(sha(ARTICLES), 1.5, true)));
    RegressionRunner.Outcome o = RegressionRunner.run(gate, LANG_ID);
    assertThat(o.checks().get(0).status()).isEqualTo(RegressionRunner.Status.FAIL);
    assertThat(RegressionRunner.exitCode(List.of(o))).isEqualTo(3);
    assertThat(RegressionRunner.table(o)).contains("FAIL");
    RegressionConfig info =
        RegressionConfig.load(config("info", langidConfig(sha(ARTICLES), 1.5, false)));
    RegressionRunner.Outcome i = RegressionRunner.run(info, LANG_ID);
    assertThat(RegressionRunner.exitCode(List.of(i))).isZero();
    assertThat(RegressionRunner.summary(List.of(o, i)))
        .contains("gates_failed=1")
        .contains("informational_below=1");
  }

  @Test
  void comparesInTheDirectionOfTheFigure() {
    var higher = new RegressionConfig.Metric("f1", null, 0.80, 0.01, true, null, null);
    assertThat(RegressionRunner.status(higher, 0.795)).isEqualTo(RegressionRunner.Status.PASS);
    assertThat(RegressionRunner.status(higher, 0.789)).isEqualTo(RegressionRunner.Status.FAIL);
    assertThat(RegressionRunner.status(higher, 0.85)).isEqualTo(RegressionRunner.Status.BETTER);
    assertThat(RegressionRunner.status(higher, Double.NaN)).isEqualTo(RegressionRunner.Status.FAIL);
    var lower = new RegressionConfig.Metric("false_join_rate", null, 0.25, 0.01, true, null, true);
    assertThat(RegressionRunner.status(lower, 0.10)).isEqualTo(RegressionRunner.Status.BETTER);
    assertThat(RegressionRunner.status(lower, 0.30)).isEqualTo(RegressionRunner.Status.FAIL);
  }

  @Test
  void dataThatDiffersFromTheChecksumIsNotRunAndSaysSo() throws Exception {
    RegressionConfig c =
        RegressionConfig.load(config("toy", langidConfig(sha("other data"), 1.0, true)));
    RegressionRunner.Outcome o = RegressionRunner.run(c, LANG_ID);
    assertThat(o.state()).isEqualTo(RegressionRunner.State.DATA_DIFFERS);
    assertThat(o.message())
        .contains("articles.jsonl")
        .contains(sha(ARTICLES))
        .contains(sha("other data"));
    assertThat(o.result()).isEmpty();
    assertThat(RegressionRunner.exitCode(List.of(o))).isEqualTo(4);
    assertThat(RegressionRunner.table(o)).startsWith("== toy").contains("DATA DIFFERS");
  }

  @Test
  void anAbsentDataFolderIsSkipped() throws Exception {
    RegressionConfig c =
        RegressionConfig.load(
            config("toy", langidConfig(sha(ARTICLES), 1.0, true).replace("/data\"", "/nowhere\"")));
    RegressionRunner.Outcome o = RegressionRunner.run(c, LANG_ID);
    assertThat(o.state()).isEqualTo(RegressionRunner.State.NO_DATA);
    assertThat(o.message()).contains("nowhere").contains("absent");
    assertThat(RegressionRunner.exitCode(List.of(o))).isZero();
  }

  @Test
  void loadsEveryConfigOfAFolderInNameOrder() throws Exception {
    String json = langidConfig(sha(ARTICLES), 1.0, true);
    Path dir = Files.createDirectories(tmp.resolve("configs"));
    Files.writeString(dir.resolve("b.json"), json);
    Files.writeString(dir.resolve("a.json"), json);
    Files.writeString(dir.resolve("README.md"), "not a config");
    assertThat(RegressionConfig.loadAll(List.of(dir)))
        .extracting(RegressionConfig::name)
        .containsExactly("a", "b");
    assertThatThrownBy(() -> RegressionConfig.loadAll(List.of(tmp.resolve("data"))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no regression configs");
  }

  @Test
  void theShippedConfigsLoad() throws Exception {
    List<RegressionConfig> all = RegressionConfig.loadAll(List.of(Path.of("regressions")));
    assertThat(all)
        .extracting(RegressionConfig::name)
        .contains("semeval-pairs", "ecbplus-events", "xling-ecb-stories");
    RegressionConfig pairs =
        all.stream().filter(c -> c.name().equals("semeval-pairs")).findFirst().orElseThrow();
    assertThat(pairs.options().folds()).isEqualTo(10);
    assertThat(
            pairs.metrics().stream()
                .filter(RegressionConfig.Metric::gate)
                .map(RegressionConfig.Metric::name))
        .containsExactly("cv_pearson", "cv_accuracy");
    // issue 16: the shipped decision cross-validated by topic folds is gated and the headline
    RegressionConfig ecb =
        all.stream().filter(c -> c.name().equals("ecbplus-events")).findFirst().orElseThrow();
    assertThat(ecb.options().topicFolds()).isEqualTo(11);
    assertThat(
            ecb.metrics().stream()
                .filter(RegressionConfig.Metric::gate)
                .map(RegressionConfig.Metric::name))
        .contains("cv_rule_bcubed_f1", "cv_rule_bcubed_p");
    assertThat(
            ecb.metrics().stream()
                .filter(RegressionConfig.Metric::headline)
                .map(RegressionConfig.Metric::name))
        .containsExactly("cv_rule_bcubed_f1");
    // issue 16: the clustered SemEval pairs gate on their cross-validated figures only
    RegressionConfig clustered =
        all.stream()
            .filter(c -> c.name().equals("semeval-cluster-pairs"))
            .findFirst()
            .orElseThrow();
    assertThat(clustered.options().folds()).isEqualTo(10);
    assertThat(
            clustered.metrics().stream()
                .filter(RegressionConfig.Metric::gate)
                .map(RegressionConfig.Metric::name))
        .containsExactly(
            "cv_linked_same_event", "cv_linked_same_story", "cv_unrelated_apart_events");
    // issue 11's bars: the cross-validated pairs and the story figures of xling-dev are gates
    assertThat(
            all.stream()
                .filter(c -> c.name().startsWith("xling"))
                .flatMap(c -> c.metrics().stream())
                .filter(RegressionConfig.Metric::gate)
                .map(RegressionConfig.Metric::name))
        .containsExactlyInAnyOrder(
            "cv_pearson", "cv_accuracy", "story_bcubed_f1", "attach_rate", "false_join_rate");
  }

  @Test
  void rewritesOnlyTheMarkedSectionsOfAReport() throws Exception {
    RegressionConfig c =
        RegressionConfig.load(config("toy", langidConfig(sha(ARTICLES), 1.0, true)));
    var metric = c.metrics().get(0);
    var result = new EvalResult(Map.of("accuracy_whole", 1.0), "articles=2\n", "| table |\n");
    var o =
        new RegressionRunner.Outcome(
            c,
            RegressionRunner.State.RAN,
            "",
            List.of(new RegressionRunner.Check(metric, 1.0, RegressionRunner.Status.PASS)),
            Optional.of(result));
    Path md = tmp.resolve("report.md");
    Files.writeString(
        md,
        """
        # Report
        intro stays
        <!-- regressions:summary -->
        old summary
        <!-- /regressions:summary -->
        middle stays
        <!-- regressions:toy -->
        old detail
        <!-- /regressions:toy -->
        <!-- regressions:other -->
        other config's section stays
        <!-- /regressions:other -->
        """);
    assertThat(RegressionReport.rewrite(md, List.of(o), false)).isEqualTo(1);
    assertThat(Files.readString(md)).contains("old summary").doesNotContain("old detail");
    assertThat(RegressionReport.rewrite(md, List.of(o), true)).isEqualTo(2);
    String after = Files.readString(md);
    assertThat(after)
        .contains("intro stays", "middle stays", "other config's section stays", "| table |")
        .contains("| `toy` | accuracy_whole | 1.000 | 1.000 |")
        .doesNotContain("old summary", "old detail");
    assertThat(RegressionReport.rewrite(md, List.of(o), true)).isEqualTo(2);
    assertThat(Files.readString(md)).isEqualTo(after);
    Path plain = tmp.resolve("plain.md");
    Files.writeString(plain, "# nothing marked\n");
    assertThatThrownBy(() -> RegressionReport.rewrite(plain, List.of(o), true))
        .isInstanceOf(InputException.class);
  }

  private record Run(int exit, String out, String err) {}

  private static Run cli(String... args) {
    var out = new java.io.StringWriter();
    var err = new java.io.StringWriter();
    var cl = dev.storylink.cli.Main.commandLine();
    cl.setOut(new java.io.PrintWriter(out));
    cl.setErr(new java.io.PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void theCommandPrintsATablePerConfigEndsWithASummaryAndExitsByTheGates() throws Exception {
    Path pass = config("pass", langidConfig(sha(ARTICLES), 1.0, true));
    Run ok = cli("eval", "regressions", pass.toString());
    assertThat(ok.exit()).isZero();
    assertThat(ok.out())
        .contains("== pass: toy (eval langid")
        .contains("metric")
        .contains("expected")
        .contains("got")
        .contains("tolerance")
        .contains("PASS");
    assertThat(ok.out().strip().lines().reduce((x, y) -> y).orElseThrow())
        .startsWith("regressions=1 ran=1");

    Run failed =
        cli(
            "eval",
            "regressions",
            config("fail", langidConfig(sha(ARTICLES), 1.5, true)).toString());
    assertThat(failed.exit()).isEqualTo(3);
    assertThat(failed.out()).contains("FAIL");
    assertThat(failed.err()).contains("gate failed");

    Run differs =
        cli("eval", "regressions", config("differs", langidConfig(sha("x"), 1.0, true)).toString());
    assertThat(differs.exit()).isEqualTo(4);
    assertThat(differs.out()).contains("DATA DIFFERS");

    Run sums = cli("eval", "regressions", "--checksums", pass.toString());
    assertThat(sums.out()).contains("\"articles.jsonl\": \"" + sha(ARTICLES) + "\"");

    Path md = tmp.resolve("r.md");
    Files.writeString(md, "<!-- regressions:pass -->\n<!-- /regressions:pass -->\n");
    assertThat(cli("eval", "regressions", pass.toString(), "--report", md.toString()).exit())
        .isZero();
    assertThat(Files.readString(md)).contains("| all | 2 |");
    Run overwrite =
        cli("eval", "langid", tmp.resolve("data").toString(), "--report", md.toString());
    assertThat(overwrite.exit()).isEqualTo(2);
    assertThat(overwrite.err()).contains("not overwritten");
  }

  @Test
  void evalResultKeepsFiguresInOrderDropsNaNAndEndsWithTheSummary() {
    var m = new java.util.LinkedHashMap<String, Double>();
    m.put("b", 2.0);
    m.put("a", Double.NaN);
    m.put("c", 1.0);
    EvalResult r = new EvalResult(m, "table\nsummary line", "");
    assertThat(r.metrics().keySet()).containsExactly("b", "c");
    assertThat(r.summary()).isEqualTo("summary line");
    assertThat(r.text()).endsWith("\n");
  }
}
