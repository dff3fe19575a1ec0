package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./parallax} launcher, run on a copy of itself with stand-ins for {@code mvn} (which
 * records how it was called and makes the files a build makes) and {@code java}.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherTest {
  private static final Path LAUNCHER = Path.of("..", "parallax");

  @TempDir Path dir;

  /** What one launch printed on standard error, and how it called Maven. */
  record Launch(String err, String mvnArgs, String mavenOpts) {}

  private Launch launch(String... args) throws IOException, InterruptedException {
    Path root = Files.createTempDirectory(dir, "checkout");
    Files.copy(LAUNCHER, root.resolve("parallax"), StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(
        root.resolve("pom.xml"), "<properties><corenlp.version>9.9</corenlp.version></properties>");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    stub(
        bin.resolve("mvn"),
        "echo \"$*\" > \"" + dir.resolve("mvn-args") + "\"",
        "echo \"$MAVEN_OPTS\" > \"" + dir.resolve("maven-opts") + "\"",
        "for m in parallax-cli parallax-eval parallax-serve; do",
        "  mkdir -p $m/target && touch $m/target/$m.jar && echo /nowhere.jar > $m/target/classpath.txt",
        "done");
    stub(bin.resolve("java"), "echo ran");
    List<String> command = new ArrayList<>(List.of("bash", root.resolve("parallax").toString()));
    command.addAll(args.length == 0 ? List.of("--help") : List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> env = pb.environment();
    env.remove("MAVEN_OPTS");
    env.put("HOME", dir.resolve("home").toString());
    env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isZero();
    return new Launch(
        err,
        Files.readString(dir.resolve("mvn-args")),
        Files.readString(dir.resolve("maven-opts")));
  }

  private static void stub(Path file, String... lines) throws IOException {
    Files.writeString(file, "#!/usr/bin/env bash\n" + String.join("\n", lines) + "\n");
    assertThat(file.toFile().setExecutable(true)).isTrue();
  }

  @Test
  void firstRunSaysItDownloadsTheModelsAndMavenPrintsNoColour()
      throws IOException, InterruptedException {
    Launch first = launch();

    assertThat(first.err())
        .startsWith("parallax: first run: downloading about 520 MB of models and libraries")
        .doesNotContain("\u001b");
    assertThat(first.mvnArgs())
        .contains("-q", "-B", "-Dstyle.color=never", "-pl parallax-cli -am package");
    assertThat(first.mavenOpts()).contains("-Djansi.noreset=true");
  }

  @Test
  void aBuildWithTheModelsAlreadyDownloadedSaysOnlyThatItBuilds()
      throws IOException, InterruptedException {
    Path models = dir.resolve("home/.m2/repository/edu/stanford/nlp/stanford-corenlp/9.9");
    Files.createDirectories(models);
    Files.createFile(models.resolve("stanford-corenlp-9.9-models.jar"));

    assertThat(launch().err()).isEqualTo("parallax: building (first run or sources changed)...\n");
  }

  @Test
  void evalAndBenchBuildAndRunParallaxEvalAndTheRestParallaxCliAlone()
      throws IOException, InterruptedException {
    Launch eval = launch("--quiet", "eval", "actors", "--data", "examples");
    Launch help = launch("help", "bench");
    Launch analyze = launch("analyze", "--out", "out", "examples/");

    assertThat(eval.err()).startsWith("parallax: first run: downloading about 760 MB");
    assertThat(eval.mvnArgs()).contains("-pl parallax-eval -am package");
    assertThat(help.mvnArgs()).contains("-pl parallax-eval -am package");
    assertThat(analyze.mvnArgs()).contains("-pl parallax-cli -am package");
  }

  @Test
  void serveBuildsAndRunsParallaxServe() throws IOException, InterruptedException {
    Launch serve = launch("serve", "--store", "corpus.db");
    Launch help = launch("help", "serve");

    assertThat(serve.err()).startsWith("parallax: first run: downloading about 530 MB");
    assertThat(serve.mvnArgs()).contains("-pl parallax-serve -am package");
    assertThat(help.mvnArgs()).contains("-pl parallax-serve -am package");
  }
}
