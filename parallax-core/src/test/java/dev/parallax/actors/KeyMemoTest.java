package dev.parallax.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeyMemoTest {
  @Test
  void aKeyIsMadeOnceUntilTheMemoIsFull() {
    AtomicInteger made = new AtomicInteger();
    KeyMemo<String> memo =
        new KeyMemo<>(
            name -> {
              made.incrementAndGet();
              return name.toLowerCase(java.util.Locale.ROOT);
            });
    assertThat(memo.of("Kurti")).isEqualTo("kurti");
    assertThat(memo.of("Kurti")).isEqualTo("kurti");
    assertThat(made).hasValue(1);
    for (int i = 1; i < KeyMemo.SIZE; i++) {
      memo.of("Name" + i);
    }
    assertThat(made).hasValue(KeyMemo.SIZE);
    memo.of("Kurti");
    assertThat(made).hasValue(KeyMemo.SIZE);
    // full: the next new name empties it, and what was kept is made again
    assertThat(memo.of("Osmani")).isEqualTo("osmani");
    assertThat(memo.of("Kurti")).isEqualTo("kurti");
    assertThat(made).hasValue(KeyMemo.SIZE + 2);
  }
}
