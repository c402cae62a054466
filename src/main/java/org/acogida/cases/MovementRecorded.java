package org.acogida.cases;

import java.util.UUID;

/**
 * A movement of a case was proposed or cancelled. A cancellation because the person is now marked
 * against the country ({@code forbiddenByNonRefoulement}) leaves the country out: which country a
 * person fears is read from the marks by those who may, never from an event.
 */
public record MovementRecorded(UUID movementId, UUID caseId, String memberState, Movement.Kind kind, String destinationCountry,
                               Movement.Status status, boolean forbiddenByNonRefoulement) {}
