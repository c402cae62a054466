package org.acogida.reception.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.acogida.cases.PersonDetails;
import org.acogida.reception.identity.MachineReadableZone;
import org.springframework.format.annotation.DateTimeFormat;

/** The registration form: identity, contact and profile, the case version it was opened at, and a machine-readable zone to read from. */
record RegistrationForm(
        int version,
        @Size(max = 200) String mrz,
        @NotBlank @Size(max = 200) String lastNames,
        @NotBlank @Size(max = 200) String firstNames,
        @Size(max = 200) String namesInScript,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
        @NotBlank @Pattern(regexp = "[FMX]") String sex,
        @NotBlank @Size(max = 60) String nationality,
        @Size(max = 30) String documentType,
        @Size(max = 40) String documentNumber,
        @Size(max = 60) String documentIssuer,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentExpiresOn,
        PersonDetails.DocumentCheck documentChecked,
        @Size(max = 40) String phone,
        @Size(max = 200) String email,
        @Size(max = 300) String address,
        @Size(max = 200) String destination,
        @Size(max = 3) String preferredLanguage,
        List<String> otherLanguages,
        @Size(max = 2) String education,
        @Size(max = 2) String occupation,
        @Size(max = 500) String skills,
        @Size(max = 300) String separatedFrom) {

    static final String[] FIELDS = {"version", "mrz", "lastNames", "firstNames", "namesInScript", "dateOfBirth", "sex", "nationality",
            "documentType", "documentNumber", "documentIssuer", "documentExpiresOn", "documentChecked", "phone", "email", "address",
            "destination", "preferredLanguage", "otherLanguages", "education", "occupation", "skills", "separatedFrom"};

    static RegistrationForm of(PersonDetails d, int version) {
        List<String> languages = d.languages();
        return new RegistrationForm(version, "", d.lastNames(), d.firstNames(), d.namesInScript(), d.dateOfBirth(), d.sex(), d.nationality(),
                d.documentType(), d.documentNumber(), d.documentIssuer(), d.documentExpiresOn(), d.documentChecked(), d.phone(), d.email(),
                d.address(), d.destination(), languages.isEmpty() ? null : languages.getFirst(),
                languages.size() > 1 ? languages.subList(1, languages.size()) : List.of(), d.education(), d.occupation(), d.skills(),
                d.separatedFrom());
    }

    PersonDetails details() {
        List<String> languages = new ArrayList<>();
        if (preferredLanguage != null && !preferredLanguage.isBlank()) {
            languages.add(preferredLanguage);
        }
        if (otherLanguages != null) {
            otherLanguages.stream().filter(l -> !l.isBlank() && !languages.contains(l)).forEach(languages::add);
        }
        return new PersonDetails(lastNames, firstNames, namesInScript, dateOfBirth, sex, nationality, documentType, documentNumber,
                documentIssuer, documentExpiresOn, documentChecked, phone, email, address, destination, languages, education, occupation,
                skills, separatedFrom);
    }

    /** The form with what the zone says in place of the identity the officer had, the rest kept as typed. */
    RegistrationForm withZone(MachineReadableZone.Reading zone) {
        return new RegistrationForm(version, mrz, zone.lastNames(), zone.firstNames(), namesInScript, zone.dateOfBirth(), zone.sex(),
                zone.nationality(), zone.documentType(), zone.documentNumber(), zone.issuer(), zone.expiresOn(),
                PersonDetails.DocumentCheck.MRZ, phone, email, address, destination, preferredLanguage, otherLanguages, education,
                occupation, skills, separatedFrom);
    }

    RegistrationForm atVersion(int current) {
        return new RegistrationForm(current, mrz, lastNames, firstNames, namesInScript, dateOfBirth, sex, nationality, documentType,
                documentNumber, documentIssuer, documentExpiresOn, documentChecked, phone, email, address, destination, preferredLanguage,
                otherLanguages, education, occupation, skills, separatedFrom);
    }
}
