package dev.storylink.facts;

import dev.storylink.compare.Aliases;
import dev.storylink.compare.CoverageComparer;
import dev.storylink.core.Article;
import dev.storylink.core.Texts;
import dev.storylink.features.CalendarDates;
import dev.storylink.features.ConceptLexicon;
import dev.storylink.features.NameRules;
import dev.storylink.features.Places;
import dev.storylink.features.Quantities;
import dev.storylink.features.QuantityRoles;
import dev.storylink.features.TermStats;
import dev.storylink.text.AnalyzedText;
import dev.storylink.text.NameKeys;
import dev.storylink.text.Scripts;
import dev.storylink.text.Sentence;
import dev.storylink.text.Stopwords;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts of one article ({@link Fact}), built from the features of {@code
 * dev.storylink.features}:
 *
 * <ul>
 *   <li>names of people and organisations: runs of adjacent words {@link NameRules} reports as
 *       names (but words of the news-concept lexicon, which are common words), keyed by the
 *       cross-script skeleton of their last word as the text's language spells it ({@link
 *       NameKeys#skeleton(String, String)}: بوتين = پوتین = Putin; Turkish Çelik = Челик = چلیک),
 *       or its short key or folded form when too short for one; well-known organisations under the
 *       name each language gives them ({@code compare.Aliases}: الهلال الأحمر = هلال احمر = Kızılay
 *       = Red Crescent), keyed {@code name:org:} and the group, their words no other name;
 *   <li>places: CLDR countries and cities ({@link Places}), keyed by region or time-zone id;
 *   <li>dates in any calendar, resolved to days ({@link CalendarDates}); the first date of the lead
 *       (the title and the next two sentences) is also the article's event date, but for a date of
 *       a publication line ({@link Datelines}: "Publicado el viernes 1 de enero de 2027");
 *   <li>numbers with their role and unit ({@link QuantityRoles}); a role that has one figure per
 *       event (killed, injured, missing, arrested, displaced, magnitude) keeps the figure as the
 *       value a conflict compares; a number inside a written date has no role (the day of "ريختر …
 *       ٣ آذار ٢٠٢٦" is no magnitude); the other figures ({@link Quantities}) outside dates and
 *       roles;
 *   <li>quotes ("…", «…», „…“, “…”) of three words or more with their speaker: the name of the same
 *       sentence nearest before the quote, else the first after it;
 *   <li>the event type ({@link ConceptLexicon#eventType}).
 * </ul>
 *
 * <p>Thread-safe if the {@link TermStats} is (all shipped ones are).
 */
public final class FactExtractor {
  private static final Pattern QUOTE =
      Pattern.compile(
          "\"([^\"\\n]{3,}?)\"|«([^»\\n]{3,}?)»|„([^“”\"\\n]{3,}?)[“”\"]|“([^”\\n]{3,}?)”");

  /** A quote has at least this many words. */
  static final int MIN_QUOTE_WORDS = 3;

  /** Sentences of the lead: the title and the two after it. */
  static final int LEAD_SENTENCES = 3;

  private final TermStats stats;
  private final double rareIdf;

  /** An extractor weighting words by {@code stats} (which words are rare, hence names). */
  public FactExtractor(TermStats stats) {
    this.stats = Objects.requireNonNull(stats, "stats");
    this.rareIdf = NameRules.rareIdf(stats);
  }

  /** The facts of {@code article}, whose language is known; {@code seq} is its ingest order. */
  public ArticleFacts extract(Article article, long seq) {
    AnalyzedText at = TextAnalysis.analyze(CoverageComparer.comparedText(article), article.lang());
    String text = at.text();
    String lang = at.lang();
    List<Token> tokens = at.tokens();
    Set<String> stop = Stopwords.of(lang);
    List<Fact> facts = new ArrayList<>();

    boolean[] inPlace = new boolean[tokens.size()];
    for (Places.Match pm : Places.get().findInCaseForms(tokens, text, lang)) {
      for (int k = 0; k < pm.tokenCount(); k++) {
        inPlace[pm.firstToken() + k] = true;
      }
      List<String> aliases =
          pm.tokenCount() == 1
              ? NameFacts.wordKeys(NameRules.stripApostrophe(tokens.get(pm.firstToken()).term()))
              : List.of();
      facts.add(
          fact(
              Fact.Kind.PLACE,
              "place:" + pm.place().id(),
              pm.place().name(),
              pm.surface(),
              tokens.get(pm.firstToken()).sentence(),
              aliases));
    }
    // well-known organisations under each language's name (الهلال الأحمر = Kızılay = Red Crescent)
    boolean[] inPlaceOrAlias = inPlace.clone();
    List<String> organisations = new ArrayList<>();
    for (Aliases.Found af : Aliases.find(tokens, lang)) {
      boolean free = true;
      for (int k = 0; k < af.tokenCount(); k++) {
        free &= !inPlace[af.firstToken() + k];
      }
      if (!free) {
        continue;
      }
      for (int k = 0; k < af.tokenCount(); k++) {
        inPlaceOrAlias[af.firstToken() + k] = true;
      }
      Token a = tokens.get(af.firstToken());
      Token b = tokens.get(af.firstToken() + af.tokenCount() - 1);
      organisations.add("org:" + af.key());
      facts.add(
          fact(
              Fact.Kind.NAME,
              "name:org:" + af.key(),
              Aliases.label(af.key()),
              text.substring(a.start(), b.end()),
              a.sentence(),
              List.of("org:" + af.key())));
    }
    List<ConceptLexicon.Found> concepts = ConceptLexicon.shipped().find(tokens, lang);
    Set<String> conceptWords = new HashSet<>();
    for (ConceptLexicon.Found f : concepts) {
      for (String surface : f.surfaces()) {
        conceptWords.addAll(List.of(surface.split(" … ")));
      }
    }
    List<NameFacts.NameRun> names =
        new NameFacts(stats, rareIdf).find(tokens, inPlaceOrAlias, conceptWords, stop, lang);
    for (NameFacts.NameRun n : names) {
      String label =
          Scripts.hasArabicScript(n.surface()) ? NameFacts.romanized(tokens, n) : n.surface();
      facts.add(
          fact(
              Fact.Kind.NAME,
              n.key(),
              label,
              n.surface(),
              tokens.get(n.first()).sentence(),
              n.keys()));
    }
    List<CalendarDates.DateMention> dates = CalendarDates.find(text, tokens, lang, article.date());
    List<Sentence> sentences = at.sentences();
    boolean eventDate = false;
    for (CalendarDates.DateMention d : dates) {
      String day = d.day().map(Object::toString).orElse(d.key());
      int s = sentenceAt(sentences, d.start());
      facts.add(fact(Fact.Kind.DATE, "date:" + day, day, d.surface(), s, List.of()));
      if (!eventDate && s < LEAD_SENTENCES && !Datelines.isDateline(sentences.get(s))) {
        eventDate = true;
        facts.add(
            new Fact(
                Fact.Kind.DATE,
                "date:event",
                "event date",
                day,
                "event",
                "",
                d.surface(),
                s,
                Optional.empty(),
                List.of()));
      }
    }
    // the day and year of a written date are the date's ("ريختر فجر الثلاثاء ٣ آذار": no magnitude
    // 3)
    List<QuantityRoles.RoleQuantity> roles =
        QuantityRoles.find(text, tokens, lang).stream()
            .filter(q -> dates.stream().noneMatch(d -> d.covers(q.start())))
            .toList();
    Set<String> figures = new HashSet<>();
    for (QuantityRoles.RoleQuantity q : roles) {
      if (q.role().perEvent()) {
        figures.add(figure(q.value()));
      }
    }
    for (QuantityRoles.RoleQuantity q : roles) {
      // "43 people" is the 43 killed of the same article, not another figure
      if (q.role() != QuantityRoles.Role.PEOPLE || !figures.contains(figure(q.value()))) {
        facts.add(quantity(q, sentenceAt(sentences, q.start())));
      }
    }
    numbers(sentences, roles, dates, facts);
    quotes(article.id(), sentences, tokens, names, facts);
    ConceptLexicon.eventType(concepts)
        .ifPresent(
            type -> {
              for (ConceptLexicon.Found f : concepts) {
                if (f.concept().equals(type)) {
                  facts.add(
                      fact(
                          Fact.Kind.EVENT_TYPE,
                          "event_type:" + type.id(),
                          type.id().replace('_', ' '),
                          f.surfaces().get(0),
                          f.firstSentence(),
                          List.of()));
                }
              }
            });
    Map<String, Fact> nameCandidates = CasedNames.candidates(tokens, inPlaceOrAlias, names, stop);
    Set<String> wordKeys = new HashSet<>(organisations);
    Quantities.numbers(text).forEach(f -> wordKeys.add("n:" + f.key()));
    roles.forEach(q -> wordKeys.add("n:" + figure(q.value())));
    concepts.forEach(f -> wordKeys.add("c:" + f.concept().id()));
    for (Token t : tokens) {
      String term = NameRules.stripApostrophe(t.term());
      if (!NameRules.isContent(term, stop)) {
        continue;
      }
      wordKeys.add("t:" + NameFacts.termKey(term));
      String nameTerm = NameRules.nameTerm(t);
      wordKeys.add("t:" + NameFacts.termKey(nameTerm));
      boolean nameLike = NameRules.isNameLike(t, stats.idf(t.term()), rareIdf, stop);
      if (nameLike || (Scripts.hasArabicScript(term) && term.length() >= 3)) {
        wordKeys.addAll(NameFacts.nameKeys(nameTerm, NameRules.label(t.surface()), lang));
      }
    }
    return new ArticleFacts(
        article.id(),
        lang,
        article.source(),
        article.title(),
        article.date(),
        seq,
        sentences.stream().map(Sentence::text).toList(),
        facts,
        wordKeys,
        nameCandidates);
  }

  private static Fact fact(
      Fact.Kind kind,
      String key,
      String label,
      String surface,
      int sentence,
      List<String> aliases) {
    return new Fact(kind, key, label, "", "", "", surface, sentence, Optional.empty(), aliases);
  }

  private static Fact quantity(QuantityRoles.RoleQuantity q, int sentence) {
    String role = q.role().name().toLowerCase(Locale.ROOT);
    String figure = figure(q.value());
    String label = role + " " + figure + (q.unit().isEmpty() ? "" : " " + q.unit());
    if (q.role().perEvent()) {
      return new Fact(
          Fact.Kind.QUANTITY,
          "quantity:" + role,
          role,
          figure,
          role,
          q.unit(),
          q.surface(),
          sentence,
          Optional.empty(),
          List.of());
    }
    return new Fact(
        Fact.Kind.QUANTITY,
        "quantity:" + q.key(),
        label,
        "",
        role,
        q.unit(),
        q.surface(),
        sentence,
        Optional.empty(),
        List.of());
  }

  /** A figure as keys write it: whole numbers without a decimal point. */
  static String figure(double v) {
    return v == Math.rint(v) && v < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /** Figures without a role, outside dates and the figures of roles of their sentence. */
  private static void numbers(
      List<Sentence> sentences,
      List<QuantityRoles.RoleQuantity> roles,
      List<CalendarDates.DateMention> dates,
      List<Fact> facts) {
    for (Sentence s : sentences) {
      Set<String> taken = new HashSet<>();
      for (QuantityRoles.RoleQuantity q : roles) {
        if (q.start() >= s.start() && q.start() < s.end()) {
          taken.add(figure(q.value()));
          Quantities.numbers(q.surface()).forEach(f -> taken.add(f.key()));
        }
      }
      List<String> dateSurfaces = new ArrayList<>();
      for (CalendarDates.DateMention d : dates) {
        if (d.start() >= s.start() && d.start() < s.end()) {
          dateSurfaces.add(d.surface());
        }
      }
      // the figures as facts read them: no time of day (the dates are left out just below)
      for (Quantities.Found f : Quantities.numbers(s.text(), List.of())) {
        if (taken.contains(f.key())
            || dateSurfaces.stream().anyMatch(d -> d.contains(f.surface()))) {
          continue;
        }
        facts.add(
            fact(
                Fact.Kind.NUMBER, "number:" + f.key(), f.key(), f.surface(), s.index(), List.of()));
      }
    }
  }

  private static void quotes(
      String id,
      List<Sentence> sentences,
      List<Token> tokens,
      List<NameFacts.NameRun> names,
      List<Fact> facts) {
    for (Sentence s : sentences) {
      Matcher m = QUOTE.matcher(s.text());
      int n = 0;
      while (m.find()) {
        String q = null;
        for (int g = 1; g <= 4 && q == null; g++) {
          q = m.group(g);
        }
        if (q == null || q.strip().split("\\s+").length < MIN_QUOTE_WORDS) {
          continue; // "مقلق", "the terrorists": a word in quotation marks is no statement
        }
        int from = s.start() + Math.max(0, m.start());
        int to = from + m.group().length();
        Optional<String> speaker = speaker(tokens, names, s.index(), from, to);
        facts.add(
            new Fact(
                Fact.Kind.QUOTE,
                "quote:" + id + ":" + s.index() + ":" + n++,
                Texts.abbreviate(q.strip(), 200),
                "",
                "",
                "",
                m.group(),
                s.index(),
                speaker,
                List.of("q:" + q.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))));
      }
    }
  }

  /** The name of sentence {@code s} nearest before {@code [from, to)}, else the first after it. */
  private static Optional<String> speaker(
      List<Token> tokens, List<NameFacts.NameRun> names, int s, int from, int to) {
    NameFacts.NameRun before = null;
    NameFacts.NameRun after = null;
    for (NameFacts.NameRun n : names) {
      Token t = tokens.get(n.first());
      if (t.sentence() != s || (t.start() >= from && t.start() < to)) {
        continue;
      }
      if (t.start() < from) {
        before = n;
      } else if (after == null) {
        after = n;
      }
    }
    NameFacts.NameRun pick = before != null ? before : after;
    return Optional.ofNullable(pick).map(NameFacts.NameRun::surface);
  }

  private static int sentenceAt(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return Math.max(0, lo);
  }
}
