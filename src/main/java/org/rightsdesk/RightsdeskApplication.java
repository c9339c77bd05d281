package org.rightsdesk;

import java.util.Arrays;
import org.rightsdesk.redact.RedactCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RightsdeskApplication {

  public static void main(String[] args) {
    // "redact IN.pdf OUT.pdf ..." is a one-off command for a DPO: it must not start the service or the engine
    if (args.length > 0 && "redact".equals(args[0])) {
      System.exit(RedactCommand.run(Arrays.copyOfRange(args, 1, args.length)));
    }
    SpringApplication.run(RightsdeskApplication.class, args);
  }
}
