package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.text.TextAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The news words of {@code concepts/news-words.tsv} (careers, hiring and firing, contracts, juries,
 * laws and legalisation, television, modelling, mountains) on sentences written for this test, in
 * the script of each language: the two sides of one story meet on one concept id.
 */
class ConceptLexiconNewsWordsTest {
  private static List<String> ids(String lang, String text) {
    return ConceptLexicon.shipped().find(TextAnalysis.analyze(text, lang).tokens(), lang).stream()
        .map(f -> f.concept().id())
        .toList();
  }

  @Test
  void aCoachFiredInFiveLanguages() {
    assertThat(ids("en", "The coach was fired after a losing season")).contains("dismissal");
    assertThat(ids("fa", "سرمربی تیم پس از فصل ناکام برکنار شد")).contains("dismissal", "coach");
    assertThat(ids("ar", "إقالة المدرب بعد موسم مخيب")).contains("dismissal", "coach");
    assertThat(ids("ru", "Главный тренер уволен после неудачного сезона")).contains("dismissal");
    assertThat(ids("zh", "主教练被解雇")).contains("dismissal");
  }

  @Test
  void juriesAndProbation() {
    assertThat(ids("en", "The jury deadlocked and the judge gave him probation"))
        .contains("jury", "probation");
    assertThat(ids("fa", "هیئت منصفه به توافق نرسید")).contains("jury");
    assertThat(ids("tr", "Jüri oybirliğine varamadı")).contains("jury");
    assertThat(ids("zh", "陪审团未能达成一致")).contains("jury");
  }

  @Test
  void legalisationMeetsAcrossScripts() {
    assertThat(ids("en", "The state legalized recreational marijuana"))
        .contains("legalization", "marijuana");
    assertThat(ids("fa", "ایالت مصرف تفریحی ماری‌جوانا را قانونی کرد"))
        .contains("legalization", "marijuana");
    assertThat(ids("ru", "Штат легализовал марихуану")).contains("legalization");
    assertThat(ids("es", "El estado legalizó la marihuana")).contains("legalization");
  }

  @Test
  void aMountainIsAMountainWhoeverClimbsIt() {
    // the English report names the climber, the Persian one only the mountain: both say mountain
    assertThat(ids("en", "The climber fell from the mountain"))
        .contains("mountaineering", "mountain");
    assertThat(ids("fa", "مرد در کوه ناپدید شد")).contains("mountain");
    assertThat(ids("ur", "کوہ پیما پہاڑ سے گر گیا")).contains("mountain");
  }

  @Test
  void episodesContractsAndNominations() {
    assertThat(ids("en", "In the third episode of the series")).contains("episode");
    assertThat(ids("fa", "در قسمت سوم سریال")).contains("episode", "tv_series");
    assertThat(ids("ar", "في الحلقة الثالثة من المسلسل")).contains("episode", "tv_series");
    assertThat(ids("en", "Netflix’s new season")).contains("tv_series");
    assertThat(ids("en", "He signed a new contract")).contains("contract");
    assertThat(ids("tr", "Yeni bir sözleşme imzaladı")).contains("contract");
    assertThat(ids("ar", "وقّع اللاعب عقداً جديداً")).contains("contract");
    assertThat(ids("en", "She was nominated as surgeon general")).contains("nomination", "doctor");
    assertThat(ids("ru", "Она выдвинута на пост главного хирурга"))
        .contains("nomination", "doctor");
  }

  @Test
  void iconsAndModels() {
    assertThat(ids("en", "The pinup icon was born in Nashville")).contains("modeling", "icon");
    assertThat(ids("fa", "ملکه پین‌آپ و نماد فرهنگ عامه")).contains("modeling", "icon");
  }
}
