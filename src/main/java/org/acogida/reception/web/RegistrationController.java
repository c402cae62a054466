package org.acogida.reception.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.acogida.cases.ProfileCatalogues;
import org.acogida.reception.Registration;
import org.acogida.reception.identity.MachineReadableZone;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering a person: the form, reading a passport's or identity card's machine-readable zone into it, and saving. */
@Controller
@RequestMapping("/reception/cases/{caseId}/registration")
class RegistrationController {

    private final Registration registration;
    private final Clock clock;

    RegistrationController(Registration registration, Clock clock) {
        this.registration = registration;
        this.clock = clock;
    }

    @InitBinder("registration")
    void registrationFields(WebDataBinder binder) {
        binder.setAllowedFields(RegistrationForm.FIELDS);
    }

    @GetMapping
    String form(@PathVariable UUID caseId, Model model) {
        Registration.Current current = registration.current(caseId);
        model.addAttribute("registration", RegistrationForm.of(current.details(), current.receptionCase().version()));
        return page(current, model);
    }

    /** Reads the zone into the form without saving: the officer checks what was read, then saves. */
    @PostMapping("/mrz")
    String readZone(@PathVariable UUID caseId, @ModelAttribute("registration") RegistrationForm form, BindingResult result, Model model) {
        Registration.Current current = registration.current(caseId);
        switch (MachineReadableZone.read(form.mrz(), LocalDate.now(clock))) {
            case MachineReadableZone.Result.Read read -> {
                model.addAttribute("registration", form.withZone(read.reading()));
                model.addAttribute("zoneRead", read.reading().format());
            }
            case MachineReadableZone.Result.Unreadable unreadable -> unreadable.problems().forEach(problem -> {
                Object[] arguments = new Object[problem.arguments().size() + 1];
                arguments[0] = new DefaultMessageSourceResolvable(new String[] {"mrz.field." + problem.field()}, problem.field());
                for (int i = 0; i < problem.arguments().size(); i++) {
                    arguments[i + 1] = problem.arguments().get(i);
                }
                result.rejectValue("mrz", problem.messageKey(), arguments, problem.messageKey());
            });
        }
        return page(current, model);
    }

    @PostMapping
    String save(@PathVariable UUID caseId, @Valid @ModelAttribute("registration") RegistrationForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        Registration.Current current = registration.current(caseId);
        if (result.hasErrors()) {
            return page(current, model);
        }
        return switch (registration.save(caseId, form.version(), form.details())) {
            case Registration.Saved.Done done -> {
                redirect.addFlashAttribute("registeredNow", done.duplicatesProposed());
                yield "redirect:/reception/cases/" + caseId;
            }
            case Registration.Saved.Conflict conflict -> {
                model.addAttribute("conflict", conflict);
                model.addAttribute("registration", form.atVersion(current.receptionCase().version()));
                yield page(current, model);
            }
            case Registration.Saved.Refused refused -> {
                result.rejectValue(refused.field().equals("languages") ? "otherLanguages" : refused.field(), refused.messageKey());
                yield page(current, model);
            }
        };
    }

    private String page(Registration.Current current, Model model) {
        model.addAttribute("c", current.receptionCase());
        model.addAttribute("spokenLanguages", ProfileCatalogues.LANGUAGES);
        model.addAttribute("educationLevels", ProfileCatalogues.EDUCATION);
        model.addAttribute("occupations", ProfileCatalogues.OCCUPATIONS);
        return "reception/registration";
    }
}
