package org.acogida.reporting;

import java.util.List;

import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.reporting.internal.ReceivedReturns;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** What the coalition's analysts see on the secretariat's node: each member's latest return for a month, side by side. */
@Component
public class SecretariatView {

    private final ReceivedReturns returns;
    private final JsonMapper json;

    SecretariatView(ReceivedReturns returns, JsonMapper json) {
        this.returns = returns;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public List<MonthlyReturn> returnsOf(String period) {
        requireAnalyst();
        return returns.latest(period).stream().map(content -> json.readValue(content, MonthlyReturn.class)).toList();
    }

    @Transactional(readOnly = true)
    public List<String> periods() {
        requireAnalyst();
        return returns.periods();
    }

    private static void requireAnalyst() {
        if (Actors.require().role() != Role.COALITION_ANALYST) {
            throw new AccessDeniedException("The members' returns are for the coalition's analysts");
        }
    }
}
