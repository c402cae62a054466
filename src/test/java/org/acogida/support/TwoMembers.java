package org.acogida.support;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acogida.access.UserAccount;
import org.acogida.access.UserChange;
import org.acogida.access.Users;
import org.acogida.access.internal.SignedInUser;
import org.acogida.coalition.Countries;
import org.acogida.coalition.Localities;
import org.acogida.coalition.Locality;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Two member states with a user of every role each, a locality each and a coalition analyst.
 * Names carry a random canary so a test can search any response for the other member's data.
 * Each call makes new users and localities, so test classes sharing a database do not collide.
 */
public final class TwoMembers {

    public static final String PASSWORD = "correct horse battery staple 42";

    public final String own;
    public final String other;
    public final String canary;
    public final Map<Role, SignedInUser> ownUsers = new EnumMap<>(Role.class);
    public final Map<Role, SignedInUser> otherUsers = new EnumMap<>(Role.class);
    public final SignedInUser analyst;
    public final Locality ownLocality;
    public final Locality otherLocality;

    private TwoMembers(String own, String other, String canary, SignedInUser analyst, Locality ownLocality, Locality otherLocality) {
        this.own = own;
        this.other = other;
        this.canary = canary;
        this.analyst = analyst;
        this.ownLocality = ownLocality;
        this.otherLocality = otherLocality;
    }

    public static TwoMembers create(Countries countries, Localities localities, Users users, String own, String other) {
        String canary = "canary" + UUID.randomUUID().toString().substring(0, 8);
        Actors.asSystem("test fixture", () -> countries.admit(own, LocalDate.of(2025, 3, 1)));
        Actors.asSystem("test fixture", () -> countries.admit(other, LocalDate.of(2025, 3, 1)));
        Locality ownLocality = Actors.onBehalfOf(own, "test fixture", () -> localities.create(
                new Localities.Details("Own " + canary, Locality.Kind.MUNICIPALITY, "Area " + own, 120)));
        Locality otherLocality = Actors.onBehalfOf(other, "test fixture", () -> localities.create(
                new Localities.Details("Other " + canary, Locality.Kind.SITE, "Area " + other, 80)));
        SignedInUser analyst = user(users, canary + ".analyst", Role.COALITION_ANALYST, null);
        TwoMembers members = new TwoMembers(own, other, canary, analyst, ownLocality, otherLocality);
        for (Role role : Role.values()) {
            if (role.belongsToMemberState()) {
                members.ownUsers.put(role, user(users, canary + "." + own.toLowerCase() + "." + role.name().toLowerCase(), role, own));
                members.otherUsers.put(role, user(users, canary + "." + other.toLowerCase() + "." + role.name().toLowerCase(), role, other));
            }
        }
        return members;
    }

    private static SignedInUser user(Users users, String username, Role role, String member) {
        UserChange change = Actors.asSystem("test fixture", () ->
                users.createFromCommandLine(new Users.NewUser(username, "Name of " + username, role, "es"), member, PASSWORD));
        UserAccount account = ((UserChange.Saved) change).user();
        return new SignedInUser(account.id(), account.username(), account.displayName(), role, member, 0, "es");
    }

    /** Every user who does not belong to the other member state: the own member's roles and the analyst. */
    public List<SignedInUser> outsiders() {
        var list = new java.util.ArrayList<>(ownUsers.values());
        list.add(analyst);
        return list;
    }

    public static Authentication authentication(SignedInUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(new SimpleGrantedAuthority(user.role().authority())));
    }
}
