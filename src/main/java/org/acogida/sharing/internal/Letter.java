package org.acogida.sharing.internal;

import java.time.Instant;
import java.util.UUID;

import org.acogida.sharing.PlacementDisclosure;
import org.acogida.sharing.PlacementProfile;
import org.acogida.sharing.Purpose;

/**
 * A message from one member to another about one share, as the outbox keeps it and the inbox
 * receives it: who sends it to whom, when, and its content, one of the kinds below.
 */
public record Letter(UUID messageId, Kind kind, UUID shareId, String sender, String recipient, Instant writtenAt, String payload) {

    public enum Kind { OFFER, DECISION, DISCLOSURE, REVOCATION }

    /** The sender offers a case: its purpose, its reference and the pseudonymised profile. */
    public record Offer(Purpose purpose, String reference, PlacementProfile profile) {}

    /** The recipient's coordinator decided. */
    public record Decision(boolean accepted, String reason) {}

    /** What the purpose reveals, sent by the sender once the acceptance arrived. */
    public record Disclosure(PlacementDisclosure disclosure) {}

    /** The person withdrew their consent: the recipient erases what it holds. */
    public record Revocation() {}
}
