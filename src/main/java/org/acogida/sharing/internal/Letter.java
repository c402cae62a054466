package org.acogida.sharing.internal;

import java.time.Instant;
import java.util.UUID;

import org.acogida.cases.Traces;
import org.acogida.sharing.PlacementDisclosure;
import org.acogida.sharing.PlacementProfile;
import org.acogida.sharing.Purpose;
import org.acogida.sharing.Sought;
import org.acogida.sharing.TransferRecord;

/**
 * A message from one member to another about one share, as the outbox keeps it and the inbox
 * receives it: who sends it to whom, when, and its content, one of the kinds below.
 */
public record Letter(UUID messageId, Kind kind, UUID shareId, String sender, String recipient, Instant writtenAt, String payload) {

    public enum Kind { OFFER, DECISION, DISCLOSURE, REVOCATION, HANDOVER, ANSWER, AGREEMENT }

    /**
     * The sender offers a case: its purpose, its reference and the pseudonymised profile; for
     * tracing, no profile, the person sought instead.
     */
    public record Offer(Purpose purpose, String reference, PlacementProfile profile, Sought sought) {}

    /** The recipient's coordinator decided. */
    public record Decision(boolean accepted, String reason) {}

    /**
     * What the purpose reveals, sent by the sender once the acceptance arrived; for tracing, sent by
     * each member once both coordinators agreed: who their person is.
     */
    public record Disclosure(PlacementDisclosure disclosure) {}

    /** The person withdrew their consent: the recipient erases what it holds. */
    public record Revocation() {}

    /** A transfer accepted: the case's record, for the recipient to open a case of its own. */
    public record Handover(TransferRecord record) {}

    /** A tracing request's answer, from the member that searched its cases. */
    public record Answer(Traces.Level match) {}

    /** The asking member's coordinator agrees to connect the two cases. */
    public record Agreement() {}
}
