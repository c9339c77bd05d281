package org.rightsdesk.gate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.rightsdesk.gate", importOptions = ImportOption.DoNotIncludeTests.class)
class GateArchitectureTest {

  /** The inspect command runs before Spring starts, and the release phase calls the gate as a plain library. */
  @ArchTest
  static final ArchRule gate_needs_neither_spring_nor_the_engine =
      noClasses()
          .that()
          .resideInAPackage("org.rightsdesk.gate")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "org.camunda..")
          .because("the gate is a library the release phase wires in, and a command that must start fast");
}
