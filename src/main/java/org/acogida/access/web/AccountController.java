package org.acogida.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.acogida.access.Users;
import org.acogida.access.internal.SignedInUser;
import org.acogida.platform.i18n.Languages;
import org.acogida.platform.shell.RouteAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user's own account: their password and their language, nothing else. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final Users users;
    private final LocaleResolver localeResolver;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(Users users, LocaleResolver localeResolver) {
        this.users = users;
        this.localeResolver = localeResolver;
    }

    @GetMapping
    String account() {
        return "access/account";
    }

    @PostMapping("/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String newPassword,
                          HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return switch (users.changeOwnPassword(currentPassword, newPassword)) {
            case Users.OwnPasswordChange.Refused refused -> {
                model.addAttribute("passwordField", refused.field());
                model.addAttribute("passwordError", refused.messageKey());
                yield "access/account";
            }
            case Users.OwnPasswordChange.Changed changed -> {
                // This session stays open with the new generation; every other session of the user ends.
                replacePrincipal(current().withGeneration(changed.sessionGeneration()), request, response);
                redirect.addFlashAttribute("passwordSaved", true);
                yield "redirect:/account";
            }
        };
    }

    @PostMapping("/language")
    String changeLanguage(@RequestParam(defaultValue = "es") String language, HttpServletRequest request,
                          HttpServletResponse response, RedirectAttributes redirect) {
        String code = Languages.forCode(language).getLanguage();
        users.changeOwnLanguage(code);
        replacePrincipal(current().withLanguage(code), request, response);
        localeResolver.setLocale(request, response, Languages.forCode(code));
        redirect.addFlashAttribute("languageSaved", true);
        return "redirect:/account";
    }

    private static SignedInUser current() {
        return (SignedInUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    }

    private void replacePrincipal(SignedInUser principal, HttpServletRequest request, HttpServletResponse response) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, previous.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {
        @Bean
        RouteAccess accountAccess() {
            return RouteAccess.everyRole("/account/**");
        }
    }
}
