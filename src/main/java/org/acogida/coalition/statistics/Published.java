package org.acogida.coalition.statistics;

/** What a published table shows at one position: the count, or nothing and why. */
public sealed interface Published {

    record Count(int value) implements Published {
    }

    record Hidden(SuppressionReason reason) implements Published {
    }
}
