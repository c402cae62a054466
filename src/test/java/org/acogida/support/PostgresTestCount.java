package org.acogida.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the tests tagged {@code postgres} that ran, failed or were skipped, and writes the count
 * to {@code target/postgres-tests.txt}; {@code .ci/run} prints it, so a CI log shows that the
 * PostgreSQL tests ran and did not silently skip.
 */
public class PostgresTestCount implements TestExecutionListener {

    private final AtomicInteger succeeded = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (isPostgres(test)) {
            skipped.incrementAndGet();
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!isPostgres(test)) {
            return;
        }
        if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            succeeded.incrementAndGet();
        } else {
            failed.incrementAndGet();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        int ran = succeeded.get() + failed.get();
        String line = String.format("PostgreSQL tests: %d ran (%d passed, %d failed), %d skipped%n", ran, succeeded.get(), failed.get(), skipped.get());
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "postgres-tests.txt"), line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private volatile TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    /** A test counts when it, or a container it belongs to (its class), is tagged postgres: dynamic tests do not inherit tags. */
    private boolean isPostgres(TestIdentifier test) {
        if (!test.isTest()) {
            return false;
        }
        for (TestIdentifier node = test; node != null; node = plan.getParent(node).orElse(null)) {
            if (node.getTags().stream().anyMatch(tag -> tag.getName().equals("postgres"))) {
                return true;
            }
        }
        return false;
    }
}
