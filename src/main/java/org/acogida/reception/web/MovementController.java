package org.acogida.reception.web;

import java.util.UUID;

import org.acogida.cases.Movement;
import org.acogida.cases.Movements;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Proposing and cancelling a case's onward movement, from the case page. */
@Controller
class MovementController {

    private final Movements movements;

    MovementController(Movements movements) {
        this.movements = movements;
    }

    @PostMapping("/reception/cases/{caseId}/movements")
    String propose(@PathVariable UUID caseId, @RequestParam Movement.Kind kind, @RequestParam(defaultValue = "") String destinationCountry,
                   @RequestParam(defaultValue = "") String destination, RedirectAttributes redirect) {
        switch (movements.propose(caseId, kind, destinationCountry, destination.length() > 200 ? destination.substring(0, 200) : destination)) {
            case Movements.Proposed.Done done -> redirect.addFlashAttribute("movementProposed", done.movement());
            case Movements.Proposed.Refused refused -> redirect.addFlashAttribute("movementRefused", refused);
        }
        return "redirect:/reception/cases/" + caseId + "#movements";
    }

    @PostMapping("/reception/movements/{movementId}/cancel")
    String cancel(@PathVariable UUID movementId, @RequestParam UUID caseId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("movementCancelled", movements.cancel(movementId));
        return "redirect:/reception/cases/" + caseId + "#movements";
    }
}
