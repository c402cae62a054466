package org.acogida.audit.chain;

import org.acogida.audit.AuditEntry;
import org.acogida.audit.ChainVerification;
import org.acogida.audit.ChainVerification.Problem;

/**
 * Walks the chain entry by entry, in sequence order, and stops at the first bad link. It holds one
 * entry at a time, so a chain of millions of entries is checked in constant memory.
 */
public final class ChainWalk {

    private final ChainHasher hasher;
    private long expectedSequence = 1;
    private String previousHash = ChainHasher.GENESIS;
    private ChainVerification.Broken broken;

    public ChainWalk(ChainHasher hasher) {
        this.hasher = hasher;
    }

    /** Returns false once the chain is found broken: there is no point reading further. */
    public boolean accept(AuditEntry entry) {
        if (broken != null) {
            return false;
        }
        if (entry.sequence() != expectedSequence) {
            broken = new ChainVerification.Broken(expectedSequence, Problem.MISSING);
        } else if (!entry.previousHash().equals(previousHash)) {
            broken = new ChainVerification.Broken(entry.sequence(), Problem.LINK_BROKEN);
        } else if (!hasher.hash(entry.sequence(), entry.draft(), entry.previousHash()).equals(entry.hash())) {
            broken = new ChainVerification.Broken(entry.sequence(), Problem.ALTERED);
        } else {
            expectedSequence++;
            previousHash = entry.hash();
        }
        return broken == null;
    }

    public ChainVerification finish(long headSequence, String headHash) {
        if (broken != null) {
            return broken;
        }
        long lastSequence = expectedSequence - 1;
        if (headSequence != lastSequence || !headHash.equals(previousHash)) {
            return new ChainVerification.Broken(Math.min(headSequence, lastSequence) + 1, Problem.END_MISMATCH);
        }
        return new ChainVerification.Intact(lastSequence, lastSequence);
    }
}
