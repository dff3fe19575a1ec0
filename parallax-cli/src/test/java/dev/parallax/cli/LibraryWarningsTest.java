package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What reaches the terminal when CoreNLP warns: a control character in a report makes its tokenizer
 * log "Untokenizable". Both the command's error writer and the process's standard error are
 * captured, so a warning printed past the command's writer would show too.
 */
@Tag("slow") // runs CoreNLP
class LibraryWarningsTest {
  // A bidi override: decoding keeps it (it removes only C0 control bytes), CoreNLP's tokenizer
  // warns about it.
  private static final String WARNING =
      "WARN edu.stanford.nlp.process.PTBLexer - Untokenizable: \u202E";

  @TempDir Path dir;

  /** A run's output, with whatever it wrote to the process's standard error after its own. */
  private MainTest.Run run(String... args) {
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      MainTest.Run r = MainTest.run(args);
      return new MainTest.Run(
          r.exit(), r.out(), r.err() + captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(stderr);
    }
  }

  private String[] analyze(String... options) throws IOException {
    Path input =
        Files.writeString(
            dir.resolve("odd.txt"), "The mayor\u202E said on Monday that the bridge would reopen.");
    String[] common = {"analyze", "--until", "annotate", "--out", dir.resolve("out").toString()};
    String[] args = new String[options.length + common.length + 1];
    System.arraycopy(options, 0, args, 0, options.length);
    System.arraycopy(common, 0, args, options.length, common.length);
    args[args.length - 1] = input.toString();
    return args;
  }

  @Test
  void byDefaultNoLibraryWarningReachesTheTerminal() throws IOException {
    MainTest.Run r = run(analyze());

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("parallax: 1 articles, 0 rejected, 0 diagnostics");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void verboseLetsTheLibraryWarningsThrough() throws IOException {
    MainTest.Run r = run(analyze("--verbose"));

    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains(WARNING);
    assertThat(r.out()).startsWith("parallax: 1 articles, 0 rejected, 0 diagnostics");
  }
}
