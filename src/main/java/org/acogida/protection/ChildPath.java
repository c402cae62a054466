package org.acogida.protection;

import java.time.Instant;
import java.util.UUID;

/**
 * An unaccompanied child's path from the desk to a responsible adult. The steps go in order: the
 * child-protection authority is notified, the child's best interests are assessed, and only then
 * is the child handed over, to someone named, whose relation to the child is recorded.
 */
public record ChildPath(UUID caseId, Step step, String authority, Instant notifiedAt, Instant assessedAt, String handedTo, Relation relation,
                        Instant handedOverAt, int version) {

    public enum Step { IDENTIFIED, AUTHORITY_NOTIFIED, INTERESTS_ASSESSED, HANDED_OVER }

    public enum Relation { PARENT, RELATIVE, GUARDIAN, CHILD_PROTECTION, FOSTER_CARE }

    public static ChildPath identified(UUID caseId) {
        return new ChildPath(caseId, Step.IDENTIFIED, null, null, null, null, null, null, -1);
    }

    public boolean started() {
        return version >= 0;
    }

    ChildPath notified(String byAuthority, Instant at) {
        return new ChildPath(caseId, Step.AUTHORITY_NOTIFIED, byAuthority, at, null, null, null, null, version);
    }

    ChildPath assessed(Instant at) {
        return new ChildPath(caseId, Step.INTERESTS_ASSESSED, authority, notifiedAt, at, null, null, null, version);
    }

    ChildPath handedOver(String to, Relation as, Instant at) {
        return new ChildPath(caseId, Step.HANDED_OVER, authority, notifiedAt, assessedAt, to, as, at, version);
    }
}
