package org.acogida.federation;

import java.time.Instant;
import java.util.UUID;

/**
 * A member's report to the coalition's secretariat: aggregates only, already suppressed by the
 * member, so nothing in it names or singles out a person. It is signed by the member and not
 * encrypted (what it holds is what the secretariat publishes); the broker lets each member post
 * only its own and only the secretariat read them. {@code kind} is "module.KIND"; an id sent again
 * is read once.
 */
public record Report(UUID id, String kind, String sender, Instant sentAt, byte[] content) {

    /** How the envelope of a report names its addressee: the secretariat is not a member state. */
    public static final String SECRETARIAT = "SEC";

    public String module() {
        int dot = kind.indexOf('.');
        return dot < 0 ? kind : kind.substring(0, dot);
    }
}
