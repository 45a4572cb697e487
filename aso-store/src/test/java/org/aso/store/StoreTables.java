package org.aso.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Reads a stream straight from the store's tables, past {@link EventStore}, to check what a crash or a
 * race left there. Test helper.
 */
final class StoreTables {
    private StoreTables() {
    }

    /**
     * Checks that a stream's events are versions 1 to {@code events} with none missing or repeated, and
     * that the stream's row says the same version.
     *
     * @param dataSource the database
     * @param stream the stream's name
     * @param events how many events it holds
     * @throws SQLException if the database fails
     */
    static void assertContiguous(DataSource dataSource, String stream, long events) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long expected = 1;
            try (PreparedStatement s = c.prepareStatement("SELECT version FROM aso_event WHERE stream = ? ORDER BY version")) {
                s.setString(1, stream);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        assertThat(r.getLong(1)).as("version of event %d of %s", expected, stream).isEqualTo(expected);
                        expected++;
                    }
                }
            }
            assertThat(expected - 1).as("events of %s", stream).isEqualTo(events);
            try (PreparedStatement s = c.prepareStatement("SELECT version FROM aso_stream WHERE name = ?")) {
                s.setString(1, stream);
                try (ResultSet r = s.executeQuery()) {
                    assertThat(r.next()).as("row of stream %s", stream).isTrue();
                    assertThat(r.getLong(1)).as("version of stream %s", stream).isEqualTo(events);
                }
            }
        }
    }

    /**
     * Checks that the schema history lists each script once, versions 1 to {@code latest}.
     *
     * @param dataSource the database
     * @param latest the newest script's version
     * @throws SQLException if the database fails
     */
    static void assertHistory(DataSource dataSource, int latest) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT version FROM aso_schema_history ORDER BY version");
                ResultSet r = s.executeQuery()) {
            for (int v = 1; v <= latest; v++) {
                assertThat(r.next()).as("history row of version %d", v).isTrue();
                assertThat(r.getInt(1)).isEqualTo(v);
            }
            assertThat(r.next()).as("a history row beyond version %d", latest).isFalse();
        }
    }
}
