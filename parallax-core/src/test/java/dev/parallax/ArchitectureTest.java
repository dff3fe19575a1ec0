package dev.parallax;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of {@code parallax-core}'s main code (ARCHITECTURE.md: packages by stage, the
 * NLP backend behind an adapter, the pipeline drives the stages). A rule broken here names the
 * offending class and dependency.
 */
@AnalyzeClasses(packages = "dev.parallax", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  /** CoreNLP stays behind Parallax's own types, so another backend can replace it. */
  @ArchTest
  static final ArchRule coreNlpOnlyInItsAdapter =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.parallax.annotate.corenlp..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("edu.stanford..")
          .as("only annotate.corenlp may use CoreNLP");

  /** The document model is the bottom layer: records every stage shares, depending on none. */
  @ArchTest
  static final ArchRule modelDependsOnNoOtherParallaxPackage =
      classes()
          .that()
          .resideInAPackage("dev.parallax.model..")
          .should()
          .onlyDependOnClassesThat(
              resideInAPackage("dev.parallax.model..")
                  .or(not(resideInAPackage("dev.parallax..")))
                  .as("reside in model or outside Parallax"));

  /**
   * The pipeline drives the stages, never the reverse: nothing but the pipeline itself reads it.
   */
  @ArchTest
  static final ArchRule noStageDependsOnThePipeline =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.parallax.pipeline..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.parallax.pipeline..")
          .as("no stage depends on the pipeline");

  /**
   * Time reads annotate's sentences and fills its time layer; annotate (its backend adapter
   * included) imports nothing from time, so the two never form a cycle.
   */
  @ArchTest
  static final ArchRule annotateDoesNotDependOnTime =
      noClasses()
          .that()
          .resideInAPackage("dev.parallax.annotate..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.parallax.time..")
          .as("annotate does not depend on time (time depends on annotate)");

  /** No cycle among the top-level packages: a package's subpackages count as the package. */
  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching("dev.parallax.(*)..").should().beFreeOfCycles();
}
