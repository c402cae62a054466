package org.acogida.platform.jdbc;

import org.acogida.platform.actor.MemberScope;

/** Member data was asked for by someone who does not act for a member state: a bug in routing or roles, answered with 403. */
public class MemberScopeRequired extends RuntimeException {
    public MemberScopeRequired(MemberScope scope) {
        super("Member data needs a member scope, not " + scope);
    }
}
