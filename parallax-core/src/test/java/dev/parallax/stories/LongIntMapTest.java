package dev.parallax.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntMapTest {
  @Test
  void holdsWhatAHashMapHolds() {
    LongIntMap map = new LongIntMap();
    Map<Long, Integer> reference = new HashMap<>();
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      // keys that collide in their low bits, negative keys and 0
      long key = random.nextInt(5000) * (random.nextBoolean() ? 1L << 32 : -1L);
      int value = random.nextInt(1000);
      map.put(key, value);
      reference.put(key, value);
    }
    assertThat(map.size()).isEqualTo(reference.size());
    reference.forEach((k, v) -> assertThat(map.get(k)).isEqualTo(v));
    assertThat(map.get(123_456_789L)).isEqualTo(-1);
    assertThat(map.contains(123_456_789L)).isFalse();
  }

  @Test
  void refusesNegativeValues() {
    assertThatThrownBy(() -> new LongIntMap().put(1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
