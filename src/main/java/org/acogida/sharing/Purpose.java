package org.acogida.sharing;

/**
 * Why a case is shared: each purpose says what crosses before acceptance and what after. A claim's
 * account never crosses, for any purpose, nor violence or torture details, not even as a category.
 */
public enum Purpose {

    /**
     * Placement in a locality of the other member. Before acceptance: a pseudonymised profile (family
     * size and ages in bands, sex, languages, education, occupation group, needs by category, the
     * countries the person must not be sent to). After: who the person and their family are, and how
     * to reach them. The case stays with the member that offered it.
     */
    PLACEMENT,

    /**
     * The person moves to the other member and the case changes hands. Before acceptance: the same
     * profile as placement. After: the other member opens a case from the registration (identity,
     * document, contact, languages, education, occupation), the needs by category and the
     * non-refoulement marks, which it enforces as its own; the member that offered it keeps a
     * read-only record of where the case went.
     */
    TRANSFER,

    /**
     * A separated relative: the other member looks among its own cases for the person sought and
     * answers yes, possible or no. Nothing else crosses, either way, until both members' coordinators
     * agree to connect the two cases; then each learns who the other person is and how to reach them.
     */
    TRACING,

    /**
     * A referral to the other member's protection services. Before acceptance: family size and ages
     * in bands, sex, languages, needs by category and the countries the person must not be sent to
     * (no education or occupation: protection does not ask). After: who the person and their family
     * are, and how to reach them. The case stays with the member that offered it.
     */
    PROTECTION_REFERRAL;

    /** Whether the person would go to, or be served by, the other member: it cannot be a country they are marked against. */
    public boolean sendsThePerson() {
        return this != TRACING;
    }
}
