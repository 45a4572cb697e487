package org.aso.calendar;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingEvent;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.Room;
import org.aso.core.agenda.RoomId;
import org.aso.core.agenda.slots.FreeBusy;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.HolidayCalendar;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.priority.Task;

/**
 * The iCalendar facade: the agenda's meetings, tasks and free time as iCalendar text (RFC 5545)
 * and scheduling messages (iTIP, RFC 5546), and what comes back read into aso values.
 *
 * <pre>{@code
 * Ics ics = Ics.builder(Ics.Directory.of(people, agenda.rooms())).locale(Locale.FRENCH).build();
 * Agenda.Change booked = agenda.book(request, ctx).get();
 * Ics.Message invitation = ics.message(booked.events().get(0), clock.instant()).get();   // METHOD:REQUEST
 * // ... invitation.text() goes out by mail (aso-mail); later the answer comes back:
 * Agenda.Change answered = ics.applyReply(booked.agenda(), replyText, sender, ctx).get();
 * }</pre>
 *
 * <p>What is written: UTF-8 text with CRLF line ends, lines folded at 75 octets, never inside a
 * character; one VTIMEZONE per zone used, made from {@code java.time}'s current rules; METHOD on
 * the calendar only. The same input and stamp give the same bytes. What is read is untrusted:
 * bounded by {@link Limits}, and every failure is a {@link Problem} (codes {@code calendar.*}).
 *
 * <p>People and rooms are resolved through a {@link Directory}: an attendee is written as her
 * e-mail address, and an address that comes back is mapped to a person. Immutable and
 * thread-safe.
 */
public final class Ics {
    /** The PRODID of everything written. */
    public static final String PRODID = "-//ASO toolkit//aso-calendar//EN";

    private final Settings settings;

    private Ics(Settings settings) {
        this.settings = settings;
    }

    /**
     * A builder over the people and rooms the calendar text names.
     *
     * @param directory where persons, their addresses and rooms are found; not null
     * @return a builder with the defaults: English texts, UIDs under {@code aso.invalid},
     *     {@link Limits#DEFAULT}, patterns Outlook cannot show reported as warnings
     */
    public static Builder builder(Directory directory) {
        return new Builder(Objects.requireNonNull(directory, "directory"));
    }

    // ------------------------------------------------------------------ public types

    /** An iTIP method (RFC 5546, section 1.4), written on the calendar only. */
    public enum Method {
        /** A feed: meetings shown, not scheduled. */
        PUBLISH,
        /** An invitation, new or updated. */
        REQUEST,
        /** An attendee's answer to the organizer. */
        REPLY,
        /** A meeting, one occurrence, or one attendee's place called off. */
        CANCEL,
        /** An attendee proposes another time. */
        COUNTER,
        /** The organizer refuses a proposed time. */
        DECLINECOUNTER
    }

    /**
     * A scheduling message ready to send: aso-mail wraps {@link #text()} as
     * {@code text/calendar; method=...} (iMIP, RFC 6047).
     *
     * @param method the iTIP method
     * @param uid the UID of the meeting it concerns
     * @param sequence the SEQUENCE written
     * @param from who sends it: the organizer, or the attendee for a REPLY or COUNTER
     * @param to who receives it, without duplicates, in the meeting's order
     * @param text the iCalendar text
     * @param warnings what a client may show differently from the agenda (codes
     *     {@code calendar.outlook.*}); empty for most messages
     */
    public record Message(Method method, String uid, int sequence, EmailAddress from, List<EmailAddress> to,
                          String text, List<Problem> warnings) {
        /**
         * Checks and copies.
         *
         * @param method the iTIP method
         * @param uid the UID of the meeting it concerns
         * @param sequence the SEQUENCE written
         * @param from who sends it
         * @param to who receives it
         * @param text the iCalendar text
         * @param warnings what a client may show differently from the agenda
         */
        public Message {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(text, "text");
            to = List.copyOf(to);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The bounds on text read from outside.
     *
     * @param maxChars the longest text read, in characters
     * @param maxComponents the most components (events, tasks, time zones, alarms...) in it
     * @param maxTime the longest time reading one text may take
     */
    public record Limits(int maxChars, int maxComponents, Duration maxTime) {
        /** 4 Mi characters, 20,000 components, 2 seconds. */
        public static final Limits DEFAULT = new Limits(4 * 1024 * 1024, 20_000, Duration.ofSeconds(2));

        /**
         * Checks the bounds are positive.
         *
         * @param maxChars the longest text read, in characters
         * @param maxComponents the most components in it
         * @param maxTime the longest time reading one text may take
         */
        public Limits {
            Objects.requireNonNull(maxTime, "maxTime");
            if (maxChars < 1 || maxComponents < 1 || maxTime.isNegative() || maxTime.isZero()) {
                throw new IllegalArgumentException("Limits are positive: " + maxChars + ", " + maxComponents + ", " + maxTime);
            }
        }
    }

    /**
     * Who is who: persons by id and by address, rooms by id. A host with its own directory
     * implements it; {@link #of} serves fixed lists.
     */
    public interface Directory {
        /**
         * {@return the person of an id, if known}
         *
         * @param id the person's id
         */
        Optional<Person> person(PersonId id);

        /**
         * {@return the person of an address, if known; addresses compare case-insensitively}
         *
         * @param address an e-mail address, as it came back in a message
         */
        Optional<Person> personByEmail(EmailAddress address);

        /**
         * {@return the room of an id, if known}
         *
         * @param id the room's id
         */
        Optional<Room> room(RoomId id);

        /**
         * A directory of fixed lists.
         *
         * @param people the persons; not null
         * @param rooms the rooms; not null
         * @return the directory
         * @throws IllegalArgumentException if two persons share an id or an address, or two rooms an id
         */
        static Directory of(Collection<Person> people, Collection<Room> rooms) {
            Map<PersonId, Person> byId = people.stream().collect(Collectors.toUnmodifiableMap(Person::id, Function.identity()));
            Map<String, Person> byEmail = people.stream().filter(p -> p.email().isPresent())
                    .collect(Collectors.toUnmodifiableMap(p -> Settings.key(p.email().get()), Function.identity()));
            Map<RoomId, Room> roomsById = rooms.stream().collect(Collectors.toUnmodifiableMap(Room::id, Function.identity()));
            return new Directory() {
                @Override
                public Optional<Person> person(PersonId id) {
                    return Optional.ofNullable(byId.get(id));
                }

                @Override
                public Optional<Person> personByEmail(EmailAddress address) {
                    return Optional.ofNullable(byEmail.get(Settings.key(address)));
                }

                @Override
                public Optional<Room> room(RoomId id) {
                    return Optional.ofNullable(roomsById.get(id));
                }
            };
        }
    }

    /** Builds an {@link Ics}. Not thread-safe; the {@link Ics} it builds is. */
    public static final class Builder {
        private final Directory directory;
        private Locale locale = Locale.ENGLISH;
        private String uidDomain = "aso.invalid";
        private Limits limits = Limits.DEFAULT;
        private boolean refuseOutlookIncompatible;

        private Builder(Directory directory) {
            this.directory = directory;
        }

        /**
         * The language of the texts written for people (the description's headings, the
         * categories): French or English.
         *
         * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH} (others fall back to English); not null
         * @return this builder
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * The domain after the {@code @} of every UID: a meeting's UID is its id, {@code @}, this
         * domain. Use the organization's own domain so UIDs are unique worldwide.
         *
         * @param domain a host name, letters, digits, dots and hyphens; not null
         * @return this builder
         * @throws IllegalArgumentException if it is not such a name
         */
        public Builder uidDomain(String domain) {
            Objects.requireNonNull(domain, "domain");
            if (!domain.matches("[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?")) {
                throw new IllegalArgumentException("A UID domain is a host name: " + domain);
            }
            this.uidDomain = domain;
            return this;
        }

        /**
         * The bounds on text read from outside.
         *
         * @param limits the bounds; not null
         * @return this builder
         */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * When true, a meeting whose recurrence Outlook cannot show (several days of the month,
         * several nth weekdays, extra dates without a rule) is refused with a {@link Problem}
         * ({@code calendar.outlook.*}) instead of being sent with a warning.
         *
         * @param refuse true to refuse
         * @return this builder
         */
        public Builder refuseOutlookIncompatible(boolean refuse) {
            this.refuseOutlookIncompatible = refuse;
            return this;
        }

        /** {@return the facade} */
        public Ics build() {
            return new Ics(new Settings(directory, locale, uidDomain, limits, refuseOutlookIncompatible));
        }
    }

    // ------------------------------------------------------------------ out: messages

    /**
     * The message an agenda event calls for, with no lookup: a booking or a move is a REQUEST to
     * every invitee; a cancellation a CANCEL; a change to one occurrence a REQUEST for that
     * occurrence, or a CANCEL of it if it was called off; an answer a REPLY from the attendee to
     * the organizer.
     *
     * @param event an event the agenda emitted; not null
     * @param stamp the DTSTAMP (the host's current instant); not null
     * @return the message, or a problem: {@code calendar.person.unknown},
     *     {@code calendar.person.no-email} (someone the message names has no address),
     *     {@code calendar.outlook.*} (with {@link Builder#refuseOutlookIncompatible})
     */
    public Either<Problem, Message> message(MeetingEvent event, Instant stamp) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(stamp, "stamp");
        if (event instanceof MeetingEvent.Booked || event instanceof MeetingEvent.Moved) {
            return request(event.meeting(), stamp);
        }
        if (event instanceof MeetingEvent.Cancelled) {
            return cancel(event.meeting(), stamp);
        }
        if (event instanceof MeetingEvent.OccurrenceChanged changed) {
            return changed.change().isCancelled()
                    ? cancelOccurrence(changed.meeting(), changed.originalStart(), stamp)
                    : requestOccurrence(changed.meeting(), changed.originalStart(), stamp);
        }
        MeetingEvent.Responded answered = (MeetingEvent.Responded) event;
        return answered.occurrence().isEmpty()
                ? reply(answered.meeting(), answered.person(), stamp)
                : replyToOccurrence(answered.meeting(), answered.person(), answered.occurrence().get(), stamp);
    }

    /**
     * A REQUEST: the whole meeting (a series with its overrides) to every invitee.
     *
     * @param meeting the meeting; not null
     * @param stamp the DTSTAMP; not null
     * @return the message, or a problem as for {@link #message}
     */
    public Either<Problem, Message> request(Meeting meeting, Instant stamp) {
        return Messages.request(settings, req(meeting), req(stamp));
    }

    /**
     * A REQUEST for one occurrence of a series (moved, retitled or in another room), with its
     * RECURRENCE-ID.
     *
     * @param meeting the series; not null
     * @param originalStart the occurrence's original start; not null
     * @param stamp the DTSTAMP; not null
     * @return the message, or {@code calendar.occurrence.unknown} (not an occurrence of the series),
     *     or a problem as for {@link #message}
     */
    public Either<Problem, Message> requestOccurrence(Meeting meeting, Instant originalStart, Instant stamp) {
        return Messages.requestOccurrence(settings, req(meeting), req(originalStart), req(stamp));
    }

    /**
     * A CANCEL of the whole meeting, to every invitee.
     *
     * @param meeting the meeting; not null
     * @param stamp the DTSTAMP; not null
     * @return the message, or a problem as for {@link #message}
     */
    public Either<Problem, Message> cancel(Meeting meeting, Instant stamp) {
        return Messages.cancel(settings, req(meeting), req(stamp));
    }

    /**
     * A CANCEL of one occurrence of a series, to every invitee.
     *
     * @param meeting the series; not null
     * @param originalStart the occurrence's original start; not null
     * @param stamp the DTSTAMP; not null
     * @return the message, or {@code calendar.occurrence.unknown}, or a problem as for {@link #message}
     */
    public Either<Problem, Message> cancelOccurrence(Meeting meeting, Instant originalStart, Instant stamp) {
        return Messages.cancelOccurrence(settings, req(meeting), req(originalStart), req(stamp));
    }

    /**
     * A CANCEL to one person taken off the meeting (RFC 5546, 3.2.5): her copy is removed; the
     * others get a REQUEST from {@link #request} with the new list.
     *
     * @param meeting the meeting as it was sent to her; not null
     * @param removed the person taken off; not null
     * @param stamp the DTSTAMP; not null
     * @return the message, or {@code calendar.attendee.unknown} (she was not invited), or a problem
     *     as for {@link #message}
     */
    public Either<Problem, Message> uninvite(Meeting meeting, PersonId removed, Instant stamp) {
        return Messages.uninvite(settings, req(meeting), req(removed), req(stamp));
    }

    /**
     * A REPLY from one attendee to the organizer, with her answer as the meeting holds it.
     *
     * @param meeting the meeting; not null
     * @param attendee who answers; not null
     * @param stamp the DTSTAMP; not null
     * @return the message, or {@code calendar.attendee.unknown}, or a problem as for {@link #message}
     */
    public Either<Problem, Message> reply(Meeting meeting, PersonId attendee, Instant stamp) {
        return Messages.reply(settings, req(meeting), req(attendee), req(stamp));
    }

    /**
     * A REPLY from one attendee to the organizer for one occurrence of a series (with its
     * RECURRENCE-ID), with the answer that occurrence holds ({@code OccurrenceChange.responses()}),
     * else her answer to the series.
     *
     * @param meeting the series; not null
     * @param attendee who answers; not null
     * @param originalStart the occurrence's original start; not null
     * @param stamp the DTSTAMP; not null
     * @return the message, or {@code calendar.attendee.unknown}, {@code calendar.occurrence.unknown},
     *     or a problem as for {@link #message}
     */
    public Either<Problem, Message> replyToOccurrence(Meeting meeting, PersonId attendee, Instant originalStart,
                                                      Instant stamp) {
        return Messages.reply(settings, req(meeting), req(attendee), Optional.of(req(originalStart)), req(stamp));
    }

    /**
     * A COUNTER: an attendee proposes another time to the organizer.
     *
     * @param meeting the meeting; not null
     * @param attendee who proposes; not null
     * @param proposed the time proposed; not null
     * @param comment why, for the organizer (may be empty); not null
     * @param stamp the DTSTAMP; not null
     * @return the message, or {@code calendar.attendee.unknown}, {@code kernel.text.*} (the comment),
     *     or a problem as for {@link #message}
     */
    public Either<Problem, Message> counter(Meeting meeting, PersonId attendee, Interval proposed, String comment,
                                            Instant stamp) {
        return Messages.counter(settings, req(meeting), req(attendee), req(proposed), req(comment), req(stamp));
    }

    /**
     * A DECLINECOUNTER: the organizer keeps the time an attendee proposed to change.
     *
     * @param meeting the meeting; not null
     * @param attendee who proposed; not null
     * @param comment why, for the attendee (may be empty); not null
     * @param stamp the DTSTAMP; not null
     * @return the message, or {@code calendar.attendee.unknown}, {@code kernel.text.*}, or a problem
     *     as for {@link #message}
     */
    public Either<Problem, Message> declineCounter(Meeting meeting, PersonId attendee, String comment, Instant stamp) {
        return Messages.declineCounter(settings, req(meeting), req(attendee), req(comment), req(stamp));
    }

    // ------------------------------------------------------------------ out: feeds

    /**
     * A PUBLISH feed of meetings (a section's agenda for a calendar subscription).
     *
     * @param meetings the meetings, in any order (written by start, then id); not null
     * @param stamp the DTSTAMP; not null
     * @return the feed, with the warnings of every meeting, or a problem as for {@link #message}
     */
    public Either<Problem, Message> publish(Collection<Meeting> meetings, Instant stamp) {
        return Messages.publish(settings, List.copyOf(meetings), req(stamp));
    }

    /**
     * Tasks as a PUBLISH feed of VTODOs: due date or time, priority 1 (highest) to 9, status and
     * percent complete.
     *
     * @param tasks the tasks; not null
     * @param stamp the DTSTAMP; not null
     * @return the feed, or {@code calendar.person.unknown} / {@code calendar.person.no-email} (an assignee)
     */
    public Either<Problem, String> tasks(Collection<Task> tasks, Instant stamp) {
        return Tasks.write(settings, List.copyOf(tasks), req(stamp));
    }

    /**
     * The free/busy time of a person or a room over a window (a VFREEBUSY, METHOD:PUBLISH), from
     * the agenda's meetings.
     *
     * @param agenda the agenda; not null
     * @param who a {@link PersonId} or a {@link RoomId}; not null
     * @param window the period covered; not null
     * @param stamp the DTSTAMP; not null
     * @return the text, or {@code calendar.person.unknown}, {@code calendar.room.unknown},
     *     {@code calendar.freebusy.too-long} (a window of more than a year)
     */
    public Either<Problem, String> freeBusy(Agenda agenda, Identifier who, Interval window, Instant stamp) {
        return FreeBusyWriter.write(settings, req(agenda), req(who), req(window), req(stamp));
    }

    /**
     * The holidays of the years {@code fromYear..toYear} as an iCalendar object of all-day events,
     * one per holiday, with stable UIDs (so re-importing updates instead of duplicating).
     *
     * <pre>{@code
     * String ics = Ics.holidays(FrenchHolidays.metropolitan(), 2026, 2027, clock.instant());
     * Files.writeString(Path.of("jours-feries.ics"), ics);   // importable by any calendar client
     * }</pre>
     *
     * @param calendar the holidays to write
     * @param fromYear the first year written
     * @param toYear the last year written, at most 100 years after {@code fromYear}
     * @param stamp the DTSTAMP of every event (the host's current instant)
     * @return the iCalendar text
     * @throws IllegalArgumentException if {@code toYear < fromYear}, the span exceeds 100 years, or
     *     a year is outside 1..9999 (the supported range, {@link org.aso.core.kernel.Limits})
     */
    public static String holidays(HolidayCalendar calendar, int fromYear, int toYear, Instant stamp) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(stamp, "stamp");
        if (toYear < fromYear || (long) toYear - fromYear > 100
                || fromYear < org.aso.core.kernel.Limits.MIN_DATE.getYear()
                || toYear > org.aso.core.kernel.Limits.MAX_DATE.getYear()) {
            throw new IllegalArgumentException("Year range must be ordered, at most 100 years, within 1..9999: "
                    + fromYear + ".." + toYear);
        }
        return HolidayWriter.write(calendar, fromYear, toYear, stamp);
    }

    // ------------------------------------------------------------------ in

    /**
     * What a message is about, to route it: its method, the meeting it names, who sent it.
     *
     * @param method the METHOD (PUBLISH when absent)
     * @param uid the UID of its first event or task
     * @param meeting the meeting of that UID, when it is one of ours (under our UID domain)
     * @param sequence its SEQUENCE (0 when absent)
     * @param organizer the ORGANIZER's address, if any
     * @param attendees the ATTENDEEs' addresses, in order
     * @param components how many events and tasks it holds
     */
    public record Received(Method method, String uid, Optional<MeetingId> meeting, int sequence,
                           Optional<EmailAddress> organizer, List<EmailAddress> attendees, int components) {
        /**
         * Checks and copies.
         *
         * @param method the METHOD (PUBLISH when absent)
         * @param uid the UID of its first event or task (empty when it has none)
         * @param meeting the meeting of that UID, when it is one of ours
         * @param sequence its SEQUENCE (0 when absent)
         * @param organizer the ORGANIZER's address, if any
         * @param attendees the ATTENDEEs' addresses, in order
         * @param components how many events and tasks it holds
         */
        public Received {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(organizer, "organizer");
            attendees = List.copyOf(attendees);
        }
    }

    /**
     * Reads what a calendar text is, without applying it. A text with no event or task has the
     * empty UID and no meeting.
     *
     * <p>Any text read from outside is bounded by {@link Limits} (its size, components, time) and
     * by fixed bounds: lines of at most 256 Ki characters once unfolded, components nested at most 4
     * deep, 5,000 properties in a component, 250,000 in all (or one per 16 characters of
     * {@link Limits#maxChars()} if that is more), 100 parameters in a property. A NUL or an
     * unpaired surrogate is refused; another control character (but tab), which iCalendar does not
     * allow either, is read as U+FFFD; a byte order mark, bare LF or CR line ends and folds anywhere
     * are accepted.
     *
     * @param text iCalendar text from outside; not null
     * @return what it is, or a problem: {@code calendar.parse.syntax} (with the {@code line} when
     *     known), {@code calendar.parse.encoding}, {@code calendar.parse.value},
     *     {@code calendar.method.unsupported} (a METHOD other than those of {@link Method}),
     *     {@code calendar.limit.size}, {@code calendar.limit.components}, {@code calendar.limit.time},
     *     {@code calendar.limit.line}, {@code calendar.limit.depth}, {@code calendar.limit.properties},
     *     {@code calendar.limit.parameters}; and as a last resort, for a value a core type refuses
     *     where no check of this module caught it first, {@code calendar.parse.invalid}
     */
    public Either<Problem, Received> read(String text) {
        return Reading.received(settings, req(text));
    }

    /**
     * Reads one meeting back (a REQUEST, PUBLISH or CANCEL of ours, or a client's copy of it): the
     * inverse of {@link #request} on these fields: the id (the UID without {@code @} and the UID
     * domain; the whole UID when it is of another domain), title, organizer, attendees (found by
     * address through the {@link Directory}) with their roles, answers and delegations, start and
     * end in the meeting's zone, all-day, status, sequence, room, online link, agenda items (title,
     * minutes, presenter), documents, what it is about, equipment, and for a series its rule, extra
     * dates, removed dates, cancelled occurrences and the occurrences moved, retitled, in another
     * room or answered apart. The logistics checklist is not written, so not read. A TZID may be an IANA id, a Windows
     * zone name as Outlook sends it, or the text's own VTIMEZONE (matched to the zone whose clock
     * changes agree).
     *
     * @param text iCalendar text holding one meeting (its master and overrides); not null
     * @return the meeting, or a problem: those of {@link #read}, {@code calendar.zone.unknown}
     *     (detail {@code tzid}), {@code calendar.person.unknown} (detail {@code email}),
     *     {@code calendar.person.no-email}, {@code calendar.room.unknown}, {@code calendar.meeting.none},
     *     {@code calendar.meeting.not-a-meeting} (a REPLY, COUNTER or DECLINECOUNTER), {@code calendar.meeting.several}, {@code calendar.meeting.no-master} (only overrides),
     *     {@code calendar.meeting.no-start}, {@code calendar.meeting.no-organizer},
     *     {@code calendar.meeting.bad-uid}, {@code calendar.event.bad-interval},
     *     {@code calendar.event.too-long}, {@code calendar.attendee.no-delegate},
     *     {@code agenda.rrule.*} (the rule), {@code kernel.range.instant}, or the meeting's own checks
     *     ({@code agenda.meeting.*}, {@code kernel.text.*})
     */
    public Either<Problem, Meeting> meeting(String text) {
        return Reading.meeting(settings, req(text));
    }

    /**
     * Applies a REPLY to the agenda: the attendee's answer on the right meeting (and occurrence,
     * for a reply with a RECURRENCE-ID). Following RFC 6047 (section 3), the answer counts only
     * if the sender is the attendee whose answer it carries.
     *
     * @param agenda the agenda holding the meeting; not null
     * @param text the REPLY's iCalendar text; not null
     * @param sender the address the message came from (the mail's From, checked by the host's
     *     mail system); not null
     * @param ctx who records it, and when; not null
     * @return the agenda's change, or a problem: those of {@link #read},
     *     {@code calendar.reply.not-a-reply} (another METHOD, or not one event),
     *     {@code calendar.reply.not-one-attendee}, {@code calendar.reply.not-ours} (a UID not of this
     *     agenda), {@code calendar.reply.sender-mismatch}, {@code calendar.reply.stale} (an older
     *     SEQUENCE), {@code calendar.person.unknown}, {@code calendar.person.no-email}, or the
     *     agenda's own ({@code agenda.response.*}, {@code agenda.meeting.*}, and for one occurrence
     *     {@code agenda.occurrence.*})
     */
    public Either<Problem, Agenda.Change> applyReply(Agenda agenda, String text, EmailAddress sender, Context ctx) {
        return Reading.applyReply(settings, req(agenda), req(text), req(sender), req(ctx));
    }

    /**
     * An outside calendar (a file, a feed's text) as busy time over a window, for availability
     * ({@code Availability.Builder#outside}): its events' occurrences, moved ones where they
     * were moved to (into the window or out of it), cancelled and transparent ones left out
     * (and those Outlook marks free); tentative events are {@link FreeBusy.State#TENTATIVE}, those
     * Outlook marks out of office {@link FreeBusy.State#OUT_OF_OFFICE}. VFREEBUSY periods count by
     * their FBTYPE. Each span is a whole occurrence that touches the window, not cut to it.
     *
     * <p>Floating times and dates (all-day events) are read in the zone the calendar's
     * {@code X-WR-TIMEZONE} names, if it is known, else in UTC: a date is the day from midnight to
     * midnight there. Cost: bounded by {@link Limits} and by
     * {@link org.aso.core.agenda.recurrence.Recurrence#MAX_EXPANSION} spans.
     *
     * @param text iCalendar text; not null
     * @param window the period wanted, at most 2 years; not null
     * @return the busy spans, in order, or a problem: those of {@link #read}, {@code calendar.zone.unknown},
     *     {@code calendar.busy.window-too-long}, {@code calendar.event.no-start},
     *     {@code calendar.event.bad-interval}, {@code calendar.event.too-long} (a repeated event longer
     *     than a recurrence allows), {@code calendar.limit.dates}, {@code agenda.rrule.*},
     *     {@code agenda.recurrence.too-many-occurrences}
     */
    public Either<Problem, List<FreeBusy>> busy(String text, Interval window) {
        return Reading.busy(settings, req(text), req(window));
    }

    private static <T> T req(T value) {
        return Objects.requireNonNull(value);
    }
}
