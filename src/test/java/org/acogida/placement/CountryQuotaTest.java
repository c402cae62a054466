package org.acogida.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.acogida.placement.engine.Instance;
import org.acogida.placement.engine.Plan;
import org.acogida.placement.engine.Reason;
import org.junit.jupiter.api.Test;

/** Σ over the localities of country k of size·x ≤ quota[k], even when its localities have room. */
class CountryQuotaTest {

    @Test
    void aCountryTakesNoMoreThanItsQuotaAndTheOtherCountryTakesTheRest() {
        Instance in = Tiny.instance().country("MEX", 2).country("COL", 5)
                .locality("M1", "MEX", 5).locality("M2", "MEX", 5).locality("C1", "COL", 5)
                .family("a", 2).family("b", 2).family("c", 1)
                .score("a", "M1", 100).score("a", "C1", 10)
                .score("b", "M2", 90).score("b", "C1", 60)
                .score("c", "M1", 30).build();
        Plan plan = Tiny.place(in);
        assertThat(Tiny.where(in, plan, "a")).isEqualTo("M1");
        assertThat(Tiny.where(in, plan, "b")).isEqualTo("C1");
        assertThat(Tiny.where(in, plan, "c")).isNull();
        var c = plan.placements().get(2);
        assertThat(c.alternatives()).extracting(alternative -> alternative.reason()).containsExactly(Reason.QUOTA_REACHED);
        assertThat(plan.objective()).isEqualTo(160);
        assertThat(plan.upperBound()).isGreaterThanOrEqualTo(160);
    }
}
