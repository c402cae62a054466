package org.acogida.coalition.web;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.acogida.coalition.Localities;
import org.acogida.coalition.Locality;
import org.acogida.platform.actor.Role;
import org.acogida.platform.errors.EditConflict;
import org.acogida.platform.shell.NavigationEntry;
import org.acogida.platform.shell.RouteAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

/** A member's localities and their capacity, kept by its coordinators and administrators. */
@Controller
@RequestMapping("/localities")
class LocalityController {

    private final Localities localities;

    LocalityController(Localities localities) {
        this.localities = localities;
    }

    @InitBinder("form")
    void onlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(LocalityForm.FIELDS);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("localities", localities.ofMember());
        model.addAttribute("form", LocalityForm.empty());
        model.addAttribute("kinds", Locality.Kind.values());
        return "coalition/localities";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") LocalityForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && localities.nameTaken(form.adminArea(), form.name(), null)) {
            result.rejectValue("name", "locality.name.taken");
        }
        if (result.hasErrors()) {
            model.addAttribute("localities", localities.ofMember());
            model.addAttribute("kinds", Locality.Kind.values());
            return "coalition/localities";
        }
        localities.create(form.details());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/localities";
    }

    @GetMapping("/{localityId}")
    String edit(@PathVariable UUID localityId, Model model) {
        Locality locality = localities.get(localityId);
        model.addAttribute("locality", locality);
        model.addAttribute("form", LocalityForm.of(locality));
        model.addAttribute("kinds", Locality.Kind.values());
        return "coalition/locality";
    }

    @PostMapping("/{localityId}")
    String update(@PathVariable UUID localityId, @Valid @ModelAttribute("form") LocalityForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Locality locality = localities.get(localityId);
        if (!result.hasErrors() && localities.nameTaken(form.adminArea(), form.name(), localityId)) {
            result.rejectValue("name", "locality.name.taken");
        }
        if (!result.hasErrors() && form.version() == null) {
            result.reject("form.version.missing");
        }
        if (!result.hasErrors()) {
            try {
                localities.update(localityId, form.version(), form.details());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/localities/" + localityId;
            } catch (EditConflict conflict) {
                Locality now = localities.get(localityId);
                result.reject("form.conflict");
                model.addAttribute("current", now);
                locality = now;
            }
        }
        model.addAttribute("locality", locality);
        model.addAttribute("kinds", Locality.Kind.values());
        return "coalition/locality";
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationEntry localitiesNavigation() {
            return new NavigationEntry("nav.localities", "/localities", Set.of(Role.MEMBER_COORDINATOR, Role.ADMINISTRATOR), 60);
        }

        @Bean
        RouteAccess localitiesAccess() {
            return RouteAccess.of("/localities/**", Role.MEMBER_COORDINATOR, Role.ADMINISTRATOR);
        }
    }
}
