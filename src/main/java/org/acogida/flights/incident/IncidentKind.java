package org.acogida.flights.incident;

import java.util.Optional;

import org.acogida.flights.protocol.ProtocolParameters;

/** What can go wrong on a removal flight, and which protocol standard it breaches, if any. */
public enum IncidentKind {
    RESTRAINTS_USED("no-restraints"),
    FAMILY_SEPARATED("family-unity"),
    MEDICAL_EMERGENCY(null),
    MISTREATMENT("dignified-treatment"),
    BELONGINGS_MISSING("belongings-returned"),
    MINOR_WITHOUT_GUARDIAN("unaccompanied-minors");

    private final String rule;

    IncidentKind(String rule) {
        this.rule = rule;
    }

    /** The protocol rule this incident breaches under the given protocol, if that rule is in force. */
    public Optional<String> breachedRule(ProtocolParameters protocol) {
        if (rule == null) {
            return Optional.empty();
        }
        boolean inForce = switch (this) {
            case RESTRAINTS_USED -> protocol.noRestraintsAtArrival();
            case FAMILY_SEPARATED -> protocol.familyUnity();
            case MISTREATMENT -> protocol.dignifiedTreatment();
            case BELONGINGS_MISSING -> protocol.belongingsReturned();
            case MINOR_WITHOUT_GUARDIAN -> protocol.childProtectionForUnaccompanied();
            case MEDICAL_EMERGENCY -> false;
        };
        return inForce ? Optional.of(rule) : Optional.empty();
    }

    public String messageKey() {
        return "incident.kind." + name();
    }
}
