package org.acogida.coalition.statistics;

/** Why a count is not published, so that the screen can say it in the reader's words. */
public enum SuppressionReason {

    /** The count itself is small (fewer than the threshold, 5 by default): it could point at a person. */
    PRIMARY,

    /**
     * The count is not small, but publishing it would let a reader work out a hidden count by
     * subtracting from a published total.
     */
    COMPLEMENTARY
}
