package org.acogida.reception;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * How a case's person arrived and where they stand at the desk: by which flight (its passenger id on
 * the manifest) or crossing, at which arrival point and on which day, the family unit as the manifest
 * names it, the sending state's medical notes, and the check-in.
 */
public record Arrival(UUID caseId, ArrivalKind kind, UUID flightId, String passengerId, String arrivalPoint, LocalDate arrivedOn,
                      String familyUnitId, String medicalNotes, CheckIn checkIn, Instant checkedInAt) {}
