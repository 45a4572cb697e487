package org.aso.core.disruption;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.Registers;
import org.aso.core.internal.Phrasebook;
import org.aso.core.kernel.OrgChartHistory;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Outcome;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.priority.Task;

/**
 * What a {@link Reorganisation} did: the registers, tasks and people after it, the charts with the
 * new one added, what moved from which unit to which, and the registers' events.
 *
 * <p>{@link #events()} are the registers' {@code EntryEvent.Redirected} events, in register order
 * then entry order: a host that stores events appends each to its register's history. Tasks and
 * people have no history of their own: the host stores {@link #tasks()} and {@link #people()}, and
 * {@link #moved()} records from which unit each came.
 *
 * @param registers the registers after it
 * @param tasks the tasks after it, in the host's order
 * @param people the people after it, in the host's order
 * @param orgCharts the charts, the new one in force from the plan's instant
 * @param moved each letter, task and person moved, letters first, then tasks, then people
 * @param events the registers' events, in the order they were decided
 * @param by who decided it
 * @param at when
 */
public record ReorganisationOutcome(Registers registers, List<Task> tasks, List<Person> people,
                                    OrgChartHistory orgCharts, List<Moved> moved, List<EntryEvent> events,
                                    PersonId by, java.time.Instant at) implements Outcome<Registers> {

    /**
     * One thing moved from an old unit to a new one.
     *
     * @param kind a letter, a task or a person
     * @param id the entry's, task's or person's id text
     * @param from the old unit
     * @param to the new unit
     */
    public record Moved(Kind kind, String id, OrgUnitId from, OrgUnitId to) {
        /**
         * A move.
         *
         * @param kind the kind; not null
         * @param id the id text; not null
         * @param from the old unit; not null
         * @param to the new unit; not null
         * @throws NullPointerException if an argument is null
         */
        public Moved {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** What moved. */
    public enum Kind {
        /** an open register entry assigned for action to the old unit */
        LETTER,
        /** an open task answerable to the old unit */
        TASK,
        /** a member of the old unit */
        PERSON
    }

    /**
     * An outcome.
     *
     * @param registers the registers after; not null
     * @param tasks the tasks after; not null, no null element (copied)
     * @param people the people after; not null, no null element (copied)
     * @param orgCharts the charts; not null
     * @param moved what moved; not null, no null element (copied)
     * @param events the events; not null, no null element (copied)
     * @param by who decided; not null
     * @param at when; not null
     * @throws NullPointerException if an argument or an element is null
     */
    public ReorganisationOutcome {
        Objects.requireNonNull(registers, "registers");
        tasks = List.copyOf(tasks);
        people = List.copyOf(people);
        Objects.requireNonNull(orgCharts, "orgCharts");
        moved = List.copyOf(moved);
        events = List.copyOf(events);
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }

    /** {@return the registers after the reorganisation, as {@link #registers()}} */
    @Override
    public Registers state() {
        return registers;
    }

    /**
     * {@return how many of a kind moved from {@code from} to {@code to}}
     *
     * @param kind the kind; not null
     * @param from the old unit; not null
     * @param to the new unit; not null
     */
    public long count(Kind kind, OrgUnitId from, OrgUnitId to) {
        return moved.stream().filter(m -> m.kind() == kind && m.from().equals(from) && m.to().equals(to)).count();
    }

    /**
     * The summary a person reads: who decided it and when, from when the new chart is in force, and
     * per old and new unit how many letters, tasks and people moved, for example:
     * <pre>
     * Reorganisation by p-3 on Mon 9 Mar 2026 08:30, new chart in force from Wed 1 Apr 2026 00:00
     * - S2 to S5: 2 letters, 1 task, 1 person
     * </pre>
     *
     * @param locale the reader's locale (French and English shipped); not null
     * @param zone the reader's time zone; not null
     * @return the text, lines separated by {@code \n}
     * @throws NullPointerException if an argument is null
     */
    public String toText(Locale locale, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        Phrasebook book = Phrasebook.of(locale);
        StringBuilder out = new StringBuilder(book.text("reorganisation.heading", by.value(),
                book.dayTime(at.atZone(zone)), book.dayTime(orgCharts.latestFrom().atZone(zone))));
        Map<List<OrgUnitId>, long[]> counts = new LinkedHashMap<>();
        for (Moved m : moved) {
            counts.computeIfAbsent(List.of(m.from(), m.to()), k -> new long[3])[m.kind().ordinal()]++;
        }
        for (Map.Entry<List<OrgUnitId>, long[]> e : counts.entrySet()) {
            List<String> parts = new ArrayList<>();
            String[] keys = {"reorganisation.letters", "reorganisation.tasks", "reorganisation.people"};
            for (int i = 0; i < keys.length; i++) {
                if (e.getValue()[i] > 0) {
                    parts.add(book.text(keys[i], e.getValue()[i]));
                }
            }
            out.append('\n').append(book.text("reorganisation.line", e.getKey().get(0).value(),
                    e.getKey().get(1).value(), String.join(", ", parts)));
        }
        return out.toString();
    }
}
