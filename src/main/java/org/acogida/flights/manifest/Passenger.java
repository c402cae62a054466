package org.acogida.flights.manifest;

import java.time.LocalDate;
import java.util.Objects;

/** A passenger as a valid manifest row gives them. Names are kept exactly as written, in their script. */
public record Passenger(int row, String passengerId, String lastNames, String firstNames, LocalDate dateOfBirth, String sex,
                        String citizenship, String documentType, String documentNumber, String familyUnitId, boolean juvenile,
                        boolean unaccompanied, String medicalNotes) {

    /** Everything but the row number: two manifests list the same passenger the same way when this is equal. */
    public String canonical() {
        return String.join("\u001f", passengerId, lastNames, firstNames, dateOfBirth.toString(), sex, citizenship,
                Objects.toString(documentType, ""), Objects.toString(documentNumber, ""), Objects.toString(familyUnitId, ""),
                Boolean.toString(juvenile), Boolean.toString(unaccompanied), Objects.toString(medicalNotes, ""));
    }

    public boolean sameAs(Passenger other) {
        return canonical().equals(other.canonical());
    }
}
