package org.aso.core.disruption;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.EquipmentId;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingEvent;
import org.aso.core.agenda.ResourceOutage;
import org.aso.core.agenda.RoomId;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.agenda.slots.Availability;
import org.aso.core.internal.Phrasebook;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Outcome;
import org.aso.core.kernel.Problem;

/**
 * What to do with the meetings a room or a piece of equipment out of service hits: proposals for
 * each hit, in order, each with its reason, and the host's choices applied in one decision.
 *
 * <pre>{@code
 * Agenda.OutageChange out = agenda.putOutOfService(projector, week, "Lamp broken", ctx).get();
 * List<OutOfService.Options> options = OutOfService.propose(out.agenda(), out.hits(), availabilities, ctx);
 * Map<ResourceOutage.Hit, OutOfService.Choice> chosen = new LinkedHashMap<>();
 * options.forEach(o -> chosen.put(o.hit(), o.proposals().isEmpty()
 *         ? OutOfService.Choice.cancel("The projector is out of service")
 *         : OutOfService.Choice.take(o.proposals().get(0))));
 * OutOfService.Resolution done = OutOfService.apply(out.agenda(), out.hits(), chosen, ctx).get();
 * done.events();                                   // the updates and cancellations to send
 * }</pre>
 *
 * <h2>Proposals</h2>
 * For each hit, in this order:
 * <ol>
 *   <li>{@link Kind#SPARE}: for an item of equipment hit in a single meeting, the first other item of
 *       the same {@linkplain org.aso.core.agenda.Equipment#kind() kind} (fixed in the meeting's room,
 *       or mobile) that the meeting may hold instead at that time;
 *   <li>{@link Kind#OTHER_ROOM}: at the same time, up to {@link #MAX_ROOMS} other rooms that seat
 *       those who may come, are accessible if the room was, and hold the kinds of the items the
 *       meeting used in its room (fixed items of the new room take their place), those of the same
 *       building first, then the smallest; not for an item of a series (the series holds its items
 *       in every room);
 *   <li>{@link Kind#OTHER_TIME}: up to {@link #MAX_TIMES} earliest other times from the
 *       {@link org.aso.core.agenda.slots.SlotFinder} that suit the required attendees (with the
 *       availabilities the host gives) and a room, within {@link #SEARCH_AHEAD} after the hit (and,
 *       for an occurrence, within {@link Agenda#MAX_OCCURRENCE_MOVE} of its original start); when none
 *       of the finder's times suits the meeting (a series holding an item fixed in its room cannot
 *       change rooms for one occurrence), the earliest times its own room is free and in service and
 *       its required attendees are free in their working hours.
 * </ol>
 * Every proposal is tried against the agenda as it is (the decision it stands for is taken and
 * thrown away), so that each one, taken alone, is accepted; two proposals taken together may
 * still compete for one room or spare, which {@link #apply} then refuses.
 *
 * <h2>Choices</h2>
 * Every hit gets one {@link Choice}: a proposal, a cancellation (of the meeting, or of the one
 * occurrence), or, for an item of equipment hit in a single meeting, keeping the meeting without
 * it. A moved meeting stays the same meeting: its attendees get an update with a new sequence
 * ({@link MeetingEvent.Moved}, or {@link MeetingEvent.OccurrenceChanged} for an occurrence), not a
 * cancellation and a new invitation; its logistics tasks are due before its new day
 * ({@link Resolution#tasks}).
 *
 * <p>A pure function of its arguments; reads no clock. Thread-safe.
 */
public final class OutOfService {
    /** The most other rooms proposed for one hit. */
    public static final int MAX_ROOMS = 3;
    /** The most other times proposed for one hit. */
    public static final int MAX_TIMES = 3;
    /** How far after a hit other times are looked for. */
    public static final Duration SEARCH_AHEAD = Duration.ofDays(14);

    private OutOfService() {}

    /** What a proposal does. */
    public enum Kind {
        /** Another item of the same kind, same time, same room. */
        SPARE,
        /** Another room, same time. */
        OTHER_ROOM,
        /** Another time (and possibly another room). */
        OTHER_TIME
    }

    /**
     * A replacement for one hit, with the data its reason is written from.
     *
     * @param hit the meeting or occurrence it is for
     * @param kind what it does
     * @param when when the meeting (or occurrence) would take place
     * @param room the room it would be held in; empty for a meeting held online
     * @param equipment the equipment the meeting would hold (for an occurrence, the series' own)
     * @param zone the meeting's zone, in which its reason shows times
     * @param name the spare's name ({@link Kind#SPARE}), the room's name ({@link Kind#OTHER_ROOM},
     *     {@link Kind#OTHER_TIME} with a room), or empty
     * @param building the room's building, or empty
     * @param capacity the room's seats, 0 without a room
     * @param seatsNeeded the seats the meeting needs
     * @param requiredAttendees how many required attendees the time suits ({@link Kind#OTHER_TIME})
     * @param equipmentKind for {@link Kind#SPARE}, the kind of the spare and of the item it replaces; else empty
     * @param replaces for {@link Kind#SPARE}, the name of the item out of service; else empty
     */
    public record Proposal(ResourceOutage.Hit hit, Kind kind, Interval when, Optional<RoomId> room,
                           Set<EquipmentId> equipment, ZoneId zone, String name, String building, int capacity,
                           long seatsNeeded, int requiredAttendees, String equipmentKind, String replaces) {
        /**
         * A proposal.
         *
         * @param hit the meeting or occurrence it is for; not null
         * @param kind what it does; not null
         * @param when when the meeting would take place; not null
         * @param room the room; not null
         * @param equipment the equipment held; not null
         * @param zone the meeting's zone; not null
         * @param name the spare's or room's name; not null
         * @param building the room's building; not null
         * @param capacity the room's seats
         * @param seatsNeeded the seats needed
         * @param requiredAttendees the required attendees the time suits
         * @param equipmentKind the spare's kind; not null
         * @param replaces the item out of service, for a spare; not null
         */
        public Proposal {
            Objects.requireNonNull(hit, "hit");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(room, "room");
            equipment = Set.copyOf(equipment);
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(building, "building");
            Objects.requireNonNull(equipmentKind, "equipmentKind");
            Objects.requireNonNull(replaces, "replaces");
        }

        /**
         * {@return why it is proposed, in the reader's language (French or English), times in the meeting's zone}
         *
         * @param locale the reader's locale; not null
         */
        public String reason(Locale locale) {
            Phrasebook book = Phrasebook.of(Objects.requireNonNull(locale, "locale"));
            return switch (kind) {
                case SPARE -> book.text("disruption.proposal.spare", name, equipmentKind, replaces);
                case OTHER_ROOM -> book.text("disruption.proposal.room", name, building, capacity, seatsNeeded);
                case OTHER_TIME -> room.isPresent()
                        ? book.text("disruption.proposal.time", book.dayTime(when.start().atZone(zone)), requiredAttendees, name)
                        : book.text("disruption.proposal.time.no-room", book.dayTime(when.start().atZone(zone)),
                                requiredAttendees);
            };
        }
    }

    /**
     * The proposals for one hit, best first.
     *
     * @param hit the meeting or occurrence hit
     * @param proposals the replacements, in the order of {@link Kind}, each tried against the agenda
     * @param timesNotSearched why no other time was looked for, if none was: the slot finder's problem
     *     (a required attendee without availability), or {@code disruption.times.unsearchable}
     *     (the hit is in the past, or no window is left for an occurrence)
     */
    public record Options(ResourceOutage.Hit hit, List<Proposal> proposals, Optional<Problem> timesNotSearched) {
        /**
         * The options of a hit.
         *
         * @param hit the meeting or occurrence hit; not null
         * @param proposals the replacements; not null
         * @param timesNotSearched why no other time was looked for; not null
         */
        public Options {
            Objects.requireNonNull(hit, "hit");
            proposals = List.copyOf(proposals);
            Objects.requireNonNull(timesNotSearched, "timesNotSearched");
        }
    }

    /** What the host chose for one hit. Implementations are immutable records. */
    public sealed interface Choice permits Choice.Take, Choice.Cancel, Choice.KeepWithout {
        /**
         * Take a proposal.
         *
         * @param proposal the proposal, made for the same hit
         */
        record Take(Proposal proposal) implements Choice {
            /**
             * The choice.
             *
             * @param proposal the proposal; not null
             */
            public Take {
                Objects.requireNonNull(proposal, "proposal");
            }
        }

        /**
         * Call the meeting off (or only the occurrence hit, for a series). The reason goes with the
         * cancellation of a meeting ({@link MeetingEvent.Cancelled#reason()}); for one occurrence it
         * is checked, but the occurrence's change carries no reason.
         *
         * @param reason why, as the attendees will read it (one paragraph)
         */
        record Cancel(String reason) implements Choice {
            /**
             * The choice.
             *
             * @param reason why; not null
             */
            public Cancel {
                Objects.requireNonNull(reason, "reason");
            }
        }

        /** Keep the meeting where it is without the item out of service (it could do without). */
        record KeepWithout() implements Choice {}

        /**
         * {@return the choice of {@code proposal}}
         *
         * @param proposal a proposal made for the hit; not null
         */
        static Choice take(Proposal proposal) {
            return new Take(proposal);
        }

        /**
         * {@return the choice to call off the meeting, or the occurrence hit}
         *
         * @param reason why, as the attendees will read it; not null
         */
        static Choice cancel(String reason) {
            return new Cancel(reason);
        }

        /** {@return the choice to keep the meeting without the item of equipment out of service} */
        static Choice keepWithout() {
            return new KeepWithout();
        }
    }

    /**
     * What became of one hit.
     *
     * @param hit the meeting or occurrence hit
     * @param choice what was chosen
     * @param meeting the meeting (the series, for an occurrence) as it now is
     */
    public record Resolved(ResourceOutage.Hit hit, Choice choice, Meeting meeting) {
        /**
         * What became of a hit.
         *
         * @param hit the hit; not null
         * @param choice what was chosen; not null
         * @param meeting the meeting as it now is; not null
         */
        public Resolved {
            Objects.requireNonNull(hit, "hit");
            Objects.requireNonNull(choice, "choice");
            Objects.requireNonNull(meeting, "meeting");
        }

        /** {@return where the meeting (or occurrence) now takes place; empty if it was called off} */
        public Optional<Interval> now() {
            if (choice instanceof Choice.Cancel) {
                return Optional.empty();
            }
            return Optional.of(choice instanceof Choice.Take t ? t.proposal().when() : hit.interval());
        }
    }

    /**
     * The outcome of {@link #apply}: the agenda with every hit resolved, and whom to tell.
     *
     * @param agenda the agenda after the decision: the state to keep
     * @param resolved what became of each hit, in the order of the hits
     * @param events the meeting events, in the order they were decided: updates ({@link MeetingEvent.Moved},
     *     {@link MeetingEvent.OccurrenceChanged}) and cancellations, each with its recipients
     */
    public record Resolution(Agenda agenda, List<Resolved> resolved, List<MeetingEvent> events) implements Outcome<Agenda> {
        /**
         * The outcome.
         *
         * @param agenda the agenda after the decision
         * @param resolved what became of each hit
         * @param events the meeting events
         */
        public Resolution {
            Objects.requireNonNull(agenda, "agenda");
            resolved = List.copyOf(resolved);
            events = List.copyOf(events);
        }

        /** The agenda after the decision, as {@link Outcome#state()}: the same as {@link #agenda()}. */
        @Override
        public Agenda state() {
            return agenda;
        }

        /**
         * {@return the logistics tasks of the meetings and occurrences moved to another time, due before their
         * new day, in order of due day}
         *
         * @param calendar the working days to count back with; not null
         */
        public List<Meeting.DatedTask> tasks(BusinessCalendar calendar) {
            Objects.requireNonNull(calendar, "calendar");
            List<Meeting.DatedTask> out = new ArrayList<>();
            for (Resolved r : resolved) {
                if (r.choice() instanceof Choice.Take t && t.proposal().kind() == Kind.OTHER_TIME) {
                    Interval at = t.proposal().when();
                    r.meeting().tasks(calendar, at).stream().filter(d -> d.occurrence().equals(at)).forEach(out::add);
                }
            }
            out.sort(java.util.Comparator.comparing((Meeting.DatedTask d) -> d.due().due())
                    .thenComparing(d -> d.occurrence().start()));
            return List.copyOf(out);
        }
    }

    /**
     * Proposes replacements for each hit, in the order of the hits.
     *
     * <p>Cost: per hit, one look at each room and piece of equipment, one slot search, and one trial
     * decision per candidate (for an occurrence, a walk of its series); bounded by {@link #MAX_ROOMS} and
     * {@link #MAX_TIMES} proposals of each kind.
     *
     * @param agenda the agenda with the outage (the one {@link Agenda#putOutOfService} returned); not null
     * @param hits the hits to propose for, as {@link Agenda.OutageChange#hits()} lists them; not null
     * @param availabilities the availability of the attendees, for other times (a required attendee without
     *     one gives no time: {@link Options#timesNotSearched()}); not null
     * @param ctx who asks, and when (nothing is proposed before {@link Context#at()}); not null
     * @return the options, one per hit; a hit whose meeting is gone or cancelled has no proposal
     * @throws NullPointerException if an argument is null
     */
    public static List<Options> propose(Agenda agenda, List<ResourceOutage.Hit> hits, Collection<Availability> availabilities,
                                        Context ctx) {
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(availabilities, "availabilities");
        Objects.requireNonNull(ctx, "ctx");
        List<Availability> known = List.copyOf(availabilities);
        return hits.stream().map(h -> Replacements.options(agenda, Objects.requireNonNull(h, "hit"), known, ctx)).toList();
    }

    /**
     * Applies one choice per hit, all or nothing, in the order of {@code hits}.
     *
     * @param agenda the agenda the hits were listed from (or a later one); not null
     * @param hits every hit of the outage; not null
     * @param choices one choice per hit; not null
     * @param ctx who decides, and when; not null
     * @return the resolution, or {@code disruption.unresolved} (hits without a choice: details {@code count}
     *     and {@code hits}, the first 20), {@code disruption.choice.unknown-hit} (a choice for a hit not
     *     listed), {@code disruption.choice.other-hit} (a proposal made for another hit),
     *     {@code disruption.choice.not-applicable} (keeping without a room, or without an item for one
     *     occurrence of a series), {@code disruption.hit.stale} (the meeting no longer holds the resource
     *     then: the agenda changed since the hits were listed), or the refusal of the agenda's decision
     *     for that hit ({@code agenda.room.double-booked} when two choices take the same room, ...);
     *     all but the first with detail {@code hit}
     * @throws NullPointerException if an argument is null
     */
    public static Either<Problem, Resolution> apply(Agenda agenda, List<ResourceOutage.Hit> hits,
                                                    Map<ResourceOutage.Hit, Choice> choices, Context ctx) {
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(ctx, "ctx");
        List<ResourceOutage.Hit> listed = List.copyOf(hits);
        Map<ResourceOutage.Hit, Choice> chosen = new LinkedHashMap<>(choices);
        List<ResourceOutage.Hit> left = listed.stream().filter(h -> !chosen.containsKey(h)).toList();
        if (!left.isEmpty()) {
            return Either.left(Problem.of("disruption.unresolved", left.size() + " meeting(s) hit have no choice")
                    .with("count", left.size())
                    .with("hits", String.join(", ", left.stream().limit(20).map(Object::toString).toList())));
        }
        Set<ResourceOutage.Hit> all = new HashSet<>(listed);
        for (ResourceOutage.Hit h : chosen.keySet()) {
            if (!all.contains(h)) {
                return Either.left(Problem.of("disruption.choice.unknown-hit", "A choice is for a meeting not hit: " + h)
                        .with("hit", h.toString()));
            }
        }
        Agenda a = agenda;
        List<Resolved> resolved = new ArrayList<>();
        List<MeetingEvent> events = new ArrayList<>();
        for (ResourceOutage.Hit h : listed) {
            Choice c = chosen.get(h);
            Either<Problem, Agenda.Change> done = Replacements.resolve(a, h, c, ctx);
            if (done.isLeft()) {
                return Either.left(done.getLeft().with("hit", h.toString()));
            }
            a = done.get().agenda();
            events.addAll(done.get().events());
            resolved.add(new Resolved(h, c, done.get().meeting()));
        }
        return Either.right(new Resolution(a, resolved, events));
    }

}
