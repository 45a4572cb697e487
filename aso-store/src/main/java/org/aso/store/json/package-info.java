/**
 * The JSON form of aso-core's values, events and snapshots, for stores and for front ends.
 *
 * <p>{@link org.aso.store.json.AsoJsonModule} is a Jackson 3 module a host registers on its own
 * mapper, as it would {@code jackson-datatype-jsr310}; {@link org.aso.store.json.AsoJson} is a ready
 * mapper with reading limits, whose reads return a {@code Problem} instead of throwing. The form:
 * ids as strings, instants as ISO-8601 in UTC, zones as IANA ids, durations and periods in ISO-8601,
 * enums by name, an absent optional value as a missing field, events and commands with a
 * {@code "type"} field naming their record, events and snapshots with a {@code "schemaVersion"}.
 * {@link org.aso.store.json.JsonTypes} lists every type that has a form.
 */
package org.aso.store.json;
