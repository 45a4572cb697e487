package org.aso.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import io.vavr.control.Either;
import java.time.LocalDate;
import org.aso.core.correspondence.Register;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's contract on H2 in file mode, a fresh database per test. */
class H2StoreTest extends StoreContract {
    @TempDir
    Path dir;

    private JdbcDataSource dataSource;


    @AfterEach
    void shutdown() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Test
    void aHost_runningTheScriptsWithItsOwnTool_getsAWorkingStore() throws SQLException {
        // given: another database, whose schema a host's migration tool made from the scripts' text
        JdbcDataSource own = new JdbcDataSource();
        own.setURL("jdbc:h2:file:" + dir.resolve("own").toAbsolutePath() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = own.getConnection(); Statement s = c.createStatement()) {
            for (String script : EventStore.schemaScripts()) {
                for (String statement : EventStore.schemaScript(script).split(";\\s*\\n")) {
                    if (!statement.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--"))) {
                        s.execute(statement);
                    }
                }
            }
        }
        // when
        StoredState<Register> general = EventStore.on(own)
                .open("register/general", Aggregate.register(CorrespondenceFixtures.general())).get();
        Either<Problem, Register.Registered> first = general.update(r -> r.register(
                CorrespondenceFixtures.letter(LocalDate.of(2026, 3, 2), "Demande").build(),
                CorrespondenceFixtures.clerkOn(LocalDate.of(2026, 3, 2))));
        // then
        assertThat(first.get().entry().number().sequence()).isEqualTo(1);
        assertThat(EventStore.on(own).open("register/general", Aggregate.register(CorrespondenceFixtures.general()))
                .get().get().entries()).hasSize(1);
        assertThatThrownBy(() -> EventStore.schemaScript("org/aso/store/sql/V9__nothing.sql"))
                .isInstanceOf(IllegalArgumentException.class);
        try (Connection c = own.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Override
    protected DataSource dataSource() {
        if (dataSource == null) {
            dataSource = new JdbcDataSource();
            // kept open while the test runs (no connection is held between operations), shut down after it
            dataSource.setURL("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath() + ";DB_CLOSE_DELAY=-1");
        }
        return dataSource;
    }
}
