package org.acogida.documents;

import java.time.Clock;
import java.time.LocalDate;

import org.acogida.documents.internal.TrustListRecords;
import org.acogida.documents.verify.OfflineVerifier;
import org.acogida.documents.verify.TrustList;
import org.acogida.platform.actor.Actors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public side of documents: the trust list checkpoints download, and the verification page's
 * check, which is the offline verifier run against the list as it is this moment.
 */
@Component
public class TrustLists {

    private final TrustListRecords records;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TrustLists(TrustListRecords records, PlatformTransactionManager transactions, Clock clock) {
        this.records = records;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setReadOnly(true);
        this.clock = clock;
    }

    public TrustList current() {
        return Actors.asSystem("public trust list", () -> transaction.execute(status ->
                new TrustList(clock.instant(), records.keys(), records.revoked())));
    }

    public OfflineVerifier.Result verify(String token) {
        return OfflineVerifier.verify(token, current(), LocalDate.now(clock));
    }
}
