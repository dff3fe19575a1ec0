package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.eval.EntityChunks.Chunk;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityChunksTest {
  @Test
  void iob2ChunksSplitAtB() {
    assertThat(EntityChunks.of(List.of("B-PER", "I-PER", "B-PER", "O", "B-LOC")))
        .containsExactly(new Chunk("PER", 0, 2), new Chunk("PER", 2, 3), new Chunk("LOC", 4, 5));
  }

  @Test
  void iob1AndIoStartAChunkAtATypeChange() {
    assertThat(EntityChunks.of(List.of("I-ORG", "I-ORG", "I-MISC", "O", "I-LOC")))
        .containsExactly(new Chunk("ORG", 0, 2), new Chunk("MISC", 2, 3), new Chunk("LOC", 4, 5));
    assertThat(EntityChunks.of(List.of("PER", "PER", "O", "LOC", "ORG")))
        .containsExactly(new Chunk("PER", 0, 2), new Chunk("LOC", 3, 4), new Chunk("ORG", 4, 5));
  }

  @Test
  void noTagsNoChunks() {
    assertThat(EntityChunks.of(List.of())).isEmpty();
    assertThat(EntityChunks.of(List.of("O", "O"))).isEmpty();
  }
}
