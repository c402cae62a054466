package org.acogida.documents.internal;

import java.util.Optional;

import org.acogida.documents.DocumentKind;
import org.acogida.documents.DocumentRule;
import org.acogida.platform.jdbc.ScopedJdbc;
import org.springframework.stereotype.Repository;

/** The current member's own document rules; a kind without a row has the coalition's default. */
@Repository
public class RuleRecords {

    private final ScopedJdbc jdbc;

    RuleRecords(ScopedJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DocumentRule> find(DocumentKind kind) {
        return jdbc.sql("SELECT * FROM document_rule WHERE member_state = :member AND kind = :kind").param("kind", kind.name())
                .query((rs, n) -> new DocumentRule(kind, rs.getInt("valid_days"), rs.getInt("extension_days"), rs.getInt("max_extensions"),
                        rs.getInt("version")))
                .optional();
    }

    /** Saves the member's rule if nobody changed it since {@code seenVersion} (-1: still the default); false otherwise. */
    public boolean save(DocumentRule rule, int seenVersion) {
        if (seenVersion < 0) {
            return jdbc.sql("""
                            INSERT INTO document_rule (member_state, kind, valid_days, extension_days, max_extensions, version)
                            SELECT :member, :kind, :valid, :extension, :max, 0
                            WHERE NOT EXISTS (SELECT 1 FROM document_rule WHERE member_state = :member AND kind = :kind)""")
                    .param("kind", rule.kind().name()).param("valid", rule.validDays()).param("extension", rule.extensionDays())
                    .param("max", rule.maxExtensions()).update() == 1;
        }
        return jdbc.sql("""
                        UPDATE document_rule SET valid_days = :valid, extension_days = :extension, max_extensions = :max, version = version + 1
                        WHERE member_state = :member AND kind = :kind AND version = :version""")
                .param("kind", rule.kind().name()).param("valid", rule.validDays()).param("extension", rule.extensionDays())
                .param("max", rule.maxExtensions()).param("version", seenVersion).update() == 1;
    }
}
