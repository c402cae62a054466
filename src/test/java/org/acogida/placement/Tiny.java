package org.acogida.placement;

import org.acogida.placement.engine.Instance;
import org.acogida.placement.engine.InstanceBuilder;
import org.acogida.placement.engine.OptimalPlacement;
import org.acogida.placement.engine.Placement;
import org.acogida.placement.engine.PlacementMethod;
import org.acogida.placement.engine.Plan;

/** Builds the two- and three-case instances the constraint tests reason about by hand. */
final class Tiny {

    private final InstanceBuilder builder = new InstanceBuilder();

    static Tiny instance() {
        return new Tiny();
    }

    Tiny country(String code, int quota) {
        builder.country(code, quota);
        return this;
    }

    Tiny locality(String id, String country, int capacity) {
        builder.locality(id, country, capacity);
        return this;
    }

    Tiny family(String id, int size) {
        builder.addCase(id, size);
        return this;
    }

    Tiny score(String caseId, String localityId, int score) {
        builder.pair(builder.caseIndex(caseId), builder.localityIndex(localityId), score);
        return this;
    }

    Instance build() {
        return builder.build();
    }

    static Plan place(Instance instance) {
        return new OptimalPlacement().place(instance, PlacementMethod.Progress.SILENT);
    }

    /** The locality id proposed for a case, or null. */
    static String where(Instance instance, Plan plan, String caseId) {
        for (Placement placement : plan.placements()) {
            if (instance.caseId(placement.caseIndex()).equals(caseId)) {
                return placement.placed() ? instance.localityId(placement.locality()) : null;
            }
        }
        throw new IllegalArgumentException(caseId);
    }
}
