package org.acogida.audit;

import java.util.List;

import org.acogida.audit.chain.AuditChainStore;
import org.acogida.audit.AuditEntry;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.jdbc.ScopedJdbc;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Reading the trail: verifying the chain, and an administrator's view of their member's entries. */
@Component
public class AuditTrail {

    private final AuditChainStore chain;
    private final ScopedJdbc scoped;
    private final AuditLog log;
    private final TransactionTemplate transactions;

    AuditTrail(AuditChainStore chain, ScopedJdbc scoped, AuditLog log, TransactionTemplate transactions) {
        this.chain = chain;
        this.scoped = scoped;
        this.log = log;
        this.transactions = transactions;
    }

    /**
     * Walks the whole chain. The walk reads every member's entries, so it runs as a system task;
     * what it reports is a sequence number and a kind of problem, nothing of any entry's content.
     * The verification itself is then audited under whoever asked for it.
     */
    public ChainVerification verify() {
        ChainVerification result = Actors.asSystem("audit chain verification", () -> transactions.execute(status -> chain.verify()));
        transactions.executeWithoutResult(status -> log.record(AuditAction.VERIFY_CHAIN, "audit_chain", null, null));
        return result;
    }

    /** The latest entries made by, or about the records of, the current user's member state. */
    public List<AuditEntry> recentForMember(int limit) {
        return transactions.execute(status -> scoped.sql("""
                        SELECT * FROM audit_entry
                        WHERE actor_member = :member OR record_member = :member
                        ORDER BY sequence DESC LIMIT :limit
                        """)
                .param("limit", limit)
                .query(AuditChainStore::entry).list());
    }
}
