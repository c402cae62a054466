package org.acogida.flights.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.acogida.flights.AircraftKind;
import org.acogida.flights.Decision;
import org.acogida.flights.Flight;
import org.acogida.flights.FlightDecisions;
import org.acogida.flights.FlightNotice;
import org.acogida.flights.FlightNotices;
import org.acogida.flights.ManifestImport;
import org.acogida.flights.Manifests;
import org.acogida.flights.RuleResult;
import org.acogida.flights.manifest.ManifestProblem;
import org.acogida.platform.actor.Role;
import org.acogida.platform.i18n.Languages;
import org.acogida.platform.shell.RouteAccess;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The flights API for the sending state's notices and manifests, as JSON (OpenAPI at
 * /v3/api-docs). HTTP Basic with a coordinator's account of the destination member; messages in
 * the language of Accept-Language.
 */
@RestController
@RequestMapping("/api/flights")
@Tag(name = "Flights", description = "Flight notices, manifests and decisions")
class FlightsApi {

    private final FlightNotices notices;
    private final Manifests manifests;
    private final FlightDecisions decisions;
    private final MessageSource messages;

    FlightsApi(FlightNotices notices, Manifests manifests, FlightDecisions decisions, MessageSource messages) {
        this.notices = notices;
        this.manifests = manifests;
        this.decisions = decisions;
        this.messages = messages;
    }

    /** A flight notice; times in ISO-8601 UTC, for example 2026-11-24T14:30:00Z. */
    record NoticeRequest(String sendingAuthority, String missionNumber, Instant scheduledDeparture, Instant scheduledArrival,
                         String pickupAirport, String arrivalPoint, AircraftKind aircraftKind, Boolean restraintsDeclared,
                         Integer declaredPassengers) {}

    record Problem(int row, String field, String code, String message) {}

    record NoticeResponse(UUID flightId, String status, List<Problem> problems) {}

    /** Passengers as rows of the manifest's columns (mission_number, flight_date, … medical_notes). */
    record ManifestRequest(List<Map<String, String>> passengers, Boolean importValidRows) {}

    record ManifestResponse(String status, Integer version, Integer passengers, Integer skippedRows, Integer added, Integer removed,
                            Integer changed, UUID pendingManifestId, List<Problem> problems) {}

    record RuleView(String rule, boolean protocol, String verdict, String reason) {}

    record FlightResponse(UUID flightId, String missionNumber, String sendingAuthority, String arrivalPoint, Instant scheduledArrival,
                          String aircraftKind, int declaredPassengers, Integer manifestPassengers, int manifestVersion, String outcome,
                          String standingOutcome, int protocolVersion, List<RuleView> rules) {}

    @PostMapping
    @Operation(summary = "Register a flight notice for one of the member's arrival points; registering the same mission again changes nothing")
    ResponseEntity<NoticeResponse> notice(@RequestBody NoticeRequest request, HttpServletRequest http) {
        Locale language = Languages.closest(http.getLocale());
        List<Problem> problems = new ArrayList<>();
        require(problems, request.sendingAuthority() != null && !request.sendingAuthority().isBlank() && request.sendingAuthority().length() <= 120,
                "sendingAuthority", language);
        require(problems, request.missionNumber() != null && request.missionNumber().matches("[A-Za-z0-9][A-Za-z0-9/_.-]{0,39}"),
                "missionNumber", language);
        require(problems, request.scheduledDeparture() != null, "scheduledDeparture", language);
        require(problems, request.scheduledArrival() != null, "scheduledArrival", language);
        require(problems, request.pickupAirport() != null && request.pickupAirport().matches("[A-Za-z]{3,4}"), "pickupAirport", language);
        require(problems, request.arrivalPoint() != null && !request.arrivalPoint().isBlank(), "arrivalPoint", language);
        require(problems, request.aircraftKind() != null, "aircraftKind", language);
        require(problems, request.declaredPassengers() != null && request.declaredPassengers() >= 0 && request.declaredPassengers() <= 1000,
                "declaredPassengers", language);
        if (!problems.isEmpty()) {
            return ResponseEntity.unprocessableEntity().body(new NoticeResponse(null, "INVALID", problems));
        }
        FlightNotice notice = new FlightNotice(request.sendingAuthority(), request.missionNumber(), request.scheduledDeparture(),
                request.scheduledArrival(), request.pickupAirport(), request.arrivalPoint(), request.aircraftKind(),
                Boolean.TRUE.equals(request.restraintsDeclared()), request.declaredPassengers(), null);
        return switch (notices.registerNotice(notice)) {
            case FlightNotices.NoticeResult.Registered registered ->
                    ResponseEntity.status(HttpStatus.CREATED).body(new NoticeResponse(registered.flightId(), "REGISTERED", List.of()));
            case FlightNotices.NoticeResult.AlreadyKnown known -> ResponseEntity.ok(new NoticeResponse(known.flightId(), "ALREADY_KNOWN", List.of()));
            case FlightNotices.NoticeResult.Refused refused -> ResponseEntity.unprocessableEntity().body(new NoticeResponse(null, "INVALID",
                    List.of(new Problem(0, refused.field(), refused.messageKey(), text(refused.messageKey(), language)))));
        };
    }

    @PutMapping("/{flightId}/manifest")
    @Operation(summary = "Send the flight's manifest: applied if first, shown as a difference if it amends one, unchanged if the same")
    ResponseEntity<ManifestResponse> manifest(@PathVariable UUID flightId, @RequestBody ManifestRequest request, HttpServletRequest http) {
        Locale language = Languages.closest(http.getLocale());
        List<Map<String, String>> rows = request.passengers() == null ? List.of() : request.passengers();
        return switch (manifests.importManifestRows(flightId, rows, Boolean.TRUE.equals(request.importValidRows()))) {
            case ManifestImport.Rejected rejected -> ResponseEntity.unprocessableEntity().body(new ManifestResponse("REJECTED", null, null,
                    null, null, null, null, null, rejected.problems().stream().map(p -> problem(p, language)).toList()));
            case ManifestImport.Unchanged unchanged -> ResponseEntity.ok(new ManifestResponse("UNCHANGED", unchanged.version(), null, null,
                    null, null, null, null, List.of()));
            case ManifestImport.Applied applied -> ResponseEntity.ok(new ManifestResponse("APPLIED", applied.version(), applied.passengers(),
                    applied.skippedRows(), null, null, null, null, List.of()));
            case ManifestImport.AmendmentPending pending -> ResponseEntity.accepted().body(new ManifestResponse("AMENDMENT_PENDING", null,
                    null, pending.skippedRows(), pending.diff().added().size(), pending.diff().removed().size(),
                    pending.diff().changed().size(), pending.manifestId(), List.of()));
        };
    }

    @GetMapping("/{flightId}")
    @Operation(summary = "The flight, its decision and each rule's reason")
    FlightResponse flight(@PathVariable UUID flightId, HttpServletRequest http) {
        Locale language = Languages.closest(http.getLocale());
        Flight flight = notices.flight(flightId);
        Decision decision = decisions.decision(flightId).orElse(null);
        List<RuleView> rules = decision == null ? List.of() : decision.results().stream()
                .map(r -> new RuleView(r.rule(), r.protocol(), r.verdict().name(), reason(r, language))).toList();
        return new FlightResponse(flight.id(), flight.missionNumber(), flight.sendingAuthority(), flight.arrivalPoint(),
                flight.scheduledArrival(), flight.aircraftKind().name(), flight.declaredPassengers(), flight.manifestPassengers(),
                flight.manifestVersion(), decision == null ? null : decision.outcome().name(),
                decision == null ? null : decision.standing().name(), decision == null ? 0 : decision.protocolVersion(), rules);
    }

    private void require(List<Problem> problems, boolean ok, String field, Locale language) {
        if (!ok) {
            problems.add(new Problem(0, field, "INVALID", text("api.field-invalid", language, field)));
        }
    }

    private Problem problem(ManifestProblem problem, Locale language) {
        return new Problem(problem.row(), problem.field(), problem.code().name(), text(problem.messageKey(), language, problem.arguments().toArray()));
    }

    private String reason(RuleResult result, Locale language) {
        return text(result.reasonKey(), language, result.arguments().toArray());
    }

    private String text(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, key, language);
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {
        @Bean
        RouteAccess flightsApiAccess() {
            return RouteAccess.of("/api/flights/**", Role.MEMBER_COORDINATOR);
        }

        @Bean
        RouteAccess apiDocs() {
            return RouteAccess.of("GET", "/v3/api-docs/**", Role.MEMBER_COORDINATOR, Role.ADMINISTRATOR);
        }
    }
}
