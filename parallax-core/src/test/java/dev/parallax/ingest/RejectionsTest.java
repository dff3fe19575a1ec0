package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RejectionsTest {
  @Test
  void reasonsAreOneShortLineWithoutQuotedBytes() {
    assertThat(Rejections.clip("invalid WARC record at position 0: <-- HERE -->\\xff\\xfe..."))
        .isEqualTo("invalid WARC record at position 0");
    assertThat(Rejections.clip("first line\n  at some.Parser(line 3)")).isEqualTo("first line");
    assertThat(Rejections.clip("x".repeat(500))).hasSize(Rejections.MAX_REASON).endsWith("...");
    assertThat(Rejections.of("a.txt", "empty input").rejected()).isEqualTo("empty input");
  }
}
