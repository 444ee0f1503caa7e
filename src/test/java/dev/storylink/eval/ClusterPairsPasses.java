package dev.storylink.eval;

import dev.storylink.cluster.AssignmentModel;
import dev.storylink.cluster.ClusterConfig;
import dev.storylink.cluster.EventFeatures;
import dev.storylink.cluster.YearCounts;
import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import dev.storylink.link.CrossLanguageModel;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.link.LinkModel;
import dev.storylink.link.PairScorer;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of the SemEval cluster-pairs cross-validation ({@link ClusterPairsCv}) that the
 * clusterer does not have, a development helper run by hand (docs/clustering-quality.md, 19th
 * round): each fold's models are fitted once (as the gated run fits them) and every setting is
 * counted on the same folds:
 *
 * <ul>
 *   <li>{@code base}: the shipped clusterer (the gated figure);
 *   <li>{@code pass}, {@code pass-move}, {@code pass-out}: a second pass after the stream: every
 *       article scored by the shipped decision against every event of its language as the stream
 *       left them (without itself), then moved into the event it agrees with most when that one
 *       clears the threshold and beats its own ({@code move}), and out into an event of its own
 *       when its own (without it) no longer clears it ({@code out}); all decisions taken against
 *       the stream's events, then applied;
 *   <li>{@code textdates}: an undated article dated by the latest written date (with its year) its
 *       text names, so the time decay and the time features can act;
 *   <li>{@code w:I=V,...}: the shipped decision with weight {@code I} (feature index) set to {@code
 *       V};
 *   <li>{@code boiler:W,K[,S]}: an outlet's boilerplate cut ({@link ClusterConfig.Boilerplate}):
 *       {@code W}-word shingles seen in {@code K} earlier articles of the outlet, at most a share
 *       {@code S} (0.5) of an article cut (docs/clustering-quality.md, twentieth round).
 * </ul>
 *
 * <pre>
 * java -Dseeds=42,7,3 -cp target/storylink.jar:target/test-classes \
 *     dev.storylink.eval.ClusterPairsPasses ../shared/data/semeval2022-task8 base pass textdates
 * </pre>
 *
 * <p>Not thread-safe; prints to standard output.
 */
public final class ClusterPairsPasses {
  private ClusterPairsPasses() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    LanguageIdentifier langId = new LinguaLanguageIdentifier();
    ClusterPairsCv.Prepared p = ClusterPairsCv.Prepared.of(Path.of(args[0]), langId);
    List<String> settings = Arrays.asList(args).subList(1, args.length);
    long[] seeds =
        Arrays.stream(System.getProperty("seeds", "42").split(","))
            .mapToLong(Long::parseLong)
            .toArray();
    ClusterConfig config = ClusterConfig.defaults();
    List<Article> all = new ArrayList<>(p.dataset().articles().values());
    AssignmentTraining.Featurized fz = AssignmentTraining.featurizeInOrder(all, langId);
    List<Article> textDated = textDated(all, fz);
    PairEvaluator.PairData data = p.data();
    int n = data.pairs().size();
    for (long seed : seeds) {
      Map<String, List<ClusterEvaluator.PairAgreement>> parts = new LinkedHashMap<>();
      Map<String, int[]> moves = new LinkedHashMap<>();
      int f = 0;
      for (int[] fold : PairEvaluator.folds(n, ClusterPairsCv.FOLDS, seed)) {
        f++;
        LinkModel model =
            ClusterPairsCv.shippedFitter(config)
                .fit(ClusterPairsCv.subset(data, PairEvaluator.complement(fold, n)));
        CrossLanguageModel cross =
            CrossLanguageCv.trainWithout(data.rows(), fold, data.companion());
        PairScorer scorer = FeaturePairScorer.forClustering(model, cross);
        List<PairsDataset.GoldPair> held = new ArrayList<>();
        for (int i : fold) {
          held.add(data.pairs().get(i));
        }
        ClusterEvaluator.Clustering base = null;
        for (String s : settings) {
          ClusterEvaluator.Clustering c;
          if (s.startsWith("pass")) {
            if (base == null) {
              base = ClusterEvaluator.cluster(all, config, langId, scorer);
            }
            int[] counts = moves.computeIfAbsent(s, k -> new int[2]);
            c =
                secondPass(
                    base,
                    all,
                    fz,
                    scorer,
                    config,
                    !s.equals("pass-out"),
                    !s.equals("pass-move"),
                    counts);
          } else if (s.equals("textdates")) {
            c = ClusterEvaluator.cluster(textDated, config, langId, scorer);
          } else if (s.startsWith("boiler:")) {
            c =
                ClusterEvaluator.cluster(
                    all,
                    config.withBoilerplate(ClusterConfig.Boilerplate.parse(s.substring(7))),
                    langId,
                    scorer);
          } else if (s.startsWith("w:")) {
            c = ClusterEvaluator.cluster(all, withWeights(config, s.substring(2)), langId, scorer);
          } else {
            if (base == null) {
              base = ClusterEvaluator.cluster(all, config, langId, scorer);
            }
            c = base;
          }
          parts
              .computeIfAbsent(s, k -> new ArrayList<>())
              .add(ClusterEvaluator.pairAgreement(c, held));
        }
        out.printf(Locale.ROOT, "seed %d fold %d done%n", seed, f);
      }
      for (String s : settings) {
        ClusterEvaluator.PairAgreement a = ClusterEvaluator.PairAgreement.sum(parts.get(s));
        int[] m = moves.getOrDefault(s, new int[2]);
        out.printf(
            Locale.ROOT,
            "RESULT\t%s\tseed %d\tlinked %d/%d (%.3f)\tstory %.3f\tapart %d/%d (%.3f)"
                + "\tmoved %d out %d%n",
            s,
            seed,
            Math.round(a.linkedSameEvent() * a.linked()),
            a.linked(),
            a.linkedSameEvent(),
            a.linkedSameStory(),
            Math.round(a.unrelatedDifferentEvents() * a.unrelated()),
            a.unrelated(),
            a.unrelatedDifferentEvents(),
            m[0],
            m[1]);
      }
    }
  }

  /** The shipped config with the decision's weights changed ({@code index=value,...}). */
  static ClusterConfig withWeights(ClusterConfig config, String spec) {
    AssignmentModel m = config.assignment();
    double[] w = m.weights();
    for (String kv : spec.split(",")) {
      String[] parts = kv.split("=");
      w[Integer.parseInt(parts[0])] = Double.parseDouble(parts[1]);
    }
    return config.withAssignment(m.withWeights(w));
  }

  /** Undated articles dated by the latest full date their text names (others unchanged). */
  static List<Article> textDated(List<Article> all, AssignmentTraining.Featurized fz) {
    List<Article> out = new ArrayList<>();
    int dated = 0;
    for (Article a : all) {
      Optional<LocalDate> latest = Optional.empty();
      if (a.date().isEmpty()) {
        for (Mention d : fz.features().get(a.id()).dates()) {
          if (d.key().length() != 10) {
            continue;
          }
          try {
            LocalDate x = LocalDate.parse(d.key());
            if (latest.isEmpty() || x.isAfter(latest.get())) {
              latest = Optional.of(x);
            }
          } catch (DateTimeParseException e) {
            // not a Gregorian date key
          }
        }
      }
      if (latest.isPresent()) {
        dated++;
        out.add(new Article(a.id(), a.lang(), a.title(), a.text(), latest, a.source(), a.url()));
      } else {
        out.add(a);
      }
    }
    System.out.printf(Locale.ROOT, "textdates: %d undated articles dated by their text%n", dated);
    return out;
  }

  /**
   * The second pass over clustering {@code c}: see the class comment; {@code counts} gets the
   * articles moved into another event and moved out into their own.
   */
  static ClusterEvaluator.Clustering secondPass(
      ClusterEvaluator.Clustering c,
      List<Article> all,
      AssignmentTraining.Featurized fz,
      PairScorer scorer,
      ClusterConfig config,
      boolean move,
      boolean out,
      int[] counts) {
    Map<String, List<String>> members = new LinkedHashMap<>();
    for (Article a : all) {
      String e = c.eventOf().get(a.id());
      if (e != null) {
        members.computeIfAbsent(e, k -> new ArrayList<>()).add(a.id());
      }
    }
    Map<String, ArticleFeatures> fs = fz.features();
    Map<String, String> eventOf = new HashMap<>(c.eventOf());
    Map<String, String> storyOf = new HashMap<>(c.storyOf());
    AssignmentModel model = config.assignment();
    for (Article a : all) {
      String own = c.eventOf().get(a.id());
      if (own == null) {
        continue;
      }
      ArticleFeatures fa = fs.get(a.id());
      double ownQ = -1;
      double bestQ = -1;
      String best = null;
      for (Map.Entry<String, List<String>> e : members.entrySet()) {
        List<String> ids = new ArrayList<>(e.getValue());
        ids.remove(a.id());
        if (ids.isEmpty() || !fs.get(ids.get(0)).lang().equals(fa.lang())) {
          continue;
        }
        List<String> reps = reps(ids, config.representatives());
        double[] probs = new double[reps.size()];
        List<ArticleFeatures> rf = new ArrayList<>();
        double top = 0;
        for (int i = 0; i < reps.size(); i++) {
          ArticleFeatures r = fs.get(reps.get(i));
          rf.add(r);
          probs[i] = scorer.probability(fa, r);
          top = Math.max(top, probs[i]);
        }
        boolean mine = e.getKey().equals(own);
        if (!mine && top < config.eventThreshold() * 0.9) {
          continue; // the rule cannot join under the bar (every other weight is at most 0)
        }
        Optional<LocalDate> first = Optional.empty();
        Optional<LocalDate> last = Optional.empty();
        YearCounts years = new YearCounts();
        for (String id : ids) {
          Optional<LocalDate> d = fs.get(id).date();
          if (d.isPresent()) {
            first = first.isEmpty() || d.get().isBefore(first.get()) ? d : first;
            last = last.isEmpty() || d.get().isAfter(last.get()) ? d : last;
          }
          years.add(fz.years().getOrDefault(id, 0L));
        }
        double[] x =
            EventFeatures.compute(
                fa,
                rf,
                probs,
                first,
                last,
                ids.size(),
                fz.years().getOrDefault(a.id(), 0L),
                years,
                EventFeatures.decay(fa.date(), first, last, config.decayDays()),
                EventFeatures.Parts.ALL);
        double q = model.probability(x);
        if (mine) {
          ownQ = q;
        } else if (q > bestQ) {
          bestQ = q;
          best = e.getKey();
        }
      }
      if (move && best != null && bestQ >= model.threshold() && bestQ > ownQ) {
        eventOf.put(a.id(), best);
        storyOf.put(a.id(), c.storyOf().get(members.get(best).get(0)));
        counts[0]++;
      } else if (out && ownQ >= 0 && ownQ < model.threshold()) {
        eventOf.put(a.id(), "p-" + a.id());
        storyOf.put(a.id(), "ps-" + a.id());
        counts[1]++;
      }
    }
    return new ClusterEvaluator.Clustering(eventOf, storyOf);
  }

  /** The representatives the clusterer keeps: the oldest half and the newest others. */
  private static List<String> reps(List<String> ids, int max) {
    if (ids.size() <= max) {
      return ids;
    }
    int half = max / 2;
    List<String> r = new ArrayList<>(ids.subList(0, half));
    r.addAll(ids.subList(ids.size() - (max - half), ids.size()));
    return r;
  }
}
