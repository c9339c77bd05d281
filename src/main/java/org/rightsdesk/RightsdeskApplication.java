package org.rightsdesk;

import java.util.Arrays;
import org.rightsdesk.gate.InspectCommand;
import org.rightsdesk.redact.RedactCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RightsdeskApplication {

  public static void main(String[] args) {
    // "redact IN.pdf OUT.pdf ..." and "inspect FILE..." are one-off commands for a DPO: they must not start the
    // service or the engine
    if (args.length > 0 && "redact".equals(args[0])) {
      System.exit(RedactCommand.run(Arrays.copyOfRange(args, 1, args.length)));
    }
    if (args.length > 0 && "inspect".equals(args[0])) {
      System.exit(InspectCommand.run(Arrays.copyOfRange(args, 1, args.length)));
    }
    SpringApplication.run(RightsdeskApplication.class, args);
  }
}
