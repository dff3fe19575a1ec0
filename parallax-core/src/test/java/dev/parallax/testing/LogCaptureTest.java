package dev.parallax.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Diagnostics;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The test JVM's log capture: what tests log reaches {@link LogCapture}, undeclared or not. */
class LogCaptureTest {
  @Test
  @ExpectedLog("WARN dev.parallax.testing.LogCaptureTest: a declared warning 7")
  void aDeclaredWarningIsCapturedAndAllowed() {
    LoggerFactory.getLogger(LogCaptureTest.class).warn("a declared warning {}", 7);
    assertThat(LogCapture.lines())
        .extracting(Object::toString)
        .containsExactly("WARN dev.parallax.testing.LogCaptureTest: a declared warning 7");
  }

  @Test
  @ExpectedLog("annotate: failed on one article")
  void aDiagnosticOutsideThePipelineIsLoggedAsAWarning() {
    Diagnostics.logged("annotate").report("failed on one article");
    assertThat(LogCapture.lines()).hasSize(1);
  }

  @Test
  void infoLinesAreNotKept() {
    LoggerFactory.getLogger(LogCaptureTest.class).info("progress");
    assertThat(LogCapture.lines()).isEmpty();
  }

  @Test
  void anUndeclaredWarningIsReported() {
    LogCapture.reset();
    LogCapture.add(new LogCapture.Line("WARN", "x", "surprise"));
    assertThat(NoUndeclaredWarnings.undeclared(LogCapture.lines(), java.util.List.of())).hasSize(1);
    assertThat(
            NoUndeclaredWarnings.undeclared(
                LogCapture.lines(), java.util.List.of(java.util.regex.Pattern.compile("surp"))))
        .isEmpty();
    LogCapture.reset();
  }
}
