package org.acogida.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.acogida.placement.engine.Instance;
import org.acogida.placement.engine.Plan;
import org.acogida.placement.engine.Reason;
import org.junit.jupiter.api.Test;

/** Σ_c size[c]·x[c,a] ≤ capacity[a], counted in persons. */
class LocalityCapacityTest {

    @Test
    void twoFamiliesWantingOnePlaceThatHoldsOneOfThem() {
        Instance in = Tiny.instance().country("PAN", 10).locality("A", "PAN", 3).locality("B", "PAN", 3)
                .family("pair", 2).family("trio", 3)
                .score("pair", "A", 100).score("pair", "B", 20).score("trio", "A", 150).score("trio", "B", 140).build();
        Plan plan = Tiny.place(in);
        assertThat(Tiny.where(in, plan, "pair")).isEqualTo("A");
        assertThat(Tiny.where(in, plan, "trio")).isEqualTo("B");
        assertThat(plan.objective()).isEqualTo(240);
    }

    @Test
    void aFamilyLargerThanTheRoomLeftIsNotSplit() {
        Instance in = Tiny.instance().country("PAN", 10).locality("A", "PAN", 4)
                .family("single", 1).family("four", 4)
                .score("single", "A", 50).score("four", "A", 60).build();
        Plan plan = Tiny.place(in);
        assertThat(Tiny.where(in, plan, "four")).isEqualTo("A");
        assertThat(Tiny.where(in, plan, "single")).isNull();
        assertThat(plan.placements().stream().filter(p -> !p.placed()).findFirst().orElseThrow().alternatives().getFirst().reason())
                .isEqualTo(Reason.CAPACITY_FULL);
        assertThat(plan.placedPersons()).isEqualTo(4);
    }
}
