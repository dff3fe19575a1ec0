package dev.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** serve is one command with the rest, and refuses what it cannot serve safely before it binds. */
class ServeCommandTest {
  @TempDir Path dir;

  private record Run(int exit, String err) {}

  private Run run(String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    cli.setOut(new PrintWriter(new StringWriter()));
    int exit = cli.execute(args);
    return new Run(exit, err.toString());
  }

  @Test
  void serveIsACommandOfParallax() {
    assertThat(Main.commandLine().getSubcommands()).containsKey("serve");
  }

  @Test
  void beyondLoopbackWithoutATokenIsAUsageError() {
    Path store = dir.resolve("c.db");
    TestCorpus.write(store);
    Run r = run("serve", "--store", store.toString(), "--host", "0.0.0.0", "--port", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("needs a token");
  }

  @Test
  void anEmptyTokenFileIsAUsageError() throws Exception {
    Path token = Files.writeString(dir.resolve("token"), "\n");
    Run r = run("serve", "--store", "x.db", "--host", "0.0.0.0", "--token-file", token.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("is empty");
  }

  @Test
  void noStoreThereIsAUsageError() {
    Run r = run("serve", "--store", dir.resolve("none.db").toString(), "--port", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no store to read");
  }

  @Test
  void aBadPortIsAUsageError() {
    Run r = run("serve", "--store", "x.db", "--port", "70000");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--port");
  }
}
