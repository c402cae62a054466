package org.acogida.demo;

import java.util.List;

import org.acogida.platform.config.PlatformProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** In demo mode: loads the demo data set (on first start), then prints where Acogida runs and the demo accounts. */
@Component
class DemoStartup implements ApplicationRunner {

    private final PlatformProperties platform;
    private final DemoDataGenerator generator;
    private final String command;

    DemoStartup(PlatformProperties platform, DemoDataGenerator generator, @Value("${acogida.command:}") String command) {
        this.platform = platform;
        this.generator = generator;
        this.command = command;
    }

    private boolean active() {
        return platform.mode() == PlatformProperties.Mode.DEMO && command.isBlank();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (active()) {
            generator.generate(platform.dataDirectory());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce(ApplicationReadyEvent event) {
        if (!active()) {
            return;
        }
        String address = event.getApplicationContext().getEnvironment().getProperty("server.address", "127.0.0.1");
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        List<DemoData.Account> accounts = DemoAccounts.read(platform.dataDirectory());
        StringBuilder banner = new StringBuilder();
        banner.append("\n  Acogida demo is running at http://").append(address).append(':').append(port).append("/\n");
        banner.append("  Data directory: ").append(platform.dataDirectory().toAbsolutePath().normalize()).append('\n');
        banner.append("\n  Demo accounts (user name, password, role, member state):\n");
        for (DemoData.Account account : accounts) {
            banner.append(String.format("    %-22s %-26s %-20s %s%n", account.username(), account.password(), account.role(), account.member()));
        }
        if (accounts.isEmpty()) {
            banner.append("    (none listed: ").append(DemoAccounts.FILE_NAME).append(" is missing from the data directory)\n");
        }
        banner.append("\n  Stop with Ctrl+C.\n");
        System.out.println(banner);
    }
}
