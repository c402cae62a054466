package org.acogida.access;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;

import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.platform.command.AcogidaCommand;
import org.acogida.platform.command.CommandArguments;
import org.springframework.stereotype.Component;

/**
 * {@code ./acogida user create --username ana.admin --name "Ana Pérez" --role ADMINISTRATOR --member GTM}:
 * the first administrator of a member, or a coalition analyst (no --member). The password comes
 * from {@code ACOGIDA_NEW_PASSWORD}, or a strong one is generated and shown once.
 */
@Component
class UserCreateCommand implements AcogidaCommand {

    private final Users users;
    private final SecureRandom random = new SecureRandom();

    UserCreateCommand(Users users) {
        this.users = users;
    }

    @Override
    public String name() {
        return "user create";
    }

    @Override
    public String summary() {
        return "create a user: --username --name --role [--member ISO3] [--language es|en|pt|fr|ht]";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        Role role;
        CommandArguments options;
        try {
            options = new CommandArguments(arguments);
            role = Role.valueOf(options.require("role").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage() + ". Usage: ./acogida " + name() + " " + summary().substring(summary().indexOf("--")));
            return 2;
        }
        String password = System.getenv().getOrDefault("ACOGIDA_NEW_PASSWORD", "");
        boolean generated = password.isBlank();
        if (generated) {
            password = GeneratedPasswords.generate(random);
        }
        String member = options.get("member").map(m -> m.toUpperCase(Locale.ROOT)).orElse(null);
        Users.NewUser user = new Users.NewUser(options.require("username"), options.get("name").orElse(options.require("username")),
                role, options.get("language").orElse("es"));
        String finalPassword = password;
        UserChange change = Actors.asSystem("command line: user create", () -> users.createFromCommandLine(user, member, finalPassword));
        return switch (change) {
            case UserChange.Saved saved -> {
                out.printf("Created %s (%s%s).%n", saved.user().username(), role, member == null ? "" : ", " + member);
                if (generated) {
                    out.println("Password (shown once): " + finalPassword);
                }
                yield 0;
            }
            case UserChange.Refused refused -> {
                out.println("Not created: " + refused.messageKey() + (refused.field() == null ? "" : " (" + refused.field() + ")"));
                yield 1;
            }
        };
    }
}
