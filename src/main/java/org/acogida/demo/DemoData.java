package org.acogida.demo;

import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

/** The demo data set as other code (the launcher's startup, tests) asks for it: generate it, and list its accounts. */
@Component
public class DemoData {

    /** A demo account and its password, as kept in the data directory. */
    public record Account(String username, String password, String role, String member, String displayName) {}

    private final DemoDataGenerator generator;

    DemoData(DemoDataGenerator generator) {
        this.generator = generator;
    }

    /** Generates what is missing of the demo data set and returns every demo account listed in the directory. */
    public List<Account> generateInto(Path dataDirectory) {
        generator.generate(dataDirectory);
        return DemoAccounts.read(dataDirectory);
    }
}
