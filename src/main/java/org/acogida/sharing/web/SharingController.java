package org.acogida.sharing.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.acogida.coalition.Countries;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.sharing.ConsentMethod;
import org.acogida.sharing.Purpose;
import org.acogida.sharing.Relationship;
import org.acogida.sharing.Sought;
import org.acogida.sharing.Sharing;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member's shares: what it offered, what other members offered it (for its coordinator), one
 * offer to decide on, and the case page's forms to record consent and offer, or withdraw consent.
 */
@Controller
@RequestMapping("/sharing")
class SharingController {

    private final Sharing sharing;
    private final Countries countries;

    SharingController(Sharing sharing, Countries countries) {
        this.sharing = sharing;
        this.countries = countries;
    }

    @GetMapping
    String shares(Model model) {
        model.addAttribute("outgoing", sharing.outgoing());
        boolean coordinator = Actors.require().role() == Role.MEMBER_COORDINATOR;
        model.addAttribute("incoming", coordinator ? sharing.incoming() : List.of());
        model.addAttribute("coordinator", coordinator);
        return "sharing/shares";
    }

    @GetMapping("/incoming/{shareId}")
    String incoming(@PathVariable UUID shareId, Model model) {
        model.addAttribute("share", sharing.incoming(shareId));
        model.addAttribute("arrivalPoints", countries.arrivalPointsOf(Actors.require().memberState()));
        return "sharing/incoming";
    }

    @PostMapping("/incoming/{shareId}/accept")
    String accept(@PathVariable UUID shareId, @RequestParam(defaultValue = "-1") int version, @RequestParam(defaultValue = "") String arrivalPoint,
                  RedirectAttributes redirect) {
        return decided(shareId, sharing.accept(shareId, version, arrivalPoint), redirect);
    }

    @PostMapping("/outgoing/{outgoingShareId}/agree")
    String agree(@PathVariable UUID outgoingShareId, @RequestParam(defaultValue = "-1") int version, RedirectAttributes redirect) {
        UUID caseId = switch (sharing.agree(outgoingShareId, version)) {
            case Sharing.Agreed.Done done -> {
                redirect.addFlashAttribute("sharingNotice", "sharing.agreed");
                yield done.share().caseId();
            }
            case Sharing.Agreed.Conflict conflict -> {
                redirect.addFlashAttribute("sharingRefused", "sharing.conflict");
                yield conflict.now().caseId();
            }
        };
        return "redirect:/reception/cases/" + caseId + "#sharing";
    }

    @PostMapping("/incoming/{shareId}/reject")
    String reject(@PathVariable UUID shareId, @RequestParam(defaultValue = "-1") int version, @RequestParam(defaultValue = "") String reason,
                  RedirectAttributes redirect) {
        return decided(shareId, sharing.reject(shareId, version, reason), redirect);
    }

    private static String decided(UUID shareId, Sharing.Decided decided, RedirectAttributes redirect) {
        switch (decided) {
            case Sharing.Decided.Done done -> redirect.addFlashAttribute("sharingNotice", "sharing.decided." + done.share().status());
            case Sharing.Decided.Conflict conflict -> redirect.addFlashAttribute("sharingRefused", "sharing.conflict");
            case Sharing.Decided.Refused refused -> redirect.addFlashAttribute("sharingRefused", refused.messageKey());
        }
        return "redirect:/sharing/incoming/" + shareId;
    }

    @PostMapping("/cases/{caseId}/offers")
    String offer(@PathVariable UUID caseId, @RequestParam(defaultValue = "PLACEMENT") String purpose, @RequestParam(defaultValue = "") String recipient,
                 @RequestParam(defaultValue = "") String method, @RequestParam(defaultValue = "") String language,
                 @RequestParam(defaultValue = "") String legalBasis, @RequestParam(defaultValue = "") String witness, RedirectAttributes redirect) {
        Purpose why = Arrays.stream(Purpose.values()).filter(p -> p != Purpose.TRACING && p.name().equals(purpose)).findFirst().orElse(null);
        return offered(caseId, new Sharing.NewOffer(why, recipient, consentMethod(method), language, legalBasis, witness), redirect);
    }

    /** A tracing request: the person's consent, and the relative they look for. */
    @PostMapping("/cases/{caseId}/tracing")
    String trace(@PathVariable UUID caseId, @RequestParam(defaultValue = "") String recipient, @RequestParam(defaultValue = "") String method,
                 @RequestParam(defaultValue = "") String language, @RequestParam(defaultValue = "") String legalBasis,
                 @RequestParam(defaultValue = "") String witness, @RequestParam(defaultValue = "") String relationship,
                 @RequestParam(defaultValue = "") String soughtLastNames, @RequestParam(defaultValue = "") String soughtFirstNames,
                 @RequestParam(defaultValue = "") String soughtDateOfBirth, @RequestParam(defaultValue = "") String soughtSex,
                 @RequestParam(defaultValue = "") String soughtNationality, RedirectAttributes redirect) {
        LocalDate born;
        try {
            born = soughtDateOfBirth.isBlank() ? null : LocalDate.parse(soughtDateOfBirth.strip());
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("sharingRefused", "sharing.refused.sought-born");
            return "redirect:/reception/cases/" + caseId + "#tracing";
        }
        Relationship related = Arrays.stream(Relationship.values()).filter(r -> r.name().equals(relationship)).findFirst().orElse(null);
        Sought sought = new Sought(soughtLastNames, soughtFirstNames, born, soughtSex, soughtNationality, related);
        return offered(caseId, new Sharing.NewOffer(Purpose.TRACING, recipient, consentMethod(method), language, legalBasis, witness, sought),
                redirect);
    }

    private static ConsentMethod consentMethod(String method) {
        return Arrays.stream(ConsentMethod.values()).filter(m -> m.name().equals(method)).findFirst().orElse(null);
    }

    private String offered(UUID caseId, Sharing.NewOffer offer, RedirectAttributes redirect) {
        switch (sharing.offer(caseId, offer)) {
            case Sharing.Offered.Done done -> redirect.addFlashAttribute("sharingNotice", "sharing.offered");
            case Sharing.Offered.Refused refused -> redirect.addFlashAttribute("sharingRefused", refused.messageKey());
        }
        return "redirect:/reception/cases/" + caseId + "#sharing";
    }

    @PostMapping("/consents/{consentId}/withdraw")
    String withdraw(@PathVariable UUID consentId, @RequestParam UUID caseId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("sharingNotice", sharing.withdraw(consentId) ? "sharing.withdrawn" : "sharing.withdrawn-already");
        return "redirect:/reception/cases/" + caseId + "#sharing";
    }
}
