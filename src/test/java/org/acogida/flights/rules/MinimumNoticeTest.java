package org.acogida.flights.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.acogida.flights.RuleResult.Verdict;
import org.acogida.flights.protocol.rules.MinimumNotice;
import org.junit.jupiter.api.Test;

class MinimumNoticeTest {
    final MinimumNotice rule = new MinimumNotice();

    @Test
    void seventyTwoHoursIsEnough() {
        FlightFixture f = FlightFixture.compliant();
        f.notice = FlightFixture.ARRIVAL.minus(Duration.ofHours(72));
        assertThat(rule.check(f.facts(), f.protocol, f.policy).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void seventyOneHoursIsRefusedAndSaysBoth() {
        FlightFixture f = FlightFixture.compliant();
        f.notice = FlightFixture.ARRIVAL.minus(Duration.ofHours(71));
        var result = rule.check(f.facts(), f.protocol, f.policy);
        assertThat(result.verdict()).isEqualTo(Verdict.REFUSE);
        assertThat(result.arguments()).containsExactly("71", "72");
    }
}
