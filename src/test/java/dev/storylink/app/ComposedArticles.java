package dev.storylink.app;

import dev.storylink.core.Article;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** Articles written for the tests: one small English town-council report per number. */
public final class ComposedArticles {
  private static final String[] TOWNS = {
    "Aldermoor", "Brackwater", "Colvenham", "Dunmere", "Eastholt", "Farrowdale", "Glenbury",
        "Harkstead",
    "Ivelwick", "Jorvale", "Kestrelby", "Lanmouth", "Marrowfield", "Northwick", "Oakhollow",
        "Pendlecross"
  };
  private static final String[] TOPICS = {
    "a new bridge over the river", "repairs to the old library", "a bus line to the hospital",
    "solar panels on every school", "a flood wall along the harbour", "a night market in the square"
  };

  private ComposedArticles() {}

  /** Article {@code n}: its own town, topic and figures, so no two are near-duplicates. */
  public static Article article(String id, int n) {
    String town =
        TOWNS[n % TOWNS.length] + (n >= TOWNS.length ? " " + (char) ('A' + n / TOWNS.length) : "");
    String topic = TOPICS[(n * 5) % TOPICS.length];
    int million = 3 + n * 7;
    String title =
        String.format(Locale.ROOT, "%s council approves %d million for %s", town, million, topic);
    String text =
        String.format(
            Locale.ROOT,
            "The council of %s voted on Tuesday to spend %d million on %s, the mayor said after a meeting"
                + " that lasted %d hours. Residents had asked for the work since %d, and the plan passed by"
                + " %d votes to %d. Construction is expected to begin in %s and to employ about %d people.",
            town,
            million,
            topic,
            2 + n % 5,
            1990 + n,
            11 + n % 7,
            2 + n % 3,
            n % 2 == 0 ? "spring" : "autumn",
            40 + 13 * n);
    return new Article(
        id,
        "en",
        title,
        text,
        Optional.of(LocalDate.of(2021, 3, 1).plusDays(n % 20)),
        "council-news.example",
        "");
  }
}
