package org.acogida.documents;

import java.util.UUID;

import org.acogida.audit.AuditAction;
import org.acogida.audit.AuditLog;
import org.acogida.cases.Case;
import org.acogida.cases.Cases;
import org.acogida.documents.pdf.DocumentPdf;
import org.acogida.documents.pdf.QrCodes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A document leaving the screen as a file (its PDF, its QR code): the file is made and the export
 * audited in one transaction, for the document and for its holder's case. A print is an export of
 * the person's record: it can be carried, copied and lost.
 */
@Component
public class DocumentPrints {

    /** The file and the document it is of. */
    public record Print(IssuedDocument document, byte[] content) {}

    private final Documents documents;
    private final Cases cases;
    private final DocumentPdf pdf;
    private final AuditLog audit;

    DocumentPrints(Documents documents, Cases cases, DocumentPdf pdf, AuditLog audit) {
        this.documents = documents;
        this.cases = cases;
        this.pdf = pdf;
        this.audit = audit;
    }

    @Transactional
    public Print pdf(UUID documentId) {
        IssuedDocument document = documents.find(documentId);
        Case holder = cases.find(document.caseId());
        byte[] content = pdf.render(document, holder);
        exported(document, holder);
        return new Print(document, content);
    }

    /** The QR code alone: it opens the document's verification, which names the holder. */
    @Transactional
    public Print qr(UUID documentId) {
        IssuedDocument document = documents.find(documentId);
        Case holder = cases.find(document.caseId());
        byte[] content = QrCodes.png(pdf.verificationAddress(document), 480);
        exported(document, holder);
        return new Print(document, content);
    }

    private void exported(IssuedDocument document, Case holder) {
        audit.record(AuditAction.EXPORT, "issued_document", document.id(), holder.memberState());
        audit.record(AuditAction.EXPORT, Cases.AUDITED_AS, holder.id(), holder.memberState());
    }
}
