package dev.storylink.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/stories?q=} finds a place in every script and says how ({@code
 * store.PlaceForms}), and refuses a Persian word's look-alike behind a Turkish case ending ({@code
 * store.SpellingFrame}), as the command line does.
 */
class CrossScriptSearchApiTest extends LoopbackApiTest {

  private static String q(String query) throws Exception {
    TestServer.Reply r =
        t.get("/api/stories?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  @Test
  void aPlaceAndANameAreFoundAcrossScripts() throws Exception {
    assertThat(
            t.post(
                    "/api/articles",
                    "{\"id\": \"es-bomba\", \"lang\": \"es\", \"title\": \"Un coche bomba estalla"
                        + " en Bagdad\", \"text\": \"Un coche bomba estalló en Bagdad el martes y"
                        + " dejó cinco heridos cerca del mercado central.\"}")
                .status())
        .isEqualTo(201);
    assertThat(
            t.post(
                    "/api/articles",
                    "{\"id\": \"tr-ilac\", \"lang\": \"tr\", \"title\": \"Merck'in yeni ilacı"
                        + " onay aldı\", \"text\": \"İlaç şirketi Merck'in geliştirdiği yeni ilaç"
                        + " pazartesi günü onay aldı.\"}")
                .status())
        .isEqualTo(201);
    assertThat(q("بغداد")).contains("Un coche bomba estalla en Bagdad", "بغداد ≈ Bagdad");
    assertThat(q("سفارت آمریکا")).doesNotContain("Merck");
  }
}
