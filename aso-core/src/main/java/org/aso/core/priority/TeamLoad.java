package org.aso.core.priority;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.aso.core.kernel.PersonId;

/**
 * The load of the people of a unit: for a date, each person's free working time, the work they
 * already owe by then, and the room left; used to suggest who could take tasks at risk.
 *
 * <pre>{@code
 * TeamLoad team = TeamLoad.of(List.of(
 *         TeamLoad.Member.of(ALICE, aliceItems, FreeTime.of(paris, agenda, ALICE, twoWeeks)),
 *         TeamLoad.Member.of(BOB, bobItems, FreeTime.of(paris, agenda, BOB, twoWeeks))), now);
 * for (Overload w : Overload.check(aliceItems, aliceFree, now)) {
 *     List<TeamLoad.Room> helpers = team.suggestFor(w, ALICE);   // most room first
 * }
 * }</pre>
 *
 * <p>The work a person owes by a date is the effort of their items due at or before it; items
 * without a deadline are not counted. Immutable and thread-safe.
 */
public final class TeamLoad {
    /** One person, the work on their desk and their free time. */
    public record Member(PersonId person, List<PlanItem> items, FreeTime free) {
        /**
         * @param person the person
         * @param items the work on their desk
         * @param free their free time
         * @throws NullPointerException if an argument is null
         */
        public Member {
            Objects.requireNonNull(person, "person");
            items = List.copyOf(items);
            Objects.requireNonNull(free, "free");
        }

        /**
         * A member.
         *
         * @param person the person
         * @param items the work on their desk
         * @param free their free time
         * @return the member
         */
        public static Member of(PersonId person, Collection<PlanItem> items, FreeTime free) {
            return new Member(person, List.copyOf(items), free);
        }
    }

    /** A person's free time, the work they owe, and what is left, before a date. */
    public record Room(PersonId person, Duration free, Duration committed) {
        /**
         * @param person the person
         * @param free their free time before the date
         * @param committed the work they owe by the date
         * @throws NullPointerException if an argument is null
         */
        public Room {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(free, "free");
            Objects.requireNonNull(committed, "committed");
        }

        /** {@return the free time not already owed to work, never negative} */
        public Duration room() {
            Duration r = free.minus(committed);
            return r.isNegative() ? Duration.ZERO : r;
        }

        /**
         * {@return true if the room is at least {@code work}}
         *
         * @param work the work to take
         */
        public boolean canTake(Duration work) {
            return room().compareTo(work) >= 0;
        }
    }

    private static final Comparator<Room> MOST_ROOM_FIRST =
            Comparator.comparing(Room::room, Comparator.reverseOrder()).thenComparing(Room::person);

    private final List<Member> members;
    private final Instant from;

    private TeamLoad(List<Member> members, Instant from) {
        this.members = members;
        this.from = from;
    }

    /**
     * {@return the load of {@code members}, counting free time from {@code from}}
     *
     * @param members the team
     * @param from the instant free time is counted from
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a person appears twice
     */
    public static TeamLoad of(Collection<Member> members, Instant from) {
        Objects.requireNonNull(from, "from");
        Set<PersonId> seen = new HashSet<>();
        for (Member m : members) {
            if (!seen.add(m.person())) {
                throw new IllegalArgumentException("A person appears twice in the team load: " + m.person());
            }
        }
        return new TeamLoad(List.copyOf(members), from);
    }

    /** {@return the members, in the order given} */
    public List<Member> members() {
        return members;
    }

    /** {@return the instant free time is counted from} */
    public Instant from() {
        return from;
    }

    /**
     * {@return every member's room before {@code date}, most room first (ties by person id)}
     *
     * @param date the date work is due by
     */
    public List<Room> before(Instant date) {
        Objects.requireNonNull(date, "date");
        List<Room> out = new ArrayList<>(members.size());
        for (Member m : members) {
            Duration owed = Duration.ZERO;
            for (PlanItem i : m.items()) {
                if (i.due().isPresent() && !i.due().get().isAfter(date)) {
                    owed = owed.plus(i.effort());
                }
            }
            out.add(new Room(m.person(), m.free().between(from, date), owed));
        }
        out.sort(MOST_ROOM_FIRST);
        return List.copyOf(out);
    }

    /**
     * {@return who could help with {@code warning}: the members other than {@code overloaded} who have some
     * room before its deadline, most room first} {@link Room#canTake(Duration)} with the
     * warning's shortfall tells who could take all of it.
     *
     * @param warning the overload to relieve
     * @param overloaded the person it concerns
     */
    public List<Room> suggestFor(Overload warning, PersonId overloaded) {
        Objects.requireNonNull(overloaded, "overloaded");
        return before(warning.deadline()).stream()
                .filter(r -> !r.person().equals(overloaded) && !r.room().isZero())
                .toList();
    }

    @Override
    public String toString() {
        return "TeamLoad[" + members.size() + " members from " + from + "]";
    }
}
