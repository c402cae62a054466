package org.acogida.flights.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.acogida.flights.RuleResult.Verdict;
import org.acogida.flights.protocol.rules.ManifestDeadline;
import org.junit.jupiter.api.Test;

class ManifestDeadlineTest {
    final ManifestDeadline rule = new ManifestDeadline();

    @Test
    void aManifestInTimePasses() {
        FlightFixture f = FlightFixture.compliant();
        assertThat(rule.check(f.facts(), f.protocol, f.policy).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aLateManifestIsRefused() {
        FlightFixture f = FlightFixture.compliant();
        f.manifestAt = FlightFixture.ARRIVAL.minus(Duration.ofHours(12));
        assertThat(rule.check(f.facts(), f.protocol, f.policy).verdict()).isEqualTo(Verdict.REFUSE);
    }

    @Test
    void aMissingManifestWaitsForReview() {
        FlightFixture f = FlightFixture.compliant();
        f.manifestAt = null;
        f.manifest = null;
        assertThat(rule.check(f.facts(), f.protocol, f.policy).verdict()).isEqualTo(Verdict.REVIEW);
    }
}
