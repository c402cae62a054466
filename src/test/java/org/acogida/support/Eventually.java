package org.acogida.support;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waits for something another node or thread does: checks the condition until it holds or the
 * deadline passes, and fails naming what it waited for. It waits for a state, never for a time.
 */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T until(String what, Duration deadline, Supplier<T> value, java.util.function.Predicate<T> holds) {
        long end = System.nanoTime() + deadline.toNanos();
        T last = null;
        while (System.nanoTime() < end) {
            try {
                last = value.get();
                if (holds.test(last)) {
                    return last;
                }
            } catch (RuntimeException notYet) {
                last = null;
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Waited " + deadline.toSeconds() + " s for " + what + "; last seen: " + last);
    }
}
