package org.aso.calendar;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;

/**
 * The iTIP messages of {@link Ics} (RFC 5546, section 3.2), written by hand through
 * {@link ContentLines} and {@link MeetingWriter}: no ical4j class is loaded on this path.
 */
final class Messages {
    private Messages() {}

    static Either<Problem, Ics.Message> request(Settings s, Meeting m, Instant stamp) {
        return MeetingWriter.of(s, m, stamp).flatMap(w -> outlook(s, m).map(warnings -> {
            ContentLines body = new ContentLines(2048);
            w.master(body, m.status(), m.attendees(), true);
            w.overrides(body, m.status(), true);
            return message(Ics.Method.REQUEST, w, body, organizer(w), invitees(w, m.attendees()), warnings);
        }));
    }

    static Either<Problem, Ics.Message> requestOccurrence(Settings s, Meeting m, Instant originalStart, Instant stamp) {
        return occurrence(m, originalStart).flatMap(o -> MeetingWriter.of(s, m, stamp).map(w -> {
            ContentLines body = new ContentLines(1024);
            OccurrenceChange change = m.recurrence().get().changes().get(o);
            w.override(body, o, change != null ? change : OccurrenceChange.builder().build(), m.status(), true);
            return message(Ics.Method.REQUEST, w, body, organizer(w), invitees(w, m.attendees()), List.of());
        }));
    }

    static Either<Problem, Ics.Message> cancel(Settings s, Meeting m, Instant stamp) {
        return MeetingWriter.of(s, m, stamp).flatMap(w -> outlook(s, m).map(warnings -> {
            ContentLines body = new ContentLines(2048);
            w.master(body, Meeting.Status.CANCELLED, m.attendees(), true);
            return message(Ics.Method.CANCEL, w, body, organizer(w), invitees(w, m.attendees()), warnings);
        }));
    }

    static Either<Problem, Ics.Message> cancelOccurrence(Settings s, Meeting m, Instant originalStart, Instant stamp) {
        return occurrence(m, originalStart).flatMap(o -> MeetingWriter.of(s, m, stamp).map(w -> {
            ContentLines body = new ContentLines(1024);
            w.cancelledOccurrence(body, o);
            return message(Ics.Method.CANCEL, w, body, organizer(w), invitees(w, m.attendees()), List.of());
        }));
    }

    static Either<Problem, Ics.Message> uninvite(Settings s, Meeting m, PersonId removed, Instant stamp) {
        return attendee(m, removed).flatMap(a -> MeetingWriter.of(s, m, stamp).flatMap(w -> outlook(s, m).map(warnings -> {
            ContentLines body = new ContentLines(2048);
            w.master(body, Meeting.Status.CANCELLED, List.of(a), true);
            return message(Ics.Method.CANCEL, w, body, organizer(w), List.of(w.email(removed)), warnings);
        })));
    }

    static Either<Problem, Ics.Message> reply(Settings s, Meeting m, PersonId attendee, Instant stamp) {
        return reply(s, m, attendee, Optional.empty(), stamp);
    }

    /** A REPLY for the series, or for one occurrence (with its RECURRENCE-ID). */
    static Either<Problem, Ics.Message> reply(Settings s, Meeting m, PersonId attendee, Optional<Instant> occurrence,
                                              Instant stamp) {
        Either<Problem, Optional<Instant>> which = occurrence.isEmpty() ? Either.right(Optional.empty())
                : occurrence(m, occurrence.get()).map(Optional::of);
        return which.flatMap(o -> attendee(m, attendee).flatMap(a -> MeetingWriter.of(s, m, stamp).map(w -> {
            ContentLines body = new ContentLines(1024);
            w.reply(body, a, o);
            return message(Ics.Method.REPLY, w, body, w.email(attendee), List.of(organizer(w)), List.of());
        })));
    }

    static Either<Problem, Ics.Message> counter(Settings s, Meeting m, PersonId attendee, Interval proposed,
                                                String comment, Instant stamp) {
        return Text.check("comment", comment, Text.Kind.NOTE).flatMap(c -> attendee(m, attendee))
                .flatMap(a -> MeetingWriter.of(s, m, stamp).map(w -> {
                    ContentLines body = new ContentLines(1024);
                    w.counter(body, a, proposed, comment);
                    return message(Ics.Method.COUNTER, w, body, w.email(attendee), List.of(organizer(w)), List.of());
                }));
    }

    static Either<Problem, Ics.Message> declineCounter(Settings s, Meeting m, PersonId attendee, String comment,
                                                       Instant stamp) {
        return Text.check("comment", comment, Text.Kind.NOTE).flatMap(c -> attendee(m, attendee))
                .flatMap(a -> MeetingWriter.of(s, m, stamp).map(w -> {
                    ContentLines body = new ContentLines(512);
                    w.declineCounter(body, a, comment);
                    return message(Ics.Method.DECLINECOUNTER, w, body, organizer(w), List.of(w.email(attendee)),
                            List.of());
                }));
    }

    static Either<Problem, Ics.Message> publish(Settings s, List<Meeting> meetings, Instant stamp) {
        List<Meeting> sorted = new ArrayList<>(meetings);
        sorted.sort(Comparator.comparingLong((Meeting m) -> m.start().toEpochSecond())
                .thenComparingInt(m -> m.start().getNano()).thenComparing(Meeting::id));
        ContentLines body = new ContentLines(Math.max(1024, sorted.size() * 1024));
        Set<ZoneId> zones = zones();
        List<Problem> warnings = new ArrayList<>();
        MeetingWriter first = null;
        for (Meeting m : sorted) {
            Either<Problem, MeetingWriter> w = MeetingWriter.of(s, m, stamp);
            if (w.isLeft()) {
                return Either.left(w.getLeft());
            }
            Either<Problem, List<Problem>> found = outlook(s, m);
            if (found.isLeft()) {
                return Either.left(found.getLeft());
            }
            warnings.addAll(found.get());
            w.get().master(body, m.status(), List.of(), true);
            w.get().overrides(body, m.status(), false);
            if (w.get().needsZone()) {
                zones.add(w.get().zone());
            }
            first = first == null ? w.get() : first;
        }
        String text = calendar(Ics.Method.PUBLISH, zones, body, null);
        if (first == null) {
            Either<Problem, EmailAddress> from = EmailAddress.parse("calendar@" + s.uidDomain());
            if (from.isLeft()) {
                return Either.left(Problem.of("calendar.publish.empty",
                        "An empty feed needs a UID domain that makes an address (calendar@domain)")
                        .with("domain", s.uidDomain()));
            }
            return Either.right(new Ics.Message(Ics.Method.PUBLISH, "", 0, from.get(), List.of(), text, warnings));
        }
        return Either.right(new Ics.Message(Ics.Method.PUBLISH, first.uid(), first.meeting().sequence(),
                organizer(first), List.of(), text, warnings));
    }

    // ------------------------------------------------------------------ shared

    /**
     * A calendar object: the header, with METHOD unless {@code method} is null (a plain object, not
     * an iTIP message), the VTIMEZONEs sorted by TZID, the components.
     */
    static String calendar(Ics.Method method, Set<ZoneId> zones, ContentLines body, String name) {
        ContentLines out = new ContentLines(body.length() + 512 + zones.size() * 600);
        out.begin("VCALENDAR");
        out.name("PRODID").value(Ics.PRODID);
        out.name("VERSION").value("2.0");
        out.name("CALSCALE").value("GREGORIAN");
        if (method != null) {
            out.name("METHOD").value(method.name());
        }
        if (name != null) {
            out.textLine("X-WR-CALNAME", name);
        }
        for (ZoneId zone : zones) {
            out.raw(ZoneWriter.vtimezone(zone));
        }
        out.raw(body.chars());
        out.end("VCALENDAR");
        return out.toString();
    }

    /** An empty set of zones, sorted by TZID. */
    static Set<ZoneId> zones() {
        return new java.util.TreeSet<>(Comparator.comparing(ZoneId::getId));
    }

    private static Ics.Message message(Ics.Method method, MeetingWriter w, ContentLines body, EmailAddress from,
                                       List<EmailAddress> to, List<Problem> warnings) {
        Set<ZoneId> zones = zones();
        if (w.needsZone()) {
            zones.add(w.zone());
        }
        return new Ics.Message(method, w.uid(), w.meeting().sequence(), from, to,
                calendar(method, zones, body, null), warnings);
    }

    private static EmailAddress organizer(MeetingWriter w) {
        return w.email(w.meeting().organizer());
    }

    /** The attendees' addresses, in order, without duplicates, the organizer's left out. */
    private static List<EmailAddress> invitees(MeetingWriter w, List<Attendee> attendees) {
        String organizer = Settings.key(organizer(w));
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        List<EmailAddress> out = new ArrayList<>(attendees.size());
        for (Attendee a : attendees) {
            EmailAddress e = w.email(a.person());
            String key = Settings.key(e);
            if (!key.equals(organizer) && seen.add(key)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The Outlook warnings of a meeting, or the first of them as a refusal when the settings say so. */
    static Either<Problem, List<Problem>> outlook(Settings s, Meeting m) {
        List<Problem> found = Outlook.check(m);
        if (s.refuseOutlookIncompatible() && !found.isEmpty()) {
            return Either.left(found.get(0));
        }
        return Either.right(found);
    }

    private static Either<Problem, Attendee> attendee(Meeting m, PersonId person) {
        return m.attendee(person).<Either<Problem, Attendee>>map(Either::right)
                .orElseGet(() -> Either.left(Problem.of("calendar.attendee.unknown", "This person is not invited to the meeting")
                        .with("meeting", m.id()).with("person", person)));
    }

    /** The original start of an occurrence of the series, whole seconds, or {@code calendar.occurrence.unknown}. */
    private static Either<Problem, Instant> occurrence(Meeting m, Instant originalStart) {
        if (m.recurrence().isPresent() && m.recurrence().get().isOriginalStart(originalStart)) {
            return Either.right(originalStart);
        }
        return Either.left(Problem.of("calendar.occurrence.unknown", "The series has no occurrence starting then")
                .with("meeting", m.id()).with("originalStart", originalStart));
    }
}
