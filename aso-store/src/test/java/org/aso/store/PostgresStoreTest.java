package org.aso.store;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store's contract on a real PostgreSQL server ({@link Postgres}), a fresh database per test. Skipped,
 * saying why, when the server binaries are missing (unless {@code -Daso.pg.required=true}).
 */
@ExtendWith(Postgres.class)
class PostgresStoreTest extends StoreContract {
    private static PostgresServer server;
    private PGSimpleDataSource dataSource;

    @BeforeAll
    static void server(PostgresServer running) {
        server = running;
    }

    @AfterEach
    void forget() {
        dataSource = null;
    }

    /** A new database for each test, made on its first use in the test (the contract's own set-up runs first). */
    @Override
    protected DataSource dataSource() {
        if (dataSource == null) {
            dataSource = server.dataSource(server.createDatabase());
        }
        return dataSource;
    }
}
