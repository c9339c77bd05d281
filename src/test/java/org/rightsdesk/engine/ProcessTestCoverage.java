package org.rightsdesk.engine;

import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * The one coverage rule for process tests: each BPMN's test class must cover at least 90% of its flow
 * nodes. The engine's configuration is not named camunda.cfg.xml, which Camunda's webapps and REST API
 * would otherwise pick up inside Spring Boot tests as a second "default" engine.
 */
public final class ProcessTestCoverage {

  public static final double MINIMUM = 0.9;
  static final String CONFIGURATION = "camunda-process-test.cfg.xml";

  private ProcessTestCoverage() {}

  /**
   * @param calledProcesses processes the tested one calls, deployed to run it but measured by their own
   *     test classes
   */
  public static ProcessEngineCoverageExtension extension(String... calledProcesses) {
    return ProcessEngineCoverageExtension.builder(CONFIGURATION)
        .excludeProcessDefinitionKeys(calledProcesses)
        .assertClassCoverageAtLeast(MINIMUM)
        .build();
  }
}
