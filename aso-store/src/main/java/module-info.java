/**
 * Keeping the ASO toolkit's state: a JSON form for every value, event and snapshot of aso-core
 * ({@link org.aso.store.json}), and durable aggregates on a JDBC {@code DataSource}: each aggregate's
 * events in an append-only table with optimistic concurrency, plus snapshots ({@link org.aso.store}).
 * Database drivers are the host's choice.
 */
module org.aso.store {
    requires transitive org.aso.core;
    requires transitive tools.jackson.databind;
    requires transitive tools.jackson.core;
    requires transitive java.sql;

    exports org.aso.store;
    exports org.aso.store.json;
}
