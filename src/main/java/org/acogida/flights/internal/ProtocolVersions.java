package org.acogida.flights.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acogida.flights.protocol.ProtocolParameters;
import org.acogida.governance.AdoptedVersion;
import org.acogida.governance.MotionKind;
import org.acogida.governance.Motions;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The coalition protocol's versions as governance keeps them, read as the parameters the flight rules take. */
@Component
public class ProtocolVersions {

    public record ProtocolVersion(int version, ProtocolParameters parameters, Instant adoptedAt, UUID motionId) {}

    private final Motions motions;
    private final JsonMapper json;

    ProtocolVersions(Motions motions, JsonMapper json) {
        this.motions = motions;
        this.json = json;
    }

    public Optional<ProtocolVersion> current() {
        return motions.currentVersion(MotionKind.PROTOCOL).map(this::read);
    }

    public List<ProtocolVersion> all() {
        return motions.versions(MotionKind.PROTOCOL).stream().map(this::read).toList();
    }

    /** The parameters as governance stores a proposal: JSON text. */
    public String write(ProtocolParameters parameters) {
        return json.writeValueAsString(parameters);
    }

    private ProtocolVersion read(AdoptedVersion adopted) {
        return new ProtocolVersion(adopted.version(), json.readValue(adopted.content(), ProtocolParameters.class), adopted.adoptedAt(),
                adopted.motionId());
    }
}
