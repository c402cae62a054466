package org.acogida.platform.command;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Options of the form {@code --name value} after a command's words. */
public final class CommandArguments {

    private final Map<String, String> options = new HashMap<>();

    public CommandArguments(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String word = arguments.get(i);
            if (!word.startsWith("--")) {
                throw new IllegalArgumentException("Expected an option such as --name, found: " + word);
            }
            String name = word.substring(2);
            int equals = name.indexOf('=');
            if (equals >= 0) {
                options.put(name.substring(0, equals), name.substring(equals + 1));
            } else if (i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("--")) {
                options.put(name, arguments.get(++i));
            } else {
                options.put(name, "true");
            }
        }
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(options.get(name)).filter(v -> !v.isBlank());
    }

    public String require(String name) {
        return get(name).orElseThrow(() -> new IllegalArgumentException("Missing option --" + name));
    }
}
