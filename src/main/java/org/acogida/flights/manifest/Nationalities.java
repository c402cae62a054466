package org.acogida.flights.manifest;

import java.util.Optional;

import org.acogida.coalition.CountryNames;

/**
 * Left only for flights.web.PolicyController, which another change is rewriting at the same time:
 * country names and their reading now live in {@link CountryNames}. Remove this class once that
 * controller calls CountryNames.resolve.
 */
@Deprecated(forRemoval = true)
public final class Nationalities {

    private Nationalities() {
    }

    public static Optional<String> resolve(String value) {
        return CountryNames.resolve(value);
    }
}
