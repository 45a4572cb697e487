package org.aso.core.agenda.slots;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aso.core.kernel.Interval;
import org.immutables.value.Value;

/**
 * What a slot is looked for: who (required and optional, weighted), how long, in which window, on
 * which grid, in what kind of room, with which mobile equipment, at which times of day, and how
 * many suggestions at most.
 *
 * <pre>{@code
 * SlotRequest req = SlotRequest.builder()
 *         .addAttendees(SlotAttendee.required(director), SlotAttendee.optional(alice))
 *         .duration(Duration.ofMinutes(60))
 *         .window(Interval.of(monday, Duration.ofDays(14)))
 *         .room(RoomNeeds.builder().addEquipment("video").build())
 *         .addEquipment("projector")                      // a mobile projector, booked with the room
 *         .zone(ZoneId.of("Europe/Paris")).earliest(LocalTime.of(10, 0)).latest(LocalTime.of(16, 0))
 *         .maxSuggestions(5)
 *         .build();
 * }</pre>
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li>Starts are on the grid: multiples of {@link #granularity()} counted from
 *       1970-01-01T00:00Z (so 15 minutes gives :00, :15, :30, :45 in every zone whose offset is a
 *       whole number of quarter hours), at or after the window's start, and the slot ends by the
 *       window's end.
 *   <li>{@link #earliest()} and {@link #latest()} bound the slot's local start and end in
 *       {@link #zone()} (which they require); the slot stays within one day there.
 *   <li>{@link #sameDay()}: the slot starts and ends on the same date for every required attendee
 *       in their own zone (no "Monday evening in San Francisco, Tuesday morning in Sydney").
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SlotRequest {
    SlotRequest() {}

    /** {@return the attendees, each once} */
    public abstract List<SlotAttendee> attendees();

    /** {@return the meeting's length} */
    public abstract Duration duration();

    /** {@return where the slot must lie} */
    public abstract Interval window();

    /** {@return the step between candidate starts; 15 minutes unless given} */
    @Value.Default
    public Duration granularity() {
        return Duration.ofMinutes(15);
    }

    /** {@return the room wanted; no room (an online meeting) if absent} */
    public abstract Optional<RoomNeeds> room();

    /** {@return kinds of mobile equipment to reserve with the slot ("projector"), lower-case} */
    public abstract Set<String> equipment();

    /** {@return the zone of {@link #earliest()} and {@link #latest()}; UTC for days if absent} */
    public abstract Optional<ZoneId> zone();

    /** {@return the earliest local start time, in {@link #zone()}} */
    public abstract Optional<LocalTime> earliest();

    /** {@return the latest local end time, in {@link #zone()}} */
    public abstract Optional<LocalTime> latest();

    /** {@return true if the slot must fall on the same date for every required attendee} */
    @Value.Default
    public boolean sameDay() {
        return false;
    }

    /** {@return how many suggestions at most (1 to 100); 5 unless given} */
    @Value.Default
    public int maxSuggestions() {
        return 5;
    }

    /** {@return the required attendees} */
    public List<SlotAttendee> requiredAttendees() {
        return attendees().stream().filter(SlotAttendee::required).toList();
    }

    /** The zone in which days are read for this request: {@link #zone()}, or UTC. */
    ZoneId dayZone() {
        return zone().orElse(java.time.ZoneOffset.UTC);
    }

    /**
     * {@return the same request for a meeting of another length (to try a {@link Relaxation.Shorten})}
     *
     * @param duration the new length of the meeting: positive, at most a day
     * @throws IllegalArgumentException if the length is not positive or longer than a day
     */
    public abstract SlotRequest withDuration(Duration duration);

    /**
     * {@return the same request over another window (to try a {@link Relaxation.ExtendWindow})}
     *
     * @param window where the slot must now lie; not null
     * @throws NullPointerException if {@code window} is null
     */
    public abstract SlotRequest withWindow(Interval window);

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SlotRequest}: attendees, duration and window are required. */
    public static class Builder extends ImmutableSlotRequest.Builder {}

    @Value.Check
    void check() {
        if (attendees().isEmpty() || attendees().stream().map(SlotAttendee::person).distinct().count() != attendees().size()) {
            throw new IllegalArgumentException("A slot request names its attendees, each once: " + attendees());
        }
        if (duration().isNegative() || duration().isZero() || duration().compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("The duration is positive and at most a day: " + duration());
        }
        if (granularity().toSeconds() < 60 || granularity().compareTo(Duration.ofDays(1)) > 0
                || granularity().toNanos() % 1_000_000_000L != 0) {
            throw new IllegalArgumentException("The granularity is whole seconds, one minute to a day: " + granularity());
        }
        if (maxSuggestions() < 1 || maxSuggestions() > 100) {
            throw new IllegalArgumentException("Between 1 and 100 suggestions: " + maxSuggestions());
        }
        if ((earliest().isPresent() || latest().isPresent()) && zone().isEmpty()) {
            throw new IllegalArgumentException("Earliest and latest times of day need a zone");
        }
        if (earliest().isPresent() && latest().isPresent() && !earliest().get().isBefore(latest().get())) {
            throw new IllegalArgumentException("The earliest time is before the latest: " + earliest().get() + " / " + latest().get());
        }
        if (equipment().stream().anyMatch(e -> e.isBlank() || !e.equals(e.strip().toLowerCase(java.util.Locale.ROOT)))) {
            throw new IllegalArgumentException("Equipment kinds are trimmed lower-case words: " + equipment());
        }
    }
}
