package org.acogida.reception;

import java.time.Instant;
import java.util.UUID;

/** A flight was marked as landed and one case opened per passenger of its manifest. */
public record FlightLanded(UUID flightId, String memberState, Instant landedAt, int casesOpened) {}
