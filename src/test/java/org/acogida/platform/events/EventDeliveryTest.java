package org.acogida.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.acogida.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event is delivered after its transaction commits, on the same thread; a listener that fails
 * keeps its publication, and the publication is delivered again until the listener has run once.
 * Nothing is lost if the transaction rolls back: then there was no event.
 */
@PostgresTest
@TestPropertySource(properties = "acogida.events.redeliver-after=0s")
class EventDeliveryTest {

    record Happened(UUID id) {}

    /** Fails the first time it hears of an event, then records it. (A proxy: read it through its methods.) */
    static class FailsOnce {
        private final AtomicInteger heard = new AtomicInteger();
        private final AtomicInteger applied = new AtomicInteger();
        private volatile UUID lastApplied;

        @ApplicationModuleListener
        void on(Happened happened) {
            if (heard.incrementAndGet() == 1) {
                throw new IllegalStateException("the first delivery fails");
            }
            applied.incrementAndGet();
            lastApplied = happened.id();
        }

        int heard() {
            return heard.get();
        }

        int applied() {
            return applied.get();
        }

        UUID lastApplied() {
            return lastApplied;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Listening {
        @Bean
        FailsOnce failsOnce() {
            return new FailsOnce();
        }
    }

    @Autowired
    FailsOnce listener;
    @Autowired
    EventDelivery delivery;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aListenerThatFailedIsDeliveredTheEventAgainAndAppliesItOnce() {
        UUID id = UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new Happened(id)));

        assertThat(listener.heard()).as("delivered once the transaction committed, before publishEvent's caller went on").isEqualTo(1);
        assertThat(listener.applied()).isZero();
        assertThat(registry.findIncompletePublications()).as("the failed delivery is kept")
                .anySatisfy(publication -> assertThat(publication.getEvent()).isEqualTo(new Happened(id)));

        delivery.redeliverFailed();

        assertThat(listener.applied()).isEqualTo(1);
        assertThat(listener.lastApplied()).isEqualTo(id);
        assertThat(registry.findIncompletePublications()).noneSatisfy(publication -> assertThat(publication.getEvent()).isEqualTo(new Happened(id)));
        delivery.redeliverFailed();
        assertThat(listener.applied()).as("a delivered event is not delivered again").isEqualTo(1);
    }

    @Test
    void anEventOfATransactionRolledBackIsNeitherDeliveredNorKept() {
        UUID id = UUID.randomUUID();
        int heard = listener.heard();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new Happened(id));
            status.setRollbackOnly();
        });
        assertThat(listener.heard()).isEqualTo(heard);
        assertThat(registry.findIncompletePublications()).noneSatisfy(publication -> assertThat(publication.getEvent()).isEqualTo(new Happened(id)));
    }
}
