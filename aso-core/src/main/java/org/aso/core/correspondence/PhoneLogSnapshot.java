package org.aso.core.correspondence;

import java.util.List;
import java.util.Objects;

/**
 * Everything a {@link PhoneLog} holds, for a host to store and give back to
 * {@link PhoneLog#restore}: its id and its messages, oldest first. Nothing else is kept: the next
 * message's number follows from the list.
 *
 * <pre>{@code
 * PhoneLogSnapshot s = log.snapshot();                 // store s.log() and s.messages()
 * PhoneLog back = PhoneLog.restore(new PhoneLogSnapshot(id, loadedMessages)).get();
 * }</pre>
 *
 * <p><b>Versions.</b> This is schema version {@value #SCHEMA_VERSION}: a store writes it beside
 * the snapshot. Within version 1 no component, nor any attribute of {@link PhoneLog.Message}, is
 * renamed or removed; a later version that changes the shape comes with an upgrade from the older
 * one, applied before {@code restore}.
 *
 * <p>Immutable and thread-safe; equal when the id and the messages are equal.
 *
 * @param log the log's id
 * @param messages every message, oldest first (copied)
 */
public record PhoneLogSnapshot(PhoneLogId log, List<PhoneLog.Message> messages) {
    /** The version of this snapshot's schema. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * The snapshot.
     *
     * @param log the log's id
     * @param messages every message, in order
     * @throws NullPointerException if a component or a message is null
     */
    public PhoneLogSnapshot {
        Objects.requireNonNull(log, "log");
        messages = List.copyOf(messages);
    }
}
