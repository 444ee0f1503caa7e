package dev.storylink.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storylink.core.Json;
import dev.storylink.learn.Boosting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The learned pair model: three calibrated {@link Regression}s trained on the same gold pairs.
 *
 * <ul>
 *   <li>{@code lexical} uses every pair feature, with boosted trees on its residuals ({@link
 *       #LEXICAL_TREES}); it scores pairs written in the same script, where shared words and
 *       character n-grams mean something.
 *   <li>{@code neutral} is the lexical model without the per-language shares; the clusterer uses it
 *       for pairs in one script.
 *   <li>{@code evidence} uses only the language-independent features (names, places, numbers,
 *       dates, publication dates, length, the shared-evidence count); it scores pairs in different
 *       scripts (Arabic–English, Persian–Russian...), where words cannot overlap. It learns from
 *       every gold pair how much shared names, places and numbers say about the same event.
 * </ul>
 *
 * <p>Because each probability is a monotone function of its similarity, the two never disagree.
 * Immutable and thread-safe. The shipped weights are the resource {@code link-model.json}, written
 * by {@code storylink train link}.
 */
public final class LinkModel {
  /** Similarity features that get a square-root companion in the lexical model. */
  public static final List<String> LEXICAL_SQRT =
      List.of(
          "terms",
          "chars",
          "lead",
          "names",
          "places",
          "numbers",
          "dates",
          "stems",
          "keywords",
          "shared");

  /** Language-independent features: the evidence model's inputs. */
  public static final List<String> EVIDENCE =
      List.of("names", "places", "numbers", "dates", "pubdate", "dated", "length", "shared");

  /** Evidence features that get a square-root companion. */
  public static final List<String> EVIDENCE_SQRT =
      List.of("names", "places", "numbers", "dates", "shared");

  /**
   * Pair features that are computed, and shown as reasons, but are not inputs of the shipped models
   * yet: the news concepts, the numbers with their role and the event type. Retrained with them,
   * the clustering model joins more unrelated events (SemEval dev: unrelated pairs kept apart 0.957
   * → 0.943; xling-dev ecb false joins 0.25 → 0.34). The {@link CrossLanguageModel}, which scores
   * every pair in different languages, reads them (docs/cross-language.md).
   */
  public static final List<String> NOT_YET_MODELLED =
      List.of("concepts", "quantities", "eventtype");

  /** The lexical model's inputs: every pair feature but {@link #NOT_YET_MODELLED}. */
  public static final List<String> LEXICAL =
      PairFeatures.NAMES.stream().filter(f -> !NOT_YET_MODELLED.contains(f)).toList();

  /**
   * The boosted trees the lexical model adds to its linear part (fitted to its residuals). SemEval
   * dev, 10-fold CV: Pearson 0.753 → 0.762, same-story accuracy 0.853 → 0.862 (docs/link-model.md).
   */
  public static final Optional<Boosting> LEXICAL_TREES =
      Optional.of(new Boosting(300, 2, 0.03, 5, 0.8));

  /** The language-neutral (clustering) model stays linear. */
  public static final Optional<Boosting> NEUTRAL_TREES = Optional.empty();

  private final Regression lexical;
  private final Regression evidence;
  private final Regression neutral;

  public LinkModel(Regression lexical, Regression evidence, Regression neutral) {
    this.lexical = Objects.requireNonNull(lexical, "lexical");
    this.evidence = Objects.requireNonNull(evidence, "evidence");
    this.neutral = Objects.requireNonNull(neutral, "neutral");
  }

  /**
   * Pair features without the per-language shares, the {@link PassageFeatures} and the {@link
   * CorpusNeighbours} feature (the clusterer's model reads none; its pairs are scored without
   * computing the passages).
   */
  public static final List<String> NEUTRAL =
      LEXICAL.stream()
          .filter(
              f ->
                  !f.startsWith("lang_")
                      && !PassageFeatures.NAMES.contains(f)
                      && !CorpusNeighbours.NAMES.contains(f))
          .toList();

  /**
   * The untrained shape of a clusterer model fitted for event identity ({@link
   * LinkTrainer#trainIdentity}) over {@code features}, those of {@link #LEXICAL_SQRT} with their
   * square-root companions.
   */
  public static Regression identityShape(List<String> features) {
    return Regression.shape(features, LEXICAL_SQRT.stream().filter(features::contains).toList());
  }

  /** A copy whose clusterer model for pairs in one script is {@code newNeutral}. */
  public LinkModel withNeutral(Regression newNeutral) {
    return new LinkModel(lexical, evidence, newNeutral);
  }

  /** The untrained shape of the language-neutral model. */
  public static Regression neutralShape() {
    return Regression.shape(NEUTRAL, LEXICAL_SQRT);
  }

  public Regression neutral() {
    return neutral;
  }

  /**
   * The model that scores a pair inside the clusterer: evidence across scripts, the
   * language-neutral lexical model otherwise. Event identity should not lean on a language's
   * average SemEval similarity the way a graded 1-4 score may.
   */
  public Regression forClustering(boolean crossScript) {
    return crossScript ? evidence : neutral;
  }

  /** The untrained shape of the lexical model. */
  public static Regression lexicalShape() {
    return Regression.shape(LEXICAL, LEXICAL_SQRT);
  }

  /** The untrained shape of the evidence model. */
  public static Regression evidenceShape() {
    return Regression.shape(EVIDENCE, EVIDENCE_SQRT);
  }

  public Regression lexical() {
    return lexical;
  }

  public Regression evidence() {
    return evidence;
  }

  /** The model that scores a pair: evidence across scripts, lexical otherwise. */
  public Regression forPair(boolean crossScript) {
    return crossScript ? evidence : lexical;
  }

  /** Serialises the model. */
  public ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode n = mapper.createObjectNode();
    n.set("lexical", lexical.toJson(mapper));
    n.set("evidence", evidence.toJson(mapper));
    n.set("neutral", neutral.toJson(mapper));
    return n;
  }

  /** Reads a model written by {@link #toJson}. */
  public static LinkModel fromJson(JsonNode n) {
    return new LinkModel(
        Regression.fromJson(n.path("lexical")),
        Regression.fromJson(n.path("evidence")),
        Regression.fromJson(n.path("neutral")));
  }

  private static volatile LinkModel shipped;

  /** The model shipped in the resource {@code link-model.json}. */
  public static LinkModel shipped() {
    LinkModel m = shipped;
    if (m == null) {
      synchronized (LinkModel.class) {
        m = shipped;
        if (m == null) {
          try (InputStream in = LinkModel.class.getResourceAsStream("link-model.json")) {
            Objects.requireNonNull(in, "link-model.json missing from the classpath");
            m = fromJson(Json.MAPPER.readTree(in));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          shipped = m;
        }
      }
    }
    return m;
  }
}
