package org.aso.store;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.aso.core.kernel.Problem;

/**
 * The schema's versioned scripts and their application: each script the history table lacks is run
 * in a transaction that ends by inserting its history row. Every statement may run again
 * ({@code IF NOT EXISTS}), and the history row's primary key makes one of two processes migrating at
 * once lose cleanly: it finds the script applied and goes on.
 */
final class Schema {
    /** The scripts, oldest first; version {@code i + 1} at index {@code i}. */
    static final List<String> SCRIPTS = List.of("org/aso/store/sql/V1__streams_events_snapshots.sql");

    private static final int ATTEMPTS = 3;

    private Schema() {
    }

    /** {@return the schema version after applying what the database lacks; or {@code store.unavailable}} */
    static Either<Problem, Integer> migrate(DataSource dataSource, Clock clock) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            try {
                for (int i = 0; i < SCRIPTS.size(); i++) {
                    Optional<Problem> failed = applyIfMissing(c, i + 1, SCRIPTS.get(i), clock);
                    if (failed.isPresent()) {
                        return Either.left(failed.get());
                    }
                }
                TreeSet<Integer> done = applied(c);
                return Either.right(done.isEmpty() ? 0 : done.last());
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            return Either.left(EventLog.unavailable("migrating the schema", null, e));
        }
    }

    /**
     * Applies one script unless the history has it. A failure is retried twice after a short pause: it is
     * most often another process applying the same script (a unique violation on PostgreSQL's catalogue or
     * on the history row), which the next look at the history shows.
     */
    private static Optional<Problem> applyIfMissing(Connection c, int version, String script, Clock clock) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            if (applied(c).contains(version)) {
                return Optional.empty();
            }
            try {
                apply(c, version, script, clock);
                return Optional.empty();
            } catch (SQLException e) {
                rollback(c);
                if (applied(c).contains(version)) {
                    return Optional.empty();
                }
                if (attempt == ATTEMPTS) {
                    return Optional.of(EventLog.unavailable("applying schema version " + version, null, e));
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100L * attempt));
            }
        }
    }

    private static void apply(Connection c, int version, String script, Clock clock) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String sql : statements(text(script))) {
                s.execute(sql);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO aso_schema_history (version, script, applied_at) VALUES (?, ?, ?)")) {
            ps.setInt(1, version);
            ps.setString(2, script.substring(script.lastIndexOf('/') + 1));
            ps.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            ps.executeUpdate();
        }
        c.commit();
        c.setAutoCommit(true);
    }

    /** {@return the versions in the history table; none if it does not exist yet} */
    private static TreeSet<Integer> applied(Connection c) throws SQLException {
        c.setAutoCommit(true);
        TreeSet<Integer> versions = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM aso_schema_history");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        } catch (SQLException e) {
            if (!isMissingTable(e)) {
                throw e;
            }
        }
        return versions;
    }

    /** {@return true for "no such table": H2's 42S02 (42102, or 42104 in an empty database), PostgreSQL's 42P01} */
    private static boolean isMissingTable(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("42S0") || state.equals("42P01") || state.equals("42102")
                || state.equals("42104"));
    }

    /** The statements of a script: each ends with a semicolon at the end of a line; comment lines are dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("A schema script ends without a semicolon");
        }
        return out;
    }

    static String text(String script) {
        try (InputStream in = Schema.class.getResourceAsStream("/" + script)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema script " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the next statement reports it
        }
    }
}
