package dev.storylink.bench;

import dev.storylink.core.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Deterministic generator of news-like articles for benchmarks: several languages (English, German,
 * Arabic, Persian, Turkish); each topic has its own names, rare words and figure, common words are
 * Zipf-distributed per language; 250–600 words. Stateless and thread-safe.
 */
public final class SyntheticArticles {
  private static final String[][] WORDS = {
    {
      "en",
      "the government said on talks minister president city police people report new year "
          + "officials agreement security meeting week economy market crisis election court health "
          + "attack border troops company prices water school hospital vote party leader"
    },
    {
      "de",
      "die der und regierung sagte gespräche minister präsident stadt polizei menschen bericht "
          + "jahr behörden abkommen sicherheit treffen woche wirtschaft markt krise wahl gericht"
    },
    {
      "ar",
      "الحكومة قال محادثات وزير الرئيس مدينة الشرطة الناس تقرير العام المسؤولين اتفاق الأمن "
          + "اجتماع الأسبوع الاقتصاد السوق الأزمة الانتخابات المحكمة الصحة هجوم الحدود"
    },
    {
      "fa",
      "دولت گفت مذاکرات وزیر رئیس شهر پلیس مردم گزارش سال مقامات توافق امنیت نشست هفته "
          + "اقتصاد بازار بحران انتخابات دادگاه سلامت حمله مرز"
    },
    {
      "tr",
      "hükümet açıkladı görüşmeler bakan cumhurbaşkanı şehir polis insanlar rapor yıl "
          + "yetkililer anlaşma güvenlik toplantı hafta ekonomi piyasa kriz seçim mahkeme"
    }
  };

  /** The common vocabulary of each language of {@link #WORDS}, split once. */
  private static final String[][] VOCAB =
      java.util.Arrays.stream(WORDS).map(w -> w[1].split(" ")).toArray(String[][]::new);

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
    int language = rnd.nextInt(WORDS.length);
    String[] lang = WORDS[language];
    String[] vocab = VOCAB[language];
    Random topicRnd = new Random(topic * 7919L + 17);
    // each topic has its own names, rare words and figure; common words come from the language
    String[] names = new String[3];
    for (int k = 0; k < names.length; k++) {
      names[k] = k == 0 ? NAMES[topicRnd.nextInt(NAMES.length)] : pseudoWord(topicRnd, true);
    }
    String[] topicWords = new String[12];
    for (int k = 0; k < topicWords.length; k++) {
      topicWords[k] = pseudoWord(topicRnd, false);
    }
    int figure = 10 + topicRnd.nextInt(99_990);
    int words = 250 + rnd.nextInt(350);
    StringBuilder sb = new StringBuilder(words * 12); // no regrowth: about 8 chars a word
    for (int w = 0; w < words; w++) {
      double u = rnd.nextDouble();
      if (w % 23 == 5) {
        sb.append(names[rnd.nextInt(names.length)]).append(' ');
      } else if (w % 97 == 13) {
        sb.append(figure).append(' ');
      } else if (u < 0.25) {
        sb.append(topicWords[rnd.nextInt(topicWords.length)]).append(' ');
      } else {
        int k =
            (int)
                Math.min(
                    vocab.length - 1, Math.floor(Math.pow(vocab.length, rnd.nextDouble())) - 1);
        sb.append(vocab[Math.max(0, k)]).append(' ');
      }
      if (w % 18 == 17) {
        sb.append(".\n");
      }
    }
    LocalDate date = LocalDate.of(2020, 1, 1).plusDays(topic / 60 + rnd.nextInt(2));
    return new Article(
        id,
        lang[0],
        names[0] + " " + names[1] + " " + topicWords[0],
        sb.toString(),
        Optional.of(date),
        "synthetic",
        "");
  }

  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ra", "ven", "dor", "tis", "bal", "mur", "sen", "gal", "pi", "zor", "nu",
    "ter", "fel"
  };

  private static String pseudoWord(Random rnd, boolean capital) {
    StringBuilder w = new StringBuilder();
    int n = 2 + rnd.nextInt(3);
    for (int i = 0; i < n; i++) {
      w.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
    }
    if (capital) {
      w.setCharAt(0, Character.toUpperCase(w.charAt(0)));
    }
    return w.toString();
  }
}
