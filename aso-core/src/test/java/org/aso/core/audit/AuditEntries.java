package org.aso.core.audit;

/** Test helpers to change stored entries, as someone with access to the host's storage could. */
final class AuditEntries {
    private AuditEntries() {}

    /** The entry as its generated class, whose {@code withX} copies change one field. */
    static ImmutableAuditEntry copy(AuditEntry e) {
        return (ImmutableAuditEntry) ImmutableAuditEntry.copyOf(e);
    }

    /** The entry with its own hash recomputed, as a forger would do. */
    static AuditEntry reseal(ImmutableAuditEntry e) {
        return e.withHash(e.computedHash());
    }
}
