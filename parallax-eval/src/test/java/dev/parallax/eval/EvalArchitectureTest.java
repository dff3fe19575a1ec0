package dev.parallax.eval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of {@code parallax-eval}'s main code: evaluation scores the stages through
 * their own APIs, as the product runs them, so it needs no CoreNLP of its own; and the tasks know
 * nothing of the command line that runs them.
 */
@AnalyzeClasses(
    packages = "dev.parallax.eval",
    importOptions = ImportOption.DoNotIncludeTests.class)
class EvalArchitectureTest {
  @ArchTest
  static final ArchRule noCoreNlpInEvaluation =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("edu.stanford..")
          .as("evaluation reaches CoreNLP only through annotate's adapter");

  @ArchTest
  static final ArchRule tasksKnowNoCommandLine =
      noClasses()
          .that()
          .resideInAPackage("dev.parallax.eval")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("picocli..", "dev.parallax.cli..", "dev.parallax.eval.cli..")
          .as("the eval tasks know nothing of the command line");
}
