package org.acogida.flights.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.flights.Decision;
import org.acogida.flights.Flight;
import org.acogida.flights.FlightNotFound;
import org.acogida.flights.Protocol;
import org.acogida.flights.protocol.Evaluation;
import org.acogida.flights.protocol.FlightFacts;
import org.acogida.flights.protocol.MemberPolicy;
import org.acogida.flights.protocol.ProtocolParameters;
import org.acogida.governance.MotionKind;
import org.acogida.governance.Motions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates a flight against the protocol in force and its member's policy, and records a new
 * decision when anything it rests on changed: the manifest, the protocol, the policy, or the
 * load on the arrival point. An unchanged evaluation leaves the standing decision alone.
 */
@Component
public class FlightEvaluator {

    private final FlightRecords flights;
    private final ManifestRecords manifests;
    private final DecisionRecords decisions;
    private final PolicyRecords policies;
    private final ProtocolVersions protocols;
    private final AcrossMembers acrossMembers;
    private final Motions motions;
    private final AuditLog audit;
    private final Clock clock;

    FlightEvaluator(FlightRecords flights, ManifestRecords manifests, DecisionRecords decisions, PolicyRecords policies,
                    ProtocolVersions protocols, AcrossMembers acrossMembers, Motions motions, AuditLog audit, Clock clock) {
        this.flights = flights;
        this.manifests = manifests;
        this.decisions = decisions;
        this.policies = policies;
        this.protocols = protocols;
        this.acrossMembers = acrossMembers;
        this.motions = motions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Decision evaluate(UUID flightId) {
        Flight flight = flights.lock(flightId).orElseThrow(() -> FlightNotFound.forId(flightId));
        Optional<ProtocolVersions.ProtocolVersion> protocol = protocols.current();
        ProtocolParameters parameters = protocol.map(ProtocolVersions.ProtocolVersion::parameters).orElse(ProtocolParameters.none());
        int protocolVersion = protocol.map(ProtocolVersions.ProtocolVersion::version).orElse(0);
        MemberPolicy policy = policies.policy(flight.memberState());
        Evaluation evaluation = Evaluation.of(facts(flight), parameters, policy);
        Optional<Decision> current = decisions.current(flightId);
        boolean unchanged = current.filter(d -> d.outcome() == evaluation.outcome() && d.results().equals(evaluation.results())
                && d.protocolVersion() == protocolVersion && d.policyVersion() == policy.version()
                && d.manifestVersion() == flight.manifestVersion()).isPresent();
        if (unchanged) {
            return current.get();
        }
        UUID id = decisions.insertCurrent(flightId, evaluation.outcome(), protocolVersion, policy.version(), flight.manifestVersion(),
                evaluation.results(), evaluation.refusedUnderProtocol(), clock.instant());
        audit.record(AuditAction.CREATE, "flight_decision", id, flight.memberState());
        return decisions.current(flightId).orElseThrow();
    }

    FlightFacts facts(Flight flight) {
        FlightFacts.ManifestSummary summary = null;
        if (flight.hasManifest()) {
            summary = manifests.applied(flight.id(), flight.manifestVersion())
                    .map(m -> manifests.summary(m.id(), flight.memberState())).orElse(null);
        }
        LocalDate day = flight.scheduledArrival().atZone(ZoneOffset.UTC).toLocalDate();
        Instant dayStart = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant dayEnd = dayStart.plus(1, ChronoUnit.DAYS);
        Instant weekStart = dayStart.minus(6, ChronoUnit.DAYS);
        Instant monthStart = day.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant monthEnd = day.withDayOfMonth(1).plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new FlightFacts(flight.memberState(), flight.arrivalPoint(), flight.aircraftKind(), flight.restraintsDeclared(),
                flight.noticeReceivedAt(), flight.scheduledArrival(), flight.manifestReceivedAt(), flight.declaredPassengers(), summary,
                policies.capacity(flight.memberState(), flight.arrivalPoint()).orElse(null),
                flights.passengersArriving(flight.id(), flight.arrivalPoint(), dayStart, dayEnd),
                flights.passengersArriving(flight.id(), flight.arrivalPoint(), weekStart, dayEnd),
                flights.nonNationalsArriving(flight.id(), monthStart, monthEnd),
                acrossMembers.refusedUnderProtocolElsewhere(flight.sendingAuthority(), flight.missionNumber(), flight.memberState()),
                motions.adopted(MotionKind.DIVERSION, Protocol.diversionSubject(flight.sendingAuthority(), flight.missionNumber(), flight.memberState())));
    }
}
