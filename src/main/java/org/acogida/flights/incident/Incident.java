package org.acogida.flights.incident;

import java.time.Instant;
import java.util.UUID;

/** An incident on a flight; {@code breachedRule} names the protocol rule it breaches, or is null. */
public record Incident(UUID id, UUID flightId, IncidentKind kind, Severity severity, String breachedRule, String description,
                       UUID reportedBy, Instant reportedAt) {
}
