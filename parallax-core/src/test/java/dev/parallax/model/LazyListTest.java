package dev.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyListTest {
  @Test
  void theListIsMadeOnceWhenFirstReadAndIsUnmodifiable() {
    AtomicInteger made = new AtomicInteger();
    LazyList<String> lazy =
        new LazyList<>(
            () -> {
              made.incrementAndGet();
              return new ArrayList<>(List.of("a", "b"));
            });
    assertThat(made).hasValue(0);
    assertThat(lazy.isMade()).isFalse();
    assertThat(lazy).containsExactly("a", "b");
    assertThat(lazy.get(1)).isEqualTo("b");
    assertThat(lazy).isEqualTo(List.of("a", "b")).hasSameHashCodeAs(List.of("a", "b"));
    assertThat(made).hasValue(1);
    assertThat(lazy.isMade()).isTrue();
    assertThatThrownBy(() -> lazy.add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aCopyKeepsALazyListUnmadeAndCopiesAnyOther() {
    AtomicInteger made = new AtomicInteger();
    LazyList<String> lazy =
        new LazyList<>(
            () -> {
              made.incrementAndGet();
              return List.of("a");
            });
    assertThat(LazyList.orCopy(lazy)).isSameAs(lazy);
    assertThat(made).hasValue(0);
    List<String> mutable = new ArrayList<>(List.of("x"));
    List<String> copy = LazyList.orCopy(mutable);
    mutable.add("y");
    assertThat(copy).containsExactly("x");
  }
}
