package dev.storylink.link;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.FeatureExtractor;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Session 19 of {@link LinkExperiments}: an article without a title gets its URL's path slug as the
 * head of the {@code title} / {@code titlelead} features ({@code -Dslug=true}). The slug is the
 * path segment (percent-decoded, a file extension dropped) with the most word parts among those
 * that contain a {@code -} or {@code _}; it is split at {@code -}, {@code _}, {@code .}, {@code +}
 * and {@code ,}; parts holding a digit (dates, ids) are dropped; at least 3 parts must remain. A
 * development helper run by hand; not thread-safe.
 */
final class Session19Slug {
  private Session19Slug() {}

  /** Minimum word parts of a slug. */
  static final int MIN_PARTS = 3;

  /** The slug words of {@code url}, or empty. */
  static Optional<String> slug(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    String path;
    try {
      path = URI.create(url.strip().replace(" ", "%20")).getRawPath();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (path == null) {
      return Optional.empty();
    }
    List<String> best = List.of();
    for (String seg : path.split("/")) {
      String s;
      try {
        s = URLDecoder.decode(seg.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        s = seg;
      }
      s = s.replaceFirst("\\.(html?|php|aspx?|shtml|jsp|amp)$", "");
      if (s.indexOf('-') < 0 && s.indexOf('_') < 0) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      for (String p : s.split("[-_.+,]+")) {
        if (!p.isEmpty() && p.chars().noneMatch(Character::isDigit)) {
          parts.add(p);
        }
      }
      if (parts.size() > best.size()) {
        best = parts;
      }
    }
    return best.size() >= MIN_PARTS ? Optional.of(String.join(" ", best)) : Optional.empty();
  }

  /**
   * Replaces the {@code title} and {@code titlelead} features of every pair (of {@code xs}) by
   * those computed with the slug as the title of each untitled article that has one. Returns the
   * number of articles given a slug head.
   */
  static int apply(
      List<Article> aa,
      List<Article> ab,
      List<double[]> xs,
      Map<String, ArticleFeatures> feats,
      FeatureExtractor fx) {
    Map<String, ArticleFeatures> slugged = new java.util.HashMap<>();
    int ti = PairFeatures.index("title");
    int tli = PairFeatures.index("titlelead");
    for (int i = 0; i < xs.size(); i++) {
      ArticleFeatures a = headed(aa.get(i), feats, fx, slugged);
      ArticleFeatures b = headed(ab.get(i), feats, fx, slugged);
      double[] y = PairFeatures.compute(a, b);
      xs.get(i)[ti] = y[ti];
      xs.get(i)[tli] = y[tli];
    }
    return (int) slugged.values().stream().filter(f -> f != null).count();
  }

  private static ArticleFeatures headed(
      Article a,
      Map<String, ArticleFeatures> feats,
      FeatureExtractor fx,
      Map<String, ArticleFeatures> slugged) {
    if (!a.title().isBlank()) {
      return feats.get(a.id());
    }
    ArticleFeatures f =
        slugged.computeIfAbsent(
            a.id(),
            k ->
                slug(a.url())
                    .map(
                        s ->
                            fx.extract(
                                new Article(
                                    a.id(), a.lang(), s, a.text(), a.date(), a.source(), a.url())))
                    .orElse(null));
    return f == null ? feats.get(a.id()) : f;
  }
}
