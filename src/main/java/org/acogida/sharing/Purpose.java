package org.acogida.sharing;

/** Why a case is shared: each purpose says what crosses before acceptance and what after. */
public enum Purpose {

    /**
     * Placement in a locality of the other member. Before acceptance: a pseudonymised profile (family
     * size and ages in bands, sex, languages, education, occupation group, needs by category, the
     * countries the person must not be sent to). After: who the person and their family are, and how
     * to reach them. Never what a protection claim says, never violence or torture details.
     */
    PLACEMENT
}
