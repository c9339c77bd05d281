package org.rightsdesk.engine;

import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/** The one coverage rule for process tests: each BPMN's test class must cover at least 90% of its flow nodes. */
public final class ProcessTestCoverage {

  public static final double MINIMUM = 0.9;

  private ProcessTestCoverage() {}

  public static ProcessEngineCoverageExtension extension() {
    return ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(MINIMUM).build();
  }
}
