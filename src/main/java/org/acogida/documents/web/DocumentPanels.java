package org.acogida.documents.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acogida.cases.Case;
import org.acogida.cases.CasePanel;
import org.acogida.cases.CaseTask;
import org.acogida.cases.PersonDetails;
import org.acogida.cases.Persons;
import org.acogida.documents.DocumentKind;
import org.acogida.documents.DocumentRules;
import org.acogida.documents.Documents;
import org.acogida.documents.IssuedDocument;
import org.acogida.platform.i18n.Languages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Documents' section of the case page, and its task: renew or plan for a document about to expire. */
@Configuration(proxyBeanMethods = false)
class DocumentPanels {

    record DocumentsPanel(UUID caseId, boolean nonNational, List<IssuedDocument> documents, LocalDate today, List<DocumentKind> kinds,
                          List<String> languages, String holderLanguage) {
        public boolean inForce(IssuedDocument d) {
            return d.inForceOn(today);
        }
    }

    @Bean
    CasePanel documentsPanel(Documents documents, Persons persons, Clock clock) {
        return new CasePanel() {
            @Override
            public String fragment() {
                return "documents/panels :: documents";
            }

            @Override
            public int order() {
                return 40;
            }

            @Override
            public Optional<?> content(Case c) {
                boolean nonNational = c.nonNational();
                List<IssuedDocument> issued = documents.ofCase(c.id());
                if (!nonNational && issued.isEmpty()) {
                    return Optional.empty();
                }
                PersonDetails registration = persons.of(c);
                String preferred = registration.preferredLanguage();
                String holderLanguage = preferred != null && Languages.isSupported(java.util.Locale.forLanguageTag(preferred)) ? preferred : "es";
                return Optional.of(new DocumentsPanel(c.id(), nonNational, issued, LocalDate.now(clock), List.of(DocumentKind.values()),
                        Languages.SUPPORTED.stream().map(java.util.Locale::getLanguage).toList(), holderLanguage));
            }
        };
    }

    @Bean
    CaseTask.Source documentTasks(Documents documents, DocumentRules rules, Clock clock) {
        return c -> {
            LocalDate today = LocalDate.now(clock);
            return documents.ofCase(c.id()).stream()
                    .filter(d -> d.inForceOn(today) && !d.validUntil().isAfter(today.plusDays(Documents.EXPIRING_WITHIN_DAYS)))
                    .map(d -> new CaseTask(d.extensions() < rules.of(d.kind()).maxExtensions() ? "task.document-extend" : "task.document-expires",
                            List.<Object>of(d.number(), d.validUntil().toString()), d.validUntil().atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), false))
                    .toList();
        };
    }
}
