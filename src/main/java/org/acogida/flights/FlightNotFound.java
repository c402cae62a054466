package org.acogida.flights;

import java.util.UUID;

import org.acogida.platform.errors.RecordNotFound;

public class FlightNotFound extends RecordNotFound {
    private FlightNotFound(UUID id) {
        super("flight", id);
    }

    public static FlightNotFound forId(UUID id) {
        return new FlightNotFound(id);
    }
}
