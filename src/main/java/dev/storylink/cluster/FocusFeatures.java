package dev.storylink.cluster;

import dev.storylink.features.ActObject;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link EventFeatures} of what an article and a candidate event are about, from what each
 * article's extraction found once ({@link ArticleFeatures#mainPerson}, {@link
 * ArticleFeatures#leadConcepts}), with no text read per candidate:
 *
 * <ul>
 *   <li>{@code person_differs}: the share of the event's representatives with a main person whose
 *       main person is not the article's (a lineman's arrest against a receiver's, both Chargers
 *       and both for drunk driving); 0 when either side names no person;
 *   <li>{@code person_unnamed}: the article is about another person and does not name the person
 *       most of the event's representatives are about at all, or it is about a person that none of
 *       the representatives names, weighted {@code 1/n} for an event of {@code n} articles (the
 *       evidence of a young event); an article without a main person is about the persons its
 *       lead's acts apply to ({@link ArticleFeatures#actObjects}) whose act a representative's lead
 *       names too (a lineman "was arrested" against "Jackson arrested on suspicion of DUI");
 *   <li>{@code acts_opposed}: the share of the representatives whose title and lead name an act
 *       opposed to one the article's name ({@link #OPPOSED}: hired against fired), where neither
 *       side names the other's act;
 *   <li>{@code act_object_differs}: the article's lead names an act with its person ({@link
 *       ArticleFeatures#actObjects}: O'Brien fired) that the representatives name with other
 *       persons only (Cheeks fired), neither side naming the other's person as that act's.
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class FocusFeatures {
  /** Index of {@code person_differs} in {@link EventFeatures#NAMES}. */
  static final int FROM = 30;

  /**
   * Concepts of the lexicon ({@link dev.storylink.features.ConceptLexicon}) that name acts which
   * make two different events of one topic, each with the acts opposed to it.
   */
  static final Map<String, Set<String>> OPPOSED = opposed();

  private FocusFeatures() {}

  private static Map<String, Set<String>> opposed() {
    List<List<String>> pairs =
        List.of(
            List.of("hiring", "dismissal"),
            List.of("hiring", "resignation"),
            List.of("election", "resignation"),
            List.of("inauguration", "resignation"),
            List.of("arrest", "prisoner_release"),
            List.of("convicted", "acquitted"));
    Map<String, Set<String>> m = new HashMap<>();
    for (List<String> p : pairs) {
      m.computeIfAbsent(p.get(0), k -> new HashSet<>()).add(p.get(1));
      m.computeIfAbsent(p.get(1), k -> new HashSet<>()).add(p.get(0));
    }
    Map<String, Set<String>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, Set.copyOf(v)));
    return Map.copyOf(out);
  }

  /** Sets features {@value #FROM} to {@code FROM + 3} of {@code x}. */
  static void compute(ArticleFeatures f, List<ArticleFeatures> reps, int size, double[] x) {
    Optional<String> mine = f.mainPerson();
    int withPerson = 0;
    int other = 0;
    Map<String, Integer> theirs = new HashMap<>();
    for (ArticleFeatures r : reps) {
      if (r.mainPerson().isPresent()) {
        String p = r.mainPerson().get();
        withPerson++;
        other += mine.isPresent() && !p.equals(mine.get()) ? 1 : 0;
        theirs.merge(p, 1, Integer::sum);
      }
    }
    if (withPerson > 0) {
      if (mine.isPresent()) {
        x[FROM] = (double) other / withPerson;
      }
      String dominant = null;
      int most = 0;
      for (Map.Entry<String, Integer> e : theirs.entrySet()) {
        if (e.getValue() > most || (e.getValue() == most && e.getKey().compareTo(dominant) < 0)) {
          dominant = e.getKey();
          most = e.getValue();
        }
      }
      if (2 * most > withPerson
          && mine.isPresent()
          && !mine.get().equals(dominant)
          && !names(f.names(), dominant)) {
        x[FROM + 1] = 1.0 / Math.max(1, size);
      }
    }
    if (x[FROM + 1] == 0 && !reps.isEmpty()) {
      // the other way: the article is about a person none of the representatives names (a
      // lineman's arrest against a report that names its receiver only by his surname); without a
      // main person, the persons its lead's acts apply to, when a representative's lead names the
      // act too ("Jamal Williams was arrested" against "Jackson arrested on suspicion of DUI")
      List<String> about = mine.isPresent() ? List.of(mine.get()) : actPersons(f, reps);
      if (!about.isEmpty() && !namedByAny(about, reps)) {
        x[FROM + 1] = 1.0 / Math.max(1, size);
      }
    }
    List<String> acts = f.leadConcepts();
    if (!acts.isEmpty()) {
      int opposed = 0;
      for (ArticleFeatures r : reps) {
        opposed += opposed(acts, r.leadConcepts()) ? 1 : 0;
      }
      x[FROM + 2] = (double) opposed / reps.size();
    }
    if (!f.actObjects().isEmpty() && objectsDiffer(f.actObjects(), objects(reps))) {
      x[FROM + 3] = 1;
    }
  }

  /**
   * The persons of {@code f}'s act objects ({@link ArticleFeatures#actObjects}) whose act the lead
   * of one of {@code reps} names too ({@link ArticleFeatures#leadConcepts}).
   */
  private static List<String> actPersons(ArticleFeatures f, List<ArticleFeatures> reps) {
    List<String> out = new ArrayList<>();
    for (ActObject o : f.actObjects()) {
      for (ArticleFeatures r : reps) {
        if (r.leadConcepts().contains(o.act())) {
          out.addAll(o.persons());
          break;
        }
      }
    }
    return out;
  }

  /** Whether one of {@code reps} names one of {@code persons} (as its main person or a name). */
  private static boolean namedByAny(List<String> persons, List<ArticleFeatures> reps) {
    for (ArticleFeatures r : reps) {
      for (String p : persons) {
        if (r.mainPerson().equals(Optional.of(p)) || names(r.names(), p)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The persons each act applies to, over the leads of {@code reps}. */
  static Map<String, Set<String>> objects(List<ArticleFeatures> reps) {
    Map<String, Set<String>> out = new HashMap<>();
    for (ArticleFeatures r : reps) {
      for (ActObject o : r.actObjects()) {
        out.computeIfAbsent(o.act(), k -> new HashSet<>()).addAll(o.persons());
      }
    }
    return out;
  }

  /**
   * Whether an act of {@code mine} is named with persons on the other side too, none of them one of
   * {@code mine}'s persons for that act: one act, two persons (O'Brien fired, Cheeks fired).
   */
  static boolean objectsDiffer(List<ActObject> mine, Map<String, Set<String>> theirs) {
    for (ActObject o : mine) {
      if (otherPersons(o.persons(), theirs.get(o.act()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code other} (the persons of one act on the other side, if any) names only others. */
  private static boolean otherPersons(Collection<String> persons, Set<String> other) {
    return other != null && !other.isEmpty() && disjoint(persons, other);
  }

  private static boolean disjoint(Collection<String> persons, Set<String> other) {
    for (String p : persons) {
      if (other.contains(p)) {
        return false;
      }
      for (String o : other) {
        if (samePerson(p, o)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether two name keys may name one person in two grammatical cases (Polish Duda, Dudy; Russian
   * Джексон, Джексона; Turkish suffixes the apostrophe does not separate): both of four letters or
   * more, and they share all but the last two letters of the shorter one (at least three).
   */
  static boolean samePerson(String a, String b) {
    int shorter = Math.min(a.length(), b.length());
    if (shorter < 4) {
      return a.equals(b);
    }
    int need = Math.max(3, shorter - 2);
    for (int i = 0; i < need; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether two events are look-alike events of one topic, on the evidence a story join may trust
   * (the events' representatives {@code mine} and {@code theirs}):
   *
   * <ul>
   *   <li>the leads of at least half of one event's representatives name an act opposed ({@link
   *       #opposed}: hired against fired) to the leads of at least half of the other's;
   *   <li>one act is named by the leads of both with other persons ({@link
   *       ArticleFeatures#actObjects}: O'Brien fired against Cheeks fired);
   *   <li>the person most of {@code mine}'s representatives are about is named by none of {@code
   *       theirs} (neither as its main person nor among its names), or, when {@code bothWays}, the
   *       other way round (a lineman's arrest against a receiver's, both players of one team
   *       arrested for drunk driving).
   * </ul>
   *
   * The weaker signs the event join weighs (another main person that the article also names,
   * disjoint years) are left out: a rendered report may write its years in another calendar. Used
   * by {@link StoryBook#agree} for the events of two stories about to be joined: pairs in one
   * language both ways, the linked pair in one script from the joining article's event only.
   */
  static boolean lookAlike(
      List<ArticleFeatures> mine, List<ArticleFeatures> theirs, boolean bothWays) {
    if (actsOpposed(mine, theirs) || actsOpposed(theirs, mine)) {
      return true;
    }
    if (objectsDiffer(mine, theirs)) {
      return true;
    }
    return unnamed(dominant(mine), theirs) || (bothWays && unnamed(dominant(theirs), mine));
  }

  /**
   * Whether one act is named by both events' leads with other persons ({@link #objectsDiffer(List,
   * Map)}): the persons each act applies to over {@code mine}'s representatives and over {@code
   * theirs}'s do not meet.
   */
  private static boolean objectsDiffer(List<ArticleFeatures> mine, List<ArticleFeatures> theirs) {
    Map<String, Set<String>> a = objects(mine);
    if (a.isEmpty()) {
      return false;
    }
    Map<String, Set<String>> b = objects(theirs);
    for (Map.Entry<String, Set<String>> e : a.entrySet()) {
      if (otherPersons(e.getValue(), b.get(e.getKey()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether at least half of {@code mine} are {@link #actsOpposed(ArticleFeatures, List) opposed}
   * to {@code theirs}.
   */
  private static boolean actsOpposed(List<ArticleFeatures> mine, List<ArticleFeatures> theirs) {
    int n = 0;
    for (ArticleFeatures f : mine) {
      n += actsOpposed(f, theirs) ? 1 : 0;
    }
    return !mine.isEmpty() && 2 * n >= mine.size();
  }

  /** Whether the leads of at least half of {@code reps} name an act opposed to one of {@code f}. */
  private static boolean actsOpposed(ArticleFeatures f, List<ArticleFeatures> reps) {
    List<String> acts = f.leadConcepts();
    if (acts.isEmpty() || reps.isEmpty()) {
      return false;
    }
    int opposed = 0;
    for (ArticleFeatures r : reps) {
      opposed += opposed(acts, r.leadConcepts()) ? 1 : 0;
    }
    return 2 * opposed >= reps.size();
  }

  /** Whether {@code person} is a person that none of {@code reps} names. */
  private static boolean unnamed(Optional<String> person, List<ArticleFeatures> reps) {
    return person.isPresent() && !reps.isEmpty() && !namedByAny(List.of(person.get()), reps);
  }

  /**
   * The main person of more than half of {@code reps} that have one, if any (the earliest on a tie
   * of one each).
   */
  private static Optional<String> dominant(List<ArticleFeatures> reps) {
    String best = null;
    int most = 0;
    int with = 0;
    for (int i = 0; i < reps.size(); i++) {
      Optional<String> p = reps.get(i).mainPerson();
      if (p.isEmpty()) {
        continue;
      }
      with++;
      int n = 0;
      for (ArticleFeatures r : reps) {
        n += r.mainPerson().equals(p) ? 1 : 0;
      }
      if (n > most) {
        best = p.get();
        most = n;
      }
    }
    return 2 * most > with ? Optional.of(best) : Optional.empty();
  }

  /** Whether an act of {@code mine} is opposed to one of {@code theirs}, and neither names both. */
  static boolean opposed(List<String> mine, List<String> theirs) {
    for (String a : mine) {
      Set<String> against = OPPOSED.get(a);
      if (against == null || theirs.contains(a)) {
        continue;
      }
      for (String b : theirs) {
        if (against.contains(b) && !mine.contains(b)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean names(List<Mention> names, String key) {
    for (Mention m : names) {
      if (m.key().equals(key)) {
        return true;
      }
    }
    return false;
  }
}
