package org.rightsdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RightsdeskApplication {

  public static void main(String[] args) {
    if (args.length > 0 && "inspect".equals(args[0])) {
      System.exit(org.rightsdesk.gate.InspectCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
    }
    SpringApplication.run(RightsdeskApplication.class, args);
  }
}
