package org.acogida.federation;

import java.util.Optional;

import org.acogida.federation.internal.BrokerCourier;
import org.acogida.federation.internal.Courier;
import org.acogida.federation.internal.Envelope;
import org.acogida.federation.internal.InProcessCourier;
import org.acogida.federation.internal.MessageLog;
import org.acogida.federation.internal.ReportInbound;
import org.acogida.federation.internal.Seal;
import org.acogida.federation.internal.TrustedKeys;
import org.acogida.platform.actor.Actors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends letters between members: sealed by the sender, carried in-process to a member hosted here
 * and through the broker to one hosted elsewhere, and logged as sent once the carrier took it.
 * Sending the same letter again (same id) is harmless: the broker and the recipient read it once.
 */
@Service
public class Federation {

    private final TrustedKeys trust;
    private final Seal seal;
    private final MessageLog messageLog;
    private final Courier inProcess;
    private final Optional<BrokerCourier> broker;
    private final TransactionTemplate transaction;

    private final ReportInbound reports;
    private final FederationProperties properties;

    Federation(TrustedKeys trust, Seal seal, MessageLog messageLog, InProcessCourier inProcess, Optional<BrokerCourier> broker,
               ReportInbound reports, FederationProperties properties, PlatformTransactionManager transactions) {
        this.reports = reports;
        this.properties = properties;
        this.trust = trust;
        this.seal = seal;
        this.messageLog = messageLog;
        this.inProcess = inProcess;
        this.broker = broker;
        this.transaction = new TransactionTemplate(transactions);
    }

    public boolean hosts(String member) {
        return trust.hosts(member);
    }

    /** The members this node hosts. */
    public java.util.List<String> hostedMembers() {
        return trust.hostedMembers();
    }

    /** Whether letters can be sealed for the member: it is hosted here or on the coalition's trust list. */
    public boolean reaches(String member) {
        return trust.of(member).isPresent();
    }

    /** Seals and carries the letter; call outside any transaction, after the one that wrote it to the sender's outbox committed. */
    public void send(Letter letter) {
        if (!trust.hosts(letter.sender())) {
            throw new IllegalArgumentException("This node does not host " + letter.sender() + " and cannot send on its behalf");
        }
        Envelope envelope = seal.seal(letter);
        byte[] wire = seal.wire(envelope);
        Courier courier = trust.hosts(letter.recipient()) ? inProcess
                : broker.<Courier>map(c -> c).orElseThrow(() -> new NotSent("No broker is configured to reach " + letter.recipient(), null));
        courier.carry(envelope, wire);
        Actors.onBehalfOf(letter.sender(), "federation: a letter sent", () -> transaction.executeWithoutResult(status -> messageLog.sent(envelope)));
    }

    /**
     * Signs and carries a hosted member's report to the secretariat: in-process when this node is
     * the secretariat's, through the broker on the member's own returns subject otherwise; logged
     * as sent. Call outside any transaction. Sending the same report again (same id) is harmless.
     */
    public void report(Report report) {
        if (!trust.hosts(report.sender())) {
            throw new IllegalArgumentException("This node does not host " + report.sender() + " and cannot report on its behalf");
        }
        Envelope envelope = seal.sealReport(report);
        byte[] wire = seal.wire(envelope);
        if (properties.hostsTheSecretariat()) {
            reports.arrive(wire, report.sender());
        } else {
            broker.orElseThrow(() -> new NotSent("No broker is configured to reach the secretariat", null)).carryReport(envelope, wire);
        }
        Actors.onBehalfOf(report.sender(), "federation: a report sent", () -> transaction.executeWithoutResult(status -> messageLog.sent(envelope)));
    }

    /** A hosted member's public keys, as the secretariat puts them on the trust list. */
    public MemberKeys publicKeysOf(String member) {
        if (!trust.hosts(member)) {
            throw new IllegalArgumentException("This node does not host " + member);
        }
        return trust.ownKeys(member);
    }

    public LogVerification verifyLog() {
        return Actors.asSystem("federation: the message log verified", () -> transaction.execute(status -> messageLog.verify()));
    }
}
