package org.acogida.sharing;

import java.time.LocalDate;
import java.util.List;

/**
 * What placement reveals once the other member accepted: who the person and the family travelling
 * with them are, the person's document and phone, and the profile. Never a protection claim.
 */
public record PlacementDisclosure(List<Person> people, String documentType, String documentNumber, String phone, PlacementProfile profile) {

    /** One person of the family as registered, the person offered first. */
    public record Person(String lastNames, String firstNames, LocalDate dateOfBirth, String sex, String nationality) {}
}
