package org.aso.store;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.aso.core.kernel.Problem;

/**
 * The store's tables through JDBC, payloads as text: streams with their kind and version, appends
 * with the version checked in one transaction, events read in pages, the latest snapshot. Every
 * statement is prepared and portable (H2 2.x, PostgreSQL); a connection is taken from the data source
 * for each operation and closed after it.
 *
 * <p>Failures are problems, never exceptions: {@link #CONFLICT} when another writer got there first
 * (the caller catches up and tries again), {@code store.unavailable} with the operation and the SQL
 * state otherwise. The driver's message is never quoted (it may hold row values).
 */
final class EventLog {
    /** The code of an append outpaced by another writer (the holders turn it into a retry). */
    static final String CONFLICT = "store.contention";

    /**
     * SQL states of a lost race: unique violation, serialization failure, deadlock, H2's lock timeout and
     * concurrent update, and PostgreSQL's lock timeout (55P03: a host that sets {@code lock_timeout} makes an
     * append waiting for the stream's row give up; it catches up and tries again like any lost race).
     */
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "40001", "40P01", "HYT00", "90131", "55P03");

    private final DataSource dataSource;
    private final Clock clock;
    private final int pageSize;

    EventLog(DataSource dataSource, Clock clock, int pageSize) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (pageSize <= 0) {
            throw new IllegalArgumentException("pageSize must be positive: " + pageSize);
        }
        this.pageSize = pageSize;
    }

    /** A stream's row. */
    record StreamRow(String kind, long version) {
    }

    /** An event to append. */
    record NewEvent(String type, int schemaVersion, String payload) {
    }

    /** A stored event. */
    record EventRow(long version, String type, int schemaVersion, String payload) {
    }

    /** Takes the events read, one at a time, in version order. */
    @FunctionalInterface
    interface EventSink {
        /** {@return a problem to stop reading with, or empty to go on} */
        Optional<Problem> accept(EventRow row);
    }

    /** Reads a snapshot's payload while its row is open. */
    @FunctionalInterface
    interface SnapshotReader<T> {
        /** {@return the value the payload holds, or why not} */
        Either<Problem, T> read(long version, int schemaVersion, Reader payload);
    }

    /** A snapshot read, with the version it was taken at. */
    record Snapshot<T>(long version, T value) {
    }

    /** {@return the stream's row, empty if nothing was appended to it yet} */
    Either<Problem, Optional<StreamRow>> stream(String stream) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT kind, version FROM aso_stream WHERE name = ?")) {
            ps.setString(1, stream);
            try (ResultSet rs = ps.executeQuery()) {
                return Either.right(rs.next() ? Optional.of(new StreamRow(rs.getString(1), rs.getLong(2))) : Optional.empty());
            }
        } catch (SQLException e) {
            return Either.left(unavailable("reading the stream", stream, e));
        }
    }

    /**
     * Appends events after {@code expected}, all or none, in one transaction: the stream's row moves
     * from {@code expected} to the new version (or is inserted, for a new stream), then the events are
     * inserted from version {@code expected + 1}.
     *
     * @return the new version; {@link #CONFLICT} if the stream is no longer at {@code expected} (or is
     *     of another kind); {@code store.unavailable} if the database failed (nothing was appended)
     */
    Either<Problem, Long> append(String stream, String kind, long expected, List<NewEvent> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("nothing to append");
        }
        long next = expected + events.size();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            try {
                c.setAutoCommit(false);
                Either<Problem, Long> result = appendIn(c, stream, kind, expected, next, events);
                if (result.isRight()) {
                    c.commit();
                } else {
                    c.rollback();
                }
                return result;
            } catch (SQLException e) {
                rollback(c);
                return Either.left(isConflict(e) ? conflict(stream, expected) : unavailable("appending", stream, e));
            } finally {
                restore(c, autoCommit);
            }
        } catch (SQLException e) {
            return Either.left(unavailable("appending", stream, e));
        }
    }

    private Either<Problem, Long> appendIn(Connection c, String stream, String kind, long expected, long next,
                                           List<NewEvent> events) throws SQLException {
        if (expected == 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO aso_stream (name, kind, version) VALUES (?, ?, ?)")) {
                ps.setString(1, stream);
                ps.setString(2, kind);
                ps.setLong(3, next);
                ps.executeUpdate();
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE aso_stream SET version = ? WHERE name = ? AND kind = ? AND version = ?")) {
                ps.setLong(1, next);
                ps.setString(2, stream);
                ps.setString(3, kind);
                ps.setLong(4, expected);
                if (ps.executeUpdate() != 1) {
                    return Either.left(conflict(stream, expected));
                }
            }
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO aso_event "
                + "(stream, version, type, schema_version, recorded_at, payload) VALUES (?, ?, ?, ?, ?, ?)")) {
            long version = expected;
            for (NewEvent e : events) {
                ps.setString(1, stream);
                ps.setLong(2, ++version);
                ps.setString(3, e.type());
                ps.setInt(4, e.schemaVersion());
                ps.setObject(5, now);
                ps.setString(6, e.payload());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return Either.right(next);
    }

    /**
     * Reads the events after {@code after}, oldest first, in pages of the configured size, handing each
     * to {@code sink} until it returns a problem.
     *
     * @return the version of the last event read ({@code after} if none); the sink's problem;
     *     {@code store.replay.inconsistent} if a version is missing; or {@code store.unavailable}
     */
    Either<Problem, Long> read(String stream, long after, EventSink sink) {
        long last = after;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT version, type, schema_version, payload FROM aso_event "
                     + "WHERE stream = ? AND version > ? ORDER BY stream, version FETCH FIRST ? ROWS ONLY")) {
            ps.setFetchSize(pageSize);
            while (true) {
                ps.setString(1, stream);
                ps.setLong(2, last);
                ps.setInt(3, pageSize);
                int count = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        count++;
                        long version = rs.getLong(1);
                        if (version != last + 1) {
                            return Either.left(Problem.of("store.replay.inconsistent",
                                            "Stream " + stream + " lacks the event at version " + (last + 1))
                                    .with("stream", stream).with("version", last + 1)
                                    .with("reason", "missing"));
                        }
                        Optional<Problem> stop = sink.accept(new EventRow(version, rs.getString(2), rs.getInt(3),
                                rs.getString(4)));
                        if (stop.isPresent()) {
                            return Either.left(stop.get());
                        }
                        last = version;
                    }
                }
                if (count < pageSize) {
                    return Either.right(last);
                }
            }
        } catch (SQLException e) {
            return Either.left(unavailable("reading events", stream, e));
        }
    }

    /**
     * Reads the stream's latest snapshot, its payload streamed to {@code reader}.
     *
     * @return the snapshot, empty if the stream has none; the reader's problem; or {@code store.unavailable}
     */
    <T> Either<Problem, Optional<Snapshot<T>>> latestSnapshot(String stream, SnapshotReader<T> reader) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT version, schema_version, payload FROM aso_snapshot "
                     + "WHERE stream = ? ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")) {
            ps.setString(1, stream);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Either.right(Optional.empty());
                }
                long version = rs.getLong(1);
                int schemaVersion = rs.getInt(2);
                try (Reader payload = rs.getCharacterStream(3)) {
                    return reader.read(version, schemaVersion, payload).map(v -> Optional.of(new Snapshot<>(version, v)));
                }
            }
        } catch (SQLException e) {
            return Either.left(unavailable("reading the snapshot", stream, e));
        } catch (IOException e) {
            return Either.left(Problem.of("store.unavailable", "The database failed while reading the snapshot of stream "
                    + stream).with("operation", "reading the snapshot").with("sqlState", "none").with("stream", stream));
        }
    }

    /** Writes a snapshot's payload. */
    @FunctionalInterface
    interface PayloadWriter {
        /** Writes the payload to {@code out}, not closing it. */
        void write(Writer out) throws IOException;
    }

    /**
     * Writes a snapshot of the stream at {@code version} and removes the older ones, in one transaction;
     * a snapshot already written at that version (by another process) is kept. The payload is streamed
     * into a {@link Clob} where the driver makes one (H2), else built as a string (PostgreSQL's driver
     * sends text whole anyway).
     *
     * @return true if written, false if one was there; or {@code store.unavailable}
     */
    Either<Problem, Boolean> writeSnapshot(String stream, long version, int schemaVersion, long maxLength,
                                           PayloadWriter payload) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            try {
                c.setAutoCommit(false);
                boolean written;
                Clob clob = null;
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO aso_snapshot (stream, version, schema_version, payload) VALUES (?, ?, ?, ?)")) {
                    ps.setString(1, stream);
                    ps.setLong(2, version);
                    ps.setInt(3, schemaVersion);
                    clob = clob(c);
                    if (clob != null) {
                        try (Writer out = clob.setCharacterStream(1)) {
                            payload.write(new Bounded(out, maxLength));
                        }
                        ps.setClob(4, clob);
                    } else {
                        StringWriter out = new StringWriter();
                        payload.write(new Bounded(out, maxLength));
                        ps.setString(4, out.toString());
                    }
                    ps.executeUpdate();
                    written = true;
                } catch (SQLException e) {
                    if (!isConflict(e)) {
                        throw e;
                    }
                    rollback(c);
                    written = false;
                } finally {
                    if (clob != null) {
                        clob.free();
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM aso_snapshot WHERE stream = ? AND version < ?")) {
                    ps.setString(1, stream);
                    ps.setLong(2, version);
                    ps.executeUpdate();
                }
                c.commit();
                return Either.right(written);
            } catch (SQLException e) {
                rollback(c);
                return Either.left(unavailable("writing a snapshot", stream, e));
            } catch (TooLong e) {
                rollback(c);
                return Either.left(tooLarge(stream, maxLength));
            } catch (IOException e) {
                rollback(c);
                return Either.left(Problem.of("store.unavailable", "The database failed while writing a snapshot (stream "
                        + stream + ")").with("operation", "writing a snapshot").with("sqlState", "none").with("stream", stream));
            } catch (RuntimeException e) {
                rollback(c);
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof TooLong) {
                        return Either.left(tooLarge(stream, maxLength));
                    }
                }
                throw e;
            } finally {
                restore(c, autoCommit);
            }
        } catch (SQLException e) {
            return Either.left(unavailable("writing a snapshot", stream, e));
        }
    }

    private static Problem tooLarge(String stream, long maxLength) {
        return Problem.of("store.snapshot.too-large", "The snapshot of stream " + stream + " is longer than "
                + maxLength + " characters: not written").with("stream", stream).with("max", maxLength);
    }

    /** Thrown by {@link Bounded} past its length: the snapshot is not written. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super("snapshot too long");
        }
    }

    /**
     * A writer that refuses to go beyond a number of characters, so that a snapshot too large for the
     * database (H2 loses a text value over 2^31/3 characters and closes; PostgreSQL keeps 1 GB a field)
     * is abandoned while it is written, before it reaches the database whole.
     */
    static final class Bounded extends Writer {
        private final Writer out;
        private final long max;
        private long written;

        Bounded(Writer out, long max) {
            this.out = out;
            this.max = max;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            written += len;
            if (written > max) {
                throw new TooLong();
            }
            out.write(buf, off, len);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            written += len;
            if (written > max) {
                throw new TooLong();
            }
            out.write(str, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() {
            // the caller closes the underlying writer
        }
    }

    /** {@return a new, empty CLOB, or null if the driver makes none} */
    private static Clob clob(Connection c) throws SQLException {
        try {
            return c.createClob();
        } catch (SQLFeatureNotSupportedException e) {
            return null;
        }
    }

    /** {@return true if the failure is a lost race (the caller may catch up and try again)} */
    static boolean isConflict(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if (n.getSQLState() != null && CONFLICT_STATES.contains(n.getSQLState())) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static Problem conflict(String stream, long expected) {
        return Problem.of(CONFLICT, "Stream " + stream + " moved on from version " + expected + " meanwhile")
                .with("stream", stream).with("expected", expected);
    }

    /** The database failed: the operation and the SQL state, never the driver's message (it may quote row values). */
    static Problem unavailable(String operation, String stream, SQLException e) {
        String state = e.getSQLState() == null ? "none" : e.getSQLState();
        Problem p = Problem.of("store.unavailable", "The database failed while " + operation
                + (stream == null ? "" : " (stream " + stream + ")") + ", SQL state " + state)
                .with("operation", operation).with("sqlState", state);
        return stream == null ? p : p.with("stream", stream);
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken: the database drops the transaction with it
        }
    }

    private static void restore(Connection c, boolean autoCommit) {
        try {
            c.setAutoCommit(autoCommit);
        } catch (SQLException ignored) {
            // the connection is broken; closing it is all that is left
        }
    }
}
