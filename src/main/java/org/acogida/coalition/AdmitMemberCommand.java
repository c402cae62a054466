package org.acogida.coalition;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.acogida.platform.actor.Actors;
import org.acogida.platform.command.AcogidaCommand;
import org.springframework.stereotype.Component;

/** {@code ./acogida coalition admit GTM HND}: records countries as members of the coalition. */
@Component
class AdmitMemberCommand implements AcogidaCommand {

    private final Countries countries;
    private final Clock clock;

    AdmitMemberCommand(Countries countries, Clock clock) {
        this.countries = countries;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "coalition admit";
    }

    @Override
    public String summary() {
        return "admit countries to the coalition by ISO 3166-1 alpha-3 code, for example: GTM HND";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        if (arguments.isEmpty()) {
            out.println("Name at least one country, for example: ./acogida coalition admit GTM");
            return 2;
        }
        for (String code : arguments) {
            String iso3 = code.toUpperCase(Locale.ROOT);
            if (countries.find(iso3).isEmpty()) {
                out.println("No country " + iso3 + " in the reference data (reference/countries.csv).");
                return 2;
            }
            Actors.asSystem("command line: coalition admit", () -> countries.admit(iso3, LocalDate.now(clock)));
            out.println(iso3 + " is a member.");
        }
        return 0;
    }
}
