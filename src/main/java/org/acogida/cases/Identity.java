package org.acogida.cases;

import java.time.LocalDate;

/**
 * Who a person says they are on one case, exactly as given, in their script: names, date of birth
 * (null when not known), sex (F, M or X), nationality and the document they carry (ISO 3166-1 alpha-3).
 */
public record Identity(String lastNames, String firstNames, LocalDate dateOfBirth, String sex, String nationality, String documentType,
                       String documentNumber) {

    public String displayName() {
        return lastNames + ", " + firstNames;
    }
}
