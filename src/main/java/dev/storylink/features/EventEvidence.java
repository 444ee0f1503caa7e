package dev.storylink.features;

import dev.storylink.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The language-neutral evidence of what happened and when that an article gives beyond names and
 * places: the dates it mentions in any calendar ({@link CalendarDates}), the news concepts it names
 * ({@link ConceptLexicon}) with the type of event it reports, and its numbers with their role
 * ({@link QuantityRoles}). Immutable and thread-safe.
 *
 * @param dates dates mentioned, keyed {@code YYYY-MM-DD} or {@code MM-DD}
 * @param concepts concepts named, keyed by concept id; an event-type concept weighs 2, others 1
 * @param quantities numbers with a role, keyed {@code killed:12}
 * @param eventType the id of the event-type concept the article names most, if any
 * @param leadConcepts ids of the concepts first named in the first {@value #LEAD_SENTENCES}
 *     sentences (the title and the first sentence of the text)
 */
public record EventEvidence(
    List<Mention> dates,
    List<Mention> concepts,
    List<Mention> quantities,
    Optional<String> eventType,
    List<String> leadConcepts) {
  /** Sentences that make the lead for {@code leadConcepts}: the title and the first sentence. */
  public static final int LEAD_SENTENCES = 2;

  public EventEvidence {
    dates = List.copyOf(dates);
    concepts = List.copyOf(concepts);
    quantities = List.copyOf(quantities);
    Objects.requireNonNull(eventType, "eventType");
    leadConcepts = List.copyOf(leadConcepts);
  }

  /**
   * Only the dates of a text ({@code found}: {@link CalendarDates#find} of it): no concepts,
   * quantities or event type.
   */
  public static EventEvidence datesOf(List<CalendarDates.DateMention> found) {
    return new EventEvidence(dates(found), List.of(), List.of(), Optional.empty(), List.of());
  }

  private static List<Mention> dates(List<CalendarDates.DateMention> found) {
    Map<String, MentionBuilder> dates = new LinkedHashMap<>();
    for (CalendarDates.DateMention d : found) {
      dates.computeIfAbsent(d.key(), k -> new MentionBuilder(k, 1.0)).add(d.surface(), 1);
    }
    return MentionBuilder.build(Mention.Kind.DATE, dates);
  }

  /** The evidence of a text in language {@code lang} with its analysed tokens. */
  public static EventEvidence of(
      String text, List<Token> tokens, String lang, Optional<LocalDate> published) {
    return of(text, tokens, lang, CalendarDates.find(text, tokens, lang, published));
  }

  /**
   * As {@link #of(String, List, String, Optional)}, with the text's dates already found ({@code
   * dateMentions}: {@link CalendarDates#find} of it).
   */
  public static EventEvidence of(
      String text, List<Token> tokens, String lang, List<CalendarDates.DateMention> dateMentions) {
    List<ConceptLexicon.Found> found = ConceptLexicon.shipped().find(tokens, lang);
    Map<String, MentionBuilder> concepts = new LinkedHashMap<>();
    List<String> lead = new ArrayList<>();
    for (ConceptLexicon.Found f : found) {
      if (f.firstSentence() < LEAD_SENTENCES) {
        lead.add(f.concept().id());
      }
      MentionBuilder b =
          concepts.computeIfAbsent(
              f.concept().id(), k -> new MentionBuilder(k, f.concept().eventType() ? 2.0 : 1.0));
      for (String s : f.surfaces()) {
        b.add(s, 0);
      }
      b.count += f.count();
    }
    Map<String, MentionBuilder> quantities = new LinkedHashMap<>();
    for (QuantityRoles.RoleQuantity q : QuantityRoles.find(text, tokens, lang)) {
      quantities.computeIfAbsent(q.key(), k -> new MentionBuilder(k, 1.0)).add(q.surface(), 1);
    }
    return new EventEvidence(
        dates(dateMentions),
        MentionBuilder.build(Mention.Kind.CONCEPT, concepts),
        MentionBuilder.build(Mention.Kind.QUANTITY, quantities),
        ConceptLexicon.eventType(found).map(ConceptLexicon.Concept::id),
        lead);
  }
}
