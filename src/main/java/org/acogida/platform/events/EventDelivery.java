package org.acogida.platform.events;

import java.time.Duration;
import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How events between modules reach their listeners (docs/adr/0013). A listener runs once the
 * publishing transaction has committed, on the same thread: the person who acted sees its
 * consequences when the page comes back, as when modules called each other, and a listener that
 * fails does not undo or fail what they did. Its publication stays in {@code event_publication}
 * until it has run: one that failed is delivered again here, and those left when the application
 * stopped are delivered again when it starts.
 */
@Component
public class EventDelivery {

    private final FailedEventPublications failed;
    private final Duration minimumAge;

    EventDelivery(FailedEventPublications failed, @Value("${acogida.events.redeliver-after:1m}") Duration minimumAge) {
        this.failed = failed;
        this.minimumAge = minimumAge;
    }

    /** Delivers again the publications whose listener failed at least {@code acogida.events.redeliver-after} ago. */
    @Scheduled(initialDelayString = "${acogida.events.redeliver-every:5m}", fixedDelayString = "${acogida.events.redeliver-every:5m}")
    public void redeliverFailed() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(minimumAge));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class OnThePublishingThread {

        /** The executor of {@code @ApplicationModuleListener}s, which are {@code @Async}: the publishing thread itself. */
        @Bean
        AsyncConfigurer moduleListenersOnThePublishingThread() {
            return new AsyncConfigurer() {
                @Override
                public Executor getAsyncExecutor() {
                    return new SyncTaskExecutor();
                }
            };
        }
    }
}
