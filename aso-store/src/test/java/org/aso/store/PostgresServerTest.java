package org.aso.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The PostgreSQL fixture itself: a real server, on the loopback address only, gone when closed. */
@ExtendWith(Postgres.class)
class PostgresServerTest {

    @Test
    void theRunsServer_isARealPostgresqlOnLoopback_withFreshDatabases(PostgresServer server) throws SQLException {
        // given
        String first = server.createDatabase();
        String second = server.createDatabase();
        // when
        try (Connection c = server.dataSource(first).getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT current_database(), inet_server_addr()::text, current_setting('server_version_num')::int,"
                        + " current_setting('listen_addresses')")) {
            // then
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo(first);
            assertThat(r.getString(2)).startsWith("127.0.0.1");
            assertThat(r.getInt(3)).isGreaterThanOrEqualTo(120_000);
            assertThat(r.getString(4)).isEqualTo("127.0.0.1");
        }
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void close_stopsTheServerAndDeletesItsFolder() {
        // given: a second server of our own
        PostgresServer own = PostgresServer.start(PostgresServer.binaries().folder().orElseThrow());
        String db = own.createDatabase();
        assertThat(Files.isDirectory(own.folder().resolve("data"))).isTrue();
        // when
        own.close();
        // then
        assertThat(own.folder()).doesNotExist();
        assertThatThrownBy(() -> own.dataSource(db).getConnection().close()).isInstanceOf(SQLException.class);
    }
}
