package org.acogida.documents;

import java.util.Arrays;
import java.util.List;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.documents.internal.RuleRecords;
import org.acogida.platform.actor.Actors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each member's rules for its documents: the coalition's defaults until its coordinator sets its own. */
@Component
public class DocumentRules {

    private final RuleRecords rules;
    private final AuditLog audit;

    DocumentRules(RuleRecords rules, AuditLog audit) {
        this.rules = rules;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public DocumentRule of(DocumentKind kind) {
        return rules.find(kind).orElse(kind.defaults());
    }

    @Transactional(readOnly = true)
    public List<DocumentRule> all() {
        return Arrays.stream(DocumentKind.values()).map(this::of).toList();
    }

    public sealed interface Saved {
        record Done(DocumentRule rule) implements Saved {}

        record Conflict(DocumentRule now) implements Saved {}
    }

    @Transactional
    public Saved save(DocumentKind kind, int validDays, int extensionDays, int maxExtensions, int seenVersion) {
        DocumentRule rule = new DocumentRule(kind, validDays, extensionDays, maxExtensions, seenVersion);
        if (!rules.save(rule, seenVersion)) {
            return new Saved.Conflict(of(kind));
        }
        audit.record(AuditAction.UPDATE, "document_rule", kind.name(), Actors.require().memberState());
        return new Saved.Done(of(kind));
    }
}
