package org.rightsdesk.portal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Stands in for the process side: records each answer and returns the outcome a test sets per case. */
public class RecordingAnswers implements PortalAnswers {

  /** Each call, as "method reference detail". */
  public final List<String> calls = new CopyOnWriteArrayList<>();
  /** The files of each evidence call. */
  public final List<List<UploadedFile>> evidence = new CopyOnWriteArrayList<>();
  private final Map<String, AnswerOutcome> outcomes = new ConcurrentHashMap<>();

  public void answerWith(String caseReference, AnswerOutcome outcome) {
    outcomes.put(caseReference, outcome);
  }

  public List<String> callsFor(String caseReference) {
    return calls.stream().filter(call -> call.contains(" " + caseReference)).toList();
  }

  @Override
  public PortalCaseView view(String caseReference, PortalPurpose purpose) {
    return new PortalCaseView(
        caseReference,
        "Paused until we hear from you (" + caseReference + ")",
        "14 April 2026",
        switch (purpose) {
          case CLARIFICATION -> "Which school years do you mean?";
          case IDENTITY_EVIDENCE -> "A copy of your passport or driving licence.";
          case FEE -> "Copying 600 pages and postage.";
          case CONSULTATION -> throw new IllegalStateException("consultee links go to the consultation");
        },
        List.of("Passport", "Driving licence"),
        "£12.50");
  }

  @Override
  public AnswerOutcome answerClarification(String caseReference, String answer) {
    calls.add("clarification " + caseReference + " " + answer);
    return outcomes.getOrDefault(caseReference, AnswerOutcome.ACCEPTED);
  }

  @Override
  public AnswerOutcome submitEvidence(String caseReference, List<UploadedFile> files) {
    calls.add("evidence " + caseReference + " " + files.size());
    evidence.add(files);
    return outcomes.getOrDefault(caseReference, AnswerOutcome.ACCEPTED);
  }

  @Override
  public AnswerOutcome respondToFee(String caseReference, boolean accept) {
    calls.add("fee " + caseReference + " " + accept);
    return outcomes.getOrDefault(caseReference, AnswerOutcome.ACCEPTED);
  }

  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {
    /** Stands in front of the real phases, so the pages are tested on their own. */
    @Bean
    @Primary
    RecordingAnswers recordingAnswers() {
      return new RecordingAnswers();
    }
  }
}
