/**
 * The JSON form of aso-core's values, events and snapshots, for stores and for front ends.
 *
 * <p>{@link org.aso.store.json.AsoJsonModule} is a Jackson 3 module a host registers on its own
 * mapper, as it would {@code jackson-datatype-jsr310}; {@link org.aso.store.json.AsoJson} is a ready
 * mapper with reading limits ({@link org.aso.store.json.JsonLimits}), whose reads return a
 * {@code Problem} instead of throwing. {@link org.aso.store.json.JsonTypes} lists every type that has a
 * form ({@code all()}), those written but not read ({@code writeOnly()}: results only aso-core computes),
 * and every other public type of aso-core with the reason it has none ({@code notValues()}: aggregates,
 * which are kept as their events and snapshots, builders, services).
 *
 * <pre>{@code
 * AsoJson json = AsoJson.create();
 * String text = json.write(event);                                  // an EntryEvent
 * Either<Problem, EntryEvent> back = json.read(text, EntryEvent.class);
 * }</pre>
 *
 * <h2>The form</h2>
 *
 * <table class="striped">
 * <caption>How each kind of Java value is written</caption>
 * <thead><tr><th>Java</th><th>JSON</th><th>Example</th></tr></thead>
 * <tbody>
 * <tr><td>a typed id ({@code PersonId}, {@code EntryId}, ...)</td><td>its value, a string</td>
 *     <td>{@code "p-17"}</td></tr>
 * <tr><td>an {@code Identifier} whose kind the place does not say</td><td>an object: the id type's simple name and
 *     the value</td><td>{@code {"type":"OrgUnitId","value":"S2"}}</td></tr>
 * <tr><td>an enum</td><td>the constant's name</td><td>{@code "INCOMING"}</td></tr>
 * <tr><td>{@code Instant}</td><td>ISO-8601 in UTC</td><td>{@code "2026-03-02T09:00:00Z"}</td></tr>
 * <tr><td>{@code LocalDate}, {@code LocalTime}, {@code LocalDateTime}, {@code MonthDay}, {@code Year},
 *     {@code YearMonth}</td><td>ISO-8601</td><td>{@code "2026-03-02"}, {@code "09:00:00"}, {@code "--05-01"}</td></tr>
 * <tr><td>{@code ZonedDateTime}</td><td>ISO-8601 with the zone</td>
 *     <td>{@code "2026-03-09T10:00:00+01:00[Europe/Paris]"}</td></tr>
 * <tr><td>{@code ZoneId}</td><td>the IANA id</td><td>{@code "Europe/Paris"}</td></tr>
 * <tr><td>{@code Duration}, {@code Period}</td><td>ISO-8601</td><td>{@code "PT1H30M"}, {@code "P5Y"}</td></tr>
 * <tr><td>{@code int}, {@code long}, {@code double}, {@code boolean}, {@code String}</td><td>as they come; a
 *     number that does not fit its Java type is refused</td><td>{@code 42}</td></tr>
 * <tr><td>{@code Optional}</td><td>the value, or the field left out; a missing field or {@code null} reads as
 *     empty</td><td></td></tr>
 * <tr><td>{@code List}, {@code Set}</td><td>an array; a set of comparable elements is written sorted</td>
 *     <td>{@code ["screen","video"]}</td></tr>
 * <tr><td>{@code Map}</td><td>an object whose names are the string form of the keys (a string, an id, an enum,
 *     a date), in the order of those names</td><td>{@code {"code=A|year=2026":12}}</td></tr>
 * <tr><td>a record</td><td>an object of its components, in their order</td><td></td></tr>
 * <tr><td>an Immutables value with a {@code builder()} ({@code Entry}, {@code Meeting}, {@code Dossier},
 *     ...)</td><td>an object of the attributes its builder sets, in the order of their names; derived attributes
 *     are not written; a missing collection or optional reads as empty, a missing attribute with a default as
 *     that default</td><td></td></tr>
 * <tr><td>a value made by {@code of(...)} ({@code Interval}, {@code ReferenceNumber}, {@code Attendee}, ...)</td>
 *     <td>an object of the factory's parameters in their order, then of the attributes its {@code withX} copies
 *     set</td><td>{@code {"start":"...","end":"..."}}</td></tr>
 * <tr><td>a member of a sealed family (events, {@code DossierCommand}, {@code MeetingPlan}, {@code Mail},
 *     {@code HolidayRule}, {@code Relaxation})</td><td>{@code "type"} first, the simple name of its class</td>
 *     <td>{@code {"type":"Acknowledged",...}}</td></tr>
 * <tr><td>an event, a snapshot</td><td>{@code "schemaVersion"} next: the family's or the snapshot's
 *     {@code SCHEMA_VERSION}; required when read, and no later than the code knows</td>
 *     <td>{@code "schemaVersion":1}</td></tr>
 * <tr><td>{@code Problem}</td><td>an object</td>
 *     <td>{@code {"code":"json.field.missing","message":"...","details":{"path":"/at"}}}</td></tr>
 * <tr><td>{@code EmailAddress}, {@code PhoneNumber}, {@code RecurrenceRule}</td><td>a string: the address, the
 *     number as written, the RFC 5545 rule</td><td>{@code "FREQ=WEEKLY;COUNT=4"}</td></tr>
 * <tr><td>{@code WorkingWeek}</td><td>an object of the days worked, each with its hours</td>
 *     <td>{@code {"MONDAY":[{"start":"09:00:00","end":"12:30:00"}]}}</td></tr>
 * <tr><td>{@code NumberingScheme}</td><td>its template, reset and direction letters</td>
 *     <td>{@code {"template":"{code}-{year}-{counter:4}","reset":"YEARLY","directionLetters":{...}}}</td></tr>
 * <tr><td>{@code OrgChart}, {@code FilingPlan}, {@code FreeTime}</td><td>an array of the units, the entries,
 *     the periods</td><td></td></tr>
 * <tr><td>{@code RetentionRule}, {@code TaskSource}, {@code SlotAttendee}, {@code VisitorLog.Visitor}</td>
 *     <td>an object of what they expose, made again through their factories</td><td></td></tr>
 * </tbody>
 * </table>
 *
 * <p>An event as stored:
 *
 * <pre>{@code
 * {"type":"Acknowledged","schemaVersion":1,"entry":"GEN/2026-A-000001","register":"GEN",
 *  "number":{"text":"2026-A-000001","series":"code=A|year=2026","sequence":1},
 *  "at":"2026-03-02T09:00:00Z","actor":"clerk"}
 * }</pre>
 *
 * <h2>Reading</h2>
 *
 * <p>A document is untrusted input. Every value is made through aso-core's own constructors, builders
 * and factories, so their checks run; a read gives the value or the first problem, never a half-built
 * value, and never quotes the document (it may hold confidential mail) in a message. Each problem has
 * the detail {@code path}, the JSON Pointer of the place ({@code /entries/3/subject}), and where known
 * {@code type}, the Java type expected there; a value aso-core refused also has {@code reason}, its
 * check's message with every quoted part taken out.
 *
 * <table class="striped">
 * <caption>The problems of a read</caption>
 * <thead><tr><th>Code</th><th>When</th></tr></thead>
 * <tbody>
 * <tr><td>{@code json.syntax}</td><td>not well-formed JSON, empty, or more after the value</td></tr>
 * <tr><td>{@code json.type.unknown}</td><td>a {@code "type"} that is not a member of the family, or a type that
 *     cannot be read (no form, or written only)</td></tr>
 * <tr><td>{@code json.field.missing}</td><td>a required attribute, {@code "type"} or {@code "schemaVersion"}
 *     missing</td></tr>
 * <tr><td>{@code json.field.unknown}</td><td>a field the type does not have</td></tr>
 * <tr><td>{@code json.field.duplicate}</td><td>a field or map key given twice</td></tr>
 * <tr><td>{@code json.value.invalid}</td><td>a value of the wrong JSON kind, a bad id, enum name or date, or a
 *     value aso-core's checks refused</td></tr>
 * <tr><td>{@code json.number.too-large}</td><td>a number that does not fit its Java type (or {@code 1e400})</td></tr>
 * <tr><td>{@code json.schema.unsupported}</td><td>a schema version later than the code knows</td></tr>
 * <tr><td>{@code json.limit.depth}, {@code .document}, {@code .string}, {@code .number}, {@code .elements}</td>
 *     <td>beyond a {@link org.aso.store.json.JsonLimits limit}</td></tr>
 * <tr><td>{@code json.io}</td><td>the reader failed</td></tr>
 * </tbody>
 * </table>
 *
 * <p>Reading and writing stream on Jackson's parser and generator, without building a tree: a snapshot
 * of a large register needs no more memory than its values. The form of each type is worked out once,
 * by reflection on aso-core's public API, and cached.
 */
package org.aso.store.json;
