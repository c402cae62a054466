package org.acogida.platform.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertiesPropertySource;

/**
 * Secrets are never in the repository. Each one is taken from the environment when the operator
 * sets it (for example {@code ACOGIDA_AUDIT_KEY}); otherwise it is generated once, on first start,
 * and kept in {@code <data directory>/secrets.properties}, readable by its owner only. Losing that
 * file means the audit chain can no longer be verified: back it up with the database.
 */
public class LocalSecrets implements EnvironmentPostProcessor {

    static final String FILE_NAME = "secrets.properties";

    /** Every secret Acogida needs, with its size in random bytes. */
    static final Map<String, Integer> SECRETS = Map.of(
            "acogida.audit.key", 32,
            "acogida.embedded-database.password", 24);

    private final SecureRandom random = new SecureRandom();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean allPresent = SECRETS.keySet().stream().allMatch(environment::containsProperty);
        if (allPresent) {
            return;
        }
        Path directory = Path.of(environment.getProperty("acogida.data-directory", "./data"));
        Path file = directory.resolve(FILE_NAME);
        Properties stored = load(file);
        boolean changed = false;
        for (Map.Entry<String, Integer> secret : SECRETS.entrySet()) {
            if (!environment.containsProperty(secret.getKey()) && !stored.containsKey(secret.getKey())) {
                byte[] bytes = new byte[secret.getValue()];
                random.nextBytes(bytes);
                stored.setProperty(secret.getKey(), Base64.getEncoder().encodeToString(bytes));
                changed = true;
            }
        }
        if (changed) {
            save(directory, file, stored);
        }
        environment.getPropertySources().addLast(new PropertiesPropertySource("acogida-local-secrets", stored));
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the secrets in " + file, e);
            }
        }
        return properties;
    }

    private static void save(Path directory, Path file, Properties properties) {
        try {
            Files.createDirectories(directory);
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows file systems have no POSIX permissions; the data directory's ACL applies.
            }
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING)) {
                properties.store(out, "Acogida secrets, generated on first start. Keep private; back up with the database.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the secrets to " + file, e);
        }
    }
}
