package org.acogida.reception;

import java.time.LocalDate;

/** A person who arrived without a flight notice: at a land crossing or at the centre. */
public record WalkIn(String arrivalPoint, ArrivalKind kind, String lastNames, String firstNames, LocalDate dateOfBirth, String sex,
                     String nationality, String documentType, String documentNumber, boolean unaccompanied) {}
