package org.aso.core.disruption;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.Register;
import org.aso.core.dossier.Dossier;
import org.aso.core.dossier.DossierBook;
import org.aso.core.dossier.DossierRules;
import org.aso.core.internal.Phrasebook;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Ref;
import org.aso.core.priority.Escalation;
import org.aso.core.priority.Notice;
import org.aso.core.priority.Task;

/**
 * What an absence touches, as one listing: every item with its state and deadline, in order of
 * the day it falls due.
 *
 * <ul>
 *   <li>{@link AbsenceItem.Concern#LETTER_HANDLED}: open letters the person handles (the active
 *       assignment for action is theirs) whose reply is due on a day of the absence, or is already
 *       overdue when it starts (days in the register's calendar);
 *   <li>{@link AbsenceItem.Concern#DOSSIER_HELD}: every active file the person holds, with the
 *       day its holding limit falls ({@link org.aso.core.dossier.DossierPolicy#holdingLimit()},
 *       counted from when they received it: the rule keeps running while they are away);
 *   <li>{@link AbsenceItem.Concern#TASK_ASSIGNED}: open tasks assigned to the person that fall due
 *       before the absence ends (during it, or already overdue), on the escalation's calendar;
 *   <li>{@link AbsenceItem.Concern#CHAIRS_MEETING} and {@link AbsenceItem.Concern#REQUIRED_AT_MEETING}:
 *       each occurrence during the absence of a meeting the person chairs (the attendee with the
 *       chair role, the organizer when nobody has it) or must attend (a required attendee or the
 *       minute-taker who has not declined or delegated it). A meeting holds no quorum of its own, so
 *       a required attendee away is what is reported;
 *   <li>{@link AbsenceItem.Concern#NOTICE_DUE}: the escalation notices that would go to the person
 *       during the absence ({@link Escalation#schedule}): reminders and overdue notices of their
 *       tasks, escalations of their units' tasks.
 * </ul>
 *
 * <pre>{@code
 * AbsenceImpact impact = AbsenceImpact.of(absence, desk, agenda, escalation, ctx).get();
 * impact.items();          // each with its concern, ref, title, state and deadline
 * impact.handOverable();   // the refs a Handover can give to a deputy
 * }</pre>
 *
 * <p>Titles are shown as the viewer may see them: a letter's subject only if
 * {@link Entry#isContentVisibleTo} lets them, a dossier's title only if their clearance permits it.
 * A pure function; the cost follows the registers, the book, the tasks and the person's meetings
 * (each read once). Immutable and thread-safe.
 *
 * @param absence the absence
 * @param items what it touches, by day, moment, concern and reference
 */
public record AbsenceImpact(Absence absence, List<AbsenceItem> items) {

    /**
     * A listing.
     *
     * @param absence the absence; not null
     * @param items what it touches; not null, no null element (copied)
     * @throws NullPointerException if an argument or an item is null
     */
    public AbsenceImpact {
        Objects.requireNonNull(absence, "absence");
        items = List.copyOf(items);
    }

    /**
     * Lists what {@code absence} touches.
     *
     * @param absence who is away, why and when; not null
     * @param state the registers, the dossier book and the tasks; not null
     * @param agenda the agenda; not null
     * @param escalation the escalation the host evaluates (its ladders, calendar and chart); not null
     * @param viewer who reads the listing, with their clearance; not null
     * @return the listing, or {@code kernel.range.instant} (an absence outside the supported range),
     *     {@code disruption.absence.empty} (an empty interval), or a task's {@code kernel.range.*}
     *     problem when its due moment cannot be computed in the supported range
     * @throws NullPointerException if an argument is null
     */
    public static Either<Problem, AbsenceImpact> of(Absence absence, HandoverState state, Agenda agenda,
                                                    Escalation escalation, Context viewer) {
        Objects.requireNonNull(absence, "absence");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(escalation, "escalation");
        Objects.requireNonNull(viewer, "viewer");
        Optional<Problem> refused = absence.refusal();
        if (refused.isPresent()) {
            return Either.left(refused.get());
        }
        PersonId person = absence.person();
        Interval during = absence.interval();
        List<AbsenceItem> items = new ArrayList<>();
        for (Register r : state.registers().all()) {
            LocalDate lastDay = r.today(lastInstant(during));
            for (Entry e : r.entries()) {
                if (handles(e, person) && e.replyDue().filter(d -> !d.isAfter(lastDay)).isPresent()) {
                    items.add(letter(e, viewer));
                }
            }
        }
        DossierBook book = state.dossiers();
        for (Dossier d : book.heldBy(person)) {
            if (d.isActive()) {
                items.add(dossier(d, book.rules(), viewer));
            }
        }
        BusinessCalendar calendar = escalation.calendar();
        for (Task t : state.tasks()) {
            if (!t.isOpen()) {
                continue;
            }
            if (t.assignee().equals(person)) {
                Either<Problem, Instant> due = t.checkedDueInstant(calendar);
                if (due.isLeft()) {
                    return Either.left(due.getLeft());
                }
                if (due.get().isBefore(during.end())) {
                    items.add(task(t, due.get(), calendar.zone()));
                }
            }
            Either<Problem, List<Notice>> notices = escalation.schedule(t);
            if (notices.isLeft()) {
                return Either.left(notices.getLeft());
            }
            for (Notice n : notices.get()) {
                if (n.recipient().filter(person::equals).isPresent() && during.contains(n.dueSince())) {
                    items.add(new AbsenceItem(AbsenceItem.Concern.NOTICE_DUE, t.id().ref(), Optional.of(t.title()),
                            n.kind().name(), Optional.of(n.dueSince().atZone(calendar.zone()).toLocalDate()),
                            Optional.of(n.dueSince())));
                }
            }
        }
        for (Meeting m : agenda.meetingsOf(person, during)) {
            Optional<AbsenceItem.Concern> concern = meetingConcern(m, person);
            if (concern.isEmpty()) {
                continue;
            }
            ZoneId zone = m.start().getZone();
            for (Interval occurrence : m.intervals(during)) {
                items.add(new AbsenceItem(concern.get(), m.id().ref(), Optional.of(m.title()), m.status().name(),
                        Optional.of(occurrence.start().atZone(zone).toLocalDate()), Optional.of(occurrence.start())));
            }
        }
        items.sort(AbsenceItem.ORDER);
        return Either.right(new AbsenceImpact(absence, items));
    }

    /**
     * {@return the items of one concern, in the listing's order}
     *
     * @param concern the concern; not null
     */
    public List<AbsenceItem> concerning(AbsenceItem.Concern concern) {
        Objects.requireNonNull(concern, "concern");
        return items.stream().filter(i -> i.concern() == concern).toList();
    }

    /** {@return the letters, dossiers and tasks listed, which a {@link Handover} can give to a deputy, in ref order} */
    public Set<Ref> handOverable() {
        Set<Ref> refs = new TreeSet<>();
        items.stream().filter(i -> i.concern().mayBeHandedOver()).forEach(i -> refs.add(i.ref()));
        return java.util.Collections.unmodifiableSet(refs);
    }

    /**
     * The listing as text for a reader of {@code locale} (French or English; another language gets
     * English): a heading naming the person, the kind of absence and its interval, then one line per
     * item ({@link AbsenceItem#toText}), times in {@code zone}.
     *
     * @param locale the reader's locale; not null
     * @param zone the reader's time zone; not null
     * @return the text, lines separated by {@code \n}
     */
    public String toText(Locale locale, ZoneId zone) {
        Phrasebook book = Phrasebook.of(locale);
        StringBuilder out = new StringBuilder(book.text("absence.impact.heading", absence.person().value(),
                absence.kind().label(locale), book.dayTime(absence.interval().start().atZone(zone)),
                book.dayTime(absence.interval().end().atZone(zone)), items.size()));
        for (AbsenceItem i : items) {
            out.append('\n').append("- ").append(i.toText(locale, zone));
        }
        return out.toString();
    }

    // ------------------------------------------------------------- items, shared with Handover

    /** True if the letter is open and {@code person} is its handler. */
    static boolean handles(Entry e, PersonId person) {
        return e.isOpen() && e.handler().filter(person::equals).isPresent();
    }

    /** The last instant of an interval (its end is excluded), the start for an empty one. */
    static Instant lastInstant(Interval i) {
        return i.isEmpty() ? i.start() : i.end().minusNanos(1);
    }

    static AbsenceItem letter(Entry e, Context viewer) {
        Optional<String> subject = e.isContentVisibleTo(viewer.actor(), viewer.clearance()) ? e.subject() : Optional.empty();
        return new AbsenceItem(AbsenceItem.Concern.LETTER_HANDLED, e.id().ref(), subject, e.status().name(),
                e.replyDue(), Optional.empty());
    }

    static AbsenceItem dossier(Dossier d, DossierRules rules, Context viewer) {
        LocalDate since = rules.day(d.heldSince());
        LocalDate dueBack = rules.policy().calendar().deadline(since, rules.policy().holdingLimit()).due();
        return new AbsenceItem(AbsenceItem.Concern.DOSSIER_HELD, d.id().ref(),
                d.isVisibleTo(viewer.clearance()) ? Optional.of(d.title()) : Optional.empty(), d.status().name(),
                Optional.of(dueBack), Optional.empty());
    }

    static AbsenceItem task(Task t, Instant due, ZoneId zone) {
        return new AbsenceItem(AbsenceItem.Concern.TASK_ASSIGNED, t.id().ref(), Optional.of(t.title()),
                t.status().name(), Optional.of(due.atZone(zone).toLocalDate()), Optional.of(due));
    }

    /** Chairs (the chair, the organizer when nobody has that role), required, or nothing. */
    private static Optional<AbsenceItem.Concern> meetingConcern(Meeting m, PersonId person) {
        Optional<PersonId> chair = m.attendees().stream().filter(a -> a.role() == Attendee.Role.CHAIR)
                .map(Attendee::person).findFirst();
        if (chair.orElse(m.organizer()).equals(person)) {
            return Optional.of(AbsenceItem.Concern.CHAIRS_MEETING);
        }
        return m.attendee(person).filter(a -> a.role().isRequired() && a.response() != Attendee.Response.DECLINED
                        && a.response() != Attendee.Response.DELEGATED)
                .map(a -> AbsenceItem.Concern.REQUIRED_AT_MEETING);
    }
}
