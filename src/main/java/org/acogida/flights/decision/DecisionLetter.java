package org.acogida.flights.decision;

import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.acogida.flights.Decision;
import org.acogida.flights.Flight;
import org.acogida.flights.RuleResult;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The letter to the sending authority: the decision on a flight and the reason for it rule by
 * rule, in Spanish and then in English, naming the protocol version it was taken under. It holds
 * no passenger's personal data.
 */
@Component
public class DecisionLetter {

    static final List<Locale> LANGUAGES = List.of(Locale.of("es"), Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final MessageSource messages;

    DecisionLetter(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(Flight flight, Decision decision) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, pdf);
        document.addTitle("Acogida " + flight.missionNumber());
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
        boolean first = true;
        for (Locale language : LANGUAGES) {
            if (!first) {
                document.newPage();
            }
            first = false;
            String country = text("country." + flight.memberState(), language);
            document.add(new Paragraph(text("letter.coalition", language), heading));
            document.add(new Paragraph(text("letter.from", language, country), body));
            document.add(new Paragraph(text("letter.to", language, flight.sendingAuthority()), body));
            document.add(new Paragraph(text("letter.date", language, DATE_TIME.format(decision.confirmed()
                    ? decision.confirmedAt() : decision.evaluatedAt())), body));
            Paragraph subject = new Paragraph(text("letter.subject", language, flight.missionNumber()), title);
            subject.setSpacingBefore(18);
            subject.setSpacingAfter(12);
            document.add(subject);
            document.add(new Paragraph(text("letter.flight", language, flight.missionNumber(), flight.pickupAirport(),
                    flight.arrivalPoint(), DATE_TIME.format(flight.scheduledArrival()), text("aircraft." + flight.aircraftKind(), language),
                    flight.manifestPassengers() == null ? flight.declaredPassengers() : flight.manifestPassengers()), body));
            Paragraph outcome = new Paragraph(text("letter.outcome", language, text(decision.standing().messageKey(), language)), heading);
            outcome.setSpacingBefore(12);
            document.add(outcome);
            document.add(new Paragraph(text("letter.protocol", language, decision.protocolVersion()), body));
            if (decision.overridden()) {
                document.add(new Paragraph(text("letter.override", language, text(decision.outcome().messageKey(), language),
                        decision.justification()), body));
            }
            Paragraph reasons = new Paragraph(text("letter.reasons", language), heading);
            reasons.setSpacingBefore(12);
            document.add(reasons);
            for (RuleResult result : decision.results()) {
                Paragraph line = new Paragraph("• " + text(result.ruleKey(), language) + " — "
                        + text("verdict." + result.verdict(), language) + ": "
                        + text(result.reasonKey(), language, result.arguments().toArray()), body);
                line.setIndentationLeft(12);
                document.add(line);
            }
            Paragraph closing = new Paragraph(text("letter.closing", language), body);
            closing.setSpacingBefore(18);
            closing.setAlignment(Element.ALIGN_LEFT);
            document.add(closing);
        }
        document.close();
        return pdf.toByteArray();
    }

    private String text(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, key, language);
    }
}
