package org.acogida.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The shipped message files, read as a test would check a page against them. */
public final class Messages {

    private Messages() {
    }

    public static String get(String language, String key, Object... arguments) {
        String file = language.equals("es") ? "messages.properties" : "messages_" + language + ".properties";
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MessageFormat(properties.getProperty(key), Locale.of(language)).format(arguments);
    }
}
