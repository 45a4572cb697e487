package org.aso.calendar;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.aso.core.agenda.AgendaItem;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.Room;
import org.aso.core.agenda.RoomId;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Ref;

/**
 * Writes one meeting as VEVENTs (the field mapping is in the package documentation): its master,
 * the overrides of its changed occurrences, and the smaller components of replies and counters.
 * Made by {@link #of}, which resolves every person the text names first. Not thread-safe: one per
 * meeting written.
 */
final class MeetingWriter {
    private final Settings settings;
    private final Meeting meeting;
    private final Map<PersonId, Person> people;
    private final Instant stamp;
    private final String uid;
    private final ZoneId zone;
    private final boolean allDay;
    private String description;
    private Map<PersonId, List<PersonId>> delegatedFrom;
    private Map<Instant, OccurrenceChange> changes;

    private MeetingWriter(Settings settings, Meeting meeting, Map<PersonId, Person> people, Instant stamp) {
        this.settings = settings;
        this.meeting = meeting;
        this.people = people;
        this.stamp = stamp;
        this.uid = uid(settings, meeting);
        this.zone = meeting.zone();
        this.allDay = meeting.allDay();
    }

    /**
     * A writer for a meeting, once its organizer, attendees and presenters are found in the
     * directory with an address.
     *
     * @return the writer, or {@code calendar.person.unknown} / {@code calendar.person.no-email}
     */
    static Either<Problem, MeetingWriter> of(Settings s, Meeting m, Instant stamp) {
        Map<PersonId, Person> people = new HashMap<>();
        Optional<Problem> problem = resolve(s, m.organizer(), people);
        for (int i = 0; problem.isEmpty() && i < m.attendees().size(); i++) {
            Attendee a = m.attendees().get(i);
            problem = resolve(s, a.person(), people);
            if (problem.isEmpty() && a.delegatedTo().isPresent()) {
                problem = resolve(s, a.delegatedTo().get(), people);
            }
        }
        for (int i = 0; problem.isEmpty() && i < m.agenda().size(); i++) {
            Optional<PersonId> presenter = m.agenda().get(i).presenter();
            if (presenter.isPresent()) {
                problem = resolve(s, presenter.get(), people);
            }
        }
        return problem.isPresent() ? Either.left(problem.get()) : Either.right(new MeetingWriter(s, m, people, stamp));
    }

    private static Optional<Problem> resolve(Settings s, PersonId id, Map<PersonId, Person> people) {
        if (people.containsKey(id)) {
            return Optional.empty();
        }
        Either<Problem, Person> found = person(s, id);
        if (found.isLeft()) {
            return Optional.of(found.getLeft());
        }
        people.put(id, found.get());
        return Optional.empty();
    }

    /** {@return the person of an id with an address, or {@code calendar.person.unknown} / {@code calendar.person.no-email}} */
    static Either<Problem, Person> person(Settings s, PersonId id) {
        Optional<Person> p = s.directory().person(id);
        if (p.isEmpty()) {
            return Either.left(Problem.of("calendar.person.unknown", "The directory does not know this person")
                    .with("person", id));
        }
        if (p.get().email().isEmpty()) {
            return Either.left(Problem.of("calendar.person.no-email",
                    "This person has no e-mail address to write in a calendar").with("person", id));
        }
        return Either.right(p.get());
    }

    /** {@return a meeting's UID: its id, {@code @}, the UID domain} */
    static String uid(Settings s, Meeting m) {
        return m.id().value() + "@" + s.uidDomain();
    }

    String uid() {
        return uid;
    }

    Meeting meeting() {
        return meeting;
    }

    /** {@return the address of a person this writer resolved} */
    EmailAddress email(PersonId id) {
        return people.get(id).email().get();
    }

    /** {@return true when times are written with a TZID (and so need the zone's VTIMEZONE)} */
    boolean needsZone() {
        return !allDay && !ZoneWriter.isUtc(zone);
    }

    ZoneId zone() {
        return zone;
    }

    // ------------------------------------------------------------------ components

    /**
     * The master VEVENT.
     *
     * @param status the STATUS written (the meeting's, or CANCELLED for a CANCEL)
     * @param attendees the attendees written (empty for PUBLISH)
     * @param recurrence true to write RRULE, RDATE and EXDATE
     */
    void master(ContentLines out, Meeting.Status status, List<Attendee> attendees, boolean recurrence) {
        out.begin("VEVENT");
        head(out, meeting.sequence());
        time(out, "DTSTART", meeting.start().toInstant());
        time(out, "DTEND", meeting.end().toInstant());
        if (allDay) {
            out.textLine("X-ASO-ZONE", zone.getId()); // dates carry no zone: the reader needs the meeting's
        }
        out.textLine("SUMMARY", meeting.title());
        out.name("STATUS").value(status.name());
        organizer(out);
        for (Attendee a : attendees) {
            attendee(out, a, a.response());
        }
        place(out, meeting.room());
        meeting.onlineLink().ifPresent(link -> out.name("URL").value(link));
        out.textLine("DESCRIPTION", description());
        out.textLine("CATEGORIES", Texts.get(settings, "category.meeting"));
        if (recurrence && meeting.recurrence().isPresent()) {
            recurrence(out, meeting.recurrence().get());
        }
        for (AgendaItem item : meeting.agenda()) {
            out.name("X-ASO-AGENDA-ITEM").paramRaw("X-ASO-MINUTES", Integer.toString(item.plannedMinutes()));
            item.presenter().ifPresent(p -> out.param("X-ASO-PRESENTER", "mailto:" + email(p).toAscii()));
            out.text(item.title());
        }
        for (String document : meeting.documents()) {
            out.textLine("X-ASO-DOCUMENT", document);
        }
        for (Ref ref : meeting.about()) {
            out.textLine("X-ASO-ABOUT", ref.kind().name() + ":" + ref.id());
        }
        meeting.equipment().stream().map(e -> e.value()).sorted().forEach(e -> out.textLine("X-ASO-EQUIPMENT", e));
        busy(out, status);
        out.end("VEVENT");
    }

    /** One override VEVENT per occurrence changed other than cancelled, in order of original start. */
    void overrides(ContentLines out, Meeting.Status status, boolean withAttendees) {
        for (Map.Entry<Instant, OccurrenceChange> e : changes().entrySet()) {
            if (!e.getValue().isCancelled()) {
                override(out, e.getKey(), e.getValue(), status, withAttendees);
            }
        }
    }

    /** The override of one occurrence: its RECURRENCE-ID, its own time, title and room. */
    void override(ContentLines out, Instant original, OccurrenceChange change, Meeting.Status status,
                  boolean withAttendees) {
        out.begin("VEVENT");
        head(out, meeting.sequence());
        time(out, "RECURRENCE-ID", original);
        Interval when = change.movedTo().orElse(Interval.of(original, meeting.duration()));
        time(out, "DTSTART", when.start());
        time(out, "DTEND", when.end());
        out.textLine("SUMMARY", change.title().orElse(meeting.title()));
        out.name("STATUS").value(status.name());
        organizer(out);
        if (withAttendees) {
            Map<PersonId, Attendee.Response> answers = responses(change);
            for (Attendee a : meeting.attendees()) {
                attendee(out, a, answers.getOrDefault(a.person(), a.response()));
            }
        }
        place(out, change.room().or(meeting::room));
        meeting.onlineLink().ifPresent(link -> out.name("URL").value(link));
        out.textLine("DESCRIPTION", description());
        out.textLine("CATEGORIES", Texts.get(settings, "category.meeting"));
        busy(out, status);
        out.end("VEVENT");
    }

    /** The VEVENT of a CANCEL of one occurrence: its RECURRENCE-ID, its time, STATUS:CANCELLED. */
    void cancelledOccurrence(ContentLines out, Instant original) {
        OccurrenceChange change = changes().get(original);
        out.begin("VEVENT");
        head(out, meeting.sequence());
        time(out, "RECURRENCE-ID", original);
        Interval when = change == null ? Interval.of(original, meeting.duration())
                : change.movedTo().orElse(Interval.of(original, meeting.duration()));
        time(out, "DTSTART", when.start());
        time(out, "DTEND", when.end());
        out.textLine("SUMMARY", change == null ? meeting.title() : change.title().orElse(meeting.title()));
        out.name("STATUS").value("CANCELLED");
        organizer(out);
        for (Attendee a : meeting.attendees()) {
            attendee(out, a, a.response());
        }
        busy(out, Meeting.Status.CANCELLED);
        out.end("VEVENT");
    }

    /** The VEVENT of a REPLY: one attendee's answer, for the series or one occurrence. */
    void reply(ContentLines out, Attendee attendee, Optional<Instant> occurrence) {
        out.begin("VEVENT");
        head(out, meeting.sequence());
        Attendee.Response response = attendee.response();
        if (occurrence.isPresent()) {
            time(out, "RECURRENCE-ID", occurrence.get());
            OccurrenceChange change = changes().get(occurrence.get());
            Interval when = change == null ? Interval.of(occurrence.get(), meeting.duration())
                    : change.movedTo().orElse(Interval.of(occurrence.get(), meeting.duration()));
            time(out, "DTSTART", when.start());
            time(out, "DTEND", when.end());
            if (change != null) {
                response = responses(change).getOrDefault(attendee.person(), response);
            }
        } else {
            time(out, "DTSTART", meeting.start().toInstant());
            time(out, "DTEND", meeting.end().toInstant());
        }
        out.textLine("SUMMARY", meeting.title());
        organizer(out);
        attendee(out, attendee, response);
        out.end("VEVENT");
    }

    /** The VEVENT of a COUNTER: the attendee's proposed time and comment. */
    void counter(ContentLines out, Attendee attendee, Interval proposed, String comment) {
        out.begin("VEVENT");
        head(out, meeting.sequence());
        time(out, "DTSTART", proposed.start());
        time(out, "DTEND", proposed.end());
        out.textLine("SUMMARY", meeting.title());
        organizer(out);
        attendee(out, attendee, attendee.response());
        if (!comment.isEmpty()) {
            out.textLine("COMMENT", comment);
        }
        out.end("VEVENT");
    }

    /** The VEVENT of a DECLINECOUNTER: the organizer keeps the time. */
    void declineCounter(ContentLines out, Attendee attendee, String comment) {
        out.begin("VEVENT");
        head(out, meeting.sequence());
        organizer(out);
        attendee(out, attendee, attendee.response());
        if (!comment.isEmpty()) {
            out.textLine("COMMENT", comment);
        }
        out.end("VEVENT");
    }

    // ------------------------------------------------------------------ parts

    private void head(ContentLines out, int sequence) {
        out.textLine("UID", uid);
        out.name("DTSTAMP").utc(stamp);
        out.name("SEQUENCE").value(sequence);
    }

    /** A time property: a DATE for an all-day meeting, UTC for the UTC zone, else TZID and local time. */
    private void time(ContentLines out, String name, Instant instant) {
        out.name(name);
        if (allDay) {
            out.paramRaw("VALUE", "DATE").date(LocalDate.ofInstant(instant, zone));
        } else if (ZoneWriter.isUtc(zone)) {
            out.utc(instant);
        } else {
            out.param("TZID", zone.getId()).local(ZoneWriter.local(instant, zone));
        }
    }

    private void organizer(ContentLines out) {
        Person p = people.get(meeting.organizer());
        out.name("ORGANIZER").param("CN", p.name()).value("mailto:" + p.email().get().toAscii());
    }

    private void attendee(ContentLines out, Attendee a, Attendee.Response response) {
        Person p = people.get(a.person());
        out.name("ATTENDEE").paramRaw("CUTYPE", "INDIVIDUAL").paramRaw("ROLE", role(a.role()))
                .paramRaw("PARTSTAT", response.name().replace('_', '-'))
                .paramRaw("RSVP", a.role() == Attendee.Role.FOR_INFORMATION ? "FALSE" : "TRUE");
        if (response == Attendee.Response.DELEGATED && a.delegatedTo().isPresent()) {
            out.param("DELEGATED-TO", "mailto:" + email(a.delegatedTo().get()).toAscii());
        }
        for (PersonId from : delegatedFrom().getOrDefault(a.person(), List.of())) {
            out.param("DELEGATED-FROM", "mailto:" + email(from).toAscii());
        }
        if (a.role() == Attendee.Role.MINUTE_TAKER) {
            out.paramRaw("X-ASO-ROLE", "MINUTE-TAKER");
        }
        out.param("CN", p.name()).value("mailto:" + p.email().get().toAscii());
    }

    /** Who delegated to whom: delegate to the attendees who delegated to her, in the meeting's order. */
    private Map<PersonId, List<PersonId>> delegatedFrom() {
        if (delegatedFrom == null) {
            delegatedFrom = new HashMap<>();
            for (Attendee other : meeting.attendees()) {
                if (other.response() == Attendee.Response.DELEGATED && other.delegatedTo().isPresent()) {
                    delegatedFrom.computeIfAbsent(other.delegatedTo().get(), k -> new ArrayList<>()).add(other.person());
                }
            }
        }
        return delegatedFrom;
    }

    static String role(Attendee.Role role) {
        return switch (role) {
            case CHAIR -> "CHAIR";
            case REQUIRED, MINUTE_TAKER -> "REQ-PARTICIPANT";
            case OPTIONAL -> "OPT-PARTICIPANT";
            case FOR_INFORMATION -> "NON-PARTICIPANT";
        };
    }

    private void place(ContentLines out, Optional<RoomId> room) {
        if (room.isEmpty()) {
            return;
        }
        out.textLine("LOCATION", location(room.get()));
        out.textLine("X-ASO-ROOM", room.get().value());
    }

    private String location(RoomId id) {
        Optional<Room> room = settings.directory().room(id);
        if (room.isEmpty()) {
            return id.value();
        }
        Room r = room.get();
        return r.name() + ", " + r.building() + r.floor().map(f -> ", " + f).orElse("");
    }

    private void busy(ContentLines out, Meeting.Status status) {
        String busy = switch (status) {
            case CONFIRMED -> "BUSY";
            case TENTATIVE -> "TENTATIVE";
            case CANCELLED -> "FREE";
        };
        out.name("TRANSP").value("OPAQUE");
        out.name("X-MICROSOFT-CDO-BUSYSTATUS").value(busy);
        out.name("X-MICROSOFT-CDO-INTENDEDSTATUS").value(busy);
        if (allDay) {
            out.name("X-MICROSOFT-CDO-ALLDAYEVENT").value("TRUE");
        }
    }

    private void recurrence(ContentLines out, Recurrence r) {
        r.rule().ifPresent(rule -> out.name("RRULE").value(rrule(rule)));
        dates(out, "RDATE", r.rdates().stream().map(ZonedDateTime::toInstant).toList(), false);
        dates(out, "EXDATE", r.exdates().stream().map(ZonedDateTime::toInstant).toList(), false);
        List<Instant> cancelled = new ArrayList<>();
        changes().forEach((original, change) -> {
            if (change.isCancelled()) {
                cancelled.add(original);
            }
        });
        dates(out, "EXDATE", cancelled, true);
    }

    /** One property listing instants, sorted and without duplicates, in the meeting's form of time. */
    private void dates(ContentLines out, String name, List<Instant> instants, boolean cancelled) {
        if (instants.isEmpty()) {
            return;
        }
        List<Instant> sorted = instants.stream().sorted().distinct().toList();
        out.name(name);
        if (allDay) {
            out.paramRaw("VALUE", "DATE");
        } else if (!ZoneWriter.isUtc(zone)) {
            out.param("TZID", zone.getId());
        }
        if (cancelled) {
            out.paramRaw("X-ASO-CANCELLED", "TRUE");
        }
        StringBuilder b = out.valueStart();
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            Instant t = sorted.get(i);
            if (allDay) {
                ContentLines.date(b, LocalDate.ofInstant(t, zone));
            } else if (ZoneWriter.isUtc(zone)) {
                ContentLines.utc(b, t);
            } else {
                ContentLines.local(b, ZoneWriter.local(t, zone));
            }
        }
        out.endLine();
    }

    /**
     * The rule as an RRULE value, its UNTIL in the form RFC 5545 requires for the DTSTART: UTC
     * for a timed meeting, a DATE for an all-day one (the same last occurrence either way).
     */
    String rrule(RecurrenceRule rule) {
        String text = rule.toString();
        Optional<Temporal> until = rule.until();
        if (until.isEmpty()) {
            return text;
        }
        int from = text.indexOf(";UNTIL=") + 7;
        int to = text.indexOf(';', from);
        StringBuilder b = new StringBuilder(text.length() + 8).append(text, 0, from);
        Temporal u = until.get();
        if (allDay) {
            LocalDate last = u instanceof LocalDate d ? d
                    : u instanceof Instant i ? LocalDate.ofInstant(i, zone) : ((LocalDateTime) u).toLocalDate();
            ContentLines.date(b, last);
        } else {
            Instant last = u instanceof Instant i ? i
                    : u instanceof LocalDate d ? d.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1)
                    : ((LocalDateTime) u).atZone(zone).toInstant();
            ContentLines.utc(b, last);
        }
        return b.append(to < 0 ? "" : text.substring(to)).toString();
    }

    /** The changed occurrences, by original start. */
    private Map<Instant, OccurrenceChange> changes() {
        if (changes == null) {
            changes = meeting.recurrence().map(r -> (Map<Instant, OccurrenceChange>) new TreeMap<>(r.changes()))
                    .orElse(Map.of());
        }
        return changes;
    }

    /**
     * The answers given for one occurrence, which core records in {@code OccurrenceChange.responses()};
     * the others are the series' answers.
     */
    static Map<PersonId, Attendee.Response> responses(OccurrenceChange change) {
        return change.responses();
    }

    /** The description people read: the agenda items, the documents, the link, in the settings' language. */
    String description() {
        if (description != null) {
            return description;
        }
        StringBuilder b = new StringBuilder(256);
        if (!meeting.agenda().isEmpty()) {
            b.append(Texts.get(settings, "description.agenda")).append('\n');
            String minutes = Texts.get(settings, "description.minutes");
            int n = 1;
            for (AgendaItem item : meeting.agenda()) {
                b.append(n++).append(". ").append(item.title()).append(" (");
                item.presenter().ifPresent(p -> b.append(people.get(p).name()).append(", "));
                b.append(item.plannedMinutes()).append(' ').append(minutes).append(")\n");
            }
        }
        if (!meeting.documents().isEmpty()) {
            b.append(b.length() > 0 ? "\n" : "").append(Texts.get(settings, "description.documents")).append('\n');
            for (String d : meeting.documents()) {
                b.append("- ").append(d).append('\n');
            }
        }
        meeting.room().ifPresent(r -> {
            b.append(b.length() > 0 ? "\n" : "").append(Texts.get(settings, "description.room")).append(' ')
                    .append(location(r)).append('\n');
        });
        meeting.onlineLink().ifPresent(link -> b.append(b.length() > 0 ? "\n" : "")
                .append(Texts.get(settings, "description.link")).append(' ').append(link).append('\n'));
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == '\n') {
            end--;
        }
        description = b.substring(0, end);
        return description;
    }
}
