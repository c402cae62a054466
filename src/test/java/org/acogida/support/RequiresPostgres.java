package org.acogida.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Skips a PostgreSQL test, loudly, on a machine without PostgreSQL; under {@code CI=true} a
 * missing PostgreSQL fails the test instead, so that CI can never pass by skipping.
 */
public class RequiresPostgres implements ExecutionCondition {

    private static final Logger log = LoggerFactory.getLogger(RequiresPostgres.class);
    private static volatile boolean warned;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        var reason = PostgresDatabase.unavailableReason();
        if (reason.isEmpty()) {
            return ConditionEvaluationResult.enabled("PostgreSQL is reachable");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(reason.get() + ". CI=true requires PostgreSQL: start it (.ci/run does).");
        }
        if (!warned) {
            warned = true;
            log.warn("\n\n  *** PostgreSQL tests SKIPPED: {}.\n  *** Start PostgreSQL, or run .ci/run, to run them. Under CI=true they fail instead.\n", reason.get());
        }
        return ConditionEvaluationResult.disabled("SKIPPED (no PostgreSQL): " + reason.get());
    }
}
