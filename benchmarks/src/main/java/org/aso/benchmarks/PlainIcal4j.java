package org.aso.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.DelegatedFrom;
import net.fortuna.ical4j.model.parameter.DelegatedTo;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.XParameter;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.aso.core.agenda.AgendaItem;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.Room;
import org.aso.core.agenda.RoomId;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Ref;

/**
 * The plain ical4j 4.3 way to write and read the feed, as a user of ical4j would: build a
 * {@link VEvent} per meeting with its properties and parameters ({@code DtStart} from the
 * meeting's {@link ZonedDateTime}, attendees as {@code Attendee} with CN, ROLE, PARTSTAT...),
 * add the zones' VTIMEZONEs from ical4j's registry, {@code Calendar.add}, then
 * {@code new CalendarOutputter().output(...)} (which validates, its default); read with a new
 * {@code CalendarBuilder}. It writes the same properties as aso-calendar's writer (the design's
 * list), in French, so both sides do the same work.
 */
final class PlainIcal4j {
    private final Map<PersonId, Person> people;
    private final Map<RoomId, Room> rooms;
    private final String uidDomain;

    PlainIcal4j(List<Person> people, List<Room> rooms, String uidDomain) {
        this.people = people.stream().collect(Collectors.toMap(Person::id, Function.identity()));
        this.rooms = rooms.stream().collect(Collectors.toMap(Room::id, Function.identity()));
        this.uidDomain = uidDomain;
    }

    /** One calendar of every meeting (METHOD:PUBLISH, no attendees, as RFC 5546 has it for a feed). */
    String feed(List<Meeting> meetings, Instant stamp) {
        return write(meetings, stamp, ImmutableMethod.PUBLISH, false);
    }

    /** A REQUEST (the meeting with its attendees and overrides) per meeting, one text after the other. */
    List<String> requests(List<Meeting> meetings, Instant stamp) {
        List<String> out = new ArrayList<>(meetings.size());
        for (Meeting m : meetings) {
            out.add(write(List.of(m), stamp, ImmutableMethod.REQUEST, true));
        }
        return out;
    }

    /** Parses a text with a new {@link CalendarBuilder}. */
    static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private String write(List<Meeting> meetings, Instant stamp, net.fortuna.ical4j.model.property.Method method, boolean withAttendees) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//ASO toolkit//plain ical4j//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        TreeSet<String> zones = new TreeSet<>();
        for (Meeting m : meetings) {
            if (!m.allDay()) {
                zones.add(m.zone().getId());
            }
        }
        for (String zone : zones) {
            calendar.add(registry.getTimeZone(zone).getVTimeZone());
        }
        for (Meeting m : meetings) {
            calendar.add(master(m, stamp, withAttendees));
            if (m.recurrence().isPresent()) {
                Recurrence r = m.recurrence().get();
                for (Map.Entry<Instant, OccurrenceChange> c : new java.util.TreeMap<>(r.changes()).entrySet()) {
                    if (!c.getValue().isCancelled()) {
                        calendar.add(override(m, c.getKey().atZone(m.zone()), c.getValue(), stamp, withAttendees));
                    }
                }
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return out.toString();
    }

    private VEvent master(Meeting m, Instant stamp, boolean withAttendees) {
        VEvent event;
        if (m.allDay()) {
            event = new VEvent(m.start().toLocalDate(), m.end().toLocalDate(), m.title());
            event.add(new XProperty("X-MICROSOFT-CDO-ALLDAYEVENT", "TRUE"));
        } else {
            event = new VEvent(m.start(), m.end(), m.title());
        }
        common(event, m, stamp, withAttendees, m.room(), m.status());
        event.add(new Description(description(m)));
        for (AgendaItem item : m.agenda()) {
            XProperty x = new XProperty("X-ASO-AGENDA-ITEM", item.title());
            x.add(new XParameter("X-ASO-MINUTES", Integer.toString(item.plannedMinutes())));
            item.presenter().map(people::get).flatMap(Person::email)
                    .ifPresent(e -> x.add(new XParameter("X-ASO-PRESENTER", "mailto:" + e)));
            event.add(x);
        }
        for (String doc : m.documents()) {
            event.add(new XProperty("X-ASO-DOCUMENT", doc));
        }
        for (Ref ref : m.about()) {
            event.add(new XProperty("X-ASO-ABOUT", ref.kind() + ":" + ref.id()));
        }
        event.add(new Categories("Réunion"));
        if (m.recurrence().isPresent()) {
            Recurrence r = m.recurrence().get();
            r.rule().ifPresent(rule -> event.add(new RRule<>(new Recur<Temporal>(rule.toString()))));
            if (!r.exdates().isEmpty()) {
                ExDate<ZonedDateTime> exdate = new ExDate<>(new DateList<>(r.exdates()));
                exdate.add(new TzId(m.zone().getId()));
                event.add(exdate);
            }
            List<ZonedDateTime> cancelled = new ArrayList<>();
            new java.util.TreeMap<>(r.changes()).forEach((original, change) -> {
                if (change.isCancelled()) {
                    cancelled.add(original.atZone(m.zone()));
                }
            });
            if (!cancelled.isEmpty()) {
                ExDate<ZonedDateTime> exdate = new ExDate<>(new DateList<>(cancelled));
                exdate.add(new TzId(m.zone().getId()));
                exdate.add(new XParameter("X-ASO-CANCELLED", "TRUE"));
                event.add(exdate);
            }
        }
        return event;
    }

    private VEvent override(Meeting m, ZonedDateTime original, OccurrenceChange change, Instant stamp, boolean withAttendees) {
        ZonedDateTime start = change.movedTo().map(i -> i.start().atZone(m.zone())).orElse(original);
        ZonedDateTime end = change.movedTo().map(i -> i.end().atZone(m.zone())).orElse(original.plus(m.duration()));
        VEvent event = new VEvent(start, end, change.title().orElse(m.title()));
        event.add(new RecurrenceId<>(original));
        common(event, m, stamp, withAttendees, change.room().or(m::room), m.status());
        return event;
    }

    private void common(VEvent event, Meeting m, Instant stamp, boolean withAttendees, Optional<RoomId> room,
                        Meeting.Status status) {
        event.replace(new DtStamp(stamp));
        event.add(new Uid(m.id().value() + "@" + uidDomain));
        event.add(new Sequence(m.sequence()));
        event.add(switch (status) {
            case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
            case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        });
        Person organizer = people.get(m.organizer());
        Organizer o = new Organizer(URI.create("mailto:" + organizer.email().orElseThrow()));
        o.add(new Cn(organizer.name()));
        event.add(o);
        if (withAttendees) {
            for (Attendee a : m.attendees()) {
                event.add(attendee(m, a));
            }
        }
        room.map(rooms::get).ifPresent(r -> {
            event.add(new Location(r.name() + ", " + r.building() + r.floor().map(f -> ", " + f).orElse("")));
            event.add(new XProperty("X-ASO-ROOM", r.id().value()));
        });
        m.onlineLink().ifPresent(link -> event.add(new Url(URI.create(link))));
        event.add(ImmutableTransp.OPAQUE);
        String busy = status == Meeting.Status.CANCELLED ? "FREE" : status == Meeting.Status.TENTATIVE ? "TENTATIVE" : "BUSY";
        event.add(new XProperty("X-MICROSOFT-CDO-BUSYSTATUS", busy));
        event.add(new XProperty("X-MICROSOFT-CDO-INTENDEDSTATUS", busy));
    }

    private net.fortuna.ical4j.model.property.Attendee attendee(Meeting m, Attendee a) {
        Person p = people.get(a.person());
        net.fortuna.ical4j.model.property.Attendee at =
                new net.fortuna.ical4j.model.property.Attendee(URI.create("mailto:" + p.email().orElseThrow()));
        at.add(CuType.INDIVIDUAL);
        at.add(switch (a.role()) {
            case CHAIR -> Role.CHAIR;
            case REQUIRED, MINUTE_TAKER -> Role.REQ_PARTICIPANT;
            case OPTIONAL -> Role.OPT_PARTICIPANT;
            case FOR_INFORMATION -> Role.NON_PARTICIPANT;
        });
        if (a.role() == Attendee.Role.MINUTE_TAKER) {
            at.add(new XParameter("X-ASO-ROLE", "MINUTE-TAKER"));
        }
        at.add(switch (a.response()) {
            case NEEDS_ACTION -> PartStat.NEEDS_ACTION;
            case ACCEPTED -> PartStat.ACCEPTED;
            case TENTATIVE -> PartStat.TENTATIVE;
            case DECLINED -> PartStat.DECLINED;
            case DELEGATED -> PartStat.DELEGATED;
        });
        at.add(a.role() == Attendee.Role.FOR_INFORMATION ? Rsvp.FALSE : Rsvp.TRUE);
        a.delegatedTo().map(people::get).ifPresent(d -> at.add(new DelegatedTo(List.of(URI.create("mailto:" + d.email().orElseThrow())))));
        for (Attendee other : m.attendees()) {
            if (other.delegatedTo().filter(a.person()::equals).isPresent()) {
                at.add(new DelegatedFrom(List.of(URI.create("mailto:" + people.get(other.person()).email().orElseThrow()))));
            }
        }
        at.add(new Cn(p.name()));
        return at;
    }

    private String description(Meeting m) {
        StringBuilder b = new StringBuilder("Ordre du jour :\n");
        int n = 1;
        for (AgendaItem item : m.agenda()) {
            b.append(n++).append(". ").append(item.title());
            item.presenter().map(people::get).ifPresent(p -> b.append(" (").append(p.name()).append(")"));
            b.append(", ").append(item.plannedMinutes()).append(" min\n");
        }
        if (!m.documents().isEmpty()) {
            b.append("\nDocuments :\n");
            m.documents().forEach(d -> b.append("- ").append(d).append('\n'));
        }
        m.onlineLink().ifPresent(l -> b.append("\nLien de la réunion : ").append(l).append('\n'));
        return b.toString();
    }
}
