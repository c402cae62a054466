package org.acogida.sharing.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.acogida.federation.Federation;
import org.acogida.platform.actor.Actors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends what a member's outbox holds: it reads the letter as the sender, hands it to the
 * federation (which seals it and carries it, in-process to a member hosted here, through the broker
 * to one hosted elsewhere), then marks it delivered. Each step is its own transaction in the
 * sender's scope. A crash or a broker that is down between two steps leaves the letter in the
 * outbox, and the resend sends it again; the recipient reads it once.
 */
@Component
class Post {

    /** A sharing letter's content on the wire: the share it is about, and what the outbox holds. */
    record Carried(UUID shareId, String payload) {}

    private final Mail mail;
    private final Federation federation;
    private final JsonMapper json;
    private final TransactionTemplate transaction;

    Post(Mail mail, Federation federation, JsonMapper json, PlatformTransactionManager transactions) {
        this.mail = mail;
        this.federation = federation;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void deliver(LetterPosted posted) {
        send(posted.sender(), posted.messageId());
    }

    /** Sends one letter of the sender's outbox, if it is still to be delivered. */
    void send(String sender, UUID messageId) {
        Optional<Letter> letter = Actors.onBehalfOf(sender, "sharing: a letter to send",
                () -> transaction.execute(status -> mail.undelivered(messageId)));
        if (letter.isEmpty()) {
            return;
        }
        Letter l = letter.get();
        byte[] content = json.writeValueAsString(new Carried(l.shareId(), l.payload())).getBytes(StandardCharsets.UTF_8);
        federation.send(new org.acogida.federation.Letter(l.messageId(), "sharing." + l.kind().name(), l.sender(), l.recipient(), l.writtenAt(),
                content));
        Actors.onBehalfOf(sender, "sharing: a letter delivered", () -> transaction.executeWithoutResult(status -> mail.delivered(messageId)));
    }
}
