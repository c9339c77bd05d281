package org.rightsdesk.gate;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar rightsdesk.jar inspect [--clean OUT_DIR] FILE...}: the gate for a DPO's one-off use, without
 * starting the service. One JSON object per finding on standard output. Exit 0 when no file has a blocking
 * finding, 3 when one has, 2 when a file cannot be read from disk (a file that is read but whose content is
 * corrupt or encrypted is a blocking finding, 3). With --clean the cleaned copies are written to OUT_DIR, their
 * own findings printed under their own names, and the exit code describes the cleaned copies; a file that
 * cannot be cleaned keeps its blocking findings.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = "Finds hidden data in files before release and optionally writes cleaned copies.")
public final class InspectCommand implements Callable<Integer> {

  static final int CLEAR = 0;
  static final int CANNOT_READ = 2;
  static final int BLOCKED = 3;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--clean", paramLabel = "OUT_DIR", description = "write a cleaned copy of each file here")
  private Path cleanDirectory;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "files to inspect")
  private List<Path> files;

  private final DisclosureGate gate;
  private final PrintWriter out;

  InspectCommand(DisclosureGate gate, PrintWriter out) {
    this.gate = gate;
    this.out = out;
  }

  /** Runs the command with the arguments after "inspect" and returns the exit code. */
  public static int run(String... args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    return run(out, new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
  }

  static int run(PrintWriter out, PrintWriter err, String... args) {
    quietLogging();
    CommandLine command = new CommandLine(new InspectCommand(new DisclosureGate(), out));
    command.setOut(out);
    command.setErr(err);
    return command.execute(args);
  }

  /**
   * Without Spring, Logback would print the libraries' debug messages to standard output among the JSON lines;
   * only errors are shown, on standard error, since a warning from a parser can quote the file's content.
   */
  static void quietLogging() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    context.reset();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%level %logger{0}: %msg%n");
    encoder.start();
    ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
    appender.setContext(context);
    appender.setTarget("System.err");
    appender.setEncoder(encoder);
    appender.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.ERROR);
    root.addAppender(appender);
  }

  @Override
  public Integer call() throws IOException {
    boolean unreadable = false;
    boolean blocked = false;
    Set<Path> written = new HashSet<>();
    if (cleanDirectory != null) {
      Files.createDirectories(cleanDirectory);
    }
    for (Path file : files) {
      byte[] content;
      try {
        content = Files.readAllBytes(file);
      } catch (IOException e) {
        unreadable = true;
        print(file.toString(), new Finding(FindingKind.UNREADABLE, "file", Severity.BLOCKING,
            "cannot be read from disk (" + e.getClass().getSimpleName() + ")", null));
        continue;
      }
      String name = file.getFileName().toString();
      if (cleanDirectory == null) {
        Inspection inspection = gate.inspect(name, content);
        inspection.findings().forEach(f -> print(file.toString(), f));
        blocked |= inspection.blocked();
        continue;
      }
      Cleaned cleaned = gate.clean(name, content);
      cleaned.fixes().forEach(f -> print(file.toString(), f));
      if (!cleaned.produced()) {
        blocked |= cleaned.fixes().stream().anyMatch(Finding::isBlocking);
        continue;
      }
      Path copy = unused(cleanDirectory.resolve(cleaned.fileName()), written);
      Files.write(copy, cleaned.content());
      written.add(copy);
      Inspection again = gate.inspect(cleaned.fileName(), cleaned.content());
      again.findings().forEach(f -> print(copy.toString(), f));
      blocked |= again.blocked();
    }
    out.flush();
    return unreadable ? CANNOT_READ : blocked ? BLOCKED : CLEAR;
  }

  /** report.docx and report.pdf both clean to report.pdf: the second becomes report-2.pdf. */
  private static Path unused(Path copy, Set<Path> written) {
    String name = copy.getFileName().toString();
    int dot = name.lastIndexOf('.');
    Path candidate = copy;
    for (int n = 2; written.contains(candidate); n++) {
      candidate = copy.resolveSibling(name.substring(0, dot) + "-" + n + name.substring(dot));
    }
    return candidate;
  }

  private void print(String file, Finding finding) {
    Map<String, String> line = new LinkedHashMap<>();
    line.put("file", file);
    line.put("kind", finding.kind().name());
    line.put("location", finding.location());
    line.put("severity", finding.severity().name());
    line.put("detail", finding.detail());
    if (finding.fix() != null) {
      line.put("fix", finding.fix());
    }
    try {
      out.println(JSON.writeValueAsString(line));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A finding could not be written as JSON", e);
    }
  }
}
