package org.acogida.documents.web;

import java.util.UUID;

import org.acogida.documents.DocumentKind;
import org.acogida.documents.DocumentPrints;
import org.acogida.documents.DocumentRules;
import org.acogida.documents.Documents;
import org.acogida.documents.IssuedDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Issuing, extending, revoking and printing documents from the case page; the list of those expiring; the member's rules. */
@Controller
class DocumentController {

    private final Documents documents;
    private final DocumentRules rules;
    private final DocumentPrints prints;

    DocumentController(Documents documents, DocumentRules rules, DocumentPrints prints) {
        this.prints = prints;
        this.documents = documents;
        this.rules = rules;
    }

    @PostMapping("/documents/cases/{caseId}")
    String issue(@PathVariable UUID caseId, @RequestParam DocumentKind kind, @RequestParam(defaultValue = "es") String language,
                 RedirectAttributes redirect) {
        return outcome(caseId, documents.issue(caseId, kind, language), "document.issued", redirect);
    }

    @PostMapping("/documents/{documentId}/extend")
    String extend(@PathVariable UUID documentId, @RequestParam int version, RedirectAttributes redirect) {
        return outcome(documents.find(documentId).caseId(), documents.extend(documentId, version), "document.extended", redirect);
    }

    @PostMapping("/documents/{documentId}/revoke")
    String revoke(@PathVariable UUID documentId, @RequestParam int version, @RequestParam(required = false) IssuedDocument.RevocationReason reason,
                  RedirectAttributes redirect) {
        return outcome(documents.find(documentId).caseId(), documents.revoke(documentId, version, reason), "document.revoked-now", redirect);
    }

    private static String outcome(UUID caseId, Documents.Outcome outcome, String doneKey, RedirectAttributes redirect) {
        switch (outcome) {
            case Documents.Outcome.Done done -> redirect.addFlashAttribute("documentNotice", doneKey);
            case Documents.Outcome.Refused refused -> redirect.addFlashAttribute("documentRefused", refused.messageKey());
            case Documents.Outcome.Conflict conflict -> redirect.addFlashAttribute("documentRefused", "document.conflict");
        }
        return "redirect:/reception/cases/" + caseId + "#documents";
    }

    @GetMapping("/documents/{documentId}/pdf")
    ResponseEntity<byte[]> print(@PathVariable UUID documentId) {
        DocumentPrints.Print print = prints.pdf(documentId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(print.document().number() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(print.content());
    }

    @GetMapping("/documents/{documentId}/qr")
    ResponseEntity<byte[]> qr(@PathVariable UUID documentId) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(prints.qr(documentId).content());
    }

    @GetMapping("/documents/expiring")
    String expiring(Model model) {
        model.addAttribute("expiring", documents.expiringSoon());
        model.addAttribute("days", Documents.EXPIRING_WITHIN_DAYS);
        return "documents/expiring";
    }

    @GetMapping("/documents/rules")
    String rules(Model model) {
        model.addAttribute("rules", rules.all());
        return "documents/rules";
    }

    @PostMapping("/documents/rules")
    String saveRule(@RequestParam DocumentKind kind, @RequestParam int validDays, @RequestParam int extensionDays,
                    @RequestParam int maxExtensions, @RequestParam int version, RedirectAttributes redirect) {
        if (validDays < 1 || validDays > 3660 || extensionDays < 0 || extensionDays > 3660 || maxExtensions < 0 || maxExtensions > 10) {
            redirect.addFlashAttribute("ruleRefused", kind);
            return "redirect:/documents/rules";
        }
        switch (rules.save(kind, validDays, extensionDays, maxExtensions, version)) {
            case DocumentRules.Saved.Done done -> redirect.addFlashAttribute("ruleSaved", kind);
            case DocumentRules.Saved.Conflict conflict -> redirect.addFlashAttribute("ruleConflict", kind);
        }
        return "redirect:/documents/rules";
    }

}
