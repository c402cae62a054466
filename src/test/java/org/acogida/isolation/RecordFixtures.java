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

    /** What the matrix built for the other member state, beyond its users and locality. */
    record OtherMember(TwoMembers members, UUID flight, UUID pendingManifest, UUID motion, UUID receptionCase, CaseWork work) {}

    /**
     * The other member's case work: a non-national's case, a duplicate to review, a pass, a protection
     * claim, a proposed movement, the person's consent to an offer, and an offer another member made to it.
     */
    record CaseWork(UUID nonNationalCase, UUID duplicateReview, UUID document, UUID claim, UUID movement, UUID consent, UUID incomingShare,
                    UUID outgoingShare) {}

    record RecordOf(Function<OtherMember, UUID> foreignId, String table) {}

    static final Map<String, RecordOf> BY_PATH_VARIABLE = Map.ofEntries(
            Map.entry("consentId", new RecordOf(o -> o.work().consent(), "consent")),
            Map.entry("shareId", new RecordOf(o -> o.work().incomingShare(), "incoming_share")),
            Map.entry("outgoingShareId", new RecordOf(o -> o.work().outgoingShare(), "outgoing_share")),
            Map.entry("userId", new RecordOf(o -> o.members().otherUsers.values().iterator().next().id(), "app_user")),
            Map.entry("localityId", new RecordOf(o -> o.members().otherLocality.id(), "locality")),
            Map.entry("flightId", new RecordOf(OtherMember::flight, "flight")),
            Map.entry("manifestId", new RecordOf(OtherMember::pendingManifest, "manifest")),
            Map.entry("caseId", new RecordOf(o -> o.work().nonNationalCase(), "person_case")),
            Map.entry("reviewId", new RecordOf(o -> o.work().duplicateReview(), "duplicate_review")),
            Map.entry("documentId", new RecordOf(o -> o.work().document(), "issued_document")),
            Map.entry("claimId", new RecordOf(o -> o.work().claim(), "protection_claim")),
            Map.entry("movementId", new RecordOf(o -> o.work().movement(), "movement")));

    /**
     * Coalition-wide records every member may see and act on (a motion is voted by all): for these
     * the matrix checks only that an id that does not exist is a 404 and that the real one does not fail.
     */
    static final Map<String, Function<OtherMember, UUID>> SHARED = Map.of("motionId", OtherMember::motion);

    /** JSON bodies for the API's routes; {otherPoint} is the other member's arrival point. */
    static final Map<String, String> JSON = Map.of(
            "POST /api/flights", """
                    {"sendingAuthority":"ICE Air Operations","missionNumber":"OUTSIDER-1","scheduledDeparture":"2026-12-10T10:00:00Z",
                     "scheduledArrival":"2026-12-10T14:00:00Z","pickupAirport":"AEX","arrivalPoint":"{otherPoint}","aircraftKind":"CHARTER",
                     "restraintsDeclared":false,"declaredPassengers":1}""",
            "PUT /api/flights/{flightId}/manifest", """
                    {"passengers":[{"mission_number":"X","flight_date":"2026-12-10","pickup_airport":"AEX","dropoff_airport":"SAP",
                     "passenger_id":"Z1","last_names":"Planted","first_names":"Row","date_of_birth":"1990-01-01","sex":"M","citizenship":"HND"}]}""");

    static final Map<String, Map<String, String>> FORMS = Map.ofEntries(
            Map.entry("POST /localities", Map.of("name", "Tried by an outsider", "kind", "MUNICIPALITY", "adminArea", "Outside",
                    "capacityPersons", "5", "memberState", "{other}")),
            Map.entry("POST /localities/{localityId}", Map.of("name", "Taken over", "kind", "SITE", "adminArea", "Outside",
                    "capacityPersons", "1", "version", "0")),
            Map.entry("POST /admin/users", Map.of("username", "outsider.created", "displayName", "Outsider", "role", "ADMINISTRATOR",
                    "language", "es", "password", "a long enough passphrase 2025", "memberState", "{other}")),
            Map.entry("POST /admin/users/{userId}", Map.of("displayName", "Taken over", "role", "ADMINISTRATOR", "language", "es",
                    "enabled", "false", "version", "0")),
            Map.entry("POST /admin/users/{userId}/password", Map.of("password", "a long enough passphrase 2025")),
            Map.entry("POST /admin/audit/verify", Map.of()),
            Map.entry("POST /error/forbidden", Map.of()),
            Map.entry("POST /account/password", Map.of("currentPassword", "wrong", "newPassword", "a long enough passphrase 2025")),
            Map.entry("POST /account/language", Map.of("language", "en")),
            Map.entry("POST /flights", Map.of("sendingAuthority", "ICE Air Operations", "missionNumber", "OUTSIDER-2",
                    "scheduledDeparture", "2026-12-10T10:00", "scheduledArrival", "2026-12-10T14:00", "pickupAirport", "AEX",
                    "arrivalPoint", "{otherPoint}", "aircraftKind", "CHARTER", "declaredPassengers", "1")),
            Map.entry("POST /flights/{flightId}/manifest", Map.of("importValidRows", "true")),
            Map.entry("POST /flights/{flightId}/manifest/{manifestId}/apply", Map.of()),
            Map.entry("POST /flights/{flightId}/decision", Map.of("decisionId", "00000000-0000-0000-0000-000000000000", "outcome", "REFUSE",
                    "justification", "An outsider trying to refuse another member's flight")),
            Map.entry("POST /flights/{flightId}/incidents", Map.of("kind", "MISTREATMENT", "severity", "LOW", "description", "Planted by an outsider")),
            Map.entry("POST /protocol/motions", Map.of("title", "Outsider motion", "allowedAircraft", "CHARTER", "minimumNoticeHours", "1")),
            Map.entry("POST /protocol/diversions", Map.of("sendingAuthority", "ICE Air Operations", "missionNumber", "OUTSIDER-3")));

    static final Map<String, Map<String, String>> MORE_FORMS = Map.of(
            "POST /protocol/motions/{motionId}/vote", Map.of("choice", "ABSTAIN"),
            "POST /protocol/motions/{motionId}/close", Map.of(),
            "POST /policy", Map.of("nationals", "ACCEPT", "nonNationals", "REFUSE", "monthlyQuota", "0", "version", "0"),
            "POST /policy/capacity", Map.of("arrivalPoint", "{otherPoint}", "personsPerDay", "1", "personsPerWeek", "1"),
            "POST /reception/flights/{flightId}/landed", Map.of("point", "{otherPoint}"),
            "POST /reception/cases/{caseId}/check-in", Map.of("state", "NO_SHOW", "version", "0"),
            "POST /reception/arrivals", Map.of("arrivalPoint", "{otherPoint}", "kind", "LAND_BORDER", "lastNames", "Outsider",
                    "firstNames", "Planted", "sex", "F", "nationality", "HND"));

    /** Forms of registration, protection and documents, each a valid request that would change the record if it were the user's. */
    static final Map<String, Map<String, String>> CASE_WORK_FORMS = Map.ofEntries(
            Map.entry("POST /reception/cases/{caseId}/registration", Map.of("version", "1", "lastNames", "Taken", "firstNames", "Over",
                    "sex", "F", "nationality", "HND", "phone", "+504 5555 0000")),
            Map.entry("POST /reception/cases/{caseId}/registration/mrz", Map.of("version", "1", "lastNames", "Taken", "firstNames", "Over",
                    "sex", "F", "nationality", "HND", "mrz", "P<HNDTAKEN<<OVER<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<")),
            Map.entry("POST /reception/duplicates/{reviewId}", Map.of("verdict", "SAME_PERSON")),
            Map.entry("POST /reception/cases/{caseId}/movements", Map.of("kind", "RETURN", "destinationCountry", "VEN", "destination", "Caracas")),
            Map.entry("POST /reception/movements/{movementId}/cancel", Map.of("caseId", "00000000-0000-0000-0000-000000000000")),
            Map.entry("POST /protection/cases/{caseId}/screening", Map.of("codes", "SM-CI")),
            Map.entry("POST /protection/cases/{caseId}/child/notify", Map.of("version", "-1", "authority", "Outsider authority")),
            Map.entry("POST /protection/cases/{caseId}/child/assess", Map.of("version", "0")),
            Map.entry("POST /protection/cases/{caseId}/child/hand-over", Map.of("version", "1", "handedTo", "Outsider", "relation", "RELATIVE")),
            Map.entry("POST /protection/cases/{caseId}/claims", Map.of("fearedCountry", "MEX", "grounds", "RELIGION", "account", "Planted by an outsider")),
            Map.entry("POST /protection/claims/{claimId}/status", Map.of("version", "0", "status", "WITHDRAWN", "caseId",
                    "00000000-0000-0000-0000-000000000000")),
            Map.entry("POST /documents/cases/{caseId}", Map.of("kind", "TEMPORARY_STAY", "language", "es")),
            Map.entry("POST /documents/{documentId}/extend", Map.of("version", "0")),
            Map.entry("POST /documents/{documentId}/revoke", Map.of("version", "0", "reason", "FRAUD")),
            Map.entry("POST /sharing/cases/{caseId}/offers", Map.of("recipient", "{own}", "method", "SIGNED", "language", "es")),
            Map.entry("POST /sharing/consents/{consentId}/withdraw", Map.of("caseId", "00000000-0000-0000-0000-000000000000")),
            Map.entry("POST /sharing/incoming/{shareId}/accept", Map.of("version", "0")),
            Map.entry("POST /sharing/incoming/{shareId}/reject", Map.of("version", "0", "reason", "Rejected by an outsider")),
            Map.entry("POST /sharing/outgoing/{outgoingShareId}/agree", Map.of("version", "0")),
            Map.entry("POST /reporting/send", Map.of("period", "2026-11")),
            Map.entry("POST /sharing/cases/{caseId}/tracing", Map.of("recipient", "{own}", "method", "SIGNED", "language", "es", "relationship", "SIBLING",
                    "soughtLastNames", "Planted", "soughtFirstNames", "Outsider")),
            Map.entry("POST /documents/rules", Map.of("kind", "HUMANITARIAN_PASS", "validDays", "1", "extensionDays", "0", "maxExtensions", "0",
                    "version", "-1")));

    private RecordFixtures() {
    }

    static boolean hasForm(String route) {
        return FORMS.containsKey(route) || MORE_FORMS.containsKey(route) || CASE_WORK_FORMS.containsKey(route);
    }

    static MultiValueMap<String, String> form(String route, TwoMembers members, String otherPoint) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        FORMS.getOrDefault(route, MORE_FORMS.getOrDefault(route, CASE_WORK_FORMS.get(route)))
                .forEach((name, value) -> form.add(name, value.replace("{other}", members.other).replace("{own}", members.own).replace("{otherPoint}", otherPoint)));
        return form;
    }
}
