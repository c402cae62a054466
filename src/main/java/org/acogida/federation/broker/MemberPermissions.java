package org.acogida.federation.broker;

import java.util.List;

/**
 * What one member's NATS user may publish and subscribe to; everything else the server refuses.
 * Allow lists only, no deny lists: a deny list under a wide allow still lets a wildcard
 * subscription through and filters on delivery, which is one mistake away from a leak.
 */
public record MemberPermissions(List<String> publish, List<String> subscribe) {

    public MemberPermissions {
        publish = List.copyOf(publish);
        subscribe = List.copyOf(subscribe);
    }
}
