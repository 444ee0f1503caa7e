package dev.storylink.features;

import dev.storylink.text.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The multilingual news-concept lexicon: the vocabulary news of events is made of (disasters,
 * violence and casualties, politics, elections, diplomacy, courts and crime, economy and markets,
 * health, sport, transport, weather), each concept with its words in every fully supported language
 * and Chinese, so that "earthquake" = "زلزله" = "землетрясение" = "地震" meet as one language-neutral
 * key, and some concepts name the type of an event (an earthquake, an election, a phone call
 * between leaders).
 *
 * <p>File format (the files {@code concepts/index.txt} lists, UTF-8, tab-separated; lines starting
 * with {@code #} are comments): a header line {@code concept domain event en ar fa …} naming the
 * language columns (ISO 639-1), then one line per concept: its id ({@code [a-z0-9_]+}, unique), its
 * domain, {@code event} when it names an event type (else {@code -}), and per language its words
 * and phrases separated by {@code |} (empty or {@code -} when none). A word ending in {@code *} is
 * a stem that matches every word it begins; phrases match as consecutive words (see {@link
 * TermLexicon} for the matching rules). Words are analysed like article text of their language at
 * load, so they are written as the press writes them. A word listed under two concepts names both
 * (English "marijuana" is a drug and marijuana; Persian lists it under marijuana only).
 *
 * <p>A malformed line is refused at load with its line number (the shipped file is checked by a
 * test). Thread-safe: immutable after loading.
 */
public final class ConceptLexicon {
  private static final Pattern ID = Pattern.compile("[a-z0-9_]+");

  /** A concept: its id, domain, and whether it names an event type. */
  public record Concept(String id, String domain, boolean eventType) {
    public Concept {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(domain, "domain");
      if (!ID.matcher(id).matches()) {
        throw new IllegalArgumentException("bad concept id '" + id + "'");
      }
    }
  }

  /**
   * A concept found in a text.
   *
   * @param concept the concept
   * @param count how often the text names it
   * @param surfaces the forms the text writes it in (at most 5)
   * @param firstSentence the sentence it is first named in
   */
  public record Found(Concept concept, int count, List<String> surfaces, int firstSentence) {
    public Found {
      Objects.requireNonNull(concept, "concept");
      surfaces = List.copyOf(surfaces);
      if (count < 1 || firstSentence < 0) {
        throw new IllegalArgumentException("bad concept count " + count);
      }
    }
  }

  private static final class Holder {
    static final ConceptLexicon SHIPPED = loadShipped();
  }

  private final Map<String, TermLexicon<Concept>> byLanguage;
  private final Map<String, Concept> concepts;

  private ConceptLexicon(
      Map<String, TermLexicon<Concept>> byLanguage, Map<String, Concept> concepts) {
    this.byLanguage = byLanguage;
    this.concepts = concepts;
  }

  /** The shipped lexicon, loaded once. */
  public static ConceptLexicon shipped() {
    return Holder.SHIPPED;
  }

  /** The concepts, by id, in file order. */
  public Map<String, Concept> concepts() {
    return concepts;
  }

  /** The languages that have words in the lexicon. */
  public java.util.Set<String> languages() {
    return byLanguage.keySet();
  }

  /**
   * The concepts named in a text of language {@code lang}, given its tokens from {@link
   * dev.storylink.text.TextAnalysis}, in order of first mention; empty for a language the lexicon
   * does not cover.
   */
  public List<Found> find(List<Token> tokens, String lang) {
    TermLexicon<Concept> lexicon = byLanguage.get(lang);
    if (lexicon == null) {
      return List.of();
    }
    Map<Concept, Builder> found = new LinkedHashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<TermLexicon.Entry<Concept>> at = lexicon.matchAt(tokens, i, lang);
      if (at.isEmpty()) {
        continue;
      }
      TermLexicon.Entry<Concept> e = at.get(0); // the longest phrase
      int end = i + e.terms().size() - 1;
      String surface = tokens.get(i).surface();
      if (end > i) {
        surface = surface + " … " + tokens.get(end).surface();
      }
      found.computeIfAbsent(e.value(), c -> new Builder()).add(surface, tokens.get(i).sentence());
      for (int k = 1; k < at.size(); k++) {
        // the same word listed under another concept too (marijuana: drugs and marijuana) names
        // both, so that a language that lists it under one of them only still meets it
        TermLexicon.Entry<Concept> o = at.get(k);
        if (o.terms().equals(e.terms()) && !o.value().equals(e.value())) {
          found
              .computeIfAbsent(o.value(), c -> new Builder())
              .add(surface, tokens.get(i).sentence());
        }
      }
      i = end;
    }
    List<Found> out = new ArrayList<>(found.size());
    found.forEach((c, b) -> out.add(new Found(c, b.count, b.surfaces, b.first)));
    return out;
  }

  /**
   * The entries of language {@code lang} that match at {@code tokens[i]}, longest first (as {@link
   * #find} matches them); empty when none. For {@link ActObjects}, which looks again at the few
   * sentences of a lead.
   */
  List<TermLexicon.Entry<Concept>> matchAt(List<Token> tokens, int i, String lang) {
    TermLexicon<Concept> lexicon = byLanguage.get(lang);
    return lexicon == null ? List.of() : lexicon.matchAt(tokens, i, lang);
  }

  /** The lexicon of language {@code lang}, if the concepts have words in it. */
  Optional<TermLexicon<Concept>> lexicon(String lang) {
    return Optional.ofNullable(byLanguage.get(lang));
  }

  /**
   * The type of the event a text reports: the event-type concept it names most, ties to the one
   * named first (a headline counts as its first sentence); empty when it names none.
   */
  public static Optional<Concept> eventType(List<Found> found) {
    Found best = null;
    for (Found f : found) {
      if (f.concept().eventType()
          && (best == null
              || weight(f) > weight(best)
              || (weight(f) == weight(best) && f.firstSentence() < best.firstSentence()))) {
        best = f;
      }
    }
    return Optional.ofNullable(best).map(Found::concept);
  }

  private static int weight(Found f) {
    return f.count() + (f.firstSentence() == 0 ? 2 : 0);
  }

  private static final class Builder {
    int count;
    int first = Integer.MAX_VALUE;
    final List<String> surfaces = new ArrayList<>(2);

    void add(String surface, int sentence) {
      count++;
      first = Math.min(first, sentence);
      if (surfaces.size() < 5 && !surfaces.contains(surface)) {
        surfaces.add(surface);
      }
    }
  }

  /** Loads the files {@code concepts/index.txt} lists, from the classpath next to this class. */
  static ConceptLexicon loadShipped() {
    List<String> files = new ArrayList<>();
    try (BufferedReader index = open("concepts/index.txt")) {
      for (String line; (line = index.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          files.add(line.strip());
        }
      }
      ConceptLexicon merged = null;
      for (String f : files) {
        try (BufferedReader r = open("concepts/" + f)) {
          merged = merge(merged, parse(r, f));
        }
      }
      if (merged == null) {
        throw new IllegalStateException("concepts/index.txt lists no file");
      }
      return merged;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedReader open(String resource) {
    InputStream in = ConceptLexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is missing from the classpath");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** The union of two lexicons whose concept ids are disjoint. */
  private static ConceptLexicon merge(ConceptLexicon a, ConceptLexicon b) {
    if (a == null) {
      return b;
    }
    Map<String, Concept> concepts = new LinkedHashMap<>(a.concepts);
    for (Concept c : b.concepts.values()) {
      if (concepts.putIfAbsent(c.id(), c) != null) {
        throw new IllegalStateException("concept '" + c.id() + "' is defined in two files");
      }
    }
    Map<String, TermLexicon<Concept>> byLanguage = new HashMap<>(a.byLanguage);
    b.byLanguage.forEach((lang, lex) -> byLanguage.merge(lang, lex, TermLexicon::union));
    return new ConceptLexicon(
        Map.copyOf(byLanguage), java.util.Collections.unmodifiableMap(concepts));
  }

  /** Parses a lexicon in the file format above; {@code name} names it in errors. */
  static ConceptLexicon parse(BufferedReader r, String name) throws IOException {
    String[] header = null;
    Map<String, TermLexicon.Builder<Concept>> builders = new LinkedHashMap<>();
    Map<String, Concept> concepts = new LinkedHashMap<>();
    for (TsvRows.Row row : TsvRows.read(r)) {
      int lineNo = row.lineNo();
      String[] f = row.fields();
      if (header == null) {
        if (f.length < 4
            || !f[0].equals("concept")
            || !f[1].equals("domain")
            || !f[2].equals("event")) {
          throw new IllegalStateException(
              name + ":" + lineNo + ": the header must start with concept, domain, event");
        }
        header = f;
        continue;
      }
      if (f.length != header.length) {
        throw new IllegalStateException(
            name + ":" + lineNo + ": " + f.length + " fields, the header has " + header.length);
      }
      Concept c;
      try {
        c = new Concept(f[0], f[1], f[2].equals("event"));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(name + ":" + lineNo + ": " + e.getMessage(), e);
      }
      if (concepts.putIfAbsent(c.id(), c) != null) {
        throw new IllegalStateException(
            name + ":" + lineNo + ": concept '" + c.id() + "' is defined twice");
      }
      for (int k = 3; k < f.length; k++) {
        String cell = f[k].strip();
        if (cell.isEmpty() || cell.equals("-")) {
          continue;
        }
        TermLexicon.Builder<Concept> b =
            builders.computeIfAbsent(header[k], l -> TermLexicon.builder());
        for (String phrase : cell.split("\\|")) {
          if (!phrase.isBlank()) {
            b.add(phrase, header[k], c);
          }
        }
      }
    }
    if (header == null) {
      throw new IllegalStateException(name + ": empty lexicon");
    }
    Map<String, TermLexicon<Concept>> byLanguage = new HashMap<>();
    builders.forEach((lang, b) -> byLanguage.put(lang, b.build()));
    return new ConceptLexicon(
        Map.copyOf(byLanguage), java.util.Collections.unmodifiableMap(concepts));
  }
}
