/**
 * Durable state for the ASO toolkit's aggregates on a JDBC {@code DataSource}.
 *
 * <p>An {@link org.aso.store.EventStore} keeps each aggregate (a register, a dossier book, an agenda,
 * the escalation notice log, an audit trail, a phone or visitor log, a book of transmission slips) as
 * a stream: its events in an append-only table, each stream's version checked at append inside one
 * transaction (optimistic concurrency), and snapshots so that loading does not replay the whole
 * history. {@link org.aso.store.StoredState} has the contract of core's {@code SharedState}, across
 * JVMs: read, decide, append the events if nobody appended since, else decide again.
 */
package org.aso.store;
