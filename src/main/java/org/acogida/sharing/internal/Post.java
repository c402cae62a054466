package org.acogida.sharing.internal;

import java.util.Optional;

import org.acogida.platform.actor.Actors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers letters between the members this node hosts: it reads the letter from the sender's
 * outbox as the sender, has the recipient receive it as the recipient, then marks it delivered. Each
 * step is its own transaction in its member's scope, so no transaction ever holds two members'
 * rows. A crash between two steps delivers the letter again, and the recipient's inbox reads it once.
 */
@Component
class Post {

    private final Mail mail;
    private final Receiving receiving;
    private final TransactionTemplate transaction;

    Post(Mail mail, Receiving receiving, PlatformTransactionManager transactions) {
        this.mail = mail;
        this.receiving = receiving;
        this.transaction = new TransactionTemplate(transactions);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void deliver(LetterPosted posted) {
        Optional<Letter> letter = Actors.onBehalfOf(posted.sender(), "sharing: a letter to deliver",
                () -> transaction.execute(status -> mail.undelivered(posted.messageId())));
        if (letter.isEmpty()) {
            return;
        }
        Actors.onBehalfOf(posted.recipient(), "sharing: a letter received", () -> transaction.executeWithoutResult(
                status -> receiving.receive(letter.get())));
        Actors.onBehalfOf(posted.sender(), "sharing: a letter delivered", () -> transaction.executeWithoutResult(
                status -> mail.delivered(posted.messageId())));
    }
}
