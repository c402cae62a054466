package org.acogida.reception.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.acogida.cases.DuplicateReview;
import org.acogida.cases.Duplicates;
import org.acogida.reception.ReceptionCase;
import org.acogida.reception.ReceptionCases;
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
    private final ReceptionCases receptionCases;

    DuplicatesController(Duplicates duplicates, ReceptionCases receptionCases) {
        this.duplicates = duplicates;
        this.receptionCases = receptionCases;
    }

    /** A pair as the page shows it: both cases with how they arrived. */
    record PairView(Duplicates.Pair pair, ReceptionCase newer, ReceptionCase earlier) {
        public UUID id() {
            return pair.id();
        }

        public DuplicateReview review() {
            return pair.review();
        }
    }

    @GetMapping("/reception/duplicates")
    String pending(Model model) {
        List<Duplicates.Pair> pairs = duplicates.pending();
        Map<UUID, ReceptionCase> shown = receptionCases.withArrivals(pairs.stream().flatMap(p -> Stream.of(p.newer(), p.earlier())).distinct()
                .toList()).stream().collect(Collectors.toMap(ReceptionCase::id, Function.identity()));
        model.addAttribute("pairs", pairs.stream().filter(p -> shown.containsKey(p.newer().id()) && shown.containsKey(p.earlier().id()))
                .map(p -> new PairView(p, shown.get(p.newer().id()), shown.get(p.earlier().id()))).toList());
        return "reception/duplicates";
    }

    @PostMapping("/reception/duplicates/{reviewId}")
    String decide(@PathVariable UUID reviewId, @RequestParam Duplicates.Verdict verdict, @RequestParam(defaultValue = "") String back,
                  RedirectAttributes redirect) {
        switch (duplicates.decide(reviewId, verdict)) {
            case Duplicates.Decided.Done done -> {
                redirect.addFlashAttribute("decided", verdict);
                if (back.equals("case")) {
                    return "redirect:/reception/cases/" + done.pair().newer().id();
                }
            }
            case Duplicates.Decided.AlreadyDecided already -> redirect.addFlashAttribute("alreadyDecided", true);
        }
        return "redirect:/reception/duplicates";
    }
}
