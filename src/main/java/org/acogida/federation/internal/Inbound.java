package org.acogida.federation.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.acogida.federation.LetterBox;
import org.acogida.federation.Refusal;
import org.acogida.platform.actor.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens to an envelope that reached this node, however it came: opened and checked by the
 * seal, then handed to the module that receives its kind, in one transaction on behalf of the
 * recipient with the message log's entry, so that a letter is received once or not at all. What is
 * refused is logged, with why, and goes no further.
 */
@Component
public class Inbound {

    private static final Logger log = LoggerFactory.getLogger(Inbound.class);

    public enum Outcome { RECEIVED, DUPLICATE, REFUSED }

    private final Seal seal;
    private final MessageLog messageLog;
    private final Map<String, LetterBox> boxes;
    private final TransactionTemplate transaction;

    Inbound(Seal seal, MessageLog messageLog, List<LetterBox> boxes, PlatformTransactionManager transactions) {
        this.seal = seal;
        this.messageLog = messageLog;
        this.boxes = boxes.stream().collect(Collectors.toUnmodifiableMap(LetterBox::module, Function.identity()));
        this.transaction = new TransactionTemplate(transactions);
    }

    /** An envelope that came the way letters to {@code via} come. A failure of the receiving module propagates, for the carrier to deliver it again. */
    public Outcome arrive(byte[] bytes, String via) {
        Seal.Opened opened = seal.open(bytes, via);
        if (opened instanceof Seal.Opened.Refused refused) {
            return refuse(via, refused.envelope(), refused.refusal(), refused.detail(), bytes);
        }
        Seal.Opened.Read read = (Seal.Opened.Read) opened;
        LetterBox box = boxes.get(read.letter().module());
        if (box == null) {
            return refuse(via, read.envelope(), Refusal.UNKNOWN_KIND, read.letter().kind(), bytes);
        }
        // The module first (its inbox says whether the letter is new), the log's entry last: the log's
        // head is locked until the commit, so taking it last keeps the other letters waiting least.
        LetterBox.Receipt receipt = Actors.onBehalfOf(read.letter().recipient(), "federation: a letter received", () -> transaction.execute(status -> {
            LetterBox.Receipt got = box.receive(read.letter());
            if (got == LetterBox.Receipt.FIRST_TIME && !messageLog.received(read.envelope())) {
                got = LetterBox.Receipt.ALREADY_RECEIVED;
            }
            if (got != LetterBox.Receipt.FIRST_TIME) {
                status.setRollbackOnly();
            }
            return got;
        }));
        return switch (receipt) {
            case FIRST_TIME -> Outcome.RECEIVED;
            case ALREADY_RECEIVED -> refuse(via, read.envelope(), Refusal.DUPLICATE, "already received", bytes);
            case UNREADABLE -> refuse(via, read.envelope(), Refusal.UNREADABLE_CONTENT, read.letter().kind(), bytes);
            case NOT_A_PARTY -> refuse(via, read.envelope(), Refusal.NOT_A_PARTY, "from " + read.letter().sender(), bytes);
        };
    }

    private Outcome refuse(String via, Envelope envelope, Refusal refusal, String detail, byte[] bytes) {
        if (refusal == Refusal.DUPLICATE) {
            log.info("A letter {} for {} arrived again and was read once", envelope.id(), via);
        } else {
            log.warn("Refused a letter for {}: {} ({}){}", via, refusal, detail,
                    envelope == null ? "" : ", id " + envelope.id() + " from " + envelope.sender() + " to " + envelope.recipient());
        }
        Actors.onBehalfOf(via, "federation: a letter refused", () -> transaction.executeWithoutResult(
                status -> messageLog.refused(via, envelope, refusal, bytes)));
        return refusal == Refusal.DUPLICATE ? Outcome.DUPLICATE : Outcome.REFUSED;
    }
}
