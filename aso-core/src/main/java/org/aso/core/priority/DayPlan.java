package org.aso.core.priority;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.kernel.Interval;

/**
 * The day's (or week's) plan made by {@link DayPlanner}: blocks of work in the free time, and the
 * items that could not be placed, each with the reason.
 *
 * <p>Blocks are disjoint and in time order; an item cut across gaps has several blocks. The order
 * in which the planner took the items is kept in {@link #order()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DayPlan {
    /** One block of work on a task. */
    public record Block(TaskId task, Interval interval) {
        /**
         * @param task the task worked on
         * @param interval when
         * @throws NullPointerException if an argument is null
         */
        public Block {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(interval, "interval");
        }
    }

    /** Why an item (or the rest of it) is not in the plan. */
    public enum Reason {
        /** Not enough free time left in the window after the item's earliest start. */
        NO_ROOM,
        /** Not splittable, and no free gap left in the window is long enough for it. */
        NO_GAP_LARGE_ENOUGH,
        /** A task it depends on is not finished within the plan. */
        WAITING_FOR_DEPENDENCY
    }

    /**
     * An item not placed, or placed only in part: {@code remaining} is the work left out of the plan
     * (the whole effort unless a splittable item got some blocks).
     */
    public record Unplaced(TaskId task, Reason reason, Duration remaining) {
        /**
         * @param task the task
         * @param reason why it is not placed in full
         * @param remaining the work left out of the plan
         * @throws NullPointerException if an argument is null
         */
        public Unplaced {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(remaining, "remaining");
        }
    }

    private final Interval window;
    private final List<TaskId> order;
    private final List<Block> blocks;
    private final List<Unplaced> unplaced;

    DayPlan(Interval window, List<TaskId> order, List<Block> blocks, List<Unplaced> unplaced) {
        this.window = window;
        this.order = List.copyOf(order);
        List<Block> sorted = new ArrayList<>(blocks);
        sorted.sort((a, b) -> a.interval().compareTo(b.interval()));
        this.blocks = List.copyOf(sorted);
        this.unplaced = List.copyOf(unplaced);
    }

    /** {@return the window planned} */
    public Interval window() {
        return window;
    }

    /** {@return every item's id, in the order the planner took them (dependencies first, then deadline, urgency, id)} */
    public List<TaskId> order() {
        return order;
    }

    /** {@return the blocks, disjoint and in time order} */
    public List<Block> blocks() {
        return blocks;
    }

    /** {@return the items not placed or placed in part, in the order the planner took them} */
    public List<Unplaced> unplaced() {
        return unplaced;
    }

    /**
     * {@return the blocks of one task, in time order (empty if it got none)}
     *
     * @param task the task's id
     */
    public List<Block> blocksOf(TaskId task) {
        return blocks.stream().filter(b -> b.task().equals(task)).toList();
    }

    /**
     * When the task's work is finished in this plan; empty if it is not placed in full.
     *
     * @param task the task's id
     * @return the end of its last block, if it is placed in full
     */
    public Optional<Instant> finishOf(TaskId task) {
        if (unplaced.stream().anyMatch(u -> u.task().equals(task))) {
            return Optional.empty();
        }
        List<Block> mine = blocksOf(task);
        return mine.isEmpty() ? Optional.empty() : Optional.of(mine.get(mine.size() - 1).interval().end());
    }

    /** {@return the time planned for work, all tasks together} */
    public Duration plannedTime() {
        Duration d = Duration.ZERO;
        for (Block b : blocks) {
            d = d.plus(b.interval().duration());
        }
        return d;
    }

    /**
     * The plan for people, on the clock of {@code zone}: a title line, a line per block in time
     * order, then a line per item not placed in full with its reason.
     *
     * <pre>{@code
     * Plan du mardi 7 mai 2024 à 9 h 00 au mardi 7 mai 2024 à 17 h 30 (Europe/Paris)
     * mardi 7 mai 2024 à 9 h 00 – 10 h 30 : t-1
     * Non placée : t-3, 2 h de travail : aucun créneau libre assez long
     * }</pre>
     *
     * @param zone the zone whose clock times are shown in (the calendar's or the reader's)
     * @param locale the reader's locale (French and English shipped, English otherwise)
     * @return the lines, separated by {@code \n}
     * @throws NullPointerException if an argument is null
     */
    public String toText(java.time.ZoneId zone, java.util.Locale locale) {
        Objects.requireNonNull(zone, "zone");
        org.aso.core.internal.Phrasebook book = org.aso.core.internal.Phrasebook.of(locale);
        List<String> lines = new ArrayList<>(1 + blocks.size() + unplaced.size());
        lines.add(book.text("day-plan.title", book.dayTime(window.start().atZone(zone)),
                book.dayTime(window.end().atZone(zone)), zone.getId()));
        if (blocks.isEmpty()) {
            lines.add(book.text("day-plan.no-block"));
        }
        for (Block b : blocks) {
            java.time.ZonedDateTime start = b.interval().start().atZone(zone);
            java.time.ZonedDateTime end = b.interval().end().atZone(zone);
            lines.add(book.text("day-plan.block", book.dayTime(start),
                    end.toLocalDate().equals(start.toLocalDate()) ? book.time(end) : book.dayTime(end), b.task().value()));
        }
        for (Unplaced u : unplaced) {
            lines.add(book.text("day-plan.unplaced", u.task().value(), book.duration(u.remaining()),
                    book.text("day-plan.reason." + u.reason())));
        }
        return String.join("\n", lines);
    }

    @Override
    public String toString() {
        return "DayPlan[" + window + ", " + blocks.size() + " blocks, " + unplaced.size() + " unplaced]";
    }
}
