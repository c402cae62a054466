package org.acogida.reception.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.acogida.reception.ArrivalKind;
import org.acogida.reception.WalkIn;
import org.springframework.format.annotation.DateTimeFormat;

/** A person registered at the desk without a flight notice. */
record WalkInForm(
        @NotBlank String arrivalPoint,
        @NotNull ArrivalKind kind,
        @NotBlank @Size(max = 200) String lastNames,
        @NotBlank @Size(max = 200) String firstNames,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
        @NotBlank @Pattern(regexp = "[FMX]") String sex,
        @NotBlank @Size(max = 60) String nationality,
        @Size(max = 30) String documentType,
        @Size(max = 40) String documentNumber,
        boolean unaccompanied) {

    static final String[] FIELDS = {"arrivalPoint", "kind", "lastNames", "firstNames", "dateOfBirth", "sex", "nationality", "documentType",
            "documentNumber", "unaccompanied"};

    static WalkInForm at(String arrivalPoint) {
        return new WalkInForm(arrivalPoint, ArrivalKind.LAND_BORDER, "", "", null, "", "", "", "", false);
    }

    WalkIn walkIn() {
        return new WalkIn(arrivalPoint, kind, lastNames, firstNames, dateOfBirth, sex, nationality, documentType, documentNumber,
                unaccompanied);
    }
}
