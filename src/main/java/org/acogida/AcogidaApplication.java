package org.acogida;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "platform")
public class AcogidaApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(AcogidaApplication.class, args);
        String command = context.getEnvironment().getProperty("acogida.command", "");
        if (!command.isBlank()) {
            // A command (./acogida audit verify, ...) ran instead of the server: exit with its code.
            System.exit(SpringApplication.exit(context));
        }
    }
}
