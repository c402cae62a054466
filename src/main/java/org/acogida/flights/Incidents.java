package org.acogida.flights;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.flights.incident.Incident;
import org.acogida.flights.incident.IncidentKind;
import org.acogida.flights.incident.Severity;
import org.acogida.flights.internal.FlightRecords;
import org.acogida.flights.internal.IncidentRecords;
import org.acogida.flights.internal.ProtocolVersions;
import org.acogida.flights.protocol.ProtocolParameters;
import org.acogida.platform.actor.Actors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What went wrong on a flight (restraints, separated families, a medical emergency), each recorded
 * with the protocol rule it breached, if any, so that the coalition keeps a breach record per
 * sending authority.
 */
@Component
public class Incidents {

    private final FlightRecords flights;
    private final IncidentRecords incidents;
    private final ProtocolVersions protocols;
    private final AuditLog audit;
    private final Clock clock;

    Incidents(FlightRecords flights, IncidentRecords incidents, ProtocolVersions protocols, AuditLog audit, Clock clock) {
        this.flights = flights;
        this.incidents = incidents;
        this.protocols = protocols;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Incident reportIncident(UUID flightId, IncidentKind kind, Severity severity, String description) {
        Flight flight = flights.require(flightId);
        ProtocolParameters protocol = protocols.current().map(ProtocolVersions.ProtocolVersion::parameters)
                .orElse(ProtocolParameters.none());
        Incident incident = new Incident(UUID.randomUUID(), flightId, kind, severity, kind.breachedRule(protocol).orElse(null),
                description.strip(), Actors.require().userId(), clock.instant());
        incidents.insert(incident);
        audit.record(AuditAction.CREATE, "incident", incident.id(), flight.memberState());
        return incident;
    }

    @Transactional(readOnly = true)
    public List<Incident> incidents(UUID flightId) {
        flights.require(flightId);
        return incidents.ofFlight(flightId);
    }
}
