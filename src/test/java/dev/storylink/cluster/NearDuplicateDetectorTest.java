package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NearDuplicateDetectorTest {

  private static final String WIRE =
      "Rescue teams reached the village of Kora on Thursday after a landslide cut the only road to "
          + "the valley two days ago. Officials said forty families had been evacuated to a school in "
          + "the neighbouring town and that no casualties had been reported so far. Engineers expect "
          + "the road to reopen early next week once the debris has been cleared and the slope has "
          + "been inspected by the regional authority.";

  private static final String OTHER =
      "The central bank kept its main interest rate unchanged at its meeting on Wednesday, citing "
          + "slowing inflation and weak demand for credit. Analysts had expected the decision and "
          + "markets barely moved after the announcement. The governor said the bank was ready to act "
          + "if prices started rising again in the coming months.";

  private static final String ARABIC_PLAIN =
      "وصلت فرق الانقاذ الى قرية كورا يوم الخميس بعد ان قطع انهيار ارضي الطريق الوحيد المؤدي الى الوادي "
          + "قبل يومين وقال مسؤولون ان اربعين عائلة نقلت الى مدرسة في البلدة المجاورة ولم تسجل اي اصابات "
          + "حتى الان ويتوقع المهندسون اعادة فتح الطريق مطلع الاسبوع المقبل";

  private static final String ARABIC_DIACRITICS =
      "وَصَلَتْ فِرَقُ الانقاذِ الى قريةِ كورا يومَ الخميسِ بعدَ ان قطعَ انهيارٌ ارضيٌّ الطريقَ الوحيدَ المؤدي الى الوادي "
          + "قبلَ يومينِ، وقالَ مسؤولونَ ان اربعينَ عائلةً نُقِلَت الى مدرسةٍ في البلدةِ المجاورةِ ولم تُسجَّل اي اصاباتٍ "
          + "حتى الانَ. ويتوقعُ المهندسـونَ اعادةَ فتحِ الطريـقِ مطلعَ الاسبوعِ المقبلِ!";

  @Test
  void republishedWireTextIsDuplicateEvenWithSmallEdits() {
    NearDuplicateDetector d = new NearDuplicateDetector();
    assertThat(d.findDuplicateOf("agency-1", WIRE)).isEmpty();
    String republished =
        WIRE.replace("Thursday", "Thursday morning").toUpperCase(java.util.Locale.ROOT)
            + " (Reporting by staff)";
    assertThat(d.findDuplicateOf("paper-7", republished)).contains("agency-1");
    assertThat(d.findDuplicateOf("bank-1", OTHER)).isEmpty();
    assertThat(d.size()).isEqualTo(3);
  }

  @Test
  void reportsTheEarliestRegisteredCopy() {
    NearDuplicateDetector d = new NearDuplicateDetector();
    d.findDuplicateOf("first", WIRE);
    d.findDuplicateOf("second", WIRE);
    assertThat(d.findDuplicateOf("third", WIRE)).contains("first");
    assertThat(d.findDuplicateOf("first", WIRE)).contains("second");
  }

  @Test
  void aForgottenArticleIsNoLongerAnOriginal() {
    NearDuplicateDetector d = new NearDuplicateDetector();
    d.findDuplicateOf("first", WIRE);
    d.findDuplicateOf("second", WIRE);
    d.findDuplicateOf("bank", OTHER);
    d.forget("first");
    assertThat(d.size()).isEqualTo(2);
    assertThat(d.findDuplicateOf("third", WIRE)).contains("second");
    d.forget("second");
    d.forget("third");
    d.forget("never-registered");
    assertThat(d.findDuplicateOf("fourth", WIRE)).isEmpty();
    assertThat(d.findDuplicateOf("bank-copy", OTHER)).contains("bank");
    assertThat(d.size()).isEqualTo(3);
  }

  @Test
  void arabicWithAndWithoutDiacriticsTatweelAndZwnj() {
    assertThat(NearDuplicateDetector.normalize("كتـــابٌ\u200Cجديدٌ"))
        .isEqualTo(NearDuplicateDetector.normalize("کتابجدید"));
    NearDuplicateDetector d = new NearDuplicateDetector();
    assertThat(d.findDuplicateOf("ar-1", ARABIC_PLAIN)).isEmpty();
    assertThat(d.findDuplicateOf("ar-2", ARABIC_DIACRITICS)).contains("ar-1");
    assertThat(NearDuplicateDetector.estimatedSimilarity(ARABIC_PLAIN, ARABIC_DIACRITICS))
        .isEqualTo(1.0);
  }

  @Test
  void differentStoriesAreNotFlaggedAndEmptyTextIsIgnored() {
    NearDuplicateDetector d = new NearDuplicateDetector();
    d.findDuplicateOf("a", WIRE);
    assertThat(d.findDuplicateOf("b", OTHER)).isEmpty();
    assertThat(d.findDuplicateOf("c", ARABIC_PLAIN)).isEmpty();
    assertThat(d.findDuplicateOf("d", " ... !!! ")).isEmpty();
    assertThat(d.size()).isEqualTo(3);
    assertThat(NearDuplicateDetector.estimatedSimilarity(WIRE, OTHER)).isLessThan(0.2);
  }

  @Test
  void sameStoryRewrittenIsNotADuplicate() {
    String rewrite =
        "A landslide two days ago cut the only road into the valley, and rescuers only got to Kora "
            + "on Thursday. Forty families now stay in a school in the next town; nobody was hurt. "
            + "The road should reopen next week after the regional authority checks the slope.";
    assertThat(NearDuplicateDetector.estimatedSimilarity(WIRE, rewrite)).isLessThan(0.5);
  }

  @Test
  void deterministicAcrossInstancesAndThreadSafe() throws Exception {
    assertThat(
            NearDuplicateDetector.estimatedSimilarity(WIRE, WIRE + " Extra sentence added here."))
        .isEqualTo(
            NearDuplicateDetector.estimatedSimilarity(WIRE, WIRE + " Extra sentence added here."));
    NearDuplicateDetector d = new NearDuplicateDetector();
    d.findDuplicateOf("orig", WIRE);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Optional<String>>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String id = "copy-" + i;
        String text = i % 2 == 0 ? WIRE : OTHER + " variant " + i;
        results.add(pool.submit(() -> d.findDuplicateOf(id, text)));
      }
      for (int i = 0; i < 40; i++) {
        Optional<String> r = results.get(i).get();
        if (i % 2 == 0) {
          assertThat(r).contains("orig");
        } else {
          assertThat(r).isNotEqualTo(Optional.of("orig"));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(d.size()).isEqualTo(41);
  }

  @Test
  void theSignatureIsTheMinHashOfTheNormalizedTextsWords() {
    // the signature folds the text into a character array and splits it there; the reference
    // splits the normalized string, as the detector did before
    String[] parts = {
      "Putin ",
      "IDLIB",
      " talks",
      "بوتين",
      "كتـــابٌ",
      "\u200C",
      "پوتین",
      "٢٠٢٠",
      "普京",
      "İ",
      "ß",
      "\uD801\uDC00",
      "\uD800",
      " ",
      "\t",
      "\n",
      ".",
      ",",
      "-",
      "ÉCOLE",
      "e\u0301",
      "ﬁ",
      "Ⅻ"
    };
    // ASCII texts are folded in the pass that finds them ASCII; one char that is not, however
    // late (a ligature NFKC splits, an Arabic word), sends the whole text through NFKC
    String[] ascii = {"Putin ", "IDLIB", " talks", "2020", " ", "\t", "\n", ".", ",", "-", "A1b"};
    java.util.Random random = new java.util.Random(7);
    for (int k = 0; k < 3000; k++) {
      String[] pool = k % 3 == 0 ? parts : ascii;
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(k % 100 == 0 ? 2000 : 40);
      for (int i = 0; i < n; i++) {
        sb.append(pool[random.nextInt(pool.length)]);
      }
      if (k % 3 == 2) {
        sb.append(parts[random.nextInt(parts.length)]);
      }
      String text = sb.toString();
      String norm = NearDuplicateDetector.normalize(text);
      int[] expected = null;
      if (!norm.isEmpty()) {
        String[] words = norm.split(" ", -1);
        long[] hashes = new long[words.length];
        for (int w = 0; w < words.length; w++) {
          hashes[w] = dev.storylink.core.Hashing.fnv1a(words[w]);
        }
        expected = NearDuplicateDetector.minHash(hashes, words.length);
      }
      assertThat(NearDuplicateDetector.signature(text)).as(text).isEqualTo(expected);
    }
  }
}
