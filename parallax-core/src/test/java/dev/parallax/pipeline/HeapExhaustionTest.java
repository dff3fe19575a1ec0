package dev.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.pipeline.FaultyBatch.Fault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A document whose stage really allocates until a small heap is exhausted, in a forked JVM: the run
 * survives, rejects exactly that document with its stage, and the other 49 keep the records of a
 * run without it. The fork shares the heap between threads, so the error may strike a bystander
 * first; the run finds the document that needs the memory by running those in flight alone.
 */
@Tag("slow") // forks a JVM with a small heap
class HeapExhaustionTest {
  @TempDir static Path dir;

  @BeforeAll
  static void runWithoutFault() throws IOException {
    FaultIsolationTest.runWithoutFault(dir);
  }

  @ParameterizedTest
  @ValueSource(strings = {"clean", "annotate"})
  void aDocumentThatExhaustsTheHeapIsRejectedAlone(String stage)
      throws IOException, InterruptedException {
    Path out = dir.resolve("heap-" + stage);
    Path log = dir.resolve("heap-" + stage + ".log");
    Process fork =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx96m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    FaultyBatch.class.getName(),
                    FaultIsolationTest.in.toString(),
                    out.toString(),
                    stage,
                    Fault.ALLOCATE.name(),
                    "2"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();

    int exit = fork.waitFor();

    assertThat(exit).as(Files.readString(log)).isZero();
    FaultIsolationTest.assertOnlyTargetRejected(out, stage, Analysis.OUT_OF_MEMORY);
  }
}
