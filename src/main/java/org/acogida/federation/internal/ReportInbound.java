package org.acogida.federation.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.acogida.federation.ReportBox;
import org.acogida.platform.actor.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A report that reached the secretariat's node, from the broker or in-process: checked by the seal
 * (addressed to the secretariat, posted by the member it is from, signed with that member's key)
 * and handed to the module of its kind in a transaction of the secretariat. What is refused is
 * logged with why; the secretariat holds no member's key to seal a message-log entry with, so a
 * report's own record (kept by the module, with its signed envelope) is its evidence.
 */
@Component
public class ReportInbound {

    private static final Logger log = LoggerFactory.getLogger(ReportInbound.class);

    public enum Outcome { RECEIVED, DUPLICATE, REFUSED }

    private final Seal seal;
    private final Map<String, ReportBox> boxes;
    private final TransactionTemplate transaction;

    ReportInbound(Seal seal, List<ReportBox> boxes, PlatformTransactionManager transactions) {
        this.seal = seal;
        this.boxes = boxes.stream().collect(Collectors.toUnmodifiableMap(ReportBox::module, Function.identity()));
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A report posted as {@code via}'s; a failure of the module propagates, for the carrier to deliver it again. */
    public Outcome arrive(byte[] bytes, String via) {
        Seal.ReportOpened opened = seal.openReport(bytes, via);
        if (opened instanceof Seal.ReportOpened.Refused(var refusal, var envelope, var detail)) {
            log.warn("Refused a report posted as {}: {} ({}){}", via, refusal, detail, envelope == null ? "" : ", id " + envelope.id());
            return Outcome.REFUSED;
        }
        Seal.ReportOpened.Read read = (Seal.ReportOpened.Read) opened;
        ReportBox box = boxes.get(read.report().module());
        if (box == null) {
            log.warn("Refused a report from {}: no module receives {}", via, read.report().kind());
            return Outcome.REFUSED;
        }
        ReportBox.Receipt receipt = Actors.asSystem("federation: a report received", () -> transaction.execute(status -> {
            ReportBox.Receipt got = box.receive(read.report(), seal.text(read.envelope()));
            if (got != ReportBox.Receipt.FIRST_TIME) {
                status.setRollbackOnly();
            }
            return got;
        }));
        return switch (receipt) {
            case FIRST_TIME -> Outcome.RECEIVED;
            case ALREADY_RECEIVED -> Outcome.DUPLICATE;
            case UNREADABLE -> {
                log.warn("Refused a report from {}: its content is not a {}", via, read.report().kind());
                yield Outcome.REFUSED;
            }
        };
    }
}
