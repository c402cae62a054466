package org.acogida.audit;

/** The outcome of walking the audit chain: intact, or broken at the first bad link. */
public sealed interface ChainVerification {

    record Intact(long entries, long lastSequence) implements ChainVerification {}

    record Broken(long sequence, Problem problem) implements ChainVerification {}

    enum Problem {
        /** The entry's content no longer matches its hash: it was edited, or written without the key. */
        ALTERED,
        /** The entry does not follow the one before it: entries were inserted or reordered. */
        LINK_BROKEN,
        /** A sequence number is missing: an entry was deleted. */
        MISSING,
        /** The last entry is not the one the chain's head recorded: entries were deleted from the end or appended outside Acogida. */
        END_MISMATCH;

        public String messageKey() {
            return "audit.problem." + name();
        }
    }

    default boolean intact() {
        return this instanceof Intact;
    }
}
