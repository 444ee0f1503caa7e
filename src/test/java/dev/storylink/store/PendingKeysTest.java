package dev.storylink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Session 22: the repeat keys a check computed are the ones the write indexes. */
class PendingKeysTest {
  private static Article article(String id, String text) {
    return new Article(id, "en", "Quake", text, Optional.empty(), "", "https://news.example/q");
  }

  @Test
  void theCheckedKeysAreTakenOnceForTheSameArticle() {
    PendingKeys p = new PendingKeys();
    Article a = article("a1", "The quake struck at dawn.");
    RepeatKeys checked = new RepeatKeys("u", "c");
    p.expect(a, checked);
    // an equal article (another instance) is keyed alike: the checked keys, not new ones
    assertThat(p.take(article("a1", "The quake struck at dawn."))).isSameAs(checked);
    assertThat(p.size()).isZero();
    // nothing expected any more: computed
    assertThat(p.take(a)).isEqualTo(RepeatKeys.of(a));
  }

  @Test
  void anArticleChangedSinceItsCheckIsKeyedAgain() {
    PendingKeys p = new PendingKeys();
    Article a = article("a1", "The quake struck at dawn.");
    p.expect(a, RepeatKeys.of(a));
    Article longer = article("a1", "The quake struck at dawn. Its page says more.");
    assertThat(p.take(longer)).isEqualTo(RepeatKeys.of(longer)).isNotEqualTo(RepeatKeys.of(a));
  }
}
