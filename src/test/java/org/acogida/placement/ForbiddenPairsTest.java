package org.acogida.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.acogida.placement.engine.Instance;
import org.acogida.placement.engine.Plan;
import org.junit.jupiter.api.Test;

/** An absent pair is forbidden (non-refoulement, services, size): never used, even where room is left. */
class ForbiddenPairsTest {

    @Test
    void aCaseStaysUnplacedRatherThanGoWhereItIsForbiddenEvenWithRoomThere() {
        Instance in = Tiny.instance().country("HND", 10).country("GTM", 10)
                .locality("H", "HND", 5).locality("G", "GTM", 1)
                .family("fears-hnd", 1).family("other", 1)
                .score("fears-hnd", "G", 40).score("other", "G", 90).score("other", "H", 10).build();
        Plan plan = Tiny.place(in);
        assertThat(Tiny.where(in, plan, "other")).isEqualTo("G");
        assertThat(Tiny.where(in, plan, "fears-hnd")).as("H has room, but fears-hnd may not go there").isNull();
        assertThat(plan.placements().getFirst().forbiddenLocalities()).isEqualTo(1);
        assertThat(plan.objective()).isEqualTo(90);
    }
}
