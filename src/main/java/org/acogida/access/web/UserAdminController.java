package org.acogida.access.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.acogida.access.UserAccount;
import org.acogida.access.UserChange;
import org.acogida.access.Users;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An administrator's users: the users of their own member state. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    /** Roles an administrator may give: every role of a member state. */
    static final List<Role> ASSIGNABLE = Arrays.stream(Role.values()).filter(Role::belongsToMemberState).toList();

    private final Users users;

    UserAdminController(Users users) {
        this.users = users;
    }

    @InitBinder("form")
    void newUserFields(WebDataBinder binder) {
        binder.setAllowedFields(UserForm.FIELDS);
    }

    @InitBinder("changes")
    void changeFields(WebDataBinder binder) {
        binder.setAllowedFields(UserChangesForm.FIELDS);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", UserForm.empty());
        return listPage(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return listPage(model);
        }
        UserChange change = users.create(new Users.NewUser(form.username(), form.displayName(), form.role(), form.language()), form.password());
        if (change instanceof UserChange.Refused refused) {
            reject(result, refused);
            return listPage(model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/users";
    }

    @GetMapping("/{userId}")
    String edit(@PathVariable UUID userId, Model model) {
        UserAccount user = users.get(userId);
        model.addAttribute("changes", UserChangesForm.of(user));
        return editPage(user, model);
    }

    @PostMapping("/{userId}")
    String update(@PathVariable UUID userId, @Valid @ModelAttribute("changes") UserChangesForm changes, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        UserAccount user = users.get(userId);
        if (result.hasErrors()) {
            return editPage(user, model);
        }
        UserChange change = users.update(userId, changes.version(),
                new Users.Changes(changes.displayName(), changes.role(), changes.language(), changes.enabled()));
        if (change instanceof UserChange.Refused refused) {
            reject(result, refused);
            return editPage(users.get(userId), model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/users/" + userId;
    }

    @PostMapping("/{userId}/password")
    String resetPassword(@PathVariable UUID userId, @RequestParam(defaultValue = "") String password, Model model,
                         RedirectAttributes redirect) {
        UserAccount user = users.get(userId);
        UserChange change = users.resetPassword(userId, password);
        if (change instanceof UserChange.Refused refused) {
            model.addAttribute("changes", UserChangesForm.of(user));
            model.addAttribute("passwordError", refused.messageKey());
            return editPage(user, model);
        }
        redirect.addFlashAttribute("passwordSaved", true);
        return "redirect:/admin/users/" + userId;
    }

    private String listPage(Model model) {
        model.addAttribute("users", users.ofMember());
        model.addAttribute("roles", ASSIGNABLE);
        return "access/users";
    }

    private String editPage(UserAccount user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("roles", ASSIGNABLE);
        model.addAttribute("self", Actors.require().userId().equals(user.id()));
        return "access/user";
    }

    private static void reject(BindingResult result, UserChange.Refused refused) {
        if (refused.field() == null) {
            result.reject(refused.messageKey());
        } else {
            result.rejectValue(refused.field(), refused.messageKey());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationEntry usersNavigation() {
            return new NavigationEntry("nav.users", "/admin/users", Set.of(Role.ADMINISTRATOR), 70);
        }

        @Bean
        RouteAccess usersAccess() {
            return RouteAccess.of("/admin/users/**", Role.ADMINISTRATOR);
        }
    }
}
