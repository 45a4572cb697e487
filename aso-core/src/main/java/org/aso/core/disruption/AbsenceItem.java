package org.aso.core.disruption;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.internal.Phrasebook;
import org.aso.core.kernel.Ref;

/**
 * One thing an absence touches: what it is ({@link #concern()}, {@link #ref()}), its title as the
 * reader may see it, where it stands and when it falls due. A line of an {@link AbsenceImpact} and
 * of a {@link HandoverNote}.
 *
 * <p>{@link #state()} is the item's own status code ({@code ASSIGNED} for a letter, {@code IN_PROGRESS}
 * for a dossier, {@code OPEN} for a task, {@code CONFIRMED} for a meeting) or, for a notice, its
 * kind ({@code REMINDER}, {@code OVERDUE}, {@code ESCALATION}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param concern how the absence touches it
 * @param ref the letter, dossier, task or meeting (for a notice: its task)
 * @param title its title or subject, empty when the reader may not see it (or a letter has none)
 * @param state where it stands: a status code or a notice kind
 * @param dueOn the day it falls due: a reply due, the day a file should move on, a task's due day,
 *     a meeting's day, a notice's day, in the zone of the calendar it was reckoned in; empty for a
 *     letter handed over without a reply deadline
 * @param dueAt the moment, where there is one (a task, a meeting, a notice)
 */
public record AbsenceItem(Concern concern, Ref ref, Optional<String> title, String state, Optional<LocalDate> dueOn,
                          Optional<Instant> dueAt) {

    /** The order of a listing: by day (none last), then moment, concern and reference. */
    static final Comparator<AbsenceItem> ORDER = Comparator.comparing((AbsenceItem i) -> i.dueOn().orElse(LocalDate.MAX))
            .thenComparing(i -> i.dueAt().orElse(Instant.MIN))
            .thenComparing(AbsenceItem::concern).thenComparing(AbsenceItem::ref);

    /** How an absence touches an item. */
    public enum Concern {
        /** A letter the person handles, with its reply due during the absence (or already overdue). */
        LETTER_HANDLED(true),
        /** A file the person holds; {@link AbsenceItem#dueOn()} is the day the holding limit falls. */
        DOSSIER_HELD(true),
        /** A task assigned to the person, due during the absence (or already overdue). */
        TASK_ASSIGNED(true),
        /** A meeting (or occurrence) during the absence that the person chairs. */
        CHAIRS_MEETING(false),
        /** A meeting (or occurrence) during the absence that needs the person: a required attendee away. */
        REQUIRED_AT_MEETING(false),
        /** An escalation notice that would go to the person during the absence. */
        NOTICE_DUE(false);

        private final boolean handedOver;

        Concern(boolean handedOver) {
            this.handedOver = handedOver;
        }

        /** {@return true if a {@link Handover} can give the item to a deputy (letters, dossiers, tasks)} */
        public boolean mayBeHandedOver() {
            return handedOver;
        }

        /**
         * {@return the concern in words for a reader of {@code locale}}
         *
         * @param locale the reader's locale; not null
         */
        public String label(Locale locale) {
            return Phrasebook.of(locale).text("absence.concern." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }

    /**
     * An item.
     *
     * @param concern how the absence touches it; not null
     * @param ref the item; not null
     * @param title its title as the reader may see it; not null
     * @param state where it stands; not null, not blank
     * @param dueOn the day it falls due, if any; not null
     * @param dueAt the moment, where there is one; not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code state} is blank
     */
    public AbsenceItem {
        Objects.requireNonNull(concern, "concern");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(dueAt, "dueAt");
        if (state.isBlank()) {
            throw new IllegalArgumentException("An item has a state");
        }
    }

    /**
     * The item as one line for a reader of {@code locale} (French or English; another language gets
     * English), its moment shown in {@code zone}. In English:
     * {@code "Letter to handle: LETTER GEN/2026-A-000001 'Subsidy' (ASSIGNED), due Thu 12 Mar 2026"}.
     *
     * @param locale the reader's locale; not null
     * @param zone the reader's time zone; not null
     * @return the line
     */
    public String toText(Locale locale, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        Phrasebook book = Phrasebook.of(locale);
        String what = title.map(t -> book.text("absence.item.titled", ref.toString(), t))
                .orElseGet(() -> book.text("absence.item.untitled", ref.toString()));
        Optional<String> due = dueAt.map(at -> book.dayTime(at.atZone(zone))).or(() -> dueOn.map(book::day));
        return due.map(d -> book.text("absence.item", concern.label(locale), what, state, d))
                .orElseGet(() -> book.text("absence.item.undated", concern.label(locale), what, state));
    }
}
