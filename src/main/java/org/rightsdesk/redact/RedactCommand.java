package org.rightsdesk.redact;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar rightsdesk.jar redact IN.pdf OUT.pdf [--term TEXT]... [--pattern REGEX]... [--detect]}: one-off
 * redaction for a DPO, outside any case and without starting the service. Writes OUT.pdf only if verification
 * passes and prints the redaction log as JSON lines (hashes, never the removed text).
 */
@Command(name = "redact", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Remove text, personal data and areas from a PDF for good, verify the result, print the log.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:redacted and verified", "1:not redacted: unreadable input or redacted data still found",
        "2:invalid arguments"})
public final class RedactCommand implements Callable<Integer> {

  static final int NOT_REDACTED = 1;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN.pdf", description = "the PDF to redact")
  private Path input;

  @Parameters(index = "1", paramLabel = "OUT.pdf", description = "where to write the redacted PDF")
  private Path output;

  @Option(names = "--term", paramLabel = "TEXT", description = "a phrase to remove, in any case and spacing")
  private List<String> terms = new ArrayList<>();

  @Option(names = "--pattern", paramLabel = "REGEX", description = "a Java regular expression to remove")
  private List<String> patterns = new ArrayList<>();

  @Option(names = "--detect", description = "also remove personal data the detector finds (email, phone, NI number, "
      + "postcode, date of birth, UPN, ULN)")
  private boolean detect;

  @Option(names = "--third-party", paramLabel = "NAME", description = "a third party's name (implies --detect)")
  private List<String> thirdParties = new ArrayList<>();

  @Option(names = "--area", paramLabel = "PAGE:X,Y,W,H",
      description = "a rectangle to remove, in PDF points from the page's bottom left; pages count from 1")
  private List<String> areas = new ArrayList<>();

  @Option(names = "--reason", paramLabel = "CODE", defaultValue = "FOIA-s40(2)",
      description = "the exemption code every redaction is withheld under (default: ${DEFAULT-VALUE})")
  private String reason;

  /** Runs the command with the process's streams; logging goes to stderr so stdout stays JSON lines. */
  public static int run(String... args) {
    quietLogging();
    return new CommandLine(new RedactCommand()).execute(args);
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RedactionRequest request = request();
    if (!request.searchesText() && request.areas().isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Nothing to redact: give --term, --pattern, --detect, --third-party or --area");
    }
    ObjectMapper json = new ObjectMapper();
    // the log waits on disk until verification passes: nothing is printed for a file that is not written,
    // and a long document's log does not fill memory
    Path spool = Files.createTempFile("rightsdesk-redaction-log", ".jsonl");
    try {
      RedactionResult result;
      try (BufferedWriter log = Files.newBufferedWriter(spool)) {
        result = new RedactionService(ReasonCodes.fromCatalogue()).redact(input, output,
            input.getFileName().toString(), request, entry -> writeLine(log, json, entry));
      } catch (RedactionException e) {
        err.println("Not redacted, nothing written: " + e.getMessage());
        return NOT_REDACTED;
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      try (BufferedReader log = Files.newBufferedReader(spool)) {
        log.transferTo(out);
      }
      for (String part : result.stripped()) {
        out.println(json.writeValueAsString(Map.of("stripped", part)));
      }
      out.println(json.writeValueAsString(Map.of("verified", result.verification().passed(), "pages", result.pages())));
      out.flush();
      return 0;
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  private static void writeLine(BufferedWriter log, ObjectMapper json, RedactionLogEntry entry) {
    try {
      log.write(json.writeValueAsString(entry));
      log.newLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private RedactionRequest request() {
    List<RedactionRequest.Term> termRules = terms.stream()
        .map(t -> new RedactionRequest.Term(t, DataKind.TERM, reason))
        .toList();
    List<RedactionRequest.PatternRule> patternRules = patterns.stream()
        .map(p -> new RedactionRequest.PatternRule(p, reason))
        .toList();
    List<RedactionRequest.Area> areaRules = areas.stream().map(this::area).toList();
    RedactionRequest.Detection detection = detect || !thirdParties.isEmpty()
        ? new RedactionRequest.Detection(reason, thirdParties)
        : null;
    return new RedactionRequest(termRules, patternRules, areaRules, detection);
  }

  private RedactionRequest.Area area(String spec) {
    try {
      String[] pageAndBox = spec.split(":", 2);
      String[] box = pageAndBox[1].split(",");
      return new RedactionRequest.Area(Integer.parseInt(pageAndBox[0].trim()), Float.parseFloat(box[0].trim()),
          Float.parseFloat(box[1].trim()), Float.parseFloat(box[2].trim()), Float.parseFloat(box[3].trim()), reason);
    } catch (RuntimeException e) {
      throw new CommandLine.ParameterException(this.spec.commandLine(),
          "--area must be PAGE:X,Y,WIDTH,HEIGHT with a page from 1 and a positive size, not " + spec, e);
    }
  }

  /** Outside Spring nothing configures logback, whose default would print debug lines into the JSON on stdout. */
  private static void quietLogging() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    context.reset();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%level %logger{0}: %msg%n");
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.addAppender(stderr);
    root.setLevel(Level.ERROR);
  }
}
