package org.acogida.architecture.exposure;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.acogida.architecture.exposure.internal.Hidden;

/** Each way a type can show an internal one, for ExposeNoInternalTypeTest; and ways that show nothing. */
public class Leaks {

    public Hidden[] field;

    private Hidden kept;

    public List<Map<String, Hidden>> nested() {
        return List.of();
    }

    public void takes(Optional<Hidden> hidden) {
    }

    String packagePrivate(Hidden hidden) {
        return hidden.value();
    }

    public String unrelated(String value) {
        return value;
    }

    public record Carrier(Hidden hidden, String name) {}
}
