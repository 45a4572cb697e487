-- aso-store schema, version 1: streams, their events, their snapshots, and the history of the
-- scripts applied. One script for H2 2.x and PostgreSQL 15 and later: every statement is portable
-- and may run again (IF NOT EXISTS), so two processes migrating at once both succeed.
-- A statement ends with a semicolon at the end of a line.

-- One row per stream (an aggregate kept by the store). Appending moves its version from the
-- version the appender read to the new one, in the transaction that inserts the events: the
-- optimistic concurrency check.
CREATE TABLE IF NOT EXISTS aso_stream (
    name VARCHAR(200) NOT NULL,
    kind VARCHAR(50) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT aso_stream_pk PRIMARY KEY (name),
    CONSTRAINT aso_stream_version_ck CHECK (version >= 0)
);

COMMENT ON TABLE aso_stream IS 'One row per stream of events (one aggregate): its kind and its version';
COMMENT ON COLUMN aso_stream.name IS 'The stream''s name, chosen by the host (trimmed, at most 200 characters)';
COMMENT ON COLUMN aso_stream.kind IS 'What the stream holds (register, agenda, audit-trail, ...); a stream never opens as another kind';
COMMENT ON COLUMN aso_stream.version IS 'The number of events appended to the stream; checked and moved by each append';

-- The events, append-only: never updated nor deleted by the store.
CREATE TABLE IF NOT EXISTS aso_event (
    stream VARCHAR(200) NOT NULL,
    version BIGINT NOT NULL,
    type VARCHAR(100) NOT NULL,
    schema_version INTEGER NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    payload TEXT NOT NULL,
    CONSTRAINT aso_event_pk PRIMARY KEY (stream, version),
    CONSTRAINT aso_event_stream_fk FOREIGN KEY (stream) REFERENCES aso_stream (name),
    CONSTRAINT aso_event_version_ck CHECK (version >= 1)
);

COMMENT ON TABLE aso_event IS 'The events of each stream, append-only, numbered from 1 without gaps';
COMMENT ON COLUMN aso_event.stream IS 'The stream the event belongs to';
COMMENT ON COLUMN aso_event.version IS 'The event''s place in its stream, from 1';
COMMENT ON COLUMN aso_event.type IS 'The event record''s simple name (MailRegistered, MeetingBooked, AuditEntry, ...)';
COMMENT ON COLUMN aso_event.schema_version IS 'The version of the event family''s schema the payload follows';
COMMENT ON COLUMN aso_event.recorded_at IS 'When the store appended the event (the decision''s own instant is in the payload)';
COMMENT ON COLUMN aso_event.payload IS 'The event as JSON (aso-store''s JSON form); holds the content of the mail and files: protect the table as the data itself';

-- Snapshots: the state of a stream after a version, so that loading reads the latest one and the
-- events after it. The store keeps the latest only.
CREATE TABLE IF NOT EXISTS aso_snapshot (
    stream VARCHAR(200) NOT NULL,
    version BIGINT NOT NULL,
    schema_version INTEGER NOT NULL,
    payload TEXT NOT NULL,
    CONSTRAINT aso_snapshot_pk PRIMARY KEY (stream, version),
    CONSTRAINT aso_snapshot_stream_fk FOREIGN KEY (stream) REFERENCES aso_stream (name)
);

COMMENT ON TABLE aso_snapshot IS 'The state of a stream after one of its versions, to load without replaying the whole stream';
COMMENT ON COLUMN aso_snapshot.stream IS 'The stream the snapshot is of';
COMMENT ON COLUMN aso_snapshot.version IS 'The stream''s version the snapshot holds the state after';
COMMENT ON COLUMN aso_snapshot.schema_version IS 'The version of the snapshot type''s schema the payload follows';
COMMENT ON COLUMN aso_snapshot.payload IS 'The snapshot as JSON; holds the content of the mail and files';

-- The scripts applied by EventStore.migrate(), one row each.
CREATE TABLE IF NOT EXISTS aso_schema_history (
    version INTEGER NOT NULL,
    script VARCHAR(200) NOT NULL,
    applied_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT aso_schema_history_pk PRIMARY KEY (version)
);

COMMENT ON TABLE aso_schema_history IS 'The schema scripts of aso-store applied to this database';
COMMENT ON COLUMN aso_schema_history.version IS 'The script''s version (V1 is 1)';
COMMENT ON COLUMN aso_schema_history.script IS 'The script''s file name';
COMMENT ON COLUMN aso_schema_history.applied_at IS 'When it was applied';
