package org.acogida.federation.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.acogida.federation.Letter;
import org.acogida.federation.Report;
import org.acogida.federation.MemberKeys;
import org.acogida.federation.Refusal;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals a letter into an envelope (content encrypted to the recipient, the whole signed by the
 * sender) and opens one that arrived, checking in this order: that it is an envelope, that it is
 * for a member hosted here and came the way that member's letters come, that its sender is
 * trusted, that the sender's signature holds, and that it decrypts.
 */
@Component
public class Seal {

    /** The envelope on the wire: plain strings, so that what was signed is read back exactly. */
    record Wire(int v, String id, String kind, String from, String to, String at, String body, String sig) {}

    public sealed interface Opened {
        record Read(Letter letter, Envelope envelope) implements Opened {}

        record Refused(Refusal refusal, Envelope envelope, String detail) implements Opened {}
    }

    private final TrustedKeys trust;
    private final MemberCrypto crypto;
    private final JsonMapper json;

    Seal(TrustedKeys trust, MemberCrypto crypto, JsonMapper json) {
        this.trust = trust;
        this.crypto = crypto;
        this.json = json;
    }

    public Envelope seal(Letter letter) {
        MemberKeys recipient = trust.of(letter.recipient())
                .orElseThrow(() -> new IllegalArgumentException(letter.recipient() + " is not on the coalition's trust list"));
        Envelope unsealed = new Envelope(Envelope.VERSION, letter.id(), letter.kind(), letter.sender(), letter.recipient(), letter.sentAt(), "", "");
        try {
            byte[] body = MemberCrypto.encrypt(recipient, letter.content(), unsealed.header().getBytes(StandardCharsets.UTF_8));
            Envelope encrypted = new Envelope(Envelope.VERSION, letter.id(), letter.kind(), letter.sender(), letter.recipient(), letter.sentAt(),
                    Base64.getEncoder().encodeToString(body), "");
            String signature = Base64.getEncoder().encodeToString(crypto.sign(letter.sender(), encrypted.signedBytes()));
            return new Envelope(Envelope.VERSION, letter.id(), letter.kind(), letter.sender(), letter.recipient(), letter.sentAt(), encrypted.body(),
                    signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal letter " + letter.id(), e);
        }
    }

    public byte[] wire(Envelope envelope) {
        return json.writeValueAsBytes(new Wire(envelope.version(), envelope.id().toString(), envelope.kind(), envelope.sender(),
                envelope.recipient(), envelope.sentAt().toString(), envelope.body(), envelope.signature()));
    }

    public String text(Envelope envelope) {
        return new String(wire(envelope), StandardCharsets.UTF_8);
    }

    /** Opens what arrived through the way letters to {@code via} come (its broker subject, or in-process). */
    public Opened open(byte[] bytes, String via) {
        Opened parsed = parse(bytes);
        if (!(parsed instanceof Opened.Read read)) {
            return parsed;
        }
        Envelope envelope = read.envelope();
        if (!trust.hosts(envelope.recipient())) {
            return new Opened.Refused(Refusal.NOT_HOSTED, envelope, envelope.recipient());
        }
        if (!envelope.recipient().equals(via)) {
            return new Opened.Refused(Refusal.WRONG_SUBJECT, envelope, "arrived for " + via);
        }
        Opened signed = signatureHolds(envelope);
        if (signed instanceof Opened.Refused) {
            return signed;
        }
        try {
            byte[] content = crypto.decrypt(envelope.recipient(), Base64.getDecoder().decode(envelope.body()),
                    envelope.header().getBytes(StandardCharsets.UTF_8));
            return new Opened.Read(new Letter(envelope.id(), envelope.kind(), envelope.sender(), envelope.recipient(), envelope.sentAt(), content),
                    envelope);
        } catch (GeneralSecurityException e) {
            return new Opened.Refused(Refusal.UNREADABLE, envelope, "does not decrypt");
        }
    }

    /**
     * A report to the secretariat: signed by the sender, its content in the clear (aggregates
     * already suppressed: what the secretariat publishes), addressed to {@link Report#SECRETARIAT}.
     */
    public Envelope sealReport(Report report) {
        Envelope unsigned = new Envelope(Envelope.VERSION, report.id(), report.kind(), report.sender(), Report.SECRETARIAT, report.sentAt(),
                Base64.getEncoder().encodeToString(report.content()), "");
        try {
            String signature = Base64.getEncoder().encodeToString(crypto.sign(report.sender(), unsigned.signedBytes()));
            return new Envelope(Envelope.VERSION, report.id(), report.kind(), report.sender(), Report.SECRETARIAT, report.sentAt(), unsigned.body(),
                    signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign report " + report.id(), e);
        }
    }

    public sealed interface ReportOpened {
        record Read(Report report, Envelope envelope) implements ReportOpened {}

        record Refused(Refusal refusal, Envelope envelope, String detail) implements ReportOpened {}
    }

    /**
     * Opens a report that came the way {@code via}'s reports come (its own returns subject, or
     * in-process from a member hosted here): addressed to the secretariat, from that member, signed
     * by it with its key on the trust list.
     */
    public ReportOpened openReport(byte[] bytes, String via) {
        Opened parsed = parse(bytes);
        if (parsed instanceof Opened.Refused refused) {
            return new ReportOpened.Refused(refused.refusal(), refused.envelope(), refused.detail());
        }
        Envelope envelope = ((Opened.Read) parsed).envelope();
        if (!Report.SECRETARIAT.equals(envelope.recipient())) {
            return new ReportOpened.Refused(Refusal.NOT_HOSTED, envelope, envelope.recipient());
        }
        if (!envelope.sender().equals(via)) {
            return new ReportOpened.Refused(Refusal.WRONG_SUBJECT, envelope, "posted as " + via);
        }
        if (signatureHolds(envelope) instanceof Opened.Refused refused) {
            return new ReportOpened.Refused(refused.refusal(), envelope, refused.detail());
        }
        return new ReportOpened.Read(new Report(envelope.id(), envelope.kind(), envelope.sender(), envelope.sentAt(),
                Base64.getDecoder().decode(envelope.body())), envelope);
    }

    /** Checks an envelope's form and its sender's signature without opening it: for the message log, which holds letters to others too. */
    public Opened verifyOnly(byte[] bytes) {
        Opened parsed = parse(bytes);
        return parsed instanceof Opened.Read read ? signatureHolds(read.envelope()) : parsed;
    }

    private Opened parse(byte[] bytes) {
        try {
            Wire wire = json.readValue(bytes, Wire.class);
            Envelope envelope = new Envelope(wire.v(), UUID.fromString(wire.id()), wire.kind(), wire.from(), wire.to(), Instant.parse(wire.at()),
                    wire.body(), wire.sig());
            Letter header = new Letter(envelope.id(), envelope.kind(), envelope.sender(), envelope.recipient(), envelope.sentAt(), new byte[0]);
            if (envelope.version() != Envelope.VERSION || envelope.body() == null || envelope.signature() == null) {
                return new Opened.Refused(Refusal.MALFORMED, null, "version " + envelope.version());
            }
            Base64.getDecoder().decode(envelope.body());
            Base64.getDecoder().decode(envelope.signature());
            return new Opened.Read(header, envelope);
        } catch (RuntimeException e) {
            return new Opened.Refused(Refusal.MALFORMED, null, e.getClass().getSimpleName());
        }
    }

    private Opened signatureHolds(Envelope envelope) {
        MemberKeys sender = trust.of(envelope.sender()).orElse(null);
        if (sender == null) {
            return new Opened.Refused(Refusal.UNKNOWN_SENDER, envelope, envelope.sender());
        }
        if (!MemberCrypto.verifies(sender, envelope.signedBytes(), Base64.getDecoder().decode(envelope.signature()))) {
            return new Opened.Refused(Refusal.BAD_SIGNATURE, envelope, "key " + MemberCrypto.fingerprint(sender));
        }
        return new Opened.Read(null, envelope);
    }
}
