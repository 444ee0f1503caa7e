package dev.storylink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user found in session 25, on composed articles ingested through the command line: a place
 * is searched in every script ({@code store.PlaceForms}), and a Persian word no longer matches a
 * Turkish name by its case ending while Trump is still found in Arabic and Persian script ({@code
 * store.SpellingFrame}).
 */
class CrossScriptSearchCliTest {
  @TempDir static Path tmp;
  private static Path data;

  @BeforeAll
  static void ingest() throws Exception {
    Path in = tmp.resolve("in.jsonl");
    Files.write(
        in,
        List.of(
            "{\"id\": \"es-bomba\", \"lang\": \"es\", \"title\": \"Un coche bomba estalla en Bagdad\","
                + " \"text\": \"Un coche bomba estalló en Bagdad el martes por la mañana y dejó cinco"
                + " heridos cerca del mercado central, según la policía.\"}",
            "{\"id\": \"tr-ilac\", \"lang\": \"tr\", \"title\": \"Merck'in yeni ilacı onay aldı\","
                + " \"text\": \"İlaç şirketi Merck'in geliştirdiği yeni ilaç pazartesi günü onay aldı"
                + " ve şirketin hisseleri yükseldi.\"}",
            "{\"id\": \"en-budget\", \"lang\": \"en\", \"title\": \"Trump signs the budget bill\","
                + " \"text\": \"President Donald Trump signed the budget bill on Friday, aides said,"
                + " after weeks of talks with Congress.\"}"),
        StandardCharsets.UTF_8);
    data = tmp.resolve("data");
    LinkCommandTest.Run r =
        LinkCommandTest.run("ingest", "--quiet", "--data", data.toString(), in.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  private static String search(String query) {
    LinkCommandTest.Run r = LinkCommandTest.run("search", query, "--data", data.toString());
    assertThat(r.code()).as(r.err()).isZero();
    return r.out();
  }

  @Test
  void aPlaceInArabicScriptFindsTheSpanishArticleThatNamesItAndSaysHow() {
    assertThat(search("بغداد")).contains("Un coche bomba estalla en Bagdad", "بغداد ≈ Bagdad");
    assertThat(search("Bagdad")).contains("Bagdad").doesNotContain("Merck", "Trump");
  }

  @Test
  void aPersianWordMatchesNoTurkishNameByItsCaseEndingButTrumpIsFoundInPersian() {
    assertThat(search("سفارت آمریکا")).doesNotContain("Merck").contains("no stories match");
    assertThat(search("ترامپ")).contains("Trump signs the budget bill", "ترامپ ≈ Trump");
    assertThat(search("ترامب")).contains("ترامب ≈ Trump");
  }
}
