package org.rightsdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rules the compiler cannot check. */
@AnalyzeClasses(packages = "org.rightsdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /**
   * The statutory clock is a pure function of its inputs (package-info), so it can be read, tested and reused
   * without Spring or the engine; its adapters live in org.rightsdesk.clock.api.
   */
  @ArchTest
  static final ArchRule statutory_clock_depends_only_on_the_java_platform =
      classes()
          .that()
          .resideInAPackage("org.rightsdesk.clock")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.rightsdesk.clock")
          .because("the clock must stay plain Java 17: no Spring, no Camunda, no other library");

  /**
   * Redaction is a library the case flow calls through a thin delegate and a DPO runs from the command line
   * without starting the service (issue #6), so it must not reach into Spring or the engine.
   */
  @ArchTest
  static final ArchRule redaction_runs_without_spring_or_the_engine =
      classes()
          .that()
          .resideInAPackage("org.rightsdesk.redact")
          .should()
          .onlyDependOnClassesThat()
          .resideOutsideOfPackages("org.springframework..", "org.camunda..")
          .because("the redact command must work without starting Spring or Camunda");
}
