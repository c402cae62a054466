package org.acogida.flights.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.acogida.flights.RuleResult.Verdict;
import org.acogida.flights.protocol.rules.ReceptionCapacity;
import org.junit.jupiter.api.Test;

class ReceptionCapacityTest {
    final ReceptionCapacity rule = new ReceptionCapacity();

    @Test
    void roomThatDayAndWeekPasses() {
        FlightFixture f = FlightFixture.compliant();
        f.otherToday = 280;
        assertThat(rule.check(f.facts(), f.protocol, f.policy).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void overTheDailyCapacityGoesToReview() {
        FlightFixture f = FlightFixture.compliant();
        f.otherToday = 281;
        var result = rule.check(f.facts(), f.protocol, f.policy);
        assertThat(result.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(result.arguments()).containsExactly("401", "400");
    }

    @Test
    void overTheWeeklyCapacityGoesToReview() {
        FlightFixture f = FlightFixture.compliant();
        f.otherWeek = 1900;
        assertThat(rule.check(f.facts(), f.protocol, f.policy).reasonKey()).isEqualTo("reason.capacity.week");
    }

    @Test
    void anUndeclaredCapacityGoesToReview() {
        FlightFixture f = FlightFixture.compliant();
        f.capacity = null;
        assertThat(rule.check(f.facts(), f.protocol, f.policy).verdict()).isEqualTo(Verdict.REVIEW);
    }
}
