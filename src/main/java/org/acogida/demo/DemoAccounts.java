package org.acogida.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo accounts and their passwords, kept in {@code <data directory>/demo-accounts.txt}
 * (readable by its owner only) so that every start of the demo can show them again.
 */
final class DemoAccounts {

    static final String FILE_NAME = "demo-accounts.txt";

    private DemoAccounts() {
    }

    static List<DemoData.Account> read(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<DemoData.Account> accounts = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                accounts.add(new DemoData.Account(fields[0], fields[1], fields[2], fields[3], fields[4]));
            }
            return accounts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void append(Path dataDirectory, DemoData.Account account) {
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDirectory);
            if (!Files.exists(file)) {
                Files.writeString(file, "# Demo accounts of this Acogida demo: user name, password, role, member state, name (tab-separated).\n",
                        StandardCharsets.UTF_8);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Not a POSIX file system: the data directory's own permissions apply.
                }
            }
            Files.writeString(file, String.join("\t", account.username(), account.password(), account.role(), account.member(), account.displayName()) + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
