package org.acogida.isolation;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.acogida.support.TwoMembers;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What the isolation matrix needs to try a route against another member's record: for each path
 * variable, a real id of a record of the other member and the table it lives in; for each route
 * that takes a form, a valid form. A route with a variable or form not listed here fails the matrix,
 * so every new route must be added before it can be merged.
 */
final class RecordFixtures {

    record RecordOf(Function<TwoMembers, UUID> foreignId, String table) {}

    static final Map<String, RecordOf> BY_PATH_VARIABLE = Map.of(
            "userId", new RecordOf(m -> m.otherUsers.values().iterator().next().id(), "app_user"),
            "localityId", new RecordOf(m -> m.otherLocality.id(), "locality"));

    static final Map<String, Map<String, String>> FORMS = Map.of(
            "POST /localities", Map.of("name", "Tried by an outsider", "kind", "MUNICIPALITY", "adminArea", "Outside",
                    "capacityPersons", "5", "memberState", "{other}"),
            "POST /localities/{localityId}", Map.of("name", "Taken over", "kind", "SITE", "adminArea", "Outside",
                    "capacityPersons", "1", "version", "0"),
            "POST /admin/users", Map.of("username", "outsider.created", "displayName", "Outsider", "role", "ADMINISTRATOR",
                    "language", "es", "password", "a long enough passphrase 2025", "memberState", "{other}"),
            "POST /admin/users/{userId}", Map.of("displayName", "Taken over", "role", "ADMINISTRATOR", "language", "es",
                    "enabled", "false", "version", "0"),
            "POST /admin/users/{userId}/password", Map.of("password", "a long enough passphrase 2025"),
            "POST /admin/audit/verify", Map.of(),
            "POST /error/forbidden", Map.of(),
            "POST /account/password", Map.of("currentPassword", "wrong", "newPassword", "a long enough passphrase 2025"),
            "POST /account/language", Map.of("language", "en"));

    private RecordFixtures() {
    }

    static MultiValueMap<String, String> form(String route, TwoMembers members) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        FORMS.get(route).forEach((name, value) -> form.add(name, value.replace("{other}", members.other)));
        return form;
    }
}
