package dev.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The markers of a task's attempts: what a retry learns from the attempts that died. */
class AttemptsTest {
  @TempDir Path dir;

  @Test
  void anInputInProgressWhenTwoAttemptsDiedIsAKillerOneDeathIsNot() {
    String folder = dir.resolve("_attempts").toString();
    new Attempts(folder, 3, 0, 0).starting(5);
    assertThat(new Attempts(folder, 3, 0, 1).killers()).isEmpty();
    new Attempts(folder, 3, 0, 1).starting(5);
    // another partition's and another stage's deaths do not count
    new Attempts(folder, 3, 1, 0).starting(9);
    new Attempts(folder, 4, 0, 0).starting(9);

    assertThat(new Attempts(folder, 3, 0, 2).killers()).containsExactly(5L);
    assertThat(new Attempts(folder, 3, 1, 1).killers()).isEmpty();
  }

  @Test
  void anAttemptThatEndsWellLeavesNoMarker() throws Exception {
    String folder = dir.resolve("_attempts").toString();
    Attempts attempt = new Attempts(folder, 0, 2, 0);
    attempt.starting(1);
    attempt.starting(2);
    attempt.done();
    try (var left = Files.list(dir.resolve("_attempts"))) {
      assertThat(left.filter(p -> !p.getFileName().toString().startsWith("."))).isEmpty();
    }
  }

  @Test
  void noFolderYetMeansNoKillers() {
    assertThat(new Attempts(dir.resolve("none").toString(), 0, 0, 1).killers()).isEmpty();
  }
}
