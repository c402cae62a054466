package org.acogida.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Skips a browser test, loudly, where Debian's Chromium is not installed; under CI=true it fails instead. */
public class RequiresChromium implements ExecutionCondition {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ACOGIDA_CHROMIUM", "/usr/bin/chromium"));
    private static final Logger log = LoggerFactory.getLogger(RequiresChromium.class);
    private static volatile boolean warned;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM)) {
            return ConditionEvaluationResult.enabled("Chromium found at " + CHROMIUM);
        }
        String reason = "Chromium is not installed at " + CHROMIUM + " (apt-get install -y chromium)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(reason + ". CI=true requires it: .ci/run installs it.");
        }
        if (!warned) {
            warned = true;
            log.warn("\n\n  *** Browser tests SKIPPED: {}.\n", reason);
        }
        return ConditionEvaluationResult.disabled("SKIPPED (no Chromium): " + reason);
    }
}
