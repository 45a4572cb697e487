package org.aso.core.priority;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.aso.core.internal.Phrasebook;

/**
 * A warning that the work due by a deadline does not fit in the free working time before it:
 * the deadline, the work and the free time counted, the shortfall, and the tasks at risk.
 *
 * <pre>{@code
 * List<Overload> warnings = Overload.check(items, FreeTime.of(paris, agenda, ALICE, twoWeeks), now);
 * for (Overload w : warnings) {
 *     System.out.printf("%s: %.1f h short, at risk %s%n", w.deadline(), w.shortfallHours(), w.atRisk());
 * }
 * }</pre>
 *
 * <h2>The check</h2>
 * For each distinct deadline {@code D} of the items, the work of every item due at or before
 * {@code D} is compared with the free time in {@code [from, D)}. If the work is larger for some
 * {@code D}, no order of work can meet every deadline; if it never is, working in order of
 * deadline (earliest deadline first) meets them all. This is exact when work may be interrupted
 * and resumed in any gap and can start at {@code from}: the check looks at deadlines and efforts
 * only, not at dependencies, {@code notBefore}, splittability or minimum chunks, so it never
 * warns falsely for lack of time, and a plan may still leave out work it did not warn about.
 * Items without a deadline are not counted; an item due at or before {@code from} is overdue and
 * counts against no free time at all.
 *
 * <p>The tasks at risk of a warning are those due at its deadline that would finish late when
 * working earliest deadline first (ties: higher urgency first, then smaller id).
 *
 * <p>Immutable and thread-safe.
 */
public record Overload(Instant deadline, Duration work, Duration free, List<TaskId> atRisk) {
    /**
     * A warning; {@code work} must exceed {@code free}.
     *
     * @param deadline the deadline that cannot be met
     * @param work the work due by it
     * @param free the free time before it
     * @param atRisk the tasks that would finish late
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the work fits in the free time or no task is at risk
     */
    public Overload {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(free, "free");
        atRisk = List.copyOf(atRisk);
        if (work.compareTo(free) <= 0 || atRisk.isEmpty()) {
            throw new IllegalArgumentException("An overload has more work (" + work + ") than free time (" + free
                    + ") and tasks at risk " + atRisk);
        }
    }

    /**
     * The warning as a sentence for a reader of {@code locale} (French or English; another
     * language gets English), the deadline on the wall clock of {@code zone} (the person's):
     * {@code "D’ici le vendredi 10 mai 2024 à 17 h 30 : 12 h de travail pour 9 h 30 de temps libre,
     * soit 2 h 30 de trop ; tâches menacées : t-1 et t-2"}.
     *
     * @param zone the zone of the person whose time it is
     * @param locale the reader's locale
     * @return the sentence
     * @throws NullPointerException if an argument is null
     */
    public String text(ZoneId zone, Locale locale) {
        Phrasebook book = Phrasebook.of(locale);
        return book.text("overload", book.dayTime(deadline.atZone(zone)), book.duration(work), book.duration(free),
                book.duration(shortfall()), book.and(atRisk.stream().map(TaskId::value).toList()));
    }

    /** {@return how much work does not fit: {@code work - free}} */
    public Duration shortfall() {
        return work.minus(free);
    }

    /** {@return the shortfall in hours, e.g. {@code 2.5}} */
    public double shortfallHours() {
        return shortfall().toSeconds() / 3600.0 + shortfall().getNano() / 3.6e12;
    }

    /**
     * {@return the warnings for {@code items} in {@code free} from {@code from}, one per deadline that
     * cannot be met, in deadline order; empty if every deadline can be met}
     *
     * @param items the work, with its deadlines
     * @param free the free time to do it in
     * @param from the instant counting starts
     * @throws NullPointerException if an argument or an item is null
     */
    public static List<Overload> check(Collection<PlanItem> items, FreeTime free, Instant from) {
        Objects.requireNonNull(free, "free");
        Objects.requireNonNull(from, "from");
        List<PlanItem> due = new ArrayList<>();
        for (PlanItem i : items) {
            if (Objects.requireNonNull(i, "item").due().isPresent()) {
                due.add(i);
            }
        }
        due.sort(Comparator.comparing((PlanItem i) -> i.due().orElseThrow())
                .thenComparing(PlanItem::urgency, Comparator.reverseOrder())
                .thenComparing(PlanItem::id));
        List<Overload> out = new ArrayList<>();
        Duration work = Duration.ZERO;
        int k = 0;
        while (k < due.size()) {
            Instant d = due.get(k).due().orElseThrow();
            Duration available = free.between(from, d);
            List<TaskId> late = new ArrayList<>();
            for (; k < due.size() && due.get(k).due().orElseThrow().equals(d); k++) {
                work = work.plus(due.get(k).effort());
                if (work.compareTo(available) > 0) {
                    late.add(due.get(k).id());
                }
            }
            if (work.compareTo(available) > 0) {
                out.add(new Overload(d, work, available, late));
            }
        }
        return List.copyOf(out);
    }
}
