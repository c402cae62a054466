package org.acogida.audit;

import java.io.PrintStream;
import java.util.List;

import org.acogida.platform.command.AcogidaCommand;
import org.springframework.stereotype.Component;

/** {@code ./acogida audit verify}: walks the chain and reports the first broken link; exit code 1 if there is one. */
@Component
class AuditVerifyCommand implements AcogidaCommand {

    private final AuditTrail trail;

    AuditVerifyCommand(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public String name() {
        return "audit verify";
    }

    @Override
    public String summary() {
        return "walk the audit chain and report the first broken link";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        return switch (trail.verify()) {
            case ChainVerification.Intact intact -> {
                out.printf("Audit chain intact: %d entries, last sequence %d.%n", intact.entries(), intact.lastSequence());
                yield 0;
            }
            case ChainVerification.Broken broken -> {
                out.printf("Audit chain BROKEN at entry %d: %s.%n", broken.sequence(), describe(broken.problem()));
                yield 1;
            }
        };
    }

    private static String describe(ChainVerification.Problem problem) {
        return switch (problem) {
            case ALTERED -> "its content does not match its hash (edited, or written without the key)";
            case LINK_BROKEN -> "it does not follow the entry before it (entries inserted or reordered)";
            case MISSING -> "this entry is missing (deleted)";
            case END_MISMATCH -> "the chain does not end where its head says (entries deleted from the end, or appended outside Acogida)";
        };
    }
}
