package org.acogida.placement.engine;

/**
 * The engine's tuning, in one place. None of it changes what is optimal, only how fast the engine
 * gets there.
 *
 * @param initialArcsPerCase  arcs per case in the first flow: each case's best localities by score per person
 * @param arcsAddedPerCase    at most this many priced-out arcs are added per case and round
 * @param maxRounds           column-generation rounds before the engine stops with the bound it has
 * @param roundingRounds      times split families are decided and the LP of the rest solved again
 */
public record EngineSettings(int initialArcsPerCase, int arcsAddedPerCase, int maxRounds, int roundingRounds) {

    public static final EngineSettings DEFAULTS = new EngineSettings(4, 4, 50, 12);

    public EngineSettings {
        if (initialArcsPerCase < 1 || arcsAddedPerCase < 1 || maxRounds < 1 || roundingRounds < 0) {
            throw new IllegalArgumentException("engine settings must be positive");
        }
    }
}
