package org.acogida.federation;

import java.util.List;

/**
 * What checking the node's message log found: how many entries it walked, and each problem with
 * the position it is at (a broken link, an altered entry, a seal or a letter's signature that does
 * not verify). An empty list of problems is a log nobody changed.
 */
public record LogVerification(long entries, List<Problem> problems) {

    public record Problem(long position, String what) {}

    public boolean intact() {
        return problems.isEmpty();
    }
}
