package org.rightsdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RightsdeskApplication {

  public static void main(String[] args) {
    SpringApplication.run(RightsdeskApplication.class, args);
  }
}
