package org.acogida.federation.broker;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import io.nats.client.ReconnectDelayHandler;

/**
 * Doubles the wait between reconnection rounds up to a ceiling, plus up to a fifth more at random,
 * so that the nodes a broker restart disconnects all at once do not come back all at once.
 */
record ReconnectBackoff(Duration first, Duration ceiling) implements ReconnectDelayHandler {

    @Override
    public Duration getWaitTime(long totalTries) {
        long doublings = Math.clamp(totalTries - 1, 0, 20);
        long millis = Math.min(ceiling.toMillis(), first.toMillis() << doublings);
        return Duration.ofMillis(millis + ThreadLocalRandom.current().nextLong(millis / 5 + 1));
    }
}
