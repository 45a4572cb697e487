package org.aso.calendar;

import io.vavr.control.Either;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.aso.core.agenda.AgendaItem;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.EquipmentId;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.RoomId;
import org.aso.core.agenda.recurrence.Occurrence;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.agenda.slots.FreeBusy;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Ref;

/**
 * Reading untrusted iCalendar text into aso values: what a message is ({@link #received}), one
 * meeting back ({@link #meeting}), an attendee's REPLY into the agenda ({@link #applyReply}), an
 * outside calendar as busy time ({@link #busy}).
 *
 * <p>Every read parses the text with {@link ContentParser} within {@link Ics.Limits} (size,
 * components, time), resolves zones with {@link Zones} and parses values with {@link Values};
 * every failure is a {@link Problem}, never an exception.
 *
 * <h2>The round trip of a meeting</h2>
 * {@link #meeting} gives back, from what {@link Ics#request} and {@link Ics#publish} write: the id
 * (the UID without {@code @} and the UID domain; a UID of another domain is kept whole), title,
 * organizer and attendees (found by address in the directory) with their roles (CHAIR, REQUIRED,
 * OPTIONAL, MINUTE_TAKER through {@code X-ASO-ROLE}, FOR_INFORMATION), answers and delegations,
 * start and end in the meeting's zone (all-day meetings as whole days, in the zone of
 * {@code X-ASO-ZONE} if written, else of the calendar's {@code X-WR-TIMEZONE}, else UTC), status,
 * sequence, room ({@code X-ASO-ROOM}), online link ({@code URL}), agenda items (title, minutes,
 * presenter), documents, what it is about, equipment (the {@code X-ASO-*} properties), and a
 * series: its rule, extra dates, removed dates, cancelled occurrences ({@code EXDATE} with
 * {@code X-ASO-CANCELLED=TRUE}, or an override with {@code STATUS:CANCELLED}) and the overrides
 * that move an occurrence, change its title or room, or carry answers for that occurrence alone (an
 * override's PARTSTAT that differs from the series'). Not carried: the logistics checklist (not
 * written).
 *
 * <h2>Zones, floating times and all-day events in busy time</h2>
 * A TZID is resolved as {@link Zones} says. Floating times and dates (all-day events) of an
 * outside calendar are read in the zone of its {@code X-WR-TIMEZONE} when that names a known zone,
 * else in UTC: a date is the day from midnight to midnight there.
 */
final class Reading {
    /** The longest window {@link #busy} answers for. */
    static final Duration MAX_BUSY_WINDOW = Duration.ofDays(731);

    private Reading() {}

    // ------------------------------------------------------------------ the guard

    /** Runs a read: every refusal and every failure of a step becomes a problem. */
    private static <T> Either<Problem, T> guarded(Settings s, Function<Deadline, Either<Problem, T>> body) {
        Deadline deadline = Deadline.after(s.limits().maxTime());
        try {
            return body.apply(deadline);
        } catch (Refusal r) {
            return Either.left(r.problem());
        } catch (StackOverflowError e) {
            return Either.left(Problem.of("calendar.limit.depth", "The calendar text nests too deeply"));
        } catch (RuntimeException e) {
            Refusal r = Refusal.in(e);
            if (r != null) {
                return Either.left(r.problem());
            }
            // a value the text made that a core value refuses (a check that throws): a problem, never a crash
            return Either.left(Problem.of("calendar.parse.invalid", "The calendar text holds a value that cannot be used: "
                    + ContentParser.clip(String.valueOf(e.getMessage()))).with("error", e.getClass().getSimpleName()));
        }
    }

    // ------------------------------------------------------------------ received

    static Either<Problem, Ics.Received> received(Settings s, String text) {
        return guarded(s, deadline -> {
            List<Node> calendars = ContentParser.parse(text, s.limits(), deadline);
            Node cal = calendars.get(0);
            Ics.Method method = method(cal);
            Node first = null;
            int count = 0;
            for (Node c : calendars) {
                for (Node child : c.children) {
                    if (child.name().equals("VEVENT") || child.name().equals("VTODO")) {
                        first = first == null ? child : first;
                        count++;
                    }
                }
            }
            if (first == null) {
                return Either.right(new Ics.Received(method, "", Optional.empty(), 0, Optional.empty(), List.of(), 0));
            }
            String uid = first.prop("UID").map(p -> Values.text(p.value()).strip()).orElse("");
            Optional<EmailAddress> organizer = first.prop("ORGANIZER").flatMap(Reading::address);
            List<EmailAddress> attendees = new ArrayList<>();
            for (Node.Prop a : first.all("ATTENDEE")) {
                address(a).ifPresent(attendees::add);
            }
            return Either.right(new Ics.Received(method, uid, ours(s, uid), Values.integer(first.prop("SEQUENCE"), 0),
                    organizer, attendees, count));
        });
    }

    private static Ics.Method method(Node cal) {
        Optional<Node.Prop> p = cal.prop("METHOD");
        if (p.isEmpty()) {
            return Ics.Method.PUBLISH;
        }
        String m = p.get().value().strip().toUpperCase(Locale.ROOT);
        for (Ics.Method known : Ics.Method.values()) {
            if (known.name().equals(m)) {
                return known;
            }
        }
        throw new Refusal(Problem.of("calendar.method.unsupported", "The iTIP method " + ContentParser.clip(m)
                + " is not one this library reads").with("method", ContentParser.clip(m)));
    }

    /** Our meeting id in a UID of our domain. */
    private static Optional<MeetingId> ours(Settings s, String uid) {
        String suffix = "@" + s.uidDomain();
        if (uid.length() <= suffix.length() || !uid.regionMatches(true, uid.length() - suffix.length(), suffix, 0, suffix.length())) {
            return Optional.empty();
        }
        return meetingId(uid.substring(0, uid.length() - suffix.length()));
    }

    private static Optional<MeetingId> meetingId(String text) {
        try {
            return Optional.of(MeetingId.of(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The address of a {@code mailto:} value (CAL-ADDRESS), if it is one. */
    static Optional<EmailAddress> address(Node.Prop p) {
        return address(p.value());
    }

    static Optional<EmailAddress> address(String value) {
        String v = ContentParser.unquote(value).strip();
        if (v.length() < 8 || !v.regionMatches(true, 0, "mailto:", 0, 7)) {
            return Optional.empty();
        }
        String a = v.substring(7);
        if (a.indexOf('%') >= 0) {
            try {
                a = URLDecoder.decode(a.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return EmailAddress.parse(a).toJavaOptional();
    }

    // ------------------------------------------------------------------ one meeting

    static Either<Problem, Meeting> meeting(Settings s, String text) {
        return guarded(s, deadline -> {
            Node cal = ContentParser.parse(text, s.limits(), deadline).get(0);
            Ics.Method method = method(cal);
            if (method != Ics.Method.PUBLISH && method != Ics.Method.REQUEST && method != Ics.Method.CANCEL) {
                // an answer or a proposal carries one attendee and a time of hers: not the meeting
                return Either.left(Problem.of("calendar.meeting.not-a-meeting", "A " + method
                        + " is not a meeting: read it with applyReply, or read what it is with read").with("method", method));
            }
            Zones zones = new Zones(cal, deadline);
            List<Node> events = cal.children("VEVENT");
            if (events.isEmpty()) {
                return Either.left(Problem.of("calendar.meeting.none", "The calendar text holds no event"));
            }
            String uid = uid(events.get(0));
            Node master = null;
            List<Node> overrides = new ArrayList<>();
            for (Node e : events) {
                deadline.check();
                if (!uid(e).equals(uid)) {
                    return Either.left(Problem.of("calendar.meeting.several", "The calendar text holds several meetings")
                            .with("line", e.line()));
                }
                if (e.prop("RECURRENCE-ID").isPresent()) {
                    overrides.add(e);
                } else if (master == null) {
                    master = e;
                } else {
                    return Either.left(Problem.of("calendar.meeting.several", "The calendar text holds the same meeting twice")
                            .with("line", e.line()));
                }
            }
            if (master == null) {
                return Either.left(Problem.of("calendar.meeting.no-master",
                        "The calendar text holds single occurrences, not the meeting itself").with("uid", ContentParser.clip(uid)));
            }
            return new MeetingReader(s, cal, zones, deadline).read(uid, master, overrides);
        });
    }

    private static String uid(Node event) {
        return event.prop("UID").map(p -> Values.text(p.value()).strip()).orElse("");
    }

    /** Reads one meeting of our format. */
    private static final class MeetingReader {
        private final Settings s;
        private final Node cal;
        private final Zones zones;
        private final Deadline deadline;

        MeetingReader(Settings s, Node cal, Zones zones, Deadline deadline) {
            this.s = s;
            this.cal = cal;
            this.zones = zones;
            this.deadline = deadline;
        }

        Either<Problem, Meeting> read(String uid, Node master, List<Node> overrides) {
            String idText = ours(s, uid).map(MeetingId::value).orElse(uid);
            Optional<MeetingId> id = meetingId(idText);
            if (id.isEmpty()) {
                return Either.left(Problem.of("calendar.meeting.bad-uid", "The UID cannot be a meeting id")
                        .with("uid", ContentParser.clip(uid)));
            }
            Node.Prop dtstart = master.prop("DTSTART").orElseThrow(() -> new Refusal(
                    Problem.of("calendar.meeting.no-start", "The meeting has no DTSTART").with("line", master.line())));
            Values.When startWhen = Values.when(dtstart);
            boolean allDay = startWhen.dateOnly();
            ZoneId zone = allDay ? allDayZone(master) : zoneOf(startWhen);
            ZonedDateTime start = zoned(startWhen, zone);
            ZonedDateTime end = end(master, start, allDay, zone);
            Optional<Problem> outside = Limits.checkInstant("meeting end", end.toInstant());
            if (outside.isPresent()) {
                return Either.left(outside.get());
            }
            if (end.isBefore(start)) {
                return Either.left(Problem.of("calendar.event.bad-interval", "The meeting ends before it starts")
                        .with("line", dtstart.line()));
            }
            Meeting.Builder b = Meeting.builder();
            b.id(id.get()).title(master.prop("SUMMARY").map(p -> Values.text(p.value()).strip()).orElse(""))
                    .start(start).end(end).allDay(allDay)
                    .status(status(master)).sequence(Values.integer(master.prop("SEQUENCE"), 0));
            Node.Prop org = master.prop("ORGANIZER").orElseThrow(() -> new Refusal(
                    Problem.of("calendar.meeting.no-organizer", "The meeting has no ORGANIZER").with("line", master.line())));
            b.organizer(person(org).id());
            Map<PersonId, Attendee.Response> answers = new HashMap<>();
            for (Node.Prop a : master.all("ATTENDEE")) {
                deadline.check();
                Attendee attendee = attendee(a);
                b.addAttendees(attendee);
                answers.putIfAbsent(attendee.person(), attendee.response());
            }
            Optional<RoomId> room = room(master);
            room.ifPresent(b::room);
            master.prop("URL").map(p -> p.value().strip()).filter(v -> !v.isEmpty()).ifPresent(b::onlineLink);
            for (Node.Prop p : master.all("X-ASO-AGENDA-ITEM")) {
                deadline.check();
                b.addAgenda(agendaItem(p));
            }
            master.all("X-ASO-DOCUMENT").forEach(p -> b.addDocuments(Values.text(p.value())));
            for (Node.Prop p : master.all("X-ASO-ABOUT")) {
                b.addAbout(about(p));
            }
            for (Node.Prop p : master.all("X-ASO-EQUIPMENT")) {
                b.addEquipment(id(p, EquipmentId::of));
            }
            Either<Problem, Optional<Recurrence>> recurrence = recurrence(master, overrides, start, end, room, answers);
            if (recurrence.isLeft()) {
                return Either.left(recurrence.getLeft());
            }
            recurrence.get().ifPresent(b::recurrence);
            return b.validate().mapLeft(problems -> problems.get(0));
        }

        private ZoneId zoneOf(Values.When w) {
            if (w.utc()) {
                return ZoneOffset.UTC;
            }
            return w.tzid().map(t -> zones.zone(t, w.local())).orElseGet(() -> floatingZone(cal));
        }

        private ZoneId allDayZone(Node event) {
            Optional<ZoneId> own = event.prop("X-ASO-ZONE").flatMap(p -> Zones.known(Values.text(p.value())));
            return own.orElseGet(() -> floatingZone(cal));
        }

        private ZonedDateTime end(Node event, ZonedDateTime start, boolean allDay, ZoneId zone) {
            Optional<Node.Prop> dtend = event.prop("DTEND");
            if (dtend.isPresent()) {
                Values.When w = Values.when(dtend.get());
                if (w.dateOnly() != allDay) {
                    throw Values.bad(dtend.get(), "DTSTART and DTEND are both dates or both date-times");
                }
                return allDay ? zoned(w, zone) : zoned(w, zoneOf(w)).withZoneSameInstant(zone);
            }
            Optional<Node.Prop> duration = event.prop("DURATION");
            if (duration.isPresent()) {
                Duration d = Values.duration(duration.get(), duration.get().value());
                return allDay ? start.toLocalDate().plusDays(Math.max(1, d.toDays())).atStartOfDay(zone) : start.plus(d);
            }
            return allDay ? start.toLocalDate().plusDays(1).atStartOfDay(zone) : start;
        }

        private Person person(Node.Prop p) {
            EmailAddress a = address(p).orElseThrow(() -> new Refusal(Problem.of("calendar.person.no-email",
                    "No e-mail address in " + p.name() + " (line " + p.line() + ")").with("line", p.line())));
            return s.directory().personByEmail(a).orElseThrow(() -> new Refusal(unknownPerson(a)));
        }

        private Person person(String value, Node.Prop where) {
            EmailAddress a = address(value).orElseThrow(() -> new Refusal(Problem.of("calendar.person.no-email",
                    "No e-mail address in " + where.name() + " (line " + where.line() + ")").with("line", where.line())));
            return s.directory().personByEmail(a).orElseThrow(() -> new Refusal(unknownPerson(a)));
        }

        private Attendee attendee(Node.Prop p) {
            PersonId who = person(p).id();
            String role = p.param("ROLE").orElse("REQ-PARTICIPANT").toUpperCase(Locale.ROOT);
            boolean minutes = p.param("X-ASO-ROLE").map(r -> r.equalsIgnoreCase("MINUTE-TAKER")).orElse(false);
            Attendee.Role r = switch (role) {
                case "CHAIR" -> Attendee.Role.CHAIR;
                case "OPT-PARTICIPANT" -> Attendee.Role.OPTIONAL;
                case "NON-PARTICIPANT" -> Attendee.Role.FOR_INFORMATION;
                default -> minutes ? Attendee.Role.MINUTE_TAKER : Attendee.Role.REQUIRED;
            };
            Attendee a = Attendee.of(who, r);
            Attendee.Response answer = response(p);
            if (answer == Attendee.Response.DELEGATED) {
                String to = p.param("DELEGATED-TO").orElseThrow(() -> new Refusal(Problem.of("calendar.attendee.no-delegate",
                        "A delegated attendee names no delegate (line " + p.line() + ")").with("line", p.line())));
                return a.withDelegatedTo(person(to.split(",")[0], p).id()).withResponse(answer);
            }
            return a.withResponse(answer);
        }

        private AgendaItem agendaItem(Node.Prop p) {
            String title = Values.text(p.value()).strip();
            int minutes = Values.integer(p.param("X-ASO-MINUTES").map(v -> new Node.Prop(p.name(), Map.of(), v, p.line())), 0);
            if (title.isEmpty() || minutes < 0) {
                throw Values.bad(p, "an agenda item has a title and minutes not negative");
            }
            Optional<String> presenter = p.param("X-ASO-PRESENTER");
            return presenter.isPresent() ? AgendaItem.of(title, person(presenter.get(), p).id(), minutes)
                    : AgendaItem.of(title, minutes);
        }

        private Ref about(Node.Prop p) {
            String v = Values.text(p.value()).strip();
            int colon = v.indexOf(':');
            if (colon < 1) {
                throw Values.bad(p, "KIND:id expected");
            }
            try {
                return Ref.of(Ref.Kind.valueOf(v.substring(0, colon)), v.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                throw Values.bad(p, "an unknown kind or a bad id");
            }
        }

        private Optional<RoomId> room(Node event) {
            Optional<Node.Prop> p = event.prop("X-ASO-ROOM");
            if (p.isEmpty()) {
                return Optional.empty();
            }
            RoomId id = id(p.get(), RoomId::of);
            if (s.directory().room(id).isEmpty()) {
                throw new Refusal(Problem.of("calendar.room.unknown", "Unknown room " + ContentParser.clip(id.value()))
                        .with("room", ContentParser.clip(id.value())));
            }
            return Optional.of(id);
        }

        private Either<Problem, Optional<Recurrence>> recurrence(Node master, List<Node> overrides, ZonedDateTime start,
                                                                 ZonedDateTime end, Optional<RoomId> room,
                                                                 Map<PersonId, Attendee.Response> answers) {
            List<Node.Prop> rrules = master.all("RRULE");
            List<Node.Prop> rdates = master.all("RDATE");
            if (rrules.isEmpty() && rdates.isEmpty()) {
                return Either.right(Optional.empty());
            }
            if (rrules.size() > 1) {
                return Either.left(Problem.of("calendar.meeting.several-rules", "A meeting repeats by one rule at most")
                        .with("line", rrules.get(1).line()));
            }
            if (Duration.between(start, end).compareTo(Recurrence.MAX_DURATION) > 0) {
                return Either.left(Problem.of("calendar.event.too-long", "A repeated event lasts more than "
                        + Recurrence.MAX_DURATION.toDays() + " days").with("line", master.line()));
            }
            Recurrence.Builder r = Recurrence.builder().start(start).duration(Duration.between(start, end));
            if (!rrules.isEmpty()) {
                Either<List<Problem>, RecurrenceRule> rule = RecurrenceRule.parse(rrules.get(0).value().strip());
                if (rule.isLeft()) {
                    return Either.left(rule.getLeft().get(0).with("line", rrules.get(0).line()));
                }
                r.rule(rule.get());
            }
            for (Node.Prop p : rdates) {
                for (ZonedDateTime t : dates(p, start.getZone(), 500)) {
                    r.addRdates(t);
                }
            }
            Map<Instant, OccurrenceChange> changes = new LinkedHashMap<>();
            for (Node.Prop p : master.all("EXDATE")) {
                boolean cancelled = p.param("X-ASO-CANCELLED").map(v -> v.equalsIgnoreCase("TRUE")).orElse(false);
                for (ZonedDateTime t : dates(p, start.getZone(), 500)) {
                    if (cancelled) {
                        changes.put(t.toInstant(), OccurrenceChange.cancelled());
                    } else {
                        r.addExdates(t);
                    }
                }
            }
            String title = master.prop("SUMMARY").map(p -> Values.text(p.value()).strip()).orElse("");
            boolean seriesOn = status(master) != Meeting.Status.CANCELLED;
            Duration length = Duration.between(start, end);
            for (Node o : overrides) {
                deadline.check();
                Node.Prop rid = o.prop("RECURRENCE-ID").orElseThrow();
                ZonedDateTime original = at(Values.when(rid), start.getZone(), rid);
                if (seriesOn && o.prop("STATUS").map(v -> v.value().strip().equalsIgnoreCase("CANCELLED")).orElse(false)) {
                    // one occurrence called off (in a cancelled series every override says CANCELLED)
                    changes.put(original.toInstant(), OccurrenceChange.cancelled());
                    continue;
                }
                OccurrenceChange.Builder c = OccurrenceChange.builder();
                boolean changed = false;
                Optional<Node.Prop> os = o.prop("DTSTART");
                if (os.isPresent()) {
                    ZonedDateTime s0 = at(Values.when(os.get()), start.getZone(), os.get());
                    ZonedDateTime e0 = end(o, s0, Values.when(os.get()).dateOnly(), start.getZone());
                    boolean same = s0.toInstant().equals(original.toInstant()) && Duration.between(s0, e0).equals(length);
                    if (master.prop("DTSTART").map(Values::when).map(Values.When::dateOnly).orElse(false)) {
                        // whole days: an occurrence's span is written as the days its instants fall on (a
                        // series' fixed length may end at 23:00 on the far side of a clock change)
                        same = s0.toLocalDate().equals(original.toLocalDate()) && e0.toLocalDate().equals(
                                original.toInstant().plus(length).atZone(start.getZone()).toLocalDate());
                    }
                    if (!same) {
                        if (e0.isBefore(s0)) {
                            return Either.left(Problem.of("calendar.event.bad-interval", "An occurrence ends before it starts")
                                    .with("line", os.get().line()));
                        }
                        c.movedTo(Interval.of(s0.toInstant(), e0.toInstant()));
                        changed = true;
                    }
                }
                String t = o.prop("SUMMARY").map(p -> Values.text(p.value()).strip()).orElse(title);
                if (!t.equals(title) && !t.isEmpty()) {
                    c.title(t);
                    changed = true;
                }
                Optional<RoomId> r0 = room(o);
                if (r0.isPresent() && !r0.equals(room)) {
                    c.room(r0.get());
                    changed = true;
                }
                for (Node.Prop a : o.all("ATTENDEE")) {
                    // an answer for this occurrence only: one that differs from the series' (a delegation is the series')
                    deadline.check();
                    PersonId who = person(a).id();
                    Attendee.Response answer = response(a);
                    if (answers.containsKey(who) && answer != answers.get(who) && answer != Attendee.Response.DELEGATED) {
                        c.putResponse(who, answer);
                        changed = true;
                    }
                }
                if (changed) {
                    changes.put(original.toInstant(), c.build());
                }
            }
            r.putAllChanges(changes);
            return Either.right(Optional.of(r.build()));
        }

        /** The date-times of an RDATE or EXDATE, in the meeting's zone. */
        private List<ZonedDateTime> dates(Node.Prop p, ZoneId zone, int max) {
            List<String> values = Values.list(p.value());
            if (values.size() > max) {
                throw new Refusal(Problem.of("calendar.limit.dates", "More than " + max + " dates in " + p.name()
                        + " (line " + p.line() + ")").with("line", p.line()).with("limit", max));
            }
            List<ZonedDateTime> out = new ArrayList<>();
            for (String v : values) {
                String first = v.contains("/") ? v.substring(0, v.indexOf('/')) : v;
                out.add(at(Values.when(p, first), zone, p));
            }
            return out;
        }

        /** A date or date-time in the meeting's zone: dates at the start of that day there. */
        private ZonedDateTime at(Values.When w, ZoneId zone, Node.Prop p) {
            if (w.dateOnly()) {
                return w.date().atStartOfDay(zone);
            }
            return zoned(w, zoneOf(w)).withZoneSameInstant(zone);
        }
    }

    /** An id from a property's text, or a {@code calendar.parse.value} problem if it cannot be one. */
    private static <T> T id(Node.Prop p, Function<String, T> of) {
        try {
            return of.apply(Values.text(p.value()).strip());
        } catch (IllegalArgumentException e) {
            throw Values.bad(p, "not an id: blank, too long or with control characters");
        }
    }

    private static ZonedDateTime zoned(Values.When w, ZoneId zone) {
        ZonedDateTime z = w.dateOnly() ? w.date().atStartOfDay(zone) : w.local().atZone(zone);
        Limits.checkInstant("date", z.toInstant()).ifPresent(p -> {
            throw new Refusal(p);
        });
        return z;
    }

    private static Meeting.Status status(Node event) {
        String v = event.prop("STATUS").map(p -> p.value().strip().toUpperCase(Locale.ROOT)).orElse("CONFIRMED");
        return switch (v) {
            case "TENTATIVE" -> Meeting.Status.TENTATIVE;
            case "CANCELLED" -> Meeting.Status.CANCELLED;
            default -> Meeting.Status.CONFIRMED;
        };
    }

    private static Attendee.Response response(Node.Prop p) {
        String v = p.param("PARTSTAT").orElse("NEEDS-ACTION").strip().toUpperCase(Locale.ROOT);
        return switch (v) {
            case "ACCEPTED" -> Attendee.Response.ACCEPTED;
            case "TENTATIVE" -> Attendee.Response.TENTATIVE;
            case "DECLINED" -> Attendee.Response.DECLINED;
            case "DELEGATED" -> Attendee.Response.DELEGATED;
            default -> Attendee.Response.NEEDS_ACTION;
        };
    }

    private static Problem unknownPerson(EmailAddress a) {
        return Problem.of("calendar.person.unknown", "No one in the directory has the address " + ContentParser.clip(a.toString()))
                .with("email", ContentParser.clip(a.toString()));
    }

    /** The zone of floating times and dates: the calendar's X-WR-TIMEZONE if known, else UTC. */
    private static ZoneId floatingZone(Node cal) {
        return cal.prop("X-WR-TIMEZONE").flatMap(p -> Zones.known(Values.text(p.value()))).orElse(ZoneOffset.UTC);
    }

    // ------------------------------------------------------------------ replies

    static Either<Problem, Agenda.Change> applyReply(Settings s, Agenda agenda, String text, EmailAddress sender,
                                                     Context ctx) {
        return guarded(s, deadline -> {
            Node cal = ContentParser.parse(text, s.limits(), deadline).get(0);
            if (method(cal) != Ics.Method.REPLY) {
                return Either.left(Problem.of("calendar.reply.not-a-reply", "The calendar text is not a REPLY")
                        .with("method", method(cal)));
            }
            List<Node> events = cal.children("VEVENT");
            if (events.size() != 1) {
                return Either.left(Problem.of("calendar.reply.not-a-reply", "A REPLY holds one event")
                        .with("events", events.size()));
            }
            Node event = events.get(0);
            List<Node.Prop> attendees = event.all("ATTENDEE");
            if (attendees.size() != 1) {
                return Either.left(Problem.of("calendar.reply.not-one-attendee",
                        "A REPLY carries the answer of exactly one attendee").with("attendees", attendees.size()));
            }
            Node.Prop attendee = attendees.get(0);
            String uid = uid(event);
            Optional<MeetingId> id = ours(s, uid);
            if (id.isEmpty() || agenda.meeting(id.get()).isEmpty()) {
                return Either.left(Problem.of("calendar.reply.not-ours", "The REPLY is about no meeting of this agenda")
                        .with("uid", ContentParser.clip(uid)));
            }
            Optional<EmailAddress> from = address(attendee);
            if (from.isEmpty()) {
                return Either.left(Problem.of("calendar.person.no-email", "The attendee of the REPLY has no e-mail address")
                        .with("line", attendee.line()));
            }
            if (!Settings.key(from.get()).equals(Settings.key(sender))) {
                return Either.left(Problem.of("calendar.reply.sender-mismatch",
                                "The REPLY was sent by someone else than the attendee whose answer it carries")
                        .with("sender", sender.toString()).with("attendee", from.get().toString()));
            }
            Meeting meeting = agenda.meeting(id.get()).get();
            int sequence = Values.integer(event.prop("SEQUENCE"), 0);
            if (sequence < meeting.sequence()) {
                return Either.left(Problem.of("calendar.reply.stale", "The REPLY answers an older version of the meeting")
                        .with("sequence", sequence).with("current", meeting.sequence()));
            }
            Optional<Person> person = s.directory().personByEmail(from.get());
            if (person.isEmpty()) {
                return Either.left(unknownPerson(from.get()));
            }
            Attendee.Response answer = response(attendee);
            Optional<Node.Prop> rid = event.prop("RECURRENCE-ID");
            if (rid.isPresent()) {
                Values.When w = Values.when(rid.get());
                Zones zones = new Zones(cal, deadline);
                ZoneId zone = w.dateOnly() ? meeting.zone() : w.utc() ? ZoneOffset.UTC
                        : w.tzid().map(t -> zones.zone(t, w.local())).orElse(meeting.zone());
                ZonedDateTime original = zoned(w, zone).withZoneSameInstant(meeting.zone());
                return agenda.respondToOccurrence(id.get(), original, person.get().id(), answer, ctx);
            }
            Optional<String> delegatedTo = attendee.param("DELEGATED-TO");
            if (delegatedTo.isPresent()) {
                Optional<EmailAddress> to = address(delegatedTo.get().split(",")[0]);
                if (to.isEmpty()) {
                    return Either.left(Problem.of("calendar.person.no-email", "The delegate has no e-mail address")
                            .with("line", attendee.line()));
                }
                Optional<Person> delegate = s.directory().personByEmail(to.get());
                if (delegate.isEmpty()) {
                    return Either.left(unknownPerson(to.get()));
                }
                return agenda.respond(id.get(), person.get().id(), Attendee.Response.DELEGATED, delegate.get().id(), ctx);
            }
            return agenda.respond(id.get(), person.get().id(), answer, ctx);
        });
    }

    // ------------------------------------------------------------------ busy time

    static Either<Problem, List<FreeBusy>> busy(Settings s, String text, Interval window) {
        if (window.duration().compareTo(MAX_BUSY_WINDOW) > 0) {
            return Either.left(Problem.of("calendar.busy.window-too-long", "Busy time is read over at most "
                    + MAX_BUSY_WINDOW.toDays() + " days at once").with("window", window));
        }
        return guarded(s, deadline -> {
            List<FreeBusy> out = new ArrayList<>();
            for (Node cal : ContentParser.parse(text, s.limits(), deadline)) {
                new BusyReader(cal, window, deadline, out).read();
            }
            out.sort(Comparator.comparing((FreeBusy f) -> f.interval().start()).thenComparing(f -> f.interval().end())
                    .thenComparing(FreeBusy::state));
            return Either.right(List.copyOf(out));
        });
    }

    /** The busy time of one calendar. */
    private static final class BusyReader {
        private final Node cal;
        private final Interval window;
        private final Deadline deadline;
        private final List<FreeBusy> out;
        private final Zones zones;
        private final ZoneId floating;

        BusyReader(Node cal, Interval window, Deadline deadline, List<FreeBusy> out) {
            this.cal = cal;
            this.window = window;
            this.deadline = deadline;
            this.out = out;
            this.zones = new Zones(cal, deadline);
            this.floating = floatingZone(cal);
        }

        void read() {
            Map<String, List<Node>> byUid = new LinkedHashMap<>();
            for (Node e : cal.children("VEVENT")) {
                byUid.computeIfAbsent(uid(e), k -> new ArrayList<>()).add(e);
            }
            for (List<Node> group : byUid.values()) {
                deadline.check();
                event(group);
            }
            for (Node fb : cal.children("VFREEBUSY")) {
                for (Node.Prop p : fb.all("FREEBUSY")) {
                    deadline.check();
                    freeBusy(p);
                }
            }
        }

        private void event(List<Node> group) {
            Map<Instant, Node> overrides = new HashMap<>();
            List<Node> masters = new ArrayList<>();
            for (Node e : group) {
                Optional<Node.Prop> rid = e.prop("RECURRENCE-ID");
                if (rid.isPresent()) {
                    Values.When w = Values.when(rid.get());
                    overrides.putIfAbsent(zoned(w, zoneOf(w)).toInstant(), e);
                } else {
                    masters.add(e);
                }
            }
            for (Node master : masters) {
                if (cancelled(master)) {
                    return; // the whole meeting is called off, its overrides with it
                }
            }
            for (Node override : overrides.values()) {
                if (!cancelled(override)) {
                    Optional<FreeBusy.State> state = state(override);
                    if (state.isPresent()) {
                        Interval when = span(override);
                        if (when.overlaps(window) || window.contains(when.start())) {
                            add(when, state.get());
                        }
                    }
                }
            }
            for (Node master : masters) {
                Optional<FreeBusy.State> state = state(master);
                if (state.isEmpty()) {
                    continue;
                }
                for (Interval occurrence : occurrences(master, overrides)) {
                    add(occurrence, state.get());
                }
            }
        }

        private void add(Interval when, FreeBusy.State state) {
            if (out.size() >= Recurrence.MAX_EXPANSION) {
                throw new Refusal(Problem.of("agenda.recurrence.too-many-occurrences", "The calendar holds more than "
                        + Recurrence.MAX_EXPANSION + " busy spans in the window").with("limit", Recurrence.MAX_EXPANSION)
                        .with("window", window));
            }
            out.add(FreeBusy.of(when, state));
        }

        /** The occurrences of a master in the window, those replaced by an override left out. */
        private List<Interval> occurrences(Node master, Map<Instant, Node> overrides) {
            Node.Prop dtstart = master.prop("DTSTART").orElseThrow(() -> new Refusal(Problem.of("calendar.event.no-start",
                    "An event has no DTSTART").with("line", master.line())));
            Values.When w = Values.when(dtstart);
            ZonedDateTime start = zoned(w, zoneOf(w));
            Duration length = length(master, start, w);
            List<Node.Prop> rrules = master.all("RRULE");
            List<Node.Prop> rdates = master.all("RDATE");
            if (rrules.isEmpty() && rdates.isEmpty()) {
                Interval one = Interval.of(start.toInstant(), Limits.clamp(start.toInstant().plus(length)));
                return overrides.containsKey(start.toInstant()) || !touches(one) ? List.of() : List.of(one);
            }
            if (length.compareTo(Recurrence.MAX_DURATION) > 0) {
                throw new Refusal(Problem.of("calendar.event.too-long", "A repeated event lasts more than "
                        + Recurrence.MAX_DURATION.toDays() + " days").with("line", dtstart.line()));
            }
            Recurrence.Builder r = Recurrence.builder().start(start).duration(length);
            if (!rrules.isEmpty()) {
                Either<List<Problem>, RecurrenceRule> rule = RecurrenceRule.parse(rrules.get(0).value().strip());
                if (rule.isLeft()) {
                    throw new Refusal(rule.getLeft().get(0).with("line", rrules.get(0).line()));
                }
                r.rule(rule.get());
            }
            for (Node.Prop p : rdates) {
                for (String v : limited(p)) {
                    Values.When d = Values.when(p, v.contains("/") ? v.substring(0, v.indexOf('/')) : v);
                    r.addRdates(zoned(d, zoneOf(d)).withZoneSameInstant(start.getZone()));
                }
            }
            for (Node.Prop p : master.all("EXDATE")) {
                for (String v : limited(p)) {
                    Values.When d = Values.when(p, v);
                    r.addExdates(zoned(d, zoneOf(d)).withZoneSameInstant(start.getZone()));
                }
            }
            Recurrence series = r.build();
            Instant from = window.start().minus(length).isBefore(Limits.MIN_INSTANT) ? Limits.MIN_INSTANT
                    : window.start().minus(length);
            Either<Problem, List<Occurrence>> found = series.expand(Interval.of(Limits.clamp(from), Limits.clamp(window.end())));
            if (found.isLeft()) {
                throw new Refusal(found.getLeft());
            }
            List<Interval> out = new ArrayList<>();
            for (Occurrence o : found.get()) {
                if (!overrides.containsKey(o.originalStart()) && touches(o.interval())) {
                    out.add(o.interval());
                }
            }
            return out;
        }

        private List<String> limited(Node.Prop p) {
            List<String> values = Values.list(p.value());
            if (values.size() > 10_000) {
                throw new Refusal(Problem.of("calendar.limit.dates", "More than 10,000 dates in " + p.name())
                        .with("line", p.line()).with("limit", 10_000));
            }
            return values;
        }

        private boolean touches(Interval i) {
            return i.overlaps(window) || (i.isEmpty() && window.contains(i.start()));
        }

        private Interval span(Node e) {
            Node.Prop dtstart = e.prop("DTSTART").orElseThrow(() -> new Refusal(Problem.of("calendar.event.no-start",
                    "An event has no DTSTART").with("line", e.line())));
            Values.When w = Values.when(dtstart);
            ZonedDateTime start = zoned(w, zoneOf(w));
            return Interval.of(start.toInstant(), Limits.clamp(start.toInstant().plus(length(e, start, w))));
        }

        private Duration length(Node e, ZonedDateTime start, Values.When w) {
            Optional<Node.Prop> dtend = e.prop("DTEND");
            Duration d;
            if (dtend.isPresent()) {
                Values.When end = Values.when(dtend.get());
                d = Duration.between(start, zoned(end, zoneOf(end)));
            } else if (e.prop("DURATION").isPresent()) {
                Node.Prop p = e.prop("DURATION").get();
                d = Values.duration(p, p.value());
                if (w.dateOnly()) {
                    // a day is the calendar day of the zone, whatever its length
                    d = Duration.between(start, start.toLocalDate().plusDays(Math.max(1, d.toDays())).atStartOfDay(start.getZone()));
                }
            } else {
                d = w.dateOnly() ? Duration.between(start, start.toLocalDate().plusDays(1).atStartOfDay(start.getZone()))
                        : Duration.ZERO;
            }
            if (d.isNegative()) {
                throw new Refusal(Problem.of("calendar.event.bad-interval", "An event ends before it starts")
                        .with("line", dtend.map(Node.Prop::line).orElse(e.line())));
            }
            return d;
        }

        private ZoneId zoneOf(Values.When w) {
            if (w.utc()) {
                return ZoneOffset.UTC;
            }
            return w.tzid().map(t -> zones.zone(t, w.local())).orElse(floating);
        }

        private static boolean cancelled(Node e) {
            return e.prop("STATUS").map(p -> p.value().strip().equalsIgnoreCase("CANCELLED")).orElse(false);
        }

        /** How an event counts: empty when it leaves the time free. */
        private static Optional<FreeBusy.State> state(Node e) {
            if (e.prop("TRANSP").map(p -> p.value().strip().equalsIgnoreCase("TRANSPARENT")).orElse(false)) {
                return Optional.empty();
            }
            String ms = e.prop("X-MICROSOFT-CDO-BUSYSTATUS").map(p -> p.value().strip().toUpperCase(Locale.ROOT)).orElse("");
            if (ms.equals("FREE")) {
                return Optional.empty();
            }
            if (ms.equals("OOF")) {
                return Optional.of(FreeBusy.State.OUT_OF_OFFICE);
            }
            boolean tentative = ms.equals("TENTATIVE")
                    || e.prop("STATUS").map(p -> p.value().strip().equalsIgnoreCase("TENTATIVE")).orElse(false);
            return Optional.of(tentative ? FreeBusy.State.TENTATIVE : FreeBusy.State.BUSY);
        }

        private void freeBusy(Node.Prop p) {
            String type = p.param("FBTYPE").orElse("BUSY").strip().toUpperCase(Locale.ROOT);
            FreeBusy.State state = switch (type) {
                case "FREE" -> null;
                case "BUSY-TENTATIVE" -> FreeBusy.State.TENTATIVE;
                case "BUSY-UNAVAILABLE" -> FreeBusy.State.OUT_OF_OFFICE;
                default -> FreeBusy.State.BUSY;
            };
            if (state == null) {
                return;
            }
            for (String period : limited(p)) {
                int slash = period.indexOf('/');
                if (slash < 0) {
                    throw Values.bad(p, "a PERIOD is start/end or start/duration");
                }
                Values.When w = Values.when(p, period.substring(0, slash));
                if (w.dateOnly()) {
                    throw Values.bad(p, "a PERIOD starts with a date-time");
                }
                ZonedDateTime start = zoned(w, zoneOf(w));
                String rest = period.substring(slash + 1);
                Instant end;
                if (rest.startsWith("P") || rest.startsWith("+") || rest.startsWith("-")) {
                    end = Limits.clamp(start.toInstant().plus(Values.duration(p, rest)));
                } else {
                    Values.When e = Values.when(p, rest);
                    end = zoned(e, zoneOf(e)).toInstant();
                }
                if (end.isBefore(start.toInstant())) {
                    throw Values.bad(p, "a PERIOD ends before it starts");
                }
                Interval when = Interval.of(start.toInstant(), end);
                if (touches(when)) {
                    add(when, state);
                }
            }
        }
    }
}
