package org.acogida.cases;

import java.util.UUID;

/** A movement of a case was proposed or its status changed (cancelled, approved, done). */
public record MovementRecorded(UUID movementId, UUID caseId, String memberState, Movement.Kind kind, String destinationCountry,
                               Movement.Status status) {}
