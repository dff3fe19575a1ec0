package dev.parallax.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fast suite's guard reads what the class loader loaded, without loading anything. */
class FastSuiteGuardTest {
  @Test
  void aLoadedClassIsSeenAndAnUnknownOneIsNot() {
    assertThat(FastSuiteGuard.loaded("dev.parallax.testing.FastSuiteGuardTest")).isTrue();
    assertThat(FastSuiteGuard.loaded("dev.parallax.testing.NoSuchClassAnywhere")).isFalse();
  }
}
