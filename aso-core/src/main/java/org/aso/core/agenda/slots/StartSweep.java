package org.aso.core.agenda.slots;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Equipment;
import org.aso.core.agenda.Room;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Interval;

/**
 * The engine of {@link SlotFinder}: a sweep over the candidate starts on the request's grid that
 * asks each {@link StartRule} for the earliest start it allows at or after the current one and
 * jumps there, until every rule agrees. Each rule reads its busy spans and periods forward only, so
 * a sweep costs about the number of spans and days it passes over, not (starts x spans). It also
 * builds the rules of a request: one per required attendee, the times of day, the same day, each
 * kind of mobile equipment, the room.
 *
 * <p>Times are epoch seconds. The sweep only moves forward; composites that take a minimum
 * ({@link AnyOf}) remember each member's last answer.
 */
final class StartSweep {
    /** A rule with what it is about: the kind and subject of its {@link Blocker}, and a description. */
    record Constraint(Blocker.Kind kind, String subject, String description, StartRule rule) {}

    /** What one sweep looks for: the parts of a request that relaxations change. */
    record Plan(List<Availability> required, long duration, long from, long to, boolean needRoom, List<Room> rooms,
                Set<String> mobileKinds, boolean sameDay, boolean timeOfDay) {
        Plan withRequired(List<Availability> r) {
            return new Plan(r, duration, from, to, needRoom, rooms, mobileKinds, sameDay, timeOfDay);
        }

        Plan withDuration(long d) {
            return new Plan(required, d, from, to, needRoom, rooms, mobileKinds, sameDay, timeOfDay);
        }

        Plan withTo(long end) {
            return new Plan(required, duration, from, end, needRoom, rooms, mobileKinds, sameDay, timeOfDay);
        }

        Plan withRooms(List<Room> r) {
            return new Plan(required, duration, from, to, needRoom, r, mobileKinds, sameDay, timeOfDay);
        }

        Plan withMobileKinds(Set<String> k) {
            return new Plan(required, duration, from, to, needRoom, rooms, k, sameDay, timeOfDay);
        }

        Plan withoutSameDay() {
            return new Plan(required, duration, from, to, needRoom, rooms, mobileKinds, false, timeOfDay);
        }

        Plan withoutTimeOfDay() {
            return new Plan(required, duration, from, to, needRoom, rooms, mobileKinds, sameDay, false);
        }
    }

    private final Agenda agenda;
    private final SlotRequest request;
    private final long now;
    private final long grid;
    private final Map<String, List<Equipment>> mobileByKind = new HashMap<>();

    StartSweep(Agenda agenda, SlotRequest request, long now) {
        this.agenda = agenda;
        this.request = request;
        this.now = now;
        this.grid = request.granularity().toSeconds();
        for (Equipment e : agenda.equipment()) {
            if (e.isMobile()) {
                mobileByKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
            }
        }
        mobileByKind.values().forEach(l -> l.sort(java.util.Comparator.comparing(x -> x.id().value())));
    }

    /** The mobile items of a kind, in the order of the equipment rule's members. */
    List<Equipment> mobile(String kind) {
        return mobileByKind.getOrDefault(kind, List.of());
    }

    long align(long t) {
        if (t >= StartRule.NEVER) {
            return StartRule.NEVER;
        }
        return Math.floorDiv(t + grid - 1, grid) * grid;
    }

    /** The first candidate start of a plan (on the grid, not before "now"). */
    long firstCandidate(Plan p) {
        return align(Math.max(p.from(), now));
    }

    /** The candidate starts of a plan, counted up to {@code limit}. */
    int candidates(Plan p, int limit) {
        long first = firstCandidate(p);
        long last = p.to() - p.duration();
        if (first > last) {
            return 0;
        }
        return (int) Math.min(limit, (last - first) / grid + 1);
    }

    // ------------------------------------------------------------------ sweeping

    /** The first feasible start at or after {@code t} under all rules, or {@link StartRule#NEVER}. */
    long first(Plan p, List<StartRule> rules, long t) {
        long d = p.duration();
        long last = p.to() - d;
        long x = align(t);
        sweep:
        while (x <= last) {
            for (StartRule r : rules) {
                long y = r.next(x, d);
                if (y != x) {
                    x = align(y);
                    continue sweep;
                }
            }
            return x;
        }
        return StartRule.NEVER;
    }

    /**
     * The feasible starts of a plan under these rules, from {@code t}, counted up to
     * {@code limit}; each run of starts every rule allows is counted at once.
     */
    int count(Plan p, List<StartRule> rules, long t, int limit) {
        long n = 0;
        long d = p.duration();
        long last = p.to() - d;
        while (n < limit) {
            t = first(p, rules, t);
            if (t == StartRule.NEVER) {
                break;
            }
            long e = last;
            for (StartRule r : rules) {
                e = Math.min(e, r.end(t, d));
            }
            long k = Math.floorDiv(e - t, grid) + 1;
            n += k;
            t += k * grid;
        }
        return (int) Math.min(n, limit);
    }

    /** The feasible starts of a plan under these rules, counted up to {@code limit}. */
    int count(Plan p, List<StartRule> rules, int limit) {
        return count(p, rules, firstCandidate(p), limit);
    }

    int count(Plan p, int limit) {
        return count(p, rules(p).stream().map(Constraint::rule).toList(), limit);
    }

    // ------------------------------------------------------------------ rules

    /** Fresh rules for a plan, the cheap and selective ones first. */
    List<Constraint> rules(Plan p) {
        List<Constraint> others = others(p);
        int k = (p.timeOfDay() ? 1 : 0) + (p.sameDay() ? 1 : 0);
        List<Constraint> out = new ArrayList<>(others.subList(0, k));
        Map<BusinessCalendar, AllowedPeriods> hours = new IdentityHashMap<>();
        for (Availability a : p.required()) {
            // attendees of one calendar share its reader of working periods
            out.add(new Constraint(Blocker.Kind.ATTENDEE, a.person().value(), a.person().value()
                    + " (working hours, holidays, meetings, notice)",
                    attendee(a, hours.computeIfAbsent(a.calendar(), c -> AllowedPeriods.of(c, horizon(p))))));
        }
        out.addAll(others.subList(k, others.size()));
        return out;
    }

    private static long horizon(Plan p) {
        return p.to() + 86_400;
    }

    /** The rule of one required attendee: in their working hours, free, after their notice, where their calendar is known. */
    StartRule attendee(Availability a, AllowedPeriods hours) {
        return new FreeInPeriods(hours, new BusySpans.FreeStarts(a.busySpans()), Math.max(now + a.minimumNotice().toSeconds(),
                a.coveredFrom()), a.coveredTo());
    }

    /** The earliest start the attendee's notice and known calendar allow. */
    long attendeeFrom(Availability a) {
        return Math.max(now + a.minimumNotice().toSeconds(), a.coveredFrom());
    }

    /** Fresh rules for a plan's constraints other than its attendees, in the order of {@link #rules}. */
    List<Constraint> others(Plan p) {
        long horizon = horizon(p);
        List<Constraint> out = new ArrayList<>();
        if (p.timeOfDay()) {
            ZoneId zone = request.dayZone();
            LocalTime from = request.earliest().orElse(LocalTime.MIDNIGHT);
            AllowedPeriods periods = new AllowedPeriods((date, sink) -> {
                if (!org.aso.core.kernel.Limits.contains(date)) {
                    return;
                }
                long s = date.atTime(from).atZone(zone).toEpochSecond();
                long e = request.latest().map(l -> date.atTime(l).atZone(zone).toEpochSecond())
                        .orElse(date.plusDays(1).atStartOfDay(zone).toEpochSecond());
                if (s < e) {
                    sink.add(s, e);
                }
            }, zone, horizon);
            out.add(new Constraint(Blocker.Kind.TIME_OF_DAY, "", "the times of day " + request.earliest().map(Object::toString)
                    .orElse("00:00") + "-" + request.latest().map(Object::toString).orElse("24:00") + " (" + zone + ")",
                    periods));
        }
        if (p.sameDay()) {
            out.add(new Constraint(Blocker.Kind.SAME_DAY, "", "the same date for every required attendee", new SameDay(zones(p))));
        }
        for (String kind : p.mobileKinds()) {
            List<Equipment> items = mobileByKind.getOrDefault(kind, List.of());
            List<StartRule> each = new ArrayList<>();
            for (Equipment e : items) {
                each.add(new Bookings(agenda, e.id(), horizon));
            }
            out.add(new Constraint(Blocker.Kind.EQUIPMENT, kind, items.isEmpty() ? "no mobile " + kind + " exists"
                    : "the " + items.size() + " mobile " + kind + "(s)", new AnyOf(each)));
        }
        if (p.needRoom()) {
            out.add(new Constraint(Blocker.Kind.ROOM, "", p.rooms().isEmpty() ? "no room meets the needs"
                    : "the " + p.rooms().size() + " adequate room(s)", roomRule(p.rooms(), horizon)));
        }
        return out;
    }

    /** The zones whose dates the same-day constraint compares: the required attendees' and the request's. */
    Set<ZoneId> zones(Plan p) {
        Set<ZoneId> zones = new LinkedHashSet<>();
        p.required().forEach(a -> zones.add(a.calendar().zone()));
        request.zone().ifPresent(zones::add);
        return zones;
    }

    /** The rule for rooms, in the order given (smallest adequate first). */
    AnyOf roomRule(List<Room> rooms, long horizon) {
        List<StartRule> each = new ArrayList<>();
        for (Room room : rooms) {
            Bookings booked = new Bookings(agenda, room.id(), horizon);
            each.add(room.bookableHours().isEmpty() ? booked
                    : new FreeInPeriods(AllowedPeriods.of(room.bookableHours().get(), horizon), booked, Long.MIN_VALUE / 4, StartRule.NEVER));
        }
        return new AnyOf(each);
    }

    /**
     * Starts of spans that lie inside one allowed period ({@code hours}), meet nothing taken,
     * start at or after {@code from} and end by {@code to}.
     */
    static final class FreeInPeriods implements StartRule {
        private final AllowedPeriods hours;
        private final StartRule taken;
        private final long from;
        private final long to;

        FreeInPeriods(AllowedPeriods hours, StartRule taken, long from, long to) {
            this.hours = hours;
            this.taken = taken;
            this.from = from;
            this.to = to;
        }

        @Override
        public long next(long t, long d) {
            long x = Math.max(t, from);
            while (true) {
                if (x > to - d) {
                    return NEVER;
                }
                long y = hours.next(x, d);
                if (y >= NEVER) {
                    return NEVER;
                }
                long z = taken.next(y, d);
                if (z == y) {
                    return y > to - d ? NEVER : y;
                }
                x = z;
            }
        }

        @Override
        public long end(long x, long d) {
            return Math.min(to - d, Math.min(hours.end(x, d), taken.end(x, d)));
        }
    }

    /** Starts whose span falls on one date in each zone, the same date in all of them. */
    static final class SameDay implements StartRule {
        private final ZoneId[] zones;

        SameDay(Set<ZoneId> zones) {
            this.zones = zones.toArray(new ZoneId[0]);
        }

        @Override
        public long next(long t, long d) {
            long x = t;
            for (int guard = 0; guard < 64; guard++) {
                LocalDate date = null;
                boolean ok = true;
                long jump = NEVER;
                for (ZoneId zone : zones) {
                    LocalDate s = Instant.ofEpochSecond(x).atZone(zone).toLocalDate();
                    LocalDate e = Instant.ofEpochSecond(x + d - 1).atZone(zone).toLocalDate();
                    if (!s.equals(e) || date != null && !date.equals(s)) {
                        ok = false;
                    }
                    date = date == null ? s : date;
                    jump = Math.min(jump, s.plusDays(1).atStartOfDay(zone).toEpochSecond());
                    jump = Math.min(jump, e.plusDays(1).atStartOfDay(zone).toEpochSecond() - d + 1);
                }
                if (ok) {
                    return x;
                }
                x = Math.max(x + 1, jump);
            }
            return x;
        }

        @Override
        public long end(long x, long d) {
            // the span stays on the same date in every zone until it would reach the next one
            long e = NEVER;
            for (ZoneId zone : zones) {
                LocalDate s = Instant.ofEpochSecond(x).atZone(zone).toLocalDate();
                e = Math.min(e, s.plusDays(1).atStartOfDay(zone).toEpochSecond() - d);
            }
            return Math.max(x, e);
        }
    }

    /** Starts on the grid inside given runs of grid indices {@code [lo, hi]}, in order. */
    static final class Runs implements StartRule {
        private final long[] lo;
        private final long[] hi;
        private final int size;
        private final long grid;
        private int at;

        Runs(long[] lo, long[] hi, int size, long grid) {
            this.lo = lo;
            this.hi = hi;
            this.size = size;
            this.grid = grid;
        }

        @Override
        public long next(long t, long d) {
            while (at < size && hi[at] * grid < t) {
                at++;
            }
            return at == size ? NEVER : Math.max(t, lo[at] * grid);
        }

        @Override
        public long end(long x, long d) {
            return at == size ? x : hi[at] * grid;
        }
    }

    /**
     * The earliest start any member allows (rooms: any adequate room; equipment: any item of the
     * kind); remembers each member's last answer, which stays right for any later start below it.
     */
    static final class AnyOf implements StartRule {
        private final List<StartRule> members;
        private final long[] last;

        AnyOf(List<StartRule> members) {
            this.members = members;
            this.last = new long[members.size()];
            java.util.Arrays.fill(last, Long.MIN_VALUE);
        }

        @Override
        public long next(long t, long d) {
            long best = NEVER;
            for (int i = 0; i < last.length; i++) {
                if (last[i] < t) {
                    last[i] = members.get(i).next(t, d);
                }
                best = Math.min(best, last[i]);
            }
            return best;
        }

        @Override
        public long end(long x, long d) {
            long e = x;
            for (int i = 0; i < last.length; i++) {
                if (last[i] == x) {
                    e = Math.max(e, members.get(i).end(x, d));
                }
            }
            return e;
        }

        /** The index of the first member that allows exactly {@code t} (after {@link #next} returned {@code t}). */
        int firstAt(long t) {
            for (int i = 0; i < last.length; i++) {
                if (last[i] == t) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * A room's or a piece of equipment's bookings, read from the agenda a few weeks at a time as
     * the sweep moves on.
     */
    static final class Bookings implements StartRule {
        private static final long CHUNK = 28L * 86_400;
        private final Agenda agenda;
        private final org.aso.core.kernel.Identifier resource;
        private final long horizon;
        private long[] starts = new long[16];
        private long[] ends = new long[16];
        private int size;
        private int at;
        private long loadedTo = Long.MIN_VALUE;

        Bookings(Agenda agenda, org.aso.core.kernel.Identifier resource, long horizon) {
            this.agenda = agenda;
            this.resource = resource;
            this.horizon = horizon;
        }

        @Override
        public long next(long t, long d) {
            if (loadedTo == Long.MIN_VALUE) {
                loadedTo = t; // the first chunk also returns the booking under way at t
            }
            while (at < size && ends[at] <= t) {
                at++;
            }
            long x = t;
            int i = at;
            while (true) {
                while (i >= size && x + d > loadedTo && loadedTo < horizon) {
                    load();
                }
                if (i >= size) {
                    return x;
                }
                if (starts[i] >= x + d) {
                    if (x + d <= loadedTo || loadedTo >= horizon) {
                        return x;
                    }
                    load();
                    continue;
                }
                x = Math.max(x, ends[i]);
                i++;
            }
        }

        @Override
        public long end(long x, long d) {
            while (at < size && ends[at] <= x) {
                at++;
            }
            if (at < size) {
                return Math.max(x, starts[at] - d);
            }
            return loadedTo >= horizon ? NEVER : Math.max(x, loadedTo - d);
        }

        private void load() {
            long to = Math.min(loadedTo + CHUNK, horizon);
            List<Interval> taken = agenda.unavailable(resource, Interval.of(Instant.ofEpochSecond(loadedTo), Instant.ofEpochSecond(to)));
            for (Interval t : taken) {
                long s = EpochSeconds.floor(t.start());
                long e = EpochSeconds.ceil(t.end());
                if (size > 0 && s < ends[size - 1]) {
                    ends[size - 1] = Math.max(ends[size - 1], e); // seen in the previous chunk already
                    continue;
                }
                if (size == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, size * 2);
                    ends = java.util.Arrays.copyOf(ends, size * 2);
                }
                starts[size] = s;
                ends[size] = e;
                size++;
            }
            loadedTo = to;
        }
    }
}
