package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock between processes: a store held by another process is refused naming that process, and a
 * holder killed with SIGKILL leaves no stale lock behind.
 */
@Tag("slow") // forks a JVM
class StoreLockProcessTest {
  @TempDir Path dir;

  @Test
  void aStoreHeldByAnotherProcessIsRefusedUntilThatProcessIsKilled() throws Exception {
    Path file = dir.resolve("corpus.db");
    Process holder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    Holder.class.getName(),
                    file.toString()))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("holding");

      assertThatThrownBy(() -> RelationalStore.open(file))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("is in use by another analysis")
          .hasMessageContaining("pid " + holder.pid() + " on host ");

      holder.destroyForcibly().waitFor();
      try (RelationalStore store = RelationalStore.open(file)) {
        assertThat(store.size()).isEqualTo(1);
      }
    } finally {
      holder.destroyForcibly();
    }
  }

  /** Opens the store named by its argument, saves one article, says so and holds it open. */
  static final class Holder {
    public static void main(String[] args) throws Exception {
      RelationalStore store = RelationalStore.open(Path.of(args[0]));
      store.save(StoredResults.full("a1"));
      System.out.println("holding");
      System.out.flush();
      Thread.sleep(Long.MAX_VALUE);
    }
  }
}
