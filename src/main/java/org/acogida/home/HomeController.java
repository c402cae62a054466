package org.acogida.home;

import org.acogida.coalition.CapacityByMember;
import org.acogida.coalition.Localities;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.platform.shell.RouteAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page. A member's user sees their member state and its places; the coalition analyst
 * sees totals per member, never a record.
 */
@Controller
class HomeController {

    private final Localities localities;
    private final CapacityByMember capacity;

    HomeController(Localities localities, CapacityByMember capacity) {
        this.localities = localities;
        this.capacity = capacity;
    }

    @GetMapping("/")
    String home(Model model) {
        Actor actor = Actors.require();
        if (actor.role() == Role.COALITION_ANALYST) {
            model.addAttribute("totals", capacity.totals());
            return "home/secretariat";
        }
        var own = localities.ofMember();
        model.addAttribute("localityCount", own.size());
        model.addAttribute("capacity", own.stream().mapToLong(l -> l.capacityPersons()).sum());
        return "home/member";
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {
        @Bean
        RouteAccess homeAccess() {
            return RouteAccess.everyRole("/");
        }
    }
}
