package org.acogida.coalition.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.acogida.coalition.Locality;
import org.acogida.coalition.Localities;

/** What a coordinator may set on a locality; the member state is never a form field. */
record LocalityForm(
        @NotBlank @Size(max = 200) String name,
        @NotNull Locality.Kind kind,
        @NotBlank @Size(max = 200) String adminArea,
        @NotNull @PositiveOrZero @Max(1_000_000) Integer capacityPersons,
        Integer version) {

    static final String[] FIELDS = {"name", "kind", "adminArea", "capacityPersons", "version"};

    static LocalityForm empty() {
        return new LocalityForm("", Locality.Kind.MUNICIPALITY, "", 0, null);
    }

    static LocalityForm of(Locality locality) {
        return new LocalityForm(locality.name(), locality.kind(), locality.adminArea(), locality.capacityPersons(), locality.version());
    }

    Localities.Details details() {
        return new Localities.Details(name, kind, adminArea, capacityPersons);
    }
}
