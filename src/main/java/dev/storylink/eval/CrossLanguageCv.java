package dev.storylink.eval;

import dev.storylink.link.CrossLanguageModel;
import dev.storylink.link.CrossLanguageTrainer;
import dev.storylink.text.LanguageIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The data of the {@link CrossLanguageModel}: the pair sets it is trained on ({@link #SOURCES}),
 * and its cross-validation, where a fold's pairs are scored by a model trained on every other
 * training pair that shares no article with the fold (a rendered article {@code 123.fa} counts as
 * its source {@code 123}, so an xling-dev pair never trains the model that scores the SemEval pair
 * it was rendered from, nor the other way round). Stateless and thread-safe.
 */
public final class CrossLanguageCv {
  /**
   * The pair sets the shipped cross-language model is trained on, relative to the repository root:
   * the SemEval-2022 Task 8 dev pairs (de-en across languages; every other pair as if written in
   * two scripts) and the xling-dev pairs (one side rendered into fa/ar/ur/ru/tr/zh).
   */
  public static final List<Path> SOURCES =
      List.of(
          Path.of("../shared/data/semeval2022-task8"), Path.of("../shared/data/xling-dev/pairs"));

  private CrossLanguageCv() {}

  /**
   * The model trained on {@code rows} but those at {@code fold}, and on {@code companion}, without
   * any pair that shares an article with a pair of the fold.
   */
  public static CrossLanguageModel trainWithout(
      List<CrossLanguageTrainer.Row> rows, int[] fold, List<CrossLanguageTrainer.Row> companion) {
    Set<String> held = new HashSet<>();
    Set<Integer> inFold = new HashSet<>();
    for (int i : fold) {
      held.addAll(rows.get(i).sources());
      inFold.add(i);
    }
    List<CrossLanguageTrainer.Row> train = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!inFold.contains(i) && Collections.disjoint(rows.get(i).sources(), held)) {
        train.add(rows.get(i));
      }
    }
    for (CrossLanguageTrainer.Row r : companion) {
      if (Collections.disjoint(r.sources(), held)) {
        train.add(r);
      }
    }
    return CrossLanguageTrainer.train(train);
  }

  /**
   * The training rows of every source present but {@code except} (the set under evaluation), and
   * the rows of the rendered ECB+ documents ({@link EcbCrossRows#BEST}, when present: they share no
   * article with a pair set, weigh little and do not calibrate; tenth round).
   */
  public static List<CrossLanguageTrainer.Row> companion(Path except, LanguageIdentifier langId)
      throws IOException {
    List<CrossLanguageTrainer.Row> out = new ArrayList<>();
    for (Path src : SOURCES) {
      if (Files.isDirectory(src) && !sameDir(src, except)) {
        out.addAll(PairEvaluator.featurize(PairsDataset.load(src), langId).rows());
      }
    }
    out.addAll(EcbCrossRows.rowsIfPresent(langId, EcbCrossRows.BEST));
    return out;
  }

  /** The training rows of every source present. */
  public static List<CrossLanguageTrainer.Row> allRows(LanguageIdentifier langId)
      throws IOException {
    return companion(Path.of("/nonexistent-set"), langId);
  }

  private static boolean sameDir(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }
}
