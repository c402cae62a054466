package org.acogida.reception.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.acogida.platform.jdbc.ScopedJdbc;
import org.acogida.reception.ReceptionCase;
import org.acogida.reception.RegistrationDetails;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Registration's rows for the current member's cases, and the revisions that let a refused edit say what changed. */
@Repository
public class RegistrationRecords {

    private final ScopedJdbc jdbc;
    private final JsonMapper json;

    RegistrationRecords(ScopedJdbc jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The registration as it stands: the case's identity columns and, once registered, the registration row. */
    public RegistrationDetails details(ReceptionCase c) {
        return jdbc.sql("SELECT * FROM case_registration WHERE case_id = :id AND member_state = :member").param("id", c.id())
                .query((rs, n) -> {
                    Date expires = rs.getDate("document_expires_on");
                    String checked = rs.getString("document_checked");
                    String languages = rs.getString("languages");
                    return new RegistrationDetails(c.lastNames(), c.firstNames(), rs.getString("names_in_script"), c.dateOfBirth(), c.sex(),
                            c.nationality(), c.documentType(), c.documentNumber(), rs.getString("document_issuer"),
                            expires == null ? null : expires.toLocalDate(),
                            checked == null ? null : RegistrationDetails.DocumentCheck.valueOf(checked), rs.getString("phone"),
                            rs.getString("email"), rs.getString("address"), rs.getString("destination"),
                            languages == null || languages.isBlank() ? List.of() : Arrays.asList(languages.split(",")),
                            rs.getString("education"), rs.getString("occupation"), rs.getString("skills"), rs.getString("separated_from"));
                }).optional()
                .orElseGet(() -> new RegistrationDetails(c.lastNames(), c.firstNames(), null, c.dateOfBirth(), c.sex(), c.nationality(),
                        c.documentType(), c.documentNumber(), null, null, null, null, null, null, null, List.of(), null, null, null, null));
    }

    /**
     * What the case looks like now, field by field, for a revision and a conflict message. The
     * check-in is part of it: a check-in between opening and saving a form is a change too.
     */
    public Map<String, String> snapshot(ReceptionCase c) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(details(c).fields());
        fields.put("checkIn", c.checkIn().name());
        return fields;
    }

    public boolean isRegistered(UUID caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM case_registration WHERE case_id = :id AND member_state = :member").param("id", caseId)
                .query(Integer.class).single() > 0;
    }

    /**
     * Writes the identity onto the case if it is still at the version the officer saw, taking the
     * next version; false when someone changed the case meanwhile (nothing is written then).
     */
    public boolean updateIdentity(UUID caseId, int seenVersion, RegistrationDetails d) {
        return jdbc.sql("""
                        UPDATE reception_case SET last_names = :lastNames, first_names = :firstNames, date_of_birth = :born, sex = :sex,
                               nationality = :nationality, document_type = :documentType, document_number = :documentNumber,
                               search_key = :searchKey, document_key = :documentKey, version = version + 1
                        WHERE id = :id AND version = :version AND member_state = :member""")
                .param("lastNames", d.lastNames()).param("firstNames", d.firstNames())
                .param("born", d.dateOfBirth() == null ? null : Date.valueOf(d.dateOfBirth())).param("sex", d.sex())
                .param("nationality", d.nationality()).param("documentType", d.documentType()).param("documentNumber", d.documentNumber())
                .param("searchKey", CaseRecords.searchKey(d.lastNames(), d.firstNames() + (d.namesInScript() == null ? "" : " " + d.namesInScript())))
                .param("documentKey", CaseRecords.documentKey(d.documentNumber()))
                .param("id", caseId).param("version", seenVersion).update() == 1;
    }

    /** Inserts or replaces the registration row; the caller holds the case's version lock. */
    public void saveRegistration(UUID caseId, RegistrationDetails d, UUID by, Instant at) {
        int updated = jdbc.sql("""
                        UPDATE case_registration SET names_in_script = :script, document_issuer = :issuer, document_expires_on = :expires,
                               document_checked = :checked, phone = :phone, email = :email, address = :address, destination = :destination,
                               languages = :languages, education = :education, occupation = :occupation, skills = :skills,
                               separated_from = :separated
                        WHERE case_id = :id AND member_state = :member""")
                .params(registrationParameters(caseId, d)).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO case_registration (case_id, member_state, names_in_script, document_issuer, document_expires_on,
                                   document_checked, phone, email, address, destination, languages, education, occupation, skills,
                                   separated_from, registered_at, registered_by)
                            VALUES (:id, :member, :script, :issuer, :expires, :checked, :phone, :email, :address, :destination, :languages,
                                    :education, :occupation, :skills, :separated, :at, :by)""")
                    .params(registrationParameters(caseId, d)).param("at", Timestamp.from(at)).param("by", by).update();
        }
    }

    private static Map<String, Object> registrationParameters(UUID caseId, RegistrationDetails d) {
        java.util.HashMap<String, Object> p = new java.util.HashMap<>();
        p.put("id", caseId);
        p.put("script", d.namesInScript());
        p.put("issuer", d.documentIssuer());
        p.put("expires", d.documentExpiresOn() == null ? null : Date.valueOf(d.documentExpiresOn()));
        p.put("checked", d.documentChecked() == null ? null : d.documentChecked().name());
        p.put("phone", d.phone());
        p.put("email", d.email());
        p.put("address", d.address());
        p.put("destination", d.destination());
        p.put("languages", d.languages().isEmpty() ? null : String.join(",", d.languages()));
        p.put("education", d.education());
        p.put("occupation", d.occupation());
        p.put("skills", d.skills());
        p.put("separated", d.separatedFrom());
        return p;
    }

    /** Keeps what the case looked like at {@code version}, just before it was replaced. */
    public void keepRevision(UUID caseId, int version, Map<String, String> fields, UUID by, Instant at) {
        jdbc.sql("""
                        INSERT INTO case_revision (case_id, version, member_state, fields, replaced_at, replaced_by)
                        VALUES (:id, :version, :member, :fields, :at, :by)""")
                .param("id", caseId).param("version", version).param("fields", json.writeValueAsString(fields))
                .param("at", Timestamp.from(at)).param("by", by).update();
    }

    /** What the case looked like at this version, if it was kept. */
    public Optional<Map<String, String>> revision(UUID caseId, int version) {
        return jdbc.sql("SELECT fields FROM case_revision WHERE case_id = :id AND version = :version AND member_state = :member")
                .param("id", caseId).param("version", version).query(String.class).optional()
                .map(text -> json.readValue(text, new TypeReference<java.util.LinkedHashMap<String, String>>() {}));
    }
}
