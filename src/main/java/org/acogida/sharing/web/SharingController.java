package org.acogida.sharing.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.sharing.ConsentMethod;
import org.acogida.sharing.Purpose;
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

    SharingController(Sharing sharing) {
        this.sharing = sharing;
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
        return "sharing/incoming";
    }

    @PostMapping("/incoming/{shareId}/accept")
    String accept(@PathVariable UUID shareId, @RequestParam(defaultValue = "-1") int version, RedirectAttributes redirect) {
        return decided(shareId, sharing.accept(shareId, version), redirect);
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
    String offer(@PathVariable UUID caseId, @RequestParam(defaultValue = "") String recipient, @RequestParam(defaultValue = "") String method,
                 @RequestParam(defaultValue = "") String language, @RequestParam(defaultValue = "") String legalBasis,
                 @RequestParam(defaultValue = "") String witness, RedirectAttributes redirect) {
        ConsentMethod how = Arrays.stream(ConsentMethod.values()).filter(m -> m.name().equals(method)).findFirst().orElse(null);
        Sharing.NewOffer offer = new Sharing.NewOffer(Purpose.PLACEMENT, recipient, how, language, legalBasis, witness);
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
