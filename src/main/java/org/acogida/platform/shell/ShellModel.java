package org.acogida.platform.shell;

import org.acogida.platform.i18n.Languages;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the page shell needs on every page: who is signed in, the navigation for their role, the languages. */
@ControllerAdvice
class ShellModel {

    private final List<NavigationEntry> entries;

    ShellModel(List<NavigationEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    @ModelAttribute("actor")
    Actor actor() {
        return Actors.current().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavigationEntry> navigation() {
        return Actors.current().map(actor -> entries.stream().filter(e -> e.visibleTo(actor.role())).toList()).orElse(List.of());
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("languages")
    List<String> languages() {
        return Languages.SUPPORTED.stream().map(java.util.Locale::getLanguage).toList();
    }
}
