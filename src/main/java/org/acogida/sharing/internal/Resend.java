package org.acogida.sharing.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.acogida.coalition.Countries;
import org.acogida.federation.Federation;
import org.acogida.federation.NotSent;
import org.acogida.platform.actor.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends again what stayed in an outbox: a letter whose sending failed (the broker was down, the
 * node stopped between writing and sending). It runs every few seconds for each member this node
 * hosts, for letters written more than a moment ago, so that it does not race the first sending.
 */
@Component
class Resend {

    private static final Logger log = LoggerFactory.getLogger(Resend.class);

    private final Mail mail;
    private final Post post;
    private final Federation federation;
    private final Countries countries;
    private final Clock clock;
    private final Duration grace;
    private final TransactionTemplate transaction;

    Resend(Mail mail, Post post, Federation federation, Countries countries, Clock clock,
           @Value("${acogida.sharing.resend-after:PT5S}") Duration grace, PlatformTransactionManager transactions) {
        this.mail = mail;
        this.post = post;
        this.federation = federation;
        this.countries = countries;
        this.clock = clock;
        this.grace = grace;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${acogida.sharing.resend-every:PT2S}", initialDelayString = "${acogida.sharing.resend-every:PT2S}")
    void resend() {
        for (var member : countries.members()) {
            if (federation.hosts(member.iso3())) {
                try {
                    resendFor(member.iso3());
                } catch (RuntimeException e) {
                    log.error("The letters of {} could not be read for resending", member.iso3(), e);
                }
            }
        }
    }

    /** Sends again the member's letters still in its outbox; returns how many were sent. */
    int resendFor(String member) {
        List<UUID> waiting = Actors.onBehalfOf(member, "sharing: letters to send again",
                () -> transaction.execute(status -> mail.undeliveredWrittenBefore(clock.instant().minus(grace))));
        int sent = 0;
        for (UUID id : waiting) {
            try {
                post.send(member, id);
                sent++;
            } catch (NotSent e) {
                log.info("Letters from {} wait for the broker: {}", member, e.getMessage());
                break;
            } catch (RuntimeException e) {
                // One letter that fails must not hold back the others, nor the other members' letters.
                log.error("Letter {} from {} could not be sent; it stays in the outbox", id, member, e);
            }
        }
        return sent;
    }
}
