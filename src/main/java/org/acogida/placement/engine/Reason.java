package org.acogida.placement.engine;

/** Why a locality a case scores well in is not the one proposed for it. */
public enum Reason {
    /** The locality has fewer free places than the family has members. */
    CAPACITY_FULL,
    /** The locality's country has reached its quota. */
    QUOTA_REACHED,
    /** The proposed locality scores at least as high. */
    LOWER_SCORE
}
