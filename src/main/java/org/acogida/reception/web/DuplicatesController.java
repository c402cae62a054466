package org.acogida.reception.web;

import java.util.UUID;

import org.acogida.reception.Duplicates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Possible duplicates, side by side with the fields that match; an officer decides each once. */
@Controller
class DuplicatesController {

    private final Duplicates duplicates;

    DuplicatesController(Duplicates duplicates) {
        this.duplicates = duplicates;
    }

    @GetMapping("/reception/duplicates")
    String pending(Model model) {
        model.addAttribute("pairs", duplicates.pending());
        return "reception/duplicates";
    }

    @PostMapping("/reception/duplicates/{reviewId}")
    String decide(@PathVariable UUID reviewId, @RequestParam Duplicates.Verdict verdict, @RequestParam(defaultValue = "") String back,
                  RedirectAttributes redirect) {
        switch (duplicates.decide(reviewId, verdict)) {
            case Duplicates.Decided.Done done -> {
                redirect.addFlashAttribute("decided", verdict);
                if (back.equals("case")) {
                    return "redirect:/reception/cases/" + done.pair().receptionCase().id();
                }
            }
            case Duplicates.Decided.AlreadyDecided already -> redirect.addFlashAttribute("alreadyDecided", true);
        }
        return "redirect:/reception/duplicates";
    }
}
