package org.acogida.reception.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.acogida.cases.Duplicates;
import org.acogida.coalition.ArrivalPoint;
import org.acogida.coalition.Countries;
import org.acogida.platform.actor.Actors;
import org.acogida.reception.ArrivalKind;
import org.acogida.reception.Arrivals;
import org.acogida.reception.CaseFile;
import org.acogida.reception.CheckIn;
import org.acogida.reception.CheckInDesk;
import org.acogida.reception.LandingResult;
import org.acogida.reception.ReceptionCase;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The arrival point: its flights and their landing, the check-in desk, walk-in arrivals and the case page. */
@Controller
@RequestMapping("/reception")
class ReceptionController {

    private final Arrivals arrivals;
    private final CheckInDesk desk;
    private final CaseFile caseFile;
    private final Countries countries;
    private final Clock clock;
    private final Duplicates duplicates;

    ReceptionController(Arrivals arrivals, CheckInDesk desk, CaseFile caseFile, Countries countries, Duplicates duplicates, Clock clock) {
        this.duplicates = duplicates;
        this.clock = clock;
        this.arrivals = arrivals;
        this.desk = desk;
        this.caseFile = caseFile;
        this.countries = countries;
    }

    @InitBinder("walkIn")
    void walkInFields(WebDataBinder binder) {
        binder.setAllowedFields(WalkInForm.FIELDS);
    }

    @GetMapping
    String board(@RequestParam(required = false) String point, Model model) {
        String chosen = point(point, model);
        model.addAttribute("rows", chosen == null ? List.of() : arrivals.board(chosen));
        model.addAttribute("pendingDuplicates", duplicates.pendingCount());
        return "reception/board";
    }

    @PostMapping("/flights/{flightId}/landed")
    String landed(@PathVariable UUID flightId, @RequestParam(defaultValue = "") String point, RedirectAttributes redirect) {
        switch (arrivals.land(flightId)) {
            case LandingResult.Landed landed -> redirect.addFlashAttribute("landed", landed.cases());
            case LandingResult.AlreadyLanded already -> redirect.addFlashAttribute("alreadyLanded", true);
            case LandingResult.Refused refused -> redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/reception").queryParam("point", point).encode().build().toUriString();
    }

    @GetMapping("/check-in")
    String checkIn(@RequestParam(required = false) String point, @RequestParam(defaultValue = "") String q, Model model) {
        String chosen = point(point, model);
        List<CheckInDesk.Found> found = chosen == null ? List.of() : desk.search(chosen, q);
        model.addAttribute("q", q);
        model.addAttribute("found", found);
        model.addAttribute("states", CheckIn.values());
        return "reception/check-in";
    }

    @PostMapping("/cases/{caseId}/check-in")
    String mark(@PathVariable UUID caseId, @RequestParam CheckIn state, @RequestParam int version,
                @RequestParam(defaultValue = "") String point, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "check-in") String back, RedirectAttributes redirect) {
        ReceptionCase result = switch (desk.mark(caseId, state, version)) {
            case CheckInDesk.Marked.Done done -> {
                redirect.addFlashAttribute("marked", done.receptionCase());
                q = "";
                yield done.receptionCase();
            }
            case CheckInDesk.Marked.Conflict conflict -> {
                redirect.addFlashAttribute("conflict", conflict);
                yield conflict.now();
            }
        };
        if (back.equals("case")) {
            return "redirect:/reception/cases/" + caseId;
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/reception/check-in").queryParam("point", result.arrivalPoint())
                .queryParam("q", q).encode().build().toUriString();
    }

    @GetMapping("/arrivals/new")
    String newArrival(@RequestParam(required = false) String point, Model model) {
        model.addAttribute("walkIn", WalkInForm.at(point(point, model)));
        return walkInPage(model);
    }

    @PostMapping("/arrivals")
    String registerArrival(@Valid @ModelAttribute("walkIn") WalkInForm walkIn, BindingResult result, Model model) {
        if (result.hasErrors()) {
            point(walkIn.arrivalPoint(), model);
            return walkInPage(model);
        }
        return switch (arrivals.registerWalkIn(walkIn.walkIn())) {
            case Arrivals.WalkInResult.Registered registered -> "redirect:/reception/cases/" + registered.caseId() + "?registered";
            case Arrivals.WalkInResult.Refused refused -> {
                result.rejectValue(refused.field(), refused.messageKey());
                point(walkIn.arrivalPoint(), model);
                yield walkInPage(model);
            }
        };
    }

    private String walkInPage(Model model) {
        model.addAttribute("kinds", List.of(ArrivalKind.LAND_BORDER, ArrivalKind.WALK_IN));
        return "reception/walk-in";
    }

    @GetMapping("/cases/{caseId}")
    String caseFile(@PathVariable UUID caseId, Model model) {
        CaseFile.View view = caseFile.open(caseId);
        model.addAttribute("view", view);
        model.addAttribute("c", view.receptionCase());
        model.addAttribute("states", CheckIn.values());
        model.addAttribute("now", clock.instant());
        return "reception/case";
    }

    /** The member's arrival points, and the one chosen (the first when none is): every reception page works at one. */
    private String point(String requested, Model model) {
        List<ArrivalPoint> points = countries.arrivalPointsOf(Actors.require().memberState());
        String chosen = points.stream().map(ArrivalPoint::code).filter(code -> code.equals(requested)).findFirst()
                .orElse(points.isEmpty() ? null : points.getFirst().code());
        model.addAttribute("points", points);
        model.addAttribute("point", chosen);
        return chosen;
    }
}
