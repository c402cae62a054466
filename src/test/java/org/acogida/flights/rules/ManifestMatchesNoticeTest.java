package org.acogida.flights.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.acogida.flights.RuleResult.Verdict;
import org.acogida.flights.protocol.rules.ManifestMatchesNotice;
import org.junit.jupiter.api.Test;

class ManifestMatchesNoticeTest {
    final ManifestMatchesNotice rule = new ManifestMatchesNotice();

    @Test
    void theSameCountPasses() {
        FlightFixture f = FlightFixture.compliant();
        assertThat(rule.check(f.facts(), f.protocol, f.policy).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aDifferentCountNeedsAPersonToLook() {
        FlightFixture f = FlightFixture.compliant();
        f.declared = 118;
        var result = rule.check(f.facts(), f.protocol, f.policy);
        assertThat(result.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(result.arguments()).containsExactly("118", "120");
    }
}
