package dev.parallax.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryOptionsTest {
  /**
   * The options' text is part of the print stored story profiles are kept under, so it must be the
   * same in every run: the signals print in the enum's order, whatever order they were given in (a
   * set made by {@code Set.of} iterates in an order drawn anew in each JVM, so stored profiles were
   * seldom taken by a later run).
   */
  @Test
  void theSignalsPrintInTheEnumsOrderWhateverTheOrderGiven() {
    List<StorySignal> reversed = new ArrayList<>(List.of(StorySignal.values()));
    Collections.reverse(reversed);
    assertThat(reversed).hasSizeGreaterThan(1);
    StoryOptions d = StoryOptions.DEFAULTS;
    StoryOptions given = d.withSignals(new LinkedHashSet<>(reversed));
    String inOrder = "signals=" + List.of(StorySignal.values());
    assertThat(given.toString()).contains(inOrder).isEqualTo(d.toString());
    assertThat(given).isEqualTo(d);
    assertThat(d.withSignals(Set.of()).signals()).isEmpty();
  }
}
