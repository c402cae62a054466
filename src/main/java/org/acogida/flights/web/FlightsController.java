package org.acogida.flights.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.acogida.flights.AircraftKind;
import org.acogida.flights.CoalitionView;
import org.acogida.flights.DecisionOutcome;
import org.acogida.flights.Flight;
import org.acogida.flights.FlightDecisions;
import org.acogida.flights.FlightNotices;
import org.acogida.flights.Incidents;
import org.acogida.flights.ManifestImport;
import org.acogida.flights.Manifests;
import org.acogida.flights.Outcome;
import org.acogida.flights.Policies;
import org.acogida.flights.incident.IncidentKind;
import org.acogida.flights.incident.Severity;
import org.acogida.flights.manifest.ManifestReader;
import org.acogida.platform.actor.Role;
import org.acogida.platform.shell.NavigationEntry;
import org.acogida.platform.shell.RouteAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member's flights: the board, the flight page, notices, manifests, the decision and incidents. */
@Controller
@RequestMapping("/flights")
class FlightsController {

    private final FlightNotices notices;
    private final Manifests manifests;
    private final FlightDecisions decisions;
    private final Incidents incidents;
    private final Policies policies;
    private final CoalitionView coalition;
    private final org.acogida.flights.DecisionLetters letters;
    private final Clock clock;

    FlightsController(FlightNotices notices, Manifests manifests, FlightDecisions decisions, Incidents incidents, Policies policies,
                      CoalitionView coalition, org.acogida.flights.DecisionLetters letters, Clock clock) {
        this.notices = notices;
        this.manifests = manifests;
        this.decisions = decisions;
        this.incidents = incidents;
        this.policies = policies;
        this.coalition = coalition;
        this.letters = letters;
        this.clock = clock;
    }

    @InitBinder("notice")
    void noticeFields(WebDataBinder binder) {
        binder.setAllowedFields(NoticeForm.FIELDS);
    }

    @GetMapping
    String board(@RequestParam(required = false) String point, @RequestParam(defaultValue = "8") int days,
                 @RequestParam(required = false) LocalDate from, Model model) {
        LocalDate start = from == null ? LocalDate.now(clock) : from;
        int span = Math.max(1, Math.min(days, 31));
        model.addAttribute("rows", notices.board(start, span, point));
        model.addAttribute("points", policies.ownArrivalPoints());
        model.addAttribute("point", point);
        model.addAttribute("from", start);
        model.addAttribute("days", span);
        return "flights/board";
    }

    @GetMapping("/new")
    String newNotice(Model model) {
        model.addAttribute("notice", NoticeForm.empty());
        return noticePage(model);
    }

    @PostMapping
    String register(@Valid @ModelAttribute("notice") NoticeForm notice, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return noticePage(model);
        }
        return switch (notices.registerNotice(notice.notice())) {
            case FlightNotices.NoticeResult.Registered registered -> "redirect:/flights/" + registered.flightId();
            case FlightNotices.NoticeResult.AlreadyKnown known -> "redirect:/flights/" + known.flightId() + "?known";
            case FlightNotices.NoticeResult.Refused refused -> {
                result.rejectValue(refused.field(), refused.messageKey());
                yield noticePage(model);
            }
        };
    }

    private String noticePage(Model model) {
        model.addAttribute("points", policies.ownArrivalPoints());
        model.addAttribute("aircraftKinds", AircraftKind.values());
        return "flights/new";
    }

    @GetMapping("/{flightId}")
    String flight(@PathVariable UUID flightId, Model model) {
        Flight flight = notices.flight(flightId);
        model.addAttribute("flight", flight);
        model.addAttribute("decision", decisions.decision(flightId).orElse(null));
        model.addAttribute("history", decisions.decisionHistory(flightId));
        manifests.manifestSummary(flightId).ifPresent(summary -> {
            model.addAttribute("summary", summary);
            model.addAttribute("candidates", coalition.whoCouldReceive(summary.nonNationalsByCitizenship(), flight.memberState()));
        });
        model.addAttribute("pending", manifests.pendingAmendment(flightId).orElse(null));
        model.addAttribute("incidents", incidents.incidents(flightId));
        model.addAttribute("incidentKinds", IncidentKind.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("outcomes", List.of(Outcome.ACCEPT, Outcome.ACCEPT_WITH_CONDITIONS, Outcome.REFUSE));
        model.addAttribute("maxKb", ManifestReader.MAX_BYTES / 1024);
        model.addAttribute("maxRows", ManifestReader.MAX_ROWS);
        return "flights/flight";
    }

    @GetMapping("/{flightId}/passengers")
    String passengers(@PathVariable UUID flightId, Model model) {
        model.addAttribute("flight", notices.flight(flightId));
        model.addAttribute("passengers", manifests.passengers(flightId));
        return "flights/passengers";
    }

    @PostMapping("/{flightId}/manifest")
    String upload(@PathVariable UUID flightId, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(defaultValue = "false") boolean importValidRows, Model model, RedirectAttributes redirect) throws IOException {
        Flight flight = notices.flight(flightId);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("uploadError", "manifest.upload.missing");
            return "redirect:/flights/" + flightId;
        }
        if (file.getSize() > ManifestReader.MAX_BYTES) {
            redirect.addFlashAttribute("uploadError", "manifest.problem.FILE_TOO_LARGE");
            return "redirect:/flights/" + flightId;
        }
        ManifestImport imported = manifests.importManifest(flightId, file.getBytes(), file.getOriginalFilename(), importValidRows);
        return switch (imported) {
            case ManifestImport.Rejected rejected -> {
                model.addAttribute("flight", flight);
                model.addAttribute("rejected", rejected);
                model.addAttribute("fileName", file.getOriginalFilename());
                model.addAttribute("maxKb", ManifestReader.MAX_BYTES / 1024);
                model.addAttribute("maxRows", ManifestReader.MAX_ROWS);
                yield "flights/manifest-problems";
            }
            case ManifestImport.Unchanged unchanged -> {
                redirect.addFlashAttribute("manifestMessage", "manifest.unchanged");
                yield "redirect:/flights/" + flightId;
            }
            case ManifestImport.Applied applied -> {
                redirect.addFlashAttribute("manifestMessage", applied.skippedRows() > 0 ? "manifest.applied-partly" : "manifest.applied");
                redirect.addFlashAttribute("applied", applied);
                yield "redirect:/flights/" + flightId;
            }
            case ManifestImport.AmendmentPending pending -> "redirect:/flights/" + flightId + "#amendment";
        };
    }

    @PostMapping("/{flightId}/manifest/{manifestId}/apply")
    String apply(@PathVariable UUID flightId, @PathVariable UUID manifestId, RedirectAttributes redirect) {
        manifests.applyAmendment(flightId, manifestId);
        redirect.addFlashAttribute("manifestMessage", "manifest.amendment-applied");
        return "redirect:/flights/" + flightId;
    }

    @PostMapping("/{flightId}/decision")
    String decide(@PathVariable UUID flightId, @RequestParam(required = false) UUID decisionId,
                  @RequestParam(required = false) Outcome outcome, @RequestParam(defaultValue = "") String justification,
                  RedirectAttributes redirect) {
        notices.flight(flightId);
        if (decisionId == null || outcome == null) {
            redirect.addFlashAttribute("decisionError", "decision.refused.choose");
            return "redirect:/flights/" + flightId + "#decision";
        }
        switch (decisions.decide(flightId, decisionId, outcome, justification)) {
            case DecisionOutcome.Recorded recorded -> redirect.addFlashAttribute("decisionMessage",
                    recorded.override() ? "decision.overridden" : "decision.confirmed");
            case DecisionOutcome.Conflict conflict -> {
                redirect.addFlashAttribute("decisionError", "decision.conflict");
                redirect.addFlashAttribute("conflict", conflict);
            }
            case DecisionOutcome.Refused refused -> {
                redirect.addFlashAttribute("decisionError", refused.messageKey());
                redirect.addFlashAttribute("justification", justification);
            }
        }
        return "redirect:/flights/" + flightId + "#decision";
    }

    @GetMapping("/{flightId}/letter.pdf")
    ResponseEntity<byte[]> letter(@PathVariable UUID flightId) {
        org.acogida.flights.DecisionLetters.Letter written = letters.of(flightId);
        Flight flight = written.flight();
        byte[] pdf = written.pdf();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("decision-" + flight.missionNumber().replaceAll("[^A-Za-z0-9-]", "_") + ".pdf").build().toString())
                .body(pdf);
    }

    @PostMapping("/{flightId}/incidents")
    String incident(@PathVariable UUID flightId, @RequestParam(required = false) IncidentKind kind,
                    @RequestParam(required = false) Severity severity, @RequestParam(defaultValue = "") String description,
                    RedirectAttributes redirect) {
        notices.flight(flightId);
        if (kind == null || severity == null || description.isBlank() || description.length() > 2000) {
            redirect.addFlashAttribute("incidentError", "incident.invalid");
            return "redirect:/flights/" + flightId + "#incidents";
        }
        incidents.reportIncident(flightId, kind, severity, description);
        redirect.addFlashAttribute("incidentMessage", "incident.recorded");
        return "redirect:/flights/" + flightId + "#incidents";
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {
        static final Role[] MEMBER_STAFF = {Role.RECEPTION_OFFICER, Role.CASE_WORKER, Role.PROTECTION_OFFICER, Role.MEMBER_COORDINATOR,
                Role.ADMINISTRATOR};

        @Bean
        NavigationEntry flightsNavigation() {
            return new NavigationEntry("nav.flights", "/flights", Set.of(MEMBER_STAFF), 10);
        }

        @Bean
        RouteAccess flightsRead() {
            return RouteAccess.of("/flights/**", MEMBER_STAFF);
        }

        @Bean
        RouteAccess flightsRegister() {
            return RouteAccess.of("POST", "/flights", Role.MEMBER_COORDINATOR);
        }

        @Bean
        RouteAccess flightsNewNotice() {
            return RouteAccess.of("GET", "/flights/new", Role.MEMBER_COORDINATOR);
        }

        @Bean
        RouteAccess flightsManifest() {
            return RouteAccess.of("POST", "/flights/*/manifest/**", Role.MEMBER_COORDINATOR, Role.RECEPTION_OFFICER);
        }

        @Bean
        RouteAccess flightsDecision() {
            return RouteAccess.of("POST", "/flights/*/decision", Role.MEMBER_COORDINATOR);
        }

        @Bean
        RouteAccess flightsIncidents() {
            return RouteAccess.of("POST", "/flights/*/incidents", Role.MEMBER_COORDINATOR, Role.RECEPTION_OFFICER);
        }
    }
}
