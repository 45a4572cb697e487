package org.aso.core.priority;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aso.core.agenda.MeetingId;
import org.aso.core.correspondence.EntryId;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.Ref;
import org.immutables.value.Value;

/**
 * Where a task comes from: an incoming letter, a dossier, a meeting decision, a logistics item of
 * a meeting, or nothing. A source may carry {@link Sensitivity sensitivities} (a letter from a
 * member of parliament) that every task from it inherits for scoring.
 *
 * <pre>{@code
 * TaskSource letter = TaskSource.letter(EntryId.of("A-2024-0117"))
 *         .withSensitivities(Set.of(Sensitivity.parliament()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TaskSource {
    TaskSource() {}

    /** The kinds of source. */
    public enum Kind {
        /** An incoming letter of the register. */
        LETTER,
        /** A dossier. */
        DOSSIER,
        /** A decision taken in a meeting. */
        MEETING_DECISION,
        /** An item of a meeting's logistics checklist. */
        LOGISTICS,
        /** No source. */
        NONE
    }

    /** {@return the kind} */
    public abstract Kind kind();

    /** {@return the letter, for {@link Kind#LETTER}} */
    public abstract Optional<EntryId> entry();

    /** {@return the dossier, for {@link Kind#DOSSIER}} */
    public abstract Optional<DossierId> dossier();

    /** {@return the meeting, for {@link Kind#MEETING_DECISION} and {@link Kind#LOGISTICS}} */
    public abstract Optional<MeetingId> meeting();

    /** {@return the checklist item's text, for {@link Kind#LOGISTICS}} */
    public abstract Optional<String> logisticsItem();

    /** {@return the sensitivities inherited by the tasks from this source} */
    public abstract Set<Sensitivity> sensitivities();

    /**
     * {@return a copy with these sensitivities}
     *
     * @param sensitivities the sensitivities its tasks inherit
     */
    public abstract TaskSource withSensitivities(Iterable<? extends Sensitivity> sensitivities);

    /**
     * An incoming letter.
     *
     * @param entry the letter's register entry
     * @return the source
     */
    public static TaskSource letter(EntryId entry) {
        return ImmutableTaskSource.builder().kind(Kind.LETTER).entry(entry).build();
    }

    /**
     * A dossier.
     *
     * @param dossier the dossier
     * @return the source
     */
    public static TaskSource dossier(DossierId dossier) {
        return ImmutableTaskSource.builder().kind(Kind.DOSSIER).dossier(dossier).build();
    }

    /**
     * A decision taken in a meeting.
     *
     * @param meeting the meeting
     * @return the source
     */
    public static TaskSource meetingDecision(MeetingId meeting) {
        return ImmutableTaskSource.builder().kind(Kind.MEETING_DECISION).meeting(meeting).build();
    }

    /**
     * An item of a meeting's logistics checklist, e.g. {@code "order catering"}.
     *
     * @param meeting the meeting
     * @param item the checklist item
     * @return the source
     */
    public static TaskSource logistics(MeetingId meeting, String item) {
        return ImmutableTaskSource.builder().kind(Kind.LOGISTICS).meeting(meeting).logisticsItem(item).build();
    }

    /**
     * The source a ref points at: a letter, a dossier, or a decision of a meeting.
     *
     * <pre>{@code
     * TaskSource.of(EntryId.of("A-2024-0117").ref());   // the same as TaskSource.letter(...)
     * }</pre>
     *
     * @param ref a letter, a dossier or a meeting; not null
     * @return the source
     * @throws IllegalArgumentException if {@code ref} is a task or a document
     */
    public static TaskSource of(Ref ref) {
        Objects.requireNonNull(ref, "ref");
        return switch (ref.kind()) {
            case LETTER -> letter(EntryId.from(ref).orElseThrow());
            case DOSSIER -> dossier(DossierId.from(ref).orElseThrow());
            case MEETING -> meetingDecision(MeetingId.from(ref).orElseThrow());
            default -> throw new IllegalArgumentException("A task comes from a letter, a dossier or a meeting, not: " + ref);
        };
    }

    /**
     * {@return what the source links to: its letter, its dossier or its meeting (for a decision or
     * a logistics item); empty for no source}
     */
    public Optional<Ref> ref() {
        return entry().map(EntryId::ref).or(() -> dossier().map(DossierId::ref)).or(() -> meeting().map(MeetingId::ref));
    }

    /** {@return no source} */
    public static TaskSource none() {
        return ImmutableTaskSource.builder().kind(Kind.NONE).build();
    }

    @Value.Check
    void check() {
        boolean ok = switch (kind()) {
            case LETTER -> entry().isPresent() && dossier().isEmpty() && meeting().isEmpty() && logisticsItem().isEmpty();
            case DOSSIER -> dossier().isPresent() && entry().isEmpty() && meeting().isEmpty() && logisticsItem().isEmpty();
            case MEETING_DECISION -> meeting().isPresent() && entry().isEmpty() && dossier().isEmpty() && logisticsItem().isEmpty();
            case LOGISTICS -> meeting().isPresent() && logisticsItem().filter(s -> !s.isBlank()).isPresent()
                    && entry().isEmpty() && dossier().isEmpty();
            case NONE -> entry().isEmpty() && dossier().isEmpty() && meeting().isEmpty() && logisticsItem().isEmpty();
        };
        if (!ok) {
            throw new IllegalArgumentException("Task source does not match its kind: " + this);
        }
    }
}
