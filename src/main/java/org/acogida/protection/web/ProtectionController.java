package org.acogida.protection.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.acogida.cases.Cases;
import org.acogida.protection.ChildPath;
import org.acogida.protection.ChildProtection;
import org.acogida.protection.ClaimGround;
import org.acogida.protection.ClaimStatus;
import org.acogida.protection.Claims;
import org.acogida.protection.Screening;
import org.acogida.protection.SpecificNeeds;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Screening, the child's path and claims, acted on from the case page. Every action returns to the
 * case with what happened; a refusal names its field and reason. The person's own account of a
 * claim is never put in a flash attribute or a redirect: a refused claim is shown again on its form,
 * as typed.
 */
@Controller
@RequestMapping("/protection")
class ProtectionController {

    private final Screening screening;
    private final ChildProtection children;
    private final Claims claims;
    private final Cases cases;

    ProtectionController(Screening screening, ChildProtection children, Claims claims, Cases cases) {
        this.screening = screening;
        this.children = children;
        this.claims = claims;
        this.cases = cases;
    }

    @GetMapping("/cases/{caseId}/screening")
    String screeningForm(@PathVariable UUID caseId, Model model) {
        model.addAttribute("c", cases.find(caseId));
        model.addAttribute("screening", screening.view(caseId));
        model.addAttribute("categories", SpecificNeeds.BY_CATEGORY);
        model.addAttribute("health", SpecificNeeds.HEALTH);
        model.addAttribute("restricted", Screening.RESTRICTED_CATEGORIES);
        return "protection/screening";
    }

    @PostMapping("/cases/{caseId}/screening")
    String screen(@PathVariable UUID caseId, @RequestParam(required = false) List<String> codes, RedirectAttributes redirect) {
        switch (screening.screen(caseId, codes == null ? Set.of() : new HashSet<>(codes))) {
            case Screening.Screened.Done done -> redirect.addFlashAttribute("protectionNotice",
                    done.childProtectionStarted() ? "screening.saved-child" : "screening.saved");
            case Screening.Screened.Refused refused -> redirect.addFlashAttribute("protectionRefused", refused.messageKey());
        }
        return "redirect:/reception/cases/" + caseId + "#screening";
    }

    @PostMapping("/cases/{caseId}/child/notify")
    String notifyAuthority(@PathVariable UUID caseId, @RequestParam int version, @RequestParam(defaultValue = "") String authority,
                           RedirectAttributes redirect) {
        return child(caseId, children.notifyAuthority(caseId, version, limit(authority, 200)), redirect);
    }

    @PostMapping("/cases/{caseId}/child/assess")
    String assess(@PathVariable UUID caseId, @RequestParam int version, RedirectAttributes redirect) {
        return child(caseId, children.assessInterests(caseId, version), redirect);
    }

    @PostMapping("/cases/{caseId}/child/hand-over")
    String handOver(@PathVariable UUID caseId, @RequestParam int version, @RequestParam(defaultValue = "") String handedTo,
                    @RequestParam(required = false) ChildPath.Relation relation, RedirectAttributes redirect) {
        return child(caseId, children.handOver(caseId, version, limit(handedTo, 200), relation), redirect);
    }

    private String child(UUID caseId, ChildProtection.Stepped result, RedirectAttributes redirect) {
        switch (result) {
            case ChildProtection.Stepped.Done done -> redirect.addFlashAttribute("protectionNotice", "child.step." + done.path().step());
            case ChildProtection.Stepped.Refused refused -> redirect.addFlashAttribute("protectionRefused", refused.messageKey());
            case ChildProtection.Stepped.Conflict conflict -> redirect.addFlashAttribute("protectionRefused", "child.conflict");
        }
        return "redirect:/reception/cases/" + caseId + "#child";
    }

    @GetMapping("/cases/{caseId}/claims/new")
    String claimForm(@PathVariable UUID caseId, Model model) {
        return claimPage(caseId, new Claims.NewClaim("", Set.of(), "", true), null, model);
    }

    @PostMapping("/cases/{caseId}/claims")
    String record(@PathVariable UUID caseId, @RequestParam(defaultValue = "") String fearedCountry,
                  @RequestParam(required = false) Set<ClaimGround> grounds, @RequestParam(defaultValue = "") String account,
                  @RequestParam(defaultValue = "false") boolean extendToFamily, Model model, RedirectAttributes redirect) {
        Claims.NewClaim claim = new Claims.NewClaim(limit(fearedCountry, 60), grounds == null ? Set.of() : grounds, limit(account, 8000),
                extendToFamily);
        return switch (claims.record(caseId, claim)) {
            case Claims.Recorded.Done done -> {
                redirect.addFlashAttribute("claimRecorded", done);
                yield "redirect:/reception/cases/" + caseId + "#claims";
            }
            case Claims.Recorded.Refused refused -> claimPage(caseId, claim, refused, model);
        };
    }

    private String claimPage(UUID caseId, Claims.NewClaim claim, Claims.Recorded.Refused refused, Model model) {
        var c = cases.find(caseId);
        model.addAttribute("c", c);
        model.addAttribute("claim", claim);
        model.addAttribute("refused", refused);
        model.addAttribute("grounds", List.of(ClaimGround.values()));
        model.addAttribute("hasFamily", !cases.familyOf(c).isEmpty());
        return "protection/claim";
    }

    @PostMapping("/claims/{claimId}/status")
    String advance(@PathVariable UUID claimId, @RequestParam int version, @RequestParam ClaimStatus status,
                   @RequestParam(defaultValue = "") String note, @RequestParam UUID caseId, RedirectAttributes redirect) {
        switch (claims.advance(claimId, version, status, limit(note, 4000))) {
            case Claims.Advanced.Done done -> redirect.addFlashAttribute("protectionNotice", "claim.advanced");
            case Claims.Advanced.Refused refused -> redirect.addFlashAttribute("protectionRefused", refused.messageKey());
            case Claims.Advanced.Conflict conflict -> redirect.addFlashAttribute("protectionRefused", "claim.conflict");
        }
        return "redirect:/reception/cases/" + caseId + "#claims";
    }

    private static String limit(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }
}
