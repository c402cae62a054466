package org.acogida.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.acogida.placement.engine.Instance;
import org.acogida.placement.engine.Plan;
import org.junit.jupiter.api.Test;

/** Σ_a x[c,a] ≤ 1: a case is placed once, however many localities want it. */
class OneLocalityPerCaseTest {

    @Test
    void aCaseScoringHighEverywhereIsPlacedOnceAndTheOtherCaseGetsTheRest() {
        Instance in = Tiny.instance().country("CRI", 10).locality("A", "CRI", 1).locality("B", "CRI", 1)
                .family("c1", 1).family("c2", 1)
                .score("c1", "A", 90).score("c1", "B", 80).score("c2", "A", 15).build();
        Plan plan = Tiny.place(in);
        assertThat(Tiny.where(in, plan, "c1")).isEqualTo("B");
        assertThat(Tiny.where(in, plan, "c2")).isEqualTo("A");
        assertThat(plan.objective()).isEqualTo(95);
        assertThat(plan.upperBound()).isEqualTo(95);
    }
}
