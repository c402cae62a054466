package org.acogida.cases;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who a person is and what they bring, as registered: the identity on the case and what
 * registration adds. Names are kept exactly as given; {@code namesInScript} holds them in the
 * person's own script when it is not Latin.
 * {@code languages} are ISO 639 codes, the preferred first; {@code education} an ISCED 2011 level;
 * {@code occupation} an ISCO-08 sub-major group.
 */
public record PersonDetails(String lastNames, String firstNames, String namesInScript, LocalDate dateOfBirth, String sex,
                            String nationality, String documentType, String documentNumber, String documentIssuer,
                            LocalDate documentExpiresOn, DocumentCheck documentChecked, String phone, String email, String address,
                            String destination, List<String> languages, String education, String occupation, String skills,
                            String separatedFrom) {

    public enum DocumentCheck { MRZ, SEEN, NOT_SEEN }

    public PersonDetails {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /** What a case holds before anyone registers it: its identity, nothing else. */
    public static PersonDetails unregistered(Identity identity) {
        return new PersonDetails(identity.lastNames(), identity.firstNames(), null, identity.dateOfBirth(), identity.sex(), identity.nationality(),
                identity.documentType(), identity.documentNumber(), null, null, null, null, null, null, null, List.of(), null, null, null, null);
    }

    /** The part of the details that is the identity on the case. */
    public Identity identity() {
        return new Identity(lastNames, firstNames, dateOfBirth, sex, nationality, documentType, documentNumber);
    }

    /** The fields by name, as text: what a revision keeps and a conflict compares. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("lastNames", lastNames);
        fields.put("firstNames", firstNames);
        fields.put("namesInScript", namesInScript);
        fields.put("dateOfBirth", dateOfBirth == null ? null : dateOfBirth.toString());
        fields.put("sex", sex);
        fields.put("nationality", nationality);
        fields.put("documentType", documentType);
        fields.put("documentNumber", documentNumber);
        fields.put("documentIssuer", documentIssuer);
        fields.put("documentExpiresOn", documentExpiresOn == null ? null : documentExpiresOn.toString());
        fields.put("documentChecked", documentChecked == null ? null : documentChecked.name());
        fields.put("phone", phone);
        fields.put("email", email);
        fields.put("address", address);
        fields.put("destination", destination);
        fields.put("languages", String.join(",", languages));
        fields.put("education", education);
        fields.put("occupation", occupation);
        fields.put("skills", skills);
        fields.put("separatedFrom", separatedFrom);
        return fields;
    }

    /** The first language, the one documents are printed in beside Spanish, or null. */
    public String preferredLanguage() {
        return languages.isEmpty() ? null : languages.getFirst();
    }
}
