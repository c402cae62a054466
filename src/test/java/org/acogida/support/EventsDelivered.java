package org.acogida.support;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.springframework.modulith.events.core.EventPublicationRegistry;

/**
 * Listeners of events between modules run after the publishing transaction commits, on another
 * thread. A test that asserts what a listener did first waits until the registry holds no
 * incomplete publication; a listener that failed keeps its publication incomplete, and the wait
 * fails naming it.
 */
public final class EventsDelivered {

    private EventsDelivered() {
    }

    public static void await(EventPublicationRegistry registry) {
        Awaitility.await("every event published so far delivered to its listeners")
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> registry.findIncompletePublications().isEmpty());
    }
}
