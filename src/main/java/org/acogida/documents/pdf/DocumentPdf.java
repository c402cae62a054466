package org.acogida.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.acogida.cases.Case;
import org.acogida.coalition.CountryNames;
import org.acogida.documents.IssuedDocument;
import org.acogida.platform.i18n.Languages;
import org.acogida.platform.text.LatinLetters;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printed document: in Spanish and, when different, in the holder's language, on one A5 page
 * that folds into a pocket; the QR code carries the signed token as the address of the public
 * verification page, so a phone's camera opens it and the offline verifier reads it too.
 */
@Component
public class DocumentPdf {

    private final MessageSource messages;
    private final String publicUrl;

    DocumentPdf(MessageSource messages, @Value("${acogida.public-url}") String publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** What the QR code holds: the public verification page's address with the token. */
    public String verificationAddress(IssuedDocument document) {
        return publicUrl + "/verify?t=" + document.token();
    }

    public byte[] render(IssuedDocument document, Case holder) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document page = new Document(PageSize.A5, 36, 36, 32, 32);
        PdfWriter.getInstance(page, pdf);
        page.addTitle(document.number());
        page.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
        Font label = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font number = FontFactory.getFont(FontFactory.COURIER_BOLD, 12);
        List<Locale> languages = new ArrayList<>(List.of(Languages.SPANISH));
        Locale holderLanguage = Languages.forCode(document.language());
        if (!holderLanguage.getLanguage().equals("es")) {
            languages.add(holderLanguage);
        }
        page.add(new Paragraph(text("letter.coalition", Languages.SPANISH) + " · " + text("country." + holder.memberState(), Languages.SPANISH), label));
        for (Locale language : languages) {
            Paragraph heading = new Paragraph(text(document.kind().messageKey(), language), title);
            heading.setSpacingBefore(6);
            page.add(heading);
        }
        Paragraph reference = new Paragraph(document.number(), number);
        reference.setSpacingBefore(6);
        reference.setSpacingAfter(6);
        page.add(reference);
        for (Locale language : languages) {
            page.add(new Paragraph(text("document.pdf.holder", language, printable(holder.displayName())), body));
            page.add(new Paragraph(text("document.pdf.born", language, holder.dateOfBirth() == null ? "—" : holder.dateOfBirth().toString()), body));
            page.add(new Paragraph(text("document.pdf.nationality", language, CountryNames.name(holder.nationality(), language)), body));
            page.add(new Paragraph(text("document.pdf.validity", language, document.validFrom().toString(), document.validUntil().toString()), body));
            Paragraph rights = new Paragraph(text("document.pdf.rights." + document.kind().name(), language), body);
            rights.setSpacingAfter(6);
            page.add(rights);
        }
        try {
            Image qr = Image.getInstance(QrCodes.png(verificationAddress(document), 600));
            qr.scaleToFit(170, 170);
            qr.setAlignment(Element.ALIGN_CENTER);
            page.add(qr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Locale language : languages) {
            Paragraph verify = new Paragraph(text("document.pdf.verify", language, publicUrl + "/verify"), body);
            verify.setAlignment(Element.ALIGN_CENTER);
            page.add(verify);
        }
        page.close();
        return pdf.toByteArray();
    }

    /**
     * The holder's name as the page's fonts can print it: a name in another script is printed in
     * Latin letters (the QR code carries it as written, and the verification page shows it so).
     */
    static String printable(String name) {
        return LatinLetters.printableInWesternFonts(name) ? name : LatinLetters.of(name).toUpperCase(Locale.ROOT);
    }

    private String text(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, key, language);
    }
}
