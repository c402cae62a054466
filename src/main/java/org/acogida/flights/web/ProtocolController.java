package org.acogida.flights.web;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.acogida.flights.AircraftKind;
import org.acogida.flights.CoalitionView;
import org.acogida.flights.Protocol;
import org.acogida.flights.protocol.ProtocolParameters;
import org.acogida.governance.MotionNotFound;
import org.acogida.governance.Motions;
import org.acogida.governance.VoteChoice;
import org.acogida.platform.actor.Role;
import org.acogida.platform.shell.NavigationEntry;
import org.acogida.platform.shell.RouteAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coalition protocol: the version in force and its history, motions and votes, and the breach record. */
@Controller
@RequestMapping("/protocol")
class ProtocolController {

    private final Protocol protocol;
    private final Motions motions;
    private final CoalitionView coalition;

    ProtocolController(Protocol protocol, Motions motions, CoalitionView coalition) {
        this.protocol = protocol;
        this.motions = motions;
        this.coalition = coalition;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("current", protocol.current().orElse(null));
        model.addAttribute("versions", protocol.versions());
        model.addAttribute("motions", motions.all());
        model.addAttribute("choices", VoteChoice.values());
        model.addAttribute("proposal", protocol.current().map(Protocol.Version::parameters).orElse(ProtocolParameters.proposal()));
        model.addAttribute("aircraftKinds", AircraftKind.values());
        return "protocol/protocol";
    }

    @GetMapping("/breaches")
    String breaches(Model model) {
        model.addAttribute("breaches", coalition.breachRecord());
        return "protocol/breaches";
    }

    @PostMapping("/motions")
    String propose(@RequestParam(defaultValue = "") String title, @RequestParam(required = false) Set<AircraftKind> allowedAircraft,
                   @RequestParam(defaultValue = "false") boolean noRestraintsAtArrival, @RequestParam(defaultValue = "72") int minimumNoticeHours,
                   @RequestParam(defaultValue = "48") int manifestDeadlineHours,
                   @RequestParam(defaultValue = "false") boolean childProtectionForUnaccompanied,
                   @RequestParam(defaultValue = "135") int maximumPassengers, @RequestParam(defaultValue = "false") boolean familyUnity,
                   @RequestParam(defaultValue = "false") boolean dignifiedTreatment, @RequestParam(defaultValue = "false") boolean belongingsReturned,
                   @RequestParam(defaultValue = "50") int quorumPercent, @RequestParam(defaultValue = "50") int majorityPercent,
                   RedirectAttributes redirect) {
        if (title.isBlank() || title.length() > 300 || minimumNoticeHours < 0 || manifestDeadlineHours < 0 || maximumPassengers < 1
                || quorumPercent < 1 || quorumPercent > 100 || majorityPercent < 50 || majorityPercent > 100) {
            redirect.addFlashAttribute("motionError", "motion.invalid");
            return "redirect:/protocol";
        }
        ProtocolParameters parameters = new ProtocolParameters(allowedAircraft == null ? EnumSet.noneOf(AircraftKind.class) : allowedAircraft,
                noRestraintsAtArrival, minimumNoticeHours, manifestDeadlineHours, childProtectionForUnaccompanied, maximumPassengers,
                familyUnity, dignifiedTreatment, belongingsReturned);
        protocol.proposeAmendment(title, parameters, quorumPercent, majorityPercent);
        redirect.addFlashAttribute("motionMessage", "motion.proposed");
        return "redirect:/protocol";
    }

    @PostMapping("/diversions")
    String proposeDiversion(@RequestParam(defaultValue = "") String sendingAuthority, @RequestParam(defaultValue = "") String missionNumber,
                            RedirectAttributes redirect) {
        if (sendingAuthority.isBlank() || missionNumber.isBlank() || sendingAuthority.length() > 120 || missionNumber.length() > 40) {
            redirect.addFlashAttribute("motionError", "motion.invalid");
            return "redirect:/protocol";
        }
        protocol.proposeDiversion(missionNumber.strip() + " · " + sendingAuthority.strip(), sendingAuthority.strip(), missionNumber.strip(), 50, 50);
        redirect.addFlashAttribute("motionMessage", "motion.proposed");
        return "redirect:/protocol";
    }

    @PostMapping("/motions/{motionId}/vote")
    String vote(@PathVariable UUID motionId, @RequestParam(defaultValue = "") String choice, RedirectAttributes redirect) {
        motions.find(motionId).orElseThrow(() -> MotionNotFound.forId(motionId));
        Optional<VoteChoice> chosen = VoteChoice.parse(choice);
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute("motionError", "motion.invalid");
            return "redirect:/protocol";
        }
        switch (motions.vote(motionId, chosen.get())) {
            case Motions.VoteResult.Counted counted -> redirect.addFlashAttribute("motionMessage", counted.closed() ? "motion.closed" : "motion.voted");
            case Motions.VoteResult.Refused refused -> redirect.addFlashAttribute("motionError", refused.messageKey());
        }
        return "redirect:/protocol";
    }

    @PostMapping("/motions/{motionId}/close")
    String close(@PathVariable UUID motionId, RedirectAttributes redirect) {
        motions.find(motionId).orElseThrow(() -> MotionNotFound.forId(motionId));
        switch (motions.close(motionId)) {
            case Motions.VoteResult.Counted counted -> redirect.addFlashAttribute("motionMessage", "motion.closed");
            case Motions.VoteResult.Refused refused -> redirect.addFlashAttribute("motionError", refused.messageKey());
        }
        return "redirect:/protocol";
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {
        @Bean
        NavigationEntry protocolNavigation() {
            return new NavigationEntry("nav.protocol", "/protocol", Set.of(Role.MEMBER_COORDINATOR, Role.COALITION_ANALYST, Role.ADMINISTRATOR,
                    Role.RECEPTION_OFFICER), 20);
        }

        @Bean
        RouteAccess protocolRead() {
            return RouteAccess.of("GET", "/protocol/**", Role.MEMBER_COORDINATOR, Role.COALITION_ANALYST, Role.ADMINISTRATOR,
                    Role.RECEPTION_OFFICER);
        }

        @Bean
        RouteAccess protocolMotions() {
            return RouteAccess.of("POST", "/protocol/**", Role.MEMBER_COORDINATOR);
        }
    }
}
