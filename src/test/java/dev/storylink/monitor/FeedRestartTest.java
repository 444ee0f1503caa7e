package dev.storylink.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.app.StoryLink;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A feed item that repeats a stored article after the server restarted (the store closed and opened
 * again, the poller's memory of seen items gone) is a duplicate, as it is within one run: by its
 * id, by its URL (scheme and host case, default port and fragment aside) or by its title and text,
 * as the feed gives them or as its page completes them. Each case runs once within one run and once
 * across a restart, and the two must count the same.
 */
@dev.storylink.core.SuppressForbidden(reason = "a local feed server (jdk.httpserver)")
class FeedRestartTest extends LiveFeedTest {
  private static final String TITLE = "Wildfire near Marseille";

  /** Closes the poller, the writer and the store, and opens them again on the same data. */
  private void restart(boolean pages) {
    poller.close();
    queue.close();
    sl.close();
    sl = StoryLink.builder().dataDir(tmp.resolve("data")).languages(this::languages).build();
    queue = queue(sl);
    poller(Duration.ofSeconds(30), Duration.ZERO, pages, true);
  }

  /**
   * Polls /a (its item stored), restarts when {@code restart}, then polls /b; returns /b's new,
   * ingested and duplicate counts and the number of stored articles.
   */
  private List<Long> aThenB(boolean restart, boolean pages, String aItem, String bItem)
      throws Exception {
    rssAt("/a", "a", aItem);
    rssAt("/b", "b", bItem);
    poller(Duration.ofSeconds(30), Duration.ZERO, pages, true);
    poller.add(FeedSource.of(http.url("/a")));
    await("a stored", () -> health("/a").ingested() == 1);
    if (restart) {
      restart(pages);
    }
    poller.add(FeedSource.of(http.url("/b")));
    await("b read", () -> health("/b").fetches() == 1);
    await("b decided", () -> health("/b").ingested() + health("/b").duplicates() >= 1);
    FeedHealth b = health("/b");
    return List.of(b.newItems(), b.ingested(), b.duplicates(), stored());
  }

  private static final List<Long> DUPLICATE = List.of(0L, 0L, 1L, 1L);

  @Test
  void theSameIdAfterARestartIsADuplicate() throws Exception {
    String item = FeedHttp.item("a-1", "https://a.example/fire", TITLE, FIRE);
    String again = FeedHttp.item("a-1", "https://a.example/fire-updated", TITLE, STRIKE);
    assertThat(aThenB(true, false, item, again)).isEqualTo(DUPLICATE);
  }

  @Test
  void theSameUrlUnderAnotherIdAfterARestartIsADuplicate() throws Exception {
    // another guid, another text: the URL alone, written with another host case, a default port
    // and a fragment
    String item = FeedHttp.item("a-1", "https://a.example/fire", TITLE, FIRE);
    String copy = FeedHttp.item("b-1", "https://A.Example:443/fire#top", "Update", STRIKE);
    assertThat(aThenB(false, false, item, copy)).as("one run").isEqualTo(DUPLICATE);
  }

  @Test
  void theSameUrlUnderAnotherIdAfterARestartIsADuplicateToo() throws Exception {
    String item = FeedHttp.item("a-1", "https://a.example/fire", TITLE, FIRE);
    String copy = FeedHttp.item("b-1", "https://A.Example:443/fire#top", "Update", STRIKE);
    assertThat(aThenB(true, false, item, copy)).as("after a restart").isEqualTo(DUPLICATE);
  }

  @Test
  void theSameTextUnderAnotherIdAndUrlAfterARestartIsADuplicate() throws Exception {
    String item = FeedHttp.item("a-1", "https://a.example/fire", TITLE, FIRE);
    String copy = FeedHttp.item("b-1", "https://b.example/x", TITLE.toUpperCase(), FIRE + "  ");
    assertThat(aThenB(false, false, item, copy)).as("one run").isEqualTo(DUPLICATE);
  }

  @Test
  void theSameTextUnderAnotherIdAndUrlAfterARestartIsADuplicateToo() throws Exception {
    String item = FeedHttp.item("a-1", "https://a.example/fire", TITLE, FIRE);
    String copy = FeedHttp.item("b-1", "https://b.example/x", TITLE.toUpperCase(), FIRE + "  ");
    assertThat(aThenB(true, false, item, copy)).as("after a restart").isEqualTo(DUPLICATE);
  }

  @Test
  void aCopyWhosePageHoldsAStoredArticlesTextAfterARestartIsADuplicate() throws Exception {
    // /a's item was stored with its page's longer text; /b lists the story under another id, URL
    // and summary, and its page gives the same text: found once completed, not written
    String page = "<html lang=\"en\"><body><article><p>" + FIRE + " Water bombers flew.</p>";
    http.on("/page-a", ex -> FeedHttp.respond(ex, 200, "text/html; charset=utf-8", page));
    http.on("/page-b", ex -> FeedHttp.respond(ex, 200, "text/html; charset=utf-8", page));
    String item = FeedHttp.item("a-1", http.url("/page-a"), TITLE, "Fire.");
    String copy = FeedHttp.item("b-1", http.url("/page-b"), TITLE, "A fire.");
    assertThat(aThenB(true, true, item, copy)).isEqualTo(DUPLICATE);
    boolean b1 = sl.read(s -> s.article("b-1").isPresent());
    assertThat(b1).isFalse();
  }

  @Test
  void anotherStoryAfterARestartIsStored() throws Exception {
    String item = FeedHttp.item("a-1", "https://a.example/fire", TITLE, FIRE);
    String other = FeedHttp.item("b-1", "https://b.example/strike", "Strike", STRIKE);
    assertThat(aThenB(true, false, item, other)).isEqualTo(List.of(1L, 1L, 0L, 2L));
  }
}
