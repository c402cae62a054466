package org.acogida.governance;

/** What a motion decides; the kinds whose adoption makes a new version of something keep their versions. */
public enum MotionKind {

    /** An amendment of the coalition protocol's minimum standards for flights: its proposal is the new parameters. */
    PROTOCOL(true),
    /** Letting a flight refused under the protocol land at another member; its subject names the mission and the member. */
    DIVERSION(false);

    private final boolean versioned;

    MotionKind(boolean versioned) {
        this.versioned = versioned;
    }

    /** Whether adopting such a motion adopts its proposal as the next version. */
    public boolean versioned() {
        return versioned;
    }
}
