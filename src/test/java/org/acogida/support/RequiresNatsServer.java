package org.acogida.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Skips a broker test, loudly, where nats-server is not installed; under CI=true it fails instead. */
public class RequiresNatsServer implements ExecutionCondition {

    private static final Logger log = LoggerFactory.getLogger(RequiresNatsServer.class);
    private static volatile boolean warned;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (NatsServerProcess.installed()) {
            return ConditionEvaluationResult.enabled("nats-server found at " + NatsServerProcess.BINARY);
        }
        String reason = "nats-server is not installed at " + NatsServerProcess.BINARY + " (apt-get install -y nats-server)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(reason + ". CI=true requires it: install it before the tests run.");
        }
        if (!warned) {
            warned = true;
            log.warn("\n\n  *** Broker tests SKIPPED: {}.\n  *** Under CI=true they fail instead.\n", reason);
        }
        return ConditionEvaluationResult.disabled("SKIPPED (no nats-server): " + reason);
    }
}
