package dev.parallax.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps the fast suite fast: when the build runs it ({@code mvn -Pfast}, which sets {@code
 * parallax.fast=true}), a test that loads CoreNLP's models fails, naming itself, so that it gets
 * {@code @Tag("slow")}. Whether a model was loaded is read from the test class loader (which
 * classes it has loaded), so the check itself loads nothing; the test during which the first model
 * loaded is the one that fails. Inactive in the full build.
 */
public final class FastSuiteGuard implements BeforeEachCallback, AfterEachCallback {
  /** Classes that exist once a CoreNLP pipeline, tagger or SUTime has been built. */
  private static final List<String> MODEL_CLASSES =
      List.of(
          "edu.stanford.nlp.pipeline.StanfordCoreNLP",
          "edu.stanford.nlp.ie.crf.CRFClassifier",
          "edu.stanford.nlp.time.TimeExpressionExtractorImpl");

  private static final boolean FAST = Boolean.getBoolean("parallax.fast");

  /** Whether a model was loaded before the current test: then it is not the one to blame. */
  private boolean loadedBefore;

  @Override
  public void beforeEach(ExtensionContext context) {
    loadedBefore = FAST && MODEL_CLASSES.stream().anyMatch(FastSuiteGuard::loaded);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!FAST || loadedBefore || context.getExecutionException().isPresent()) {
      return;
    }
    for (String name : MODEL_CLASSES) {
      if (loaded(name)) {
        throw new AssertionError(
            "the fast suite must not load CoreNLP, but "
                + context.getDisplayName()
                + " of "
                + context.getRequiredTestClass().getName()
                + " loaded "
                + name
                + ": tag the class @Tag(\"slow\")");
      }
    }
  }

  /** Whether the test class loader has loaded {@code name} (without loading it). */
  static boolean loaded(String name) {
    ClassLoader loader = FastSuiteGuard.class.getClassLoader();
    try {
      Method find = ClassLoader.class.getDeclaredMethod("findLoadedClass", String.class);
      find.setAccessible(true); // the fast profile opens java.lang to the tests
      return find.invoke(loader, name) != null;
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot ask the class loader what it loaded", e);
    }
  }
}
