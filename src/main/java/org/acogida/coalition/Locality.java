package org.acogida.coalition;

import java.util.UUID;

/** A municipality or site of a member state that hosts people, with its capacity in persons. */
public record Locality(UUID id, String memberState, String name, Kind kind, String adminArea, int capacityPersons, int version) {

    public enum Kind { MUNICIPALITY, SITE }
}
