package org.acogida.placement.engine;

/** A locality the case could have gone to, its score there, and what ruled it out. */
public record Alternative(int locality, int score, Reason reason) {
}
