package dev.storylink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Article;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the feed reader refuses: linked pages and redirects to loopback or private addresses (unless
 * allowed), external entities and entity expansion in feeds.
 */
class FeedSafetyTest extends LocalFeedServerTest {
  @Test
  void linkedPagesOnLoopbackAreRefusedUnlessAllowed() {
    InputGuard guard = InputGuard.defaults();
    FeedReader reader = new FeedReader(guard, new HttpFetcher(guard), true);
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> list = reader.read(base + "/linked", problems::add);
    // the feed itself (the user's own URL) is read; its entry's loopback link is not fetched
    assertThat(list).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo("ملخص."));
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.input()).endsWith("/linked entry 1");
              assertThat(p.reason())
                  .contains("linked page not used")
                  .contains("refused")
                  .contains("127.0.0.1");
            });
    assertThat(pageHits.get()).isZero();
  }

  @Test
  void redirectToLoopbackIsRefused() {
    HttpFetcher fetcher = new HttpFetcher(InputGuard.defaults());
    // a public-looking first hop is not available offline, so check the redirect rule directly:
    // a loopback target is refused before any request, and so is each redirect target
    assertThatThrownBy(() -> fetcher.fetchLinked(base + "/redirect"))
        .isInstanceOf(IngestInputException.class)
        .hasMessageContaining("refused");
    assertThat(
            privateAllowed(InputGuard.defaults()).fetchLinked(base + "/redirect").uri().getPath())
        .isEqualTo("/page");
  }

  @Test
  void privateAndLocalAddressesAreNotPublic() throws Exception {
    for (String a :
        List.of(
            "127.0.0.1",
            "127.8.9.10",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "0.1.2.3",
            "224.0.0.1",
            "255.255.255.255",
            "::1",
            "::",
            "fe80::1",
            "fc00::1",
            "fd12:3456::1",
            "ff02::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1")) {
      assertThat(HttpFetcher.isPublic(InetAddress.getByName(a))).as(a).isFalse();
    }
    for (String a :
        List.of("8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888")) {
      assertThat(HttpFetcher.isPublic(InetAddress.getByName(a))).as(a).isTrue();
    }
    assertThatThrownBy(
            () -> HttpFetcher.checkPublic(java.net.URI.create("http://localhost:1/x"), "x"))
        .isInstanceOf(IngestInputException.class)
        .hasMessageContaining("loopback, private or local address");
  }

  @Test
  void sourcesRefusePrivateLinkedPagesByDefaultAndAllowThemOnRequest() {
    IngestOptions fetch = IngestOptions.defaults().withFetchLinkedPages(true);
    List<IngestProblem> problems = new ArrayList<>();
    try (var s = new Sources(fetch).open(List.of(base + "/linked"), problems::add)) {
      assertThat(s.toList())
          .singleElement()
          .satisfies(a -> assertThat(a.text()).isEqualTo("ملخص."));
    }
    assertThat(problems).extracting(IngestProblem::reason).anyMatch(r -> r.contains("refused"));
    problems.clear();
    try (var s =
        new Sources(fetch.withAllowPrivateAddresses(true))
            .open(List.of(base + "/linked"), problems::add)) {
      assertThat(s.toList())
          .singleElement()
          .satisfies(a -> assertThat(a.text()).startsWith("افتتحت البلدية"));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void externalEntitiesAreNeverRead() throws IOException {
    Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    for (String payload :
        List.of(
            "<!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>",
            "<!DOCTYPE rss [<!ENTITY % p SYSTEM \"" + secret.toUri() + "\"> %p;]>",
            "<!DOCTYPE rss SYSTEM \"" + secret.toUri() + "\">")) {
      Path f =
          Files.writeString(
              tmp.resolve("xxe.xml"),
              "<?xml version=\"1.0\"?>"
                  + payload
                  + "<rss version=\"2.0\"><channel><title>Feed &x;</title><item><title>t &x;</title>"
                  + "<description>body &x;</description></item></channel></rss>");
      List<IngestProblem> problems = new ArrayList<>();
      List<Article> list;
      try {
        list = new FeedReader().read(f, problems::add);
      } catch (IngestInputException refused) {
        assertThat(refused.getMessage()).doesNotContain("TOP-SECRET");
        continue;
      }
      assertThat(list.toString()).as(payload).doesNotContain("TOP-SECRET");
      assertThat(problems.toString()).doesNotContain("TOP-SECRET");
    }
  }

  @Test
  void entityExpansionBombIsRefusedNotExpanded() throws IOException {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY a0 \"aaaaaaaaaa\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY a")
          .append(i)
          .append(" \"")
          .append(("&a" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    dtd.append("]>");
    Path f =
        Files.writeString(
            tmp.resolve("bomb.xml"),
            "<?xml version=\"1.0\"?>"
                + dtd
                + "<rss version=\"2.0\"><channel><title>&a9;</title><item><title>t</title></item></channel></rss>");
    assertThatThrownBy(() -> new FeedReader().read(f, p -> {}))
        .isInstanceOf(IngestInputException.class);
  }
}
