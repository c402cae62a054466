package org.acogida.placement.engine;

import java.util.List;

/**
 * The proposal for one case: its locality (or {@link #NONE}), the score there, the next best
 * localities with what ruled each out, and how many localities were forbidden for it (no score:
 * non-refoulement, missing services, a family too large for the site).
 */
public record Placement(int caseIndex, int locality, int score, List<Alternative> alternatives, int forbiddenLocalities) {

    public static final int NONE = -1;

    public boolean placed() {
        return locality != NONE;
    }
}
