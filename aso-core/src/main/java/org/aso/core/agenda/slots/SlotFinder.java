package org.aso.core.agenda.slots;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Equipment;
import org.aso.core.agenda.Room;
import org.aso.core.agenda.RoomId;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;

/**
 * Finds meeting slots: ranked suggestions with their reasons, or, when nothing fits, what blocks
 * and the smallest changes that would give slots.
 *
 * <pre>{@code
 * Either<Problem, SlotAnswer> answer = SlotFinder.find(agenda, List.of(alice, bob), request, ctx.at());
 * }</pre>
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li>A slot is feasible when it starts on the request's grid, lies in the window, starts no
 *       sooner than {@code now}, and, for every required attendee, lies inside one of their working
 *       periods (holidays have none), meets none of their busy time (tentative time does not
 *       block), starts after their minimum notice and lies where their calendar is known
 *       ({@link Availability#covered()}); when a room is wanted, an adequate room is
 *       free, in service ({@link Agenda#unavailable}) and bookable for the whole slot; one free mobile
 *       item in service of each kind asked for; and the
 *       times of day and same-day constraints of the request hold.
 *   <li>Suggestions, at most {@link SlotRequest#maxSuggestions()}, are distinct choices first:
 *       the earliest feasible slot, then each time the earliest feasible slot that overlaps none
 *       of those before it (so another hour or another day, not the same hour a quarter later).
 *       Only when the window holds no more such slots are the places left filled with the
 *       earliest feasible slots not suggested yet, which overlap one already there. They are
 *       listed earliest first; each takes the smallest adequate room free then (fewest seats,
 *       then room id) and says which smaller adequate rooms were taken.
 *   <li>When nothing fits, {@link SlotAnswer#blockers()} gives each constraint with the number of
 *       candidate starts it alone leaves open, and {@link SlotAnswer#relaxations()} the changes,
 *       one at a time, that open slots: make a required attendee optional, extend the window (by
 *       up to {@link #MAX_EXTENSION}, to the end of the day of the first slot found after it, and
 *       no further than every required attendee's calendar is known),
 *       shorten the meeting (the longest length on the grid that fits), use a room that misses the
 *       needs, drop an equipment need, drop the same-day or time-of-day constraint. Counts stop at
 *       {@link #COUNT_LIMIT}.
 *   <li>Availabilities built from an agenda ({@link Availability.Builder#meetings}) are read over
 *       the whole window, and past it for the window extension, whatever horizon the host gave;
 *       an outside free/busy answer asked for a range ({@link Availability.Builder#outside(java.util.Collection,
 *       Interval)}) cannot be read further, and nothing is claimed outside its range.
 * </ul>
 *
 * <p>Problem codes: {@code agenda.slots.unknown-attendee} (a required attendee has no
 * availability), {@code agenda.slots.duplicate-availability} (two availabilities for one person),
 * {@code agenda.slots.window-too-long} (more than {@link #MAX_WINDOW}),
 * {@code agenda.slots.window-too-short} (shorter than the meeting).
 *
 * <p>Cost: suggestions cost about the busy spans and days the search passes over before it has
 * them. When nothing fits, the answer costs about one read of every required attendee's free time
 * in the window plus one step per candidate start, however many attendees there are to make
 * optional in turn (a few more reads for a longer window and a shorter meeting); each other
 * relaxation is counted only where every required attendee is free.
 *
 * <p>Only the part of the window within the supported range of instants ({@link Limits}) is
 * searched. A pure function: reads no clock ({@code now} is an argument) and keeps no state.
 */
public final class SlotFinder {
    /** The longest window searched. */
    public static final Duration MAX_WINDOW = Duration.ofDays(366);
    /** How far past the window a window extension looks. */
    public static final Duration MAX_EXTENSION = Duration.ofDays(92);
    /** Slot counts (blockers, relaxations) stop here. */
    public static final int COUNT_LIMIT = 10_000;

    private SlotFinder() {}

    /**
     * Finds slots for {@code request}.
     *
     * @param agenda rooms, equipment and their bookings; not null
     * @param availabilities one per attendee whose calendar is known (required attendees must have
     *     one; an optional one without, or outside the span their calendar covers, counts as
     *     unknown, confidence 49); those read from an agenda are read again where their horizon
     *     does not cover the window (see the class documentation); not null
     * @param request what is looked for; not null
     * @param now the current instant: nothing is suggested before it; not null
     * @return the answer, or a problem coded as listed in the class documentation
     * @throws NullPointerException if an argument is null
     */
    public static Either<Problem, SlotAnswer> find(Agenda agenda, Collection<Availability> availabilities,
                                                   SlotRequest request, Instant now) {
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(availabilities, "availabilities");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(now, "now");
        Map<PersonId, Availability> known = new HashMap<>(availabilities.size() * 2);
        for (Availability a : availabilities) {
            if (known.put(a.person(), a) != null) {
                return Either.left(Problem.of("agenda.slots.duplicate-availability",
                        "Two availabilities are given for " + a.person()).with("person", a.person()));
            }
        }
        List<Availability> required = new ArrayList<>();
        for (SlotAttendee at : request.requiredAttendees()) {
            Availability a = known.get(at.person());
            if (a == null) {
                return Either.left(Problem.of("agenda.slots.unknown-attendee",
                        "The availability of required attendee " + at.person() + " is not known").with("person", at.person()));
            }
            required.add(a);
        }
        Interval window = request.window();
        if (window.duration().compareTo(MAX_WINDOW) > 0) {
            return Either.left(Problem.of("agenda.slots.window-too-long", "Slots are looked for within " + MAX_WINDOW.toDays()
                    + " days at most").with("window", window));
        }
        if (window.duration().compareTo(request.duration()) < 0) {
            return Either.left(Problem.of("agenda.slots.window-too-short", "The window is shorter than the meeting")
                    .with("window", window).with("duration", request.duration()));
        }
        for (SlotAttendee at : request.attendees()) {
            // the agendas an availability reads are read over the whole window, whatever horizon the host gave
            known.computeIfPresent(at.person(), (p, a) -> a.over(EpochSeconds.floor(window.start()), EpochSeconds.ceil(window.end())));
        }
        required.replaceAll(a -> known.get(a.person()));
        return Either.right(new Run(agenda, known, request, now, required).answer());
    }

    /** One call's working state. */
    private static final class Run {
        private final Agenda agenda;
        private final Map<PersonId, Availability> known;
        private final SlotRequest request;
        private final long now;
        private final StartSweep sweep;
        private final StartSweep.Plan plan;
        private final Map<RoomId, Set<String>> kindsIn = new HashMap<>();
        private final int seats;
        private final Map<BusinessCalendar, Map<LocalDate, List<Interval>>> periods = new IdentityHashMap<>();
        private final BusySpans.OverlapWalker[] busyWalkers;
        private final BusySpans.OverlapWalker[] tentativeWalkers;

        Run(Agenda agenda, Map<PersonId, Availability> known, SlotRequest request, Instant now, List<Availability> required) {
            this.agenda = agenda;
            this.known = known;
            this.request = request;
            this.now = EpochSeconds.ceil(now);
            this.sweep = new StartSweep(agenda, request, this.now);
            this.busyWalkers = new BusySpans.OverlapWalker[request.attendees().size()];
            this.tentativeWalkers = new BusySpans.OverlapWalker[request.attendees().size()];
            this.seats = request.room().flatMap(RoomNeeds::seats).orElse(request.attendees().size());
            for (Room r : agenda.rooms()) {
                kindsIn.put(r.id(), new HashSet<>(r.equipment()));
            }
            for (Equipment e : agenda.equipment()) {
                e.room().ifPresent(r -> kindsIn.computeIfAbsent(r, x -> new HashSet<>()).add(e.kind()));
            }
            Set<String> roomKinds = request.room().map(RoomNeeds::equipment).orElse(Set.of());
            // the part of the window in the supported range of instants
            long from = Math.max(EpochSeconds.floor(request.window().start()), EpochSeconds.MIN);
            long to = Math.max(from, Math.min(request.window().end().getEpochSecond(), EpochSeconds.MAX));
            this.plan = new StartSweep.Plan(List.copyOf(required), request.duration().toSeconds(), from, to,
                    request.room().isPresent(), adequateRooms(roomKinds), request.equipment(), request.sameDay(),
                    request.earliest().isPresent() || request.latest().isPresent());
        }

        SlotAnswer answer() {
            int max = request.maxSuggestions();
            // distinct choices first: each next slot overlaps none before it
            Map<Long, ImmutableSuggestion.Builder> found = new java.util.TreeMap<>();
            List<StartSweep.Constraint> constraints = sweep.rules(plan);
            List<StartRule> rules = constraints.stream().map(StartSweep.Constraint::rule).toList();
            long t = sweep.firstCandidate(plan);
            while (found.size() < max) {
                t = sweep.first(plan, rules, t);
                if (t == StartRule.NEVER) {
                    break;
                }
                found.put(t, placed(t, constraints));
                t += plan.duration();
            }
            if (found.size() < max && t == StartRule.NEVER && found.size() > 0) {
                // the window holds no more distinct slots: the earliest ones left, which overlap one of those
                constraints = sweep.rules(plan);
                rules = constraints.stream().map(StartSweep.Constraint::rule).toList();
                t = sweep.firstCandidate(plan);
                while (found.size() < max) {
                    t = sweep.first(plan, rules, t);
                    if (t == StartRule.NEVER) {
                        break;
                    }
                    if (!found.containsKey(t)) {
                        found.put(t, placed(t, constraints));
                    }
                    t += grid();
                }
            }
            ImmutableSlotAnswer.Builder b = ImmutableSlotAnswer.builder()
                    .addAllSuggestions(withConfidence(new ArrayList<>(found.values()), new ArrayList<>(found.keySet())));
            if (found.isEmpty()) {
                explain(b);
            }
            return b.build();
        }

        // -------------------------------------------------------------- rooms

        private List<Room> adequateRooms(Set<String> kinds) {
            if (request.room().isEmpty()) {
                return List.of();
            }
            RoomNeeds needs = request.room().get();
            return agenda.rooms().stream()
                    .filter(r -> r.capacity() >= seats && kindsIn.get(r.id()).containsAll(kinds)
                            && (!needs.accessible() || r.accessible())
                            && needs.building().map(r.building()::equals).orElse(true))
                    .sorted(ROOM_ORDER).toList();
        }

        private static final Comparator<Room> ROOM_ORDER =
                Comparator.comparingInt(Room::capacity).thenComparing(r -> r.id().value());

        private String misses(Room r) {
            RoomNeeds needs = request.room().get();
            List<String> out = new ArrayList<>();
            if (r.capacity() < seats) {
                out.add("seats " + r.capacity() + " of " + seats);
            }
            for (String k : new java.util.TreeSet<>(needs.equipment())) {
                if (!kindsIn.get(r.id()).contains(k)) {
                    out.add("no " + k);
                }
            }
            if (needs.accessible() && !r.accessible()) {
                out.add("not accessible");
            }
            needs.building().filter(bld -> !bld.equals(r.building())).ifPresent(bld -> out.add("in building " + r.building()));
            return String.join(", ", out);
        }

        // -------------------------------------------------------------- suggestions

        /** A suggestion at {@code t} with its room and equipment (chosen now, while the rules are there). */
        private ImmutableSuggestion.Builder placed(long t, List<StartSweep.Constraint> constraints) {
            long d = plan.duration();
            Interval when = Interval.of(Instant.ofEpochSecond(t), Instant.ofEpochSecond(t + d));
            ImmutableSuggestion.Builder b = ImmutableSuggestion.builder().interval(when);
            b.requiredAttendees(plan.required().size());
            b.addReasons(plan.required().isEmpty() ? "No required attendee"
                    : "Free in working hours for all " + plan.required().size() + " required attendee(s)");
            for (StartSweep.Constraint l : constraints) {
                if (l.kind() == Blocker.Kind.ROOM && !plan.rooms().isEmpty()) {
                    StartSweep.AnyOf rooms = (StartSweep.AnyOf) l.rule();
                    int i = rooms.firstAt(t);
                    Room room = plan.rooms().get(i);
                    List<String> taken = plan.rooms().subList(0, i).stream()
                            .map(r -> r.name() + " (" + r.id() + ", " + r.capacity() + " seats)").toList();
                    String why = "Smallest adequate room free then: " + room.name() + " (" + room.id() + "), "
                            + room.capacity() + " seats for " + seats
                            + (taken.isEmpty() ? "" : "; smaller adequate rooms booked or closed then: " + String.join(", ", taken));
                    b.room(room.id()).roomReason(why).addReasons(why).roomCapacity(room.capacity()).seatsNeeded(seats)
                            .addAllSmallerRoomsTaken(plan.rooms().subList(0, i).stream().map(Room::id).toList());
                } else if (l.kind() == Blocker.Kind.EQUIPMENT) {
                    StartSweep.AnyOf items = (StartSweep.AnyOf) l.rule();
                    int i = items.firstAt(t);
                    b.addEquipment(sweep.mobile(l.subject()).get(i).id());
                }
            }
            return b;
        }

        /**
         * Adds confidences, attendee by attendee over all suggestions (each attendee's busy time is
         * read once, in order, while it is in cache), then builds the suggestions.
         */
        private List<Suggestion> withConfidence(List<ImmutableSuggestion.Builder> found, List<Long> starts) {
            int n = found.size();
            List<SlotAttendee> attendees = request.attendees();
            int[][] conf = new int[attendees.size()][n];
            Map<BusinessCalendar, Boolean[]> inHours = new IdentityHashMap<>(); // many attendees share a calendar
            long d = plan.duration();
            for (int k = 0; k < attendees.size(); k++) {
                for (int j = 0; j < n; j++) {
                    conf[k][j] = confidence(k, j, attendees.get(k), starts.get(j), d, inHours, n);
                }
            }
            List<Suggestion> out = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                double sum = 0;
                double weights = 0;
                List<String> tentative = new ArrayList<>();
                List<String> unknown = new ArrayList<>();
                List<PersonId> missing = new ArrayList<>();
                List<PersonId> tentativeIds = new ArrayList<>();
                List<PersonId> unknownIds = new ArrayList<>();
                Map<PersonId, Integer> confidence = new LinkedHashMap<>(attendees.size() * 2);
                for (int k = 0; k < attendees.size(); k++) {
                    SlotAttendee at = attendees.get(k);
                    int c = conf[k][j];
                    if (c == UNKNOWN) {
                        c = Suggestion.TENTATIVE;
                        unknown.add(at.person().value());
                        unknownIds.add(at.person());
                    } else if (c == Suggestion.BUSY) {
                        missing.add(at.person());
                    } else if (c == Suggestion.TENTATIVE) {
                        tentative.add(at.person().value());
                        tentativeIds.add(at.person());
                    }
                    confidence.put(at.person(), c);
                    sum += at.weight() * c;
                    weights += at.weight();
                }
                ImmutableSuggestion.Builder b = found.get(j);
                if (!tentative.isEmpty()) {
                    b.addReasons("Tentative then: " + String.join(", ", tentative));
                }
                if (!unknown.isEmpty()) {
                    b.addReasons("Calendar unknown: " + String.join(", ", unknown));
                }
                if (!missing.isEmpty()) {
                    b.addReasons("Optional attendee(s) who cannot come: "
                            + String.join(", ", missing.stream().map(PersonId::value).toList()));
                }
                b.addAllTentative(tentativeIds).addAllCalendarUnknown(unknownIds);
                out.add(b.putAllConfidence(confidence).overallConfidence(sum / weights).addAllMissingOptional(missing).build());
            }
            return out;
        }

        /** The confidence of an attendee whose calendar is not known then (counted as {@link Suggestion#TENTATIVE}). */
        private static final int UNKNOWN = -1;

        /** Attendee {@code k}'s confidence at suggestion {@code j}, starting at {@code t}; called with increasing {@code t}. */
        private int confidence(int k, int j, SlotAttendee at, long t, long d, Map<BusinessCalendar, Boolean[]> inHours, int n) {
            Availability a = known.get(at.person());
            if (a == null || t < a.coveredFrom() || t + d > a.coveredTo()) {
                return UNKNOWN;
            }
            if (busyWalkers[k] == null) {
                busyWalkers[k] = new BusySpans.OverlapWalker(a.busySpans());
                tentativeWalkers[k] = new BusySpans.OverlapWalker(a.tentativeSpans());
            }
            if (!at.required()) {
                if (t < now + a.minimumNotice().toSeconds() || busyWalkers[k].overlaps(t, t + d)
                        || !inHours(a.calendar(), t, d, j, inHours.computeIfAbsent(a.calendar(), c -> new Boolean[n]))) {
                    return Suggestion.BUSY;
                }
            }
            return tentativeWalkers[k].overlaps(t, t + d) ? Suggestion.TENTATIVE : Suggestion.FREE;
        }

        private boolean inHours(BusinessCalendar cal, long t, long d, int j, Boolean[] memo) {
            if (memo[j] == null) {
                memo[j] = inHours(cal, t, d);
            }
            return memo[j];
        }

        private boolean inHours(BusinessCalendar cal, long t, long d) {
            LocalDate date = Instant.ofEpochSecond(t).atZone(cal.zone()).toLocalDate();
            List<Interval> ps = periods.computeIfAbsent(cal, c -> new HashMap<>()).computeIfAbsent(date, cal::workingPeriods);
            for (Interval p : ps) {
                if (EpochSeconds.floor(p.start()) <= t && t + d <= p.end().getEpochSecond()) {
                    return true;
                }
            }
            return false;
        }

        // -------------------------------------------------------------- when nothing fits

        /** The grid index of a start. */
        private long index(long t) {
            return Math.floorDiv(t, request.granularity().toSeconds());
        }

        /** The grid index of the last start of a plan (the slot ends by its end). */
        private long lastIndex(StartSweep.Plan p) {
            return Math.floorDiv(p.to() - p.duration(), request.granularity().toSeconds());
        }

        /** The non-attendee rules of a plan, fresh. */
        private List<StartRule> others(StartSweep.Plan p) {
            return sweep.others(p).stream().map(StartSweep.Constraint::rule).toList();
        }

        /**
         * When nothing fits: the blockers and the relaxations, from one pass of a {@link AttendeeTally} over
         * the window (each attendee's count, each attendee made optional, where all are free), and
         * a few more for the window extension and a shorter meeting.
         */
        private void explain(ImmutableSlotAnswer.Builder b) {
            // the window extension reads the agendas further; past what an outside calendar covers nothing is claimed
            long ext = Math.min(request.window().end().getEpochSecond() + MAX_EXTENSION.toSeconds(), EpochSeconds.MAX);
            long readable = Math.min(ext, plan.required().stream().mapToLong(Availability::readableTo).min().orElse(ext));
            List<Availability> wider = readable <= plan.to() ? plan.required()
                    : plan.required().stream().map(a -> a.over(plan.from(), readable)).toList();
            long reach = Math.min(readable, wider.stream().mapToLong(Availability::coveredTo).min().orElse(readable));
            AttendeeTally tally = new AttendeeTally(sweep, request.granularity().toSeconds(), plan.from(), Math.max(plan.to(), reach));
            long first = index(sweep.firstCandidate(plan));
            // the shortest meeting of the SHORTEN relaxation is tried on the way
            StartSweep.Plan shortest = shortenings() > 0 ? plan.withDuration(plan.duration() - shortenings() * grid()) : null;
            AttendeeTally.Counts counts = tally.pass(plan, others(plan), first, lastIndex(plan), AttendeeTally.Mode.DETAILS, COUNT_LIMIT,
                    shortest, shortest == null ? List.of() : others(shortest));
            b.addAllBlockers(blockers(counts));
            List<Relaxation> out = new ArrayList<>();
            addSorted(out, optional(counts));
            extension(tally, wider, reach).ifPresent(out::add);
            if (counts.probeFirst != StartRule.NEVER) {
                shorter(tally).ifPresent(out::add);
            }
            if (counts.agreeRuns > 0) { // every other change keeps all the required attendees
                out.addAll(others(counts));
            }
            b.addAllRelaxations(out);
        }

        private List<Blocker> blockers(AttendeeTally.Counts counts) {
            int candidates = sweep.candidates(plan, Integer.MAX_VALUE);
            List<Blocker> out = new ArrayList<>();
            if (candidates == 0) {
                out.add(ImmutableBlocker.of(Blocker.Kind.WINDOW, "", 0, 0,
                        "The window holds no start on the grid that is not past and leaves room for the meeting"));
                return out;
            }
            List<StartSweep.Constraint> constraints = sweep.rules(plan);
            int attendee = 0;
            int other = 0;
            for (StartSweep.Constraint l : constraints) {
                int open;
                if (l.kind() == Blocker.Kind.ATTENDEE) {
                    open = (int) Math.min(COUNT_LIMIT, counts.alone[attendee++]);
                } else {
                    // fresh rules for each count: rules of one set may share forward-only readers
                    open = sweep.count(plan, List.of(sweep.others(plan).get(other++).rule()), COUNT_LIMIT);
                }
                String of = (open >= COUNT_LIMIT ? "at least " + open : String.valueOf(open)) + " of " + candidates
                        + " candidate starts";
                String msg = switch (l.kind()) {
                    case ATTENDEE -> l.subject() + " is free in working hours for " + of + " in the window"
                            + knownOnly(known.get(PersonId.of(l.subject())));
                    case ROOM -> plan.rooms().isEmpty() ? "No room meets the needs (" + needs() + ")"
                            : "An adequate room is free and bookable for " + of;
                    case EQUIPMENT -> l.description().startsWith("no ") ? "No mobile " + l.subject() + " exists"
                            : "A mobile " + l.subject() + " is free for " + of;
                    case TIME_OF_DAY -> "The times of day allow " + of;
                    case SAME_DAY -> "The same-day constraint allows " + of;
                    case WINDOW -> "";
                };
                out.add(ImmutableBlocker.of(l.kind(), l.subject(), open, candidates, msg));
            }
            out.sort(Comparator.comparingInt(Blocker::openAlone));
            if (out.stream().allMatch(x -> x.openAlone() > 0)) {
                out.add(ImmutableBlocker.of(Blocker.Kind.WINDOW, "", candidates, candidates,
                        "Each constraint leaves starts open on its own, but no start meets them all together"));
            }
            return out;
        }

        /** Where in the window the attendee's calendar is known, if that is not the whole window. */
        private String knownOnly(Availability a) {
            long from = Math.max(a.coveredFrom(), plan.from());
            long to = Math.min(a.coveredTo(), plan.to());
            if (from == plan.from() && to == plan.to()) {
                return "";
            }
            return from >= to ? " (their calendar is not known in the window)"
                    : " (their calendar is known in the window only from " + Instant.ofEpochSecond(from) + " to "
                    + Instant.ofEpochSecond(to) + ")";
        }

        private String needs() {
            RoomNeeds n = request.room().get();
            List<String> out = new ArrayList<>();
            out.add(seats + " seats");
            new java.util.TreeSet<>(n.equipment()).forEach(out::add);
            if (n.accessible()) {
                out.add("accessible");
            }
            n.building().ifPresent(b -> out.add("building " + b));
            return String.join(", ", out);
        }

        /** Each required attendee made optional in turn, from the pass's counts. */
        private List<Relaxation> optional(AttendeeTally.Counts counts) {
            List<Relaxation> group = new ArrayList<>();
            Set<ZoneId> zones = plan.sameDay() ? sweep.zones(plan) : Set.of();
            for (int k = 0; k < plan.required().size(); k++) {
                Availability a = plan.required().get(k);
                int n = (int) Math.min(COUNT_LIMIT, counts.withoutOne[k]);
                if (plan.sameDay()) {
                    List<Availability> rest = new ArrayList<>(plan.required());
                    rest.remove(k);
                    if (!sweep.zones(plan.withRequired(rest)).equals(zones)) {
                        // the only attendee in their zone: without them the same-day rule reads fewer zones
                        n = sweep.count(plan.withRequired(rest), COUNT_LIMIT);
                    }
                }
                if (n > 0) {
                    group.add(new Relaxation.MakeOptional(a.person(), n,
                            "Make " + a.person() + " optional: " + n + " slot(s)"));
                }
            }
            return group;
        }

        /** The window extended to the end of the day of the first slot after it, if one is found where the calendars are known. */
        private Optional<Relaxation> extension(AttendeeTally tally, List<Availability> wider, long reach) {
            if (reach <= plan.to()) {
                return Optional.empty();
            }
            StartSweep.Plan longer = plan.withRequired(wider).withTo(reach);
            long from = Math.max(index(sweep.firstCandidate(plan)), lastIndex(plan) + 1); // the window has none
            long first = tally.pass(longer, others(longer), from, lastIndex(longer), AttendeeTally.Mode.FIRST, 1).first;
            if (first == StartRule.NEVER) {
                return Optional.empty();
            }
            ZoneId zone = request.dayZone();
            LocalDate day = Instant.ofEpochSecond(first + plan.duration() - 1).atZone(zone).toLocalDate();
            long dayEnd = day.plusDays(1).atStartOfDay(zone).toEpochSecond();
            StartSweep.Plan to = longer.withTo(Math.min(reach, dayEnd));
            int n = (int) tally.pass(to, others(to), from, lastIndex(to), AttendeeTally.Mode.COUNT, COUNT_LIMIT).feasible;
            return Optional.of(new Relaxation.ExtendWindow(Instant.ofEpochSecond(to.to()), zone, n, (to.to() == dayEnd
                    ? "Extend the window to the end of " + day
                    : "Extend the window to " + Instant.ofEpochSecond(to.to()).atZone(zone).toLocalTime() + " on " + day)
                    + " (" + zone + "): " + n + " slot(s)"));
        }

        private long grid() {
            return request.granularity().toSeconds();
        }

        /** How many lengths the SHORTEN relaxation tries: d - g, d - 2g, ... down to a minute and a step of the grid. */
        private long shortenings() {
            return Math.max(0, Math.min(96, (plan.duration() - Math.max(grid(), 60)) / grid()));
        }

        /**
         * The longest meeting on the grid that fits, when the shortest one does: a shorter meeting
         * fits wherever a longer one does, so the lengths are searched by halves.
         */
        private Optional<Relaxation> shorter(AttendeeTally tally) {
            long g = grid();
            long first = index(sweep.firstCandidate(plan));
            long best = shortenings(); // fits
            long lo = 1;
            long hi = best - 1;
            while (lo <= hi) {
                long k = (lo + hi) >>> 1;
                StartSweep.Plan p = plan.withDuration(plan.duration() - k * g);
                if (tally.pass(p, others(p), first, lastIndex(p), AttendeeTally.Mode.FIRST, 1).first != StartRule.NEVER) {
                    best = k;
                    hi = k - 1;
                } else {
                    lo = k + 1;
                }
            }
            StartSweep.Plan p = plan.withDuration(plan.duration() - best * g);
            int n = (int) tally.pass(p, others(p), first, lastIndex(p), AttendeeTally.Mode.COUNT, COUNT_LIMIT).feasible;
            long d = p.duration();
            return Optional.of(new Relaxation.Shorten(Duration.ofSeconds(d), n,
                    "Shorten to " + d / 60 + " minutes" + (d % 60 == 0 ? "" : " " + d % 60 + " seconds") + ": " + n + " slot(s)"));
        }

        /** Changes other than to the attendees, each counted where every required attendee is free. */
        private List<Relaxation> others(AttendeeTally.Counts counts) {
            long g = request.granularity().toSeconds();
            java.util.function.ToIntFunction<StartSweep.Plan> count = p -> {
                List<StartRule> rules = new ArrayList<>();
                rules.add(counts.agreeing(g));
                rules.addAll(others(p));
                return sweep.count(p, rules, COUNT_LIMIT);
            };
            List<Relaxation> out = new ArrayList<>();
            List<Relaxation> group = new ArrayList<>();
            if (plan.needRoom()) {
                // another room
                Set<RoomId> adequate = new HashSet<>();
                plan.rooms().forEach(r -> adequate.add(r.id()));
                for (Room r : agenda.rooms().stream().sorted(ROOM_ORDER).toList()) {
                    if (!adequate.contains(r.id())) {
                        int n = count.applyAsInt(plan.withRooms(List.of(r)));
                        if (n > 0) {
                            group.add(new Relaxation.UseRoom(r.id(), n,
                                    "Use " + r.name() + " (" + r.id() + "; " + misses(r) + "): " + n + " slot(s)"));
                        }
                    }
                }
                addSorted(out, group);
            }
            // drop an equipment need
            group = new ArrayList<>();
            Set<String> roomKinds = request.room().map(RoomNeeds::equipment).orElse(Set.of());
            for (String k : new java.util.TreeSet<>(roomKinds)) {
                Set<String> fewer = new LinkedHashSet<>(roomKinds);
                fewer.remove(k);
                int n = count.applyAsInt(plan.withRooms(adequateRooms(fewer)));
                if (n > 0) {
                    group.add(new Relaxation.DropEquipment(k, false, n,
                            "Do without a room with " + k + ": " + n + " slot(s)"));
                }
            }
            for (String k : new java.util.TreeSet<>(plan.mobileKinds())) {
                Set<String> fewer = new LinkedHashSet<>(plan.mobileKinds());
                fewer.remove(k);
                int n = count.applyAsInt(plan.withMobileKinds(fewer));
                if (n > 0) {
                    group.add(new Relaxation.DropEquipment(k, true, n,
                            "Do without a mobile " + k + ": " + n + " slot(s)"));
                }
            }
            addSorted(out, group);
            if (plan.sameDay()) {
                int n = count.applyAsInt(plan.withoutSameDay());
                if (n > 0) {
                    out.add(new Relaxation.DropSameDay(n,
                            "Allow different dates for attendees in other zones: " + n + " slot(s)"));
                }
            }
            if (plan.timeOfDay()) {
                int n = count.applyAsInt(plan.withoutTimeOfDay());
                if (n > 0) {
                    out.add(new Relaxation.DropTimeOfDay(n,
                            "Allow any time of day: " + n + " slot(s)"));
                }
            }
            return out;
        }

        private static void addSorted(List<Relaxation> out, List<Relaxation> group) {
            group.sort(Comparator.comparingInt(Relaxation::slots).reversed());
            out.addAll(group);
        }
    }
}
