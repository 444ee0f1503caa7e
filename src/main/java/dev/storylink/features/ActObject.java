package dev.storylink.features;

import java.util.List;
import java.util.Objects;

/**
 * An act the lead of an article names, with the person it applies to ({@link ActObjects}): {@code
 * dismissal} of O'Brien, {@code hiring} of Cheeks. Immutable and thread-safe.
 *
 * @param act the id of the act's concept in the lexicon ({@link ConceptLexicon}), one of {@link
 *     ActObjects#ACTS}
 * @param persons the name keys of the person (the surname's, and the other words of a name that are
 *     no given name; at least one), as {@link Mention#key()} gives them
 */
public record ActObject(String act, List<String> persons) {
  public ActObject {
    Objects.requireNonNull(act, "act");
    persons = List.copyOf(persons);
    if (persons.isEmpty()) {
      throw new IllegalArgumentException("an act's object names at least one person");
    }
  }
}
