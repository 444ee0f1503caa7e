package dev.storylink.bench;

import dev.storylink.core.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Deterministic generator of news-like articles for benchmarks: several languages (English,
 * German, Arabic, Persian, Turkish), topics that share names, places and numbers, Zipf-distributed
 * vocabulary, 250–600 words. Stateless and thread-safe.
 */
public final class SyntheticArticles {
  private static final String[][] WORDS = {
    {"en", "the government said on talks minister president city police people report new year "
        + "officials agreement security meeting week economy market crisis election court health "
        + "attack border troops company prices water school hospital vote party leader"},
    {"de", "die der und regierung sagte gespräche minister präsident stadt polizei menschen bericht "
        + "jahr behörden abkommen sicherheit treffen woche wirtschaft markt krise wahl gericht"},
    {"ar", "الحكومة قال محادثات وزير الرئيس مدينة الشرطة الناس تقرير العام المسؤولين اتفاق الأمن "
        + "اجتماع الأسبوع الاقتصاد السوق الأزمة الانتخابات المحكمة الصحة هجوم الحدود"},
    {"fa", "دولت گفت مذاکرات وزیر رئیس شهر پلیس مردم گزارش سال مقامات توافق امنیت نشست هفته "
        + "اقتصاد بازار بحران انتخابات دادگاه سلامت حمله مرز"},
    {"tr", "hükümet açıkladı görüşmeler bakan cumhurbaşkanı şehir polis insanlar rapor yıl "
        + "yetkililer anlaşma güvenlik toplantı hafta ekonomi piyasa kriz seçim mahkeme"}
  };
  private static final String[] NAMES = {
    "Putin", "Rouhani", "Erdogan", "Merkel", "Macron", "Idlib", "Astana", "Vienna", "Tehran",
    "Ankara", "Berlin", "Moscow", "Damascus", "Kabul", "Cairo", "Baghdad", "Madrid", "Warsaw"
  };

  private SyntheticArticles() {}

  /** {@code n} articles from seed {@code seed}. */
  public static List<Article> generate(int n, long seed) {
    Random rnd = new Random(seed);
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(article(rnd, "gen-" + i, rnd.nextInt(n / 5 + 1)));
    }
    return out;
  }

  /** One article about topic {@code topic}. */
  public static Article article(Random rnd, String id, int topic) {
    String[] lang = WORDS[rnd.nextInt(WORDS.length)];
    String[] vocab = lang[1].split(" ");
    Random topicRnd = new Random(topic * 7919L);
    String n1 = NAMES[topicRnd.nextInt(NAMES.length)];
    String n2 = NAMES[topicRnd.nextInt(NAMES.length)];
    int figure = 10 + topicRnd.nextInt(990);
    int words = 250 + rnd.nextInt(350);
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < words; w++) {
      double u = rnd.nextDouble();
      int k = (int) Math.min(vocab.length - 1, Math.floor(Math.pow(vocab.length, u)) - 1);
      if (w % 37 == 5) {
        sb.append(n1).append(' ');
      } else if (w % 53 == 11) {
        sb.append(n2).append(' ');
      } else if (w % 97 == 13) {
        sb.append(figure).append(' ');
      } else {
        sb.append(vocab[Math.max(0, k)]).append(' ');
      }
      if (w % 18 == 17) {
        sb.append(".\n");
      }
    }
    LocalDate date = LocalDate.of(2020, 1, 1).plusDays(topic % 300 + rnd.nextInt(2));
    return new Article(id, lang[0], n1 + " " + n2 + " " + topic, sb.toString(), Optional.of(date),
        "synthetic", "");
  }
}
