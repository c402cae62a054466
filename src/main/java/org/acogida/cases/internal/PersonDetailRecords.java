package org.acogida.cases.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.acogida.cases.Case;
import org.acogida.cases.Identity;
import org.acogida.cases.PersonDetails;
import org.acogida.platform.jdbc.ScopedJdbc;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** What registration recorded about the person of each of the current member's cases, and the revisions that let a refused edit say what changed. */
@Repository
public class PersonDetailRecords {

    private final ScopedJdbc jdbc;
    private final JsonMapper json;

    PersonDetailRecords(ScopedJdbc jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The registration as it stands: the case's identity columns and, once registered, the registration row. */
    public PersonDetails details(Case c) {
        return jdbc.sql("SELECT * FROM case_registration WHERE case_id = :id AND member_state = :member").param("id", c.id())
                .query((rs, n) -> {
                    Date expires = rs.getDate("document_expires_on");
                    String checked = rs.getString("document_checked");
                    String languages = rs.getString("languages");
                    Identity i = c.identity();
                    return new PersonDetails(i.lastNames(), i.firstNames(), rs.getString("names_in_script"), i.dateOfBirth(), i.sex(),
                            i.nationality(), i.documentType(), i.documentNumber(), rs.getString("document_issuer"),
                            expires == null ? null : expires.toLocalDate(),
                            checked == null ? null : PersonDetails.DocumentCheck.valueOf(checked), rs.getString("phone"),
                            rs.getString("email"), rs.getString("address"), rs.getString("destination"),
                            languages == null || languages.isBlank() ? List.of() : Arrays.asList(languages.split(",")),
                            rs.getString("education"), rs.getString("occupation"), rs.getString("skills"), rs.getString("separated_from"));
                }).optional()
                .orElseGet(() -> PersonDetails.unregistered(c.identity()));
    }

    public boolean isRegistered(UUID caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM case_registration WHERE case_id = :id AND member_state = :member").param("id", caseId)
                .query(Integer.class).single() > 0;
    }

    /** Inserts or replaces the registration row; the caller holds the case's version lock. */
    public void saveRegistration(UUID caseId, PersonDetails d, UUID by, Instant at) {
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

    private static Map<String, Object> registrationParameters(UUID caseId, PersonDetails d) {
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
