package org.aso.store;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension giving tests a real PostgreSQL server ({@link PostgresServer}): one server per
 * test run, started before the first class that uses it and stopped (its folder deleted) when the run
 * ends, also when tests failed. Tests take it as a {@code PostgresServer} parameter and create their
 * own databases in it.
 *
 * <p>Without the server binaries, every test of the class is skipped, with the reason (what is missing)
 * as the skip reason and as a WARNING line on the console; with {@code -Daso.pg.required=true} (set by
 * .ci/run when Debian's postgresql is installed) they fail instead.
 */
final class Postgres implements ExecutionCondition, BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Postgres.class);
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    /** Disables (skips, with the reason) the tests when the binaries are missing, unless they are required. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        PostgresServer.Binaries bin = PostgresServer.binaries();
        if (bin.folder().isPresent() || PostgresServer.required()) {
            return ConditionEvaluationResult.enabled("PostgreSQL server binaries in " + bin.folder().map(Object::toString).orElse("(none)"));
        }
        String why = "PostgreSQL tests skipped: " + bin.missing();
        if (WARNED.compareAndSet(false, true)) {
            System.out.println("[WARNING] " + why + "; .ci/run installs Debian's postgresql and runs them");
        }
        return ConditionEvaluationResult.disabled(why);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    /** The run's server, started on first use; its closing is left to the root context's store (end of the run). */
    private static PostgresServer server(ExtensionContext context) {
        PostgresServer.Binaries bin = PostgresServer.binaries();
        if (bin.folder().isEmpty()) {
            Assertions.fail("PostgreSQL tests cannot run: " + bin.missing() + ", and -D" + PostgresServer.REQUIRED + "=true");
        }
        // JUnit closes what the root store holds (an AutoCloseable) at the end of the run, failed or not
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(PostgresServer.class, k -> PostgresServer.start(bin.folder().get()), PostgresServer.class);
    }
}
