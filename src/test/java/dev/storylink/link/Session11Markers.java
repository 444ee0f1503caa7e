package dev.storylink.link;

import dev.storylink.features.Mention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 11's name and "same topic, other event" columns of {@link Session11Extras}: name
 * fragments (F.Bahçe ~ Fenerbahçe), clashing numbers and match scores, and the most mentioned names
 * missing on the other side. A development helper run by hand; stateless, thread-safe.
 */
final class Session11Markers {
  private Session11Markers() {}

  // ------------------------------------------------------------ name fragments

  /** Fragments of a name: its key and the parts of its surfaces split at dots and hyphens. */
  static List<String> parts(Mention m) {
    List<String> out = new ArrayList<>();
    for (String s : m.surfaces()) {
      for (String p : s.toLowerCase(Locale.ROOT).split("[.\\-'’ ]+")) {
        if (p.length() >= 4) {
          out.add(p);
        }
      }
    }
    return out;
  }

  static String low(Mention m) {
    return m.surfaces().isEmpty() ? m.key() : m.surfaces().get(0).toLowerCase(Locale.ROOT);
  }

  /**
   * A name of one side with no exact partner whose fragment (≥ 4 letters) is a prefix or suffix of
   * a name of the other side, or whose initial + suffix abbreviate it (F.Bahçe ~ Fenerbahçe).
   * Returns {share of names with a fragment partner (capped 5, /5), weighted Dice counting fragment
   * partners as matches}.
   */
  static double[] nameFragments(List<Mention> as, List<Mention> bs) {
    if (as.isEmpty() || bs.isEmpty()) {
      return new double[] {0, 0};
    }
    Set<String> ka = new HashSet<>();
    Set<String> kb = new HashSet<>();
    as.forEach(m -> ka.add(m.key()));
    bs.forEach(m -> kb.add(m.key()));
    int frag = 0;
    double matched = 0;
    double total = 0;
    for (int side = 0; side < 2; side++) {
      List<Mention> xs = side == 0 ? as : bs;
      List<Mention> ys = side == 0 ? bs : as;
      Set<String> yk = side == 0 ? kb : ka;
      for (Mention x : xs) {
        total += x.weight();
        if (yk.contains(x.key())) {
          matched += x.weight();
          continue;
        }
        if (fragmentOf(x, ys)) {
          frag++;
          matched += x.weight();
        }
      }
    }
    return new double[] {Math.min(5, frag) / 5.0, total == 0 ? 0 : matched / total};
  }

  static boolean fragmentOf(Mention x, List<Mention> ys) {
    String lx = low(x);
    List<String> px = parts(x);
    for (Mention y : ys) {
      String ly = low(y);
      if (ly.equals(lx)) {
        return true;
      }
      for (String p : px) {
        if (p.length() >= 4
            && !p.equals(ly)
            && (ly.startsWith(p) || ly.endsWith(p))
            && p.length() * 2 >= Math.min(ly.length(), 8)) {
          // abbreviation "f.bahçe": initial must agree when x has one
          if (lx.contains(".") && lx.indexOf('.') <= 2 && lx.charAt(0) != ly.charAt(0)) {
            continue;
          }
          return true;
        }
        for (String q : parts(y)) {
          if (q.length() >= 5
              && p.length() >= 5
              && !q.equals(p)
              && (q.startsWith(p) || p.startsWith(q))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // ------------------------------------------------------------ same topic, other event

  static final Pattern SCORE =
      Pattern.compile("(?<![\\d.,:])(\\d{1,2}) ?[-–] ?(\\d{1,2})(?![\\d.,:%])");

  static Set<String> scores(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = SCORE.matcher(text);
    while (m.find()) {
      int x = Integer.parseInt(m.group(1));
      int y = Integer.parseInt(m.group(2));
      if (x <= 15 && y <= 15) {
        out.add(Math.max(x, y) + "-" + Math.min(x, y));
      }
    }
    return out;
  }

  /** 1 when both give at least two numbers that are not years and share none. */
  static double numClash(List<Mention> as, List<Mention> bs) {
    Set<String> x = new HashSet<>();
    Set<String> y = new HashSet<>();
    for (Mention m : as) {
      if (!m.key().matches("(19|20)\\d\\d")) {
        x.add(m.key());
      }
    }
    for (Mention m : bs) {
      if (!m.key().matches("(19|20)\\d\\d")) {
        y.add(m.key());
      }
    }
    if (x.size() < 2 || y.size() < 2) {
      return 0;
    }
    for (String k : x) {
      if (y.contains(k)) {
        return 0;
      }
    }
    return 1;
  }

  static double scoreClash(String a, String b) {
    Set<String> sa = scores(a);
    Set<String> sb = scores(b);
    if (sa.isEmpty() || sb.isEmpty()) {
      return 0;
    }
    for (String s : sa) {
      if (sb.contains(s)) {
        return 0;
      }
    }
    return 1;
  }

  static Mention top(List<Mention> ms, int rank) {
    List<Mention> s = new ArrayList<>(ms);
    s.sort((x, y) -> Double.compare(y.weight() * y.count(), x.weight() * x.count()));
    return s.size() > rank ? s.get(rank) : null;
  }

  static boolean has(List<Mention> ms, Mention m) {
    for (Mention x : ms) {
      if (x.key().equals(m.key())) {
        return true;
      }
    }
    return false;
  }

  /** 1 when both sides' most mentioned names are absent from the other side. */
  static double topDiff(List<Mention> as, List<Mention> bs) {
    Mention ta = top(as, 0);
    Mention tb = top(bs, 0);
    if (ta == null || tb == null) {
      return 0;
    }
    return !has(bs, ta) && !has(as, tb) ? 1 : 0;
  }

  /** Share of both sides' two most mentioned names absent from the other side. */
  static double top2Diff(List<Mention> as, List<Mention> bs) {
    int miss = 0;
    int tot = 0;
    for (int r = 0; r < 2; r++) {
      Mention ta = top(as, r);
      Mention tb = top(bs, r);
      if (ta != null) {
        tot++;
        miss += has(bs, ta) ? 0 : 1;
      }
      if (tb != null) {
        tot++;
        miss += has(as, tb) ? 0 : 1;
      }
    }
    return tot == 0 ? 0 : (double) miss / tot;
  }
}
