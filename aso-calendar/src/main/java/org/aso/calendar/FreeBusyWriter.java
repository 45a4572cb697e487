package org.aso.calendar;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.Room;
import org.aso.core.agenda.RoomId;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;

/**
 * Free/busy as one VFREEBUSY: UID, DTSTAMP, DTSTART and DTEND of the window in UTC; for a person a
 * PUBLISH (RFC 5546, 3.3) with her as ORGANIZER; for a room, which has no address, an object
 * without METHOD with its name and building as COMMENT and its id as {@code X-ASO-ROOM}; then one FREEBUSY line per busy period, in UTC, merged and in order:
 * {@code FBTYPE=BUSY} for meetings on, {@code FBTYPE=BUSY-TENTATIVE} for pencilled-in meetings
 * and, for a person, those she answered "maybe" or not at all (busy wins where both overlap).
 * Declined and delegated meetings leave the person free; cancelled meetings and occurrences are
 * not busy.
 */
final class FreeBusyWriter {
    /** The longest window written. */
    static final Duration MAX_WINDOW = Duration.ofDays(366);

    private FreeBusyWriter() {}

    static Either<Problem, String> write(Settings s, Agenda agenda, Identifier who, Interval window, Instant stamp) {
        if (window.duration().compareTo(MAX_WINDOW) > 0) {
            return Either.left(Problem.of("calendar.freebusy.too-long", "Free/busy time is written for at most a year")
                    .with("window", window));
        }
        List<Interval> busy = new ArrayList<>();
        List<Interval> tentative = new ArrayList<>();
        ContentLines body = new ContentLines(1024);
        body.begin("VFREEBUSY");
        if (who instanceof PersonId person) {
            Either<Problem, Person> p = MeetingWriter.person(s, person);
            if (p.isLeft()) {
                return Either.left(p.getLeft());
            }
            head(body, s, who, window, stamp);
            body.name("ORGANIZER").param("CN", p.get().name()).value("mailto:" + p.get().email().get().toAscii());
            for (Meeting m : agenda.meetingsOf(person, window)) {
                Optional<Attendee> a = m.attendee(person);
                Attendee.Response answer = a.map(Attendee::response)
                        .orElse(Attendee.Response.ACCEPTED); // the organizer, when not also an attendee
                if (m.organizer().equals(person) && answer == Attendee.Response.NEEDS_ACTION) {
                    answer = Attendee.Response.ACCEPTED;
                }
                if (answer == Attendee.Response.DECLINED || answer == Attendee.Response.DELEGATED) {
                    continue;
                }
                boolean maybe = m.status() == Meeting.Status.TENTATIVE || answer != Attendee.Response.ACCEPTED;
                for (Meeting.Place place : m.places(window)) {
                    (maybe ? tentative : busy).add(place.interval());
                }
            }
        } else if (who instanceof RoomId roomId) {
            Optional<Room> room = s.directory().room(roomId).or(() -> agenda.room(roomId));
            if (room.isEmpty()) {
                return Either.left(Problem.of("calendar.room.unknown", "Neither the directory nor the agenda knows this room")
                        .with("room", roomId));
            }
            head(body, s, who, window, stamp);
            body.textLine("COMMENT", room.get().name() + ", " + room.get().building()
                    + room.get().floor().map(f -> ", " + f).orElse(""));
            body.textLine("X-ASO-ROOM", roomId.value());
            for (Meeting m : agenda.bookingsOf(roomId, window)) {
                if (m.status() == Meeting.Status.CANCELLED) {
                    continue;
                }
                for (Meeting.Place place : m.places(window)) {
                    if (place.room().filter(roomId::equals).isPresent()) {
                        (m.status() == Meeting.Status.TENTATIVE ? tentative : busy).add(place.interval());
                    }
                }
            }
        } else {
            throw new IllegalArgumentException("Free/busy time is for a person or a room: " + who.getClass().getSimpleName());
        }
        List<Interval> hard = merge(busy, window);
        List<Interval> soft = minus(merge(tentative, window), hard);
        List<Interval[]> all = new ArrayList<>();
        hard.forEach(i -> all.add(new Interval[] {i, null}));
        soft.forEach(i -> all.add(new Interval[] {null, i}));
        all.sort((a, b) -> (a[0] != null ? a[0] : a[1]).compareTo(b[0] != null ? b[0] : b[1]));
        for (Interval[] pair : all) {
            Interval i = pair[0] != null ? pair[0] : pair[1];
            body.name("FREEBUSY").paramRaw("FBTYPE", pair[0] != null ? "BUSY" : "BUSY-TENTATIVE");
            StringBuilder b = body.valueStart();
            ContentLines.utc(b, i.start());
            b.append('/');
            ContentLines.utc(b, i.end());
            body.endLine();
        }
        body.end("VFREEBUSY");
        // a room has no address to be the ORGANIZER a PUBLISH needs: its free/busy is a plain object
        return Either.right(Messages.calendar(who instanceof RoomId ? null : Ics.Method.PUBLISH, Messages.zones(), body, null));
    }

    private static void head(ContentLines body, Settings s, Identifier who, Interval window, Instant stamp) {
        StringBuilder uid = new StringBuilder("freebusy-").append(who.value()).append('-');
        ContentLines.utc(uid, window.start());
        uid.append('-');
        ContentLines.utc(uid, window.end());
        body.textLine("UID", uid.append('@').append(s.uidDomain()).toString());
        body.name("DTSTAMP").utc(stamp);
        body.name("DTSTART").utc(window.start());
        body.name("DTEND").utc(window.end());
    }

    /** The intervals clipped to the window (whole seconds), merged where they overlap or touch, in order. */
    static List<Interval> merge(List<Interval> intervals, Interval window) {
        List<Interval> clipped = new ArrayList<>(intervals.size());
        for (Interval i : intervals) {
            i.intersection(window).map(FreeBusyWriter::seconds).filter(x -> !x.isEmpty()).ifPresent(clipped::add);
        }
        clipped.sort(null);
        List<Interval> out = new ArrayList<>();
        for (Interval i : clipped) {
            Interval last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && !i.start().isAfter(last.end())) {
                if (i.end().isAfter(last.end())) {
                    out.set(out.size() - 1, Interval.of(last.start(), i.end()));
                }
            } else {
                out.add(i);
            }
        }
        return out;
    }

    /** {@code from} less every interval of {@code taken} (both merged and in order). */
    static List<Interval> minus(List<Interval> from, List<Interval> taken) {
        List<Interval> out = new ArrayList<>();
        for (Interval i : from) {
            Instant start = i.start();
            for (Interval t : taken) {
                if (!t.end().isAfter(start) || !t.start().isBefore(i.end())) {
                    continue;
                }
                if (t.start().isAfter(start)) {
                    out.add(Interval.of(start, t.start()));
                }
                start = t.end().isAfter(start) ? t.end() : start;
            }
            if (start.isBefore(i.end())) {
                out.add(Interval.of(start, i.end()));
            }
        }
        return out;
    }

    /** The interval on whole seconds, widened to cover the original (FREEBUSY has no fractions). */
    private static Interval seconds(Interval i) {
        Instant end = i.end().getNano() == 0 ? i.end() : Instant.ofEpochSecond(i.end().getEpochSecond() + 1);
        return Interval.of(Instant.ofEpochSecond(i.start().getEpochSecond()), end);
    }
}
