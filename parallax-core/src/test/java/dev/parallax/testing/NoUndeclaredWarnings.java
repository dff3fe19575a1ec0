package dev.parallax.testing;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that logged a WARN or ERROR line it did not declare with {@link ExpectedLog}: a
 * problem met while analysing must reach the diagnostics a test can see, not only a log. Registered
 * for every test of the module through JUnit's extension auto-detection.
 */
public final class NoUndeclaredWarnings implements BeforeEachCallback, AfterEachCallback {
  @Override
  public void beforeEach(ExtensionContext context) {
    LogCapture.reset();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<Pattern> declared = new ArrayList<>();
    declared(context.getTestMethod()).forEach(declared::add);
    declared(context.getTestClass()).forEach(declared::add);
    List<LogCapture.Line> undeclared = undeclared(LogCapture.lines(), declared);
    LogCapture.reset();
    if (!undeclared.isEmpty() && context.getExecutionException().isEmpty()) {
      throw new AssertionError(
          "the test logged warnings it did not declare with @ExpectedLog: " + undeclared);
    }
  }

  /** The lines no pattern of {@code declared} finds. */
  static List<LogCapture.Line> undeclared(List<LogCapture.Line> lines, List<Pattern> declared) {
    return lines.stream()
        .filter(l -> declared.stream().noneMatch(p -> p.matcher(l.toString()).find()))
        .toList();
  }

  private static List<Pattern> declared(Optional<? extends AnnotatedElement> element) {
    return element.stream()
        .map(e -> e.getAnnotation(ExpectedLog.class))
        .filter(a -> a != null)
        .flatMap(a -> java.util.Arrays.stream(a.value()))
        .map(Pattern::compile)
        .toList();
  }
}
