package org.aso.docs;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.aso.core.priority.DayPlan;
import org.aso.core.priority.TaskId;

/**
 * A person's plan of the day from core's {@link DayPlan}: the blocks of work in the person's zone,
 * and what could not be placed, with why.
 *
 * @param person the person's name
 * @param day the day
 * @param plan the plan computed by core
 * @param titles the tasks' titles, by id (an id without a title prints as itself)
 * @param zone the person's zone, in which times are shown
 */
public record DayPlanSheet(String person, LocalDate day, DayPlan plan, Map<TaskId, String> titles, ZoneId zone)
        implements Draft {
    /**
     * Checks the components and copies the map.
     *
     * @param person the person
     * @param day the day
     * @param plan the plan
     * @param titles the titles
     * @param zone the zone
     */
    public DayPlanSheet {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(plan, "plan");
        titles = Map.copyOf(titles);
        Objects.requireNonNull(zone, "zone");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.DAY_PLAN;
    }

    @Override
    public String title() {
        return person;
    }

    @Override
    public Map<String, Object> values(Locale locale) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("person", person);
        v.put("date", Texts.day(day, locale));
        v.put("blocks", plan.blocks().stream().map(b -> Map.of("task", titles.getOrDefault(b.task(), b.task().value()),
                "start", Texts.time(b.interval().start().atZone(zone), locale),
                "end", Texts.time(b.interval().end().atZone(zone), locale))).toList());
        v.put("unplaced", plan.unplaced().stream().map(u -> Map.of("task", titles.getOrDefault(u.task(), u.task().value()),
                "reason", Texts.labels(locale).getOrDefault("reason." + u.reason().name(), u.reason().name()),
                "remaining", String.valueOf(u.remaining().toMinutes()))).toList());
        return java.util.Collections.unmodifiableMap(v);
    }
}
