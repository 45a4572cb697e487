package org.aso.core.priority;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aso.core.correspondence.Entry;
import org.aso.core.internal.ValueChecks;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PriorityGrade;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;
import org.immutables.value.Value;

/**
 * An action item: something a person of a unit must do, by a date, with a grade.
 *
 * <p>The due moment is either a date ({@link #dueDate()}: the end of that working day), an
 * instant ({@link #dueAt()}), or neither: then the grade's default limit applies, counted in
 * working days from the day of creation. {@link #dueInstant(BusinessCalendar)} resolves all three.
 *
 * <pre>{@code
 * Task reply = Task.builder()
 *         .id(TaskId.of("t-1"))
 *         .title("Reply to the deputy's letter")
 *         .source(TaskSource.letter(EntryId.of("A-2024-0117")))
 *         .assignee(PersonId.of("p-17"))
 *         .unit(OrgUnitId.of("S2"))
 *         .grade(PriorityGrade.frenchMailRoom().get(1))
 *         .dueDate(LocalDate.of(2024, 5, 10))
 *         .effort(Duration.ofHours(3))
 *         .createdAt(Instant.parse("2024-05-02T08:00:00Z"))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Task {
    Task() {}

    /** {@return the task's id} */
    public abstract TaskId id();

    /** {@return what to do, e.g. {@code "Reply to the deputy's letter"}} */
    public abstract String title();

    /** {@return where the task comes from; none unless given} */
    @Value.Default
    public TaskSource source() {
        return TaskSource.none();
    }

    /** {@return who does it} */
    public abstract PersonId assignee();

    /** {@return the unit answerable for it (escalation climbs from here)} */
    public abstract OrgUnitId unit();

    /** {@return due by the end of this working day, if given} */
    public abstract Optional<LocalDate> dueDate();

    /** {@return due at this instant, if given} */
    public abstract Optional<Instant> dueAt();

    /** {@return the priority marking; its limit applies when no due date or instant is given} */
    public abstract PriorityGrade grade();

    /** {@return how much it matters, apart from its deadline; normal unless given} */
    @Value.Default
    public Importance importance() {
        return Importance.NORMAL;
    }

    /** {@return the estimated working time it takes; zero unless given} */
    @Value.Default
    public Duration effort() {
        return Duration.ZERO;
    }

    /** {@return where it stands; to do unless given} */
    @Value.Default
    public TaskStatus status() {
        return TaskStatus.TO_DO;
    }

    /** {@return the tasks that must be done before this one} */
    public abstract Set<TaskId> dependencies();

    /** {@return free tags, e.g. {@code "budget"}} */
    public abstract Set<String> tags();

    /** {@return the sensitivities set on the task itself (those of the source add to them)} */
    public abstract Set<Sensitivity> sensitivities();

    /** {@return when the task was created} */
    public abstract Instant createdAt();

    /**
     * {@return a copy with another status}
     *
     * @param status the new status
     */
    public abstract Task withStatus(TaskStatus status);

    /**
     * {@return a copy assigned to someone else}
     *
     * @param assignee who does it now
     */
    public abstract Task withAssignee(PersonId assignee);

    /**
     * {@return a copy answerable to another unit (after a reorganisation)}
     *
     * @param unit the unit answerable for it now
     */
    public abstract Task withUnit(OrgUnitId unit);

    /**
     * {@return a copy due by the end of another working day}
     *
     * @param dueDate the new due day
     */
    public abstract Task withDueDate(LocalDate dueDate);

    /**
     * {@return a copy due at another instant}
     *
     * @param dueAt the new due instant
     */
    public abstract Task withDueAt(Instant dueAt);

    /**
     * {@return a copy with another grade}
     *
     * @param grade the new grade
     */
    public abstract Task withGrade(PriorityGrade grade);

    /**
     * {@return a copy with another importance}
     *
     * @param importance the new importance
     */
    public abstract Task withImportance(Importance importance);

    /**
     * {@return a copy with another effort estimate}
     *
     * @param effort the new effort estimate
     */
    public abstract Task withEffort(Duration effort);

    /**
     * {@return a copy with other dependencies}
     *
     * @param dependencies the tasks it now waits for
     */
    public abstract Task withDependencies(Iterable<? extends TaskId> dependencies);

    /**
     * {@return a copy with other sensitivities}
     *
     * @param sensitivities the sensitivities now set on the task itself
     */
    public abstract Task withSensitivities(Iterable<? extends Sensitivity> sensitivities);

    /**
     * {@return a copy with another tag set}
     *
     * @param tags the new tags
     */
    public abstract Task withTags(Iterable<String> tags);

    /**
     * {@return a copy created at another instant}
     *
     * @param createdAt the new creation instant
     */
    public abstract Task withCreatedAt(Instant createdAt);

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for the task of replying to a registered letter, which carries what the letter
     * says about it: the letter as {@linkplain TaskSource#letter source}, with {@code sensitivities}
     * (a member of parliament wrote, a court is involved); the letter's grade; its reply deadline
     * as {@link #dueDate()} when it has one (else the grade's limit counts from the registration);
     * and the instant of its registration as {@link #createdAt()}. The host adds the id, the
     * title, the assignee and the unit (and effort, importance, tags if it wants); those set here
     * are set once, as the builder is strict. So a letter graded urgent gives an urgent task,
     * ranked by {@link Triage} by the letter's own deadline.
     *
     * <pre>{@code
     * Task reply = Task.replyTo(registered.entry(), Set.of(Sensitivity.parliament()))
     *         .id(TaskId.of("t-1")).title("Reply to the deputy")
     *         .assignee(PersonId.of("p-17")).unit(OrgUnitId.of("S2"))
     *         .build();
     * }</pre>
     *
     * @param letter the registered incoming letter; not null
     * @param sensitivities what makes the letter delicate beyond its grade; not null, may be empty
     * @return a builder with source, grade, due date (if any) and creation instant set
     * @throws IllegalArgumentException if the letter is not incoming, or is cancelled
     * @throws NullPointerException if an argument is null
     */
    public static Builder replyTo(Entry letter, Set<Sensitivity> sensitivities) {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(sensitivities, "sensitivities");
        if (letter.direction() != Direction.INCOMING) {
            throw new IllegalArgumentException("Only incoming mail is replied to: " + letter.number() + " is "
                    + letter.direction());
        }
        if (letter.isCancelled()) {
            throw new IllegalArgumentException("Entry " + letter.number() + " is cancelled");
        }
        Builder b = builder();
        b.source(TaskSource.letter(letter.id()).withSensitivities(sensitivities)).grade(letter.grade())
                .createdAt(letter.registeredAt());
        letter.replyDue().ifPresent(b::dueDate);
        return b;
    }

    /**
     * A builder for the task of replying to a registered letter without particular sensitivity;
     * otherwise as {@link #replyTo(Entry, Set)}.
     *
     * @param letter the registered incoming letter; not null
     * @return a builder with source, grade, due date (if any) and creation instant set
     * @throws IllegalArgumentException if the letter is not incoming, or is cancelled
     */
    public static Builder replyTo(Entry letter) {
        return replyTo(letter, Set.of());
    }

    /**
     * Builds a {@link Task}; {@code id}, {@code title}, {@code assignee}, {@code unit},
     * {@code grade} and {@code createdAt} are required.
     */
    public static class Builder extends ImmutableTask.Builder {
        /**
         * Builds the task if the data it was given is valid, for values read from outside (a
         * file, a form, a directory): every problem comes back at once, coded {@code priority.task.missing-title}, {@code priority.task.two-dues},
         * {@code priority.task.negative-effort}, {@code priority.task.depends-on-itself} or
         * {@code kernel.text.*} (detail {@code field}).
         * {@code build()} stays the programmer's path and throws an
         * {@link IllegalArgumentException} for the same problems.
         *
         * @return the task, or every problem found
         * @throws IllegalStateException if a required attribute was not set (a programming error)
         */
        public Either<List<Problem>, Task> validate() {
            return ValueChecks.validate(this::build);
        }
    }

    /** {@return true unless done or cancelled} */
    public boolean isOpen() {
        return status().isOpen();
    }

    /** {@return true if a due date or instant was given (rather than the grade's default limit)} */
    public boolean hasExplicitDue() {
        return dueDate().isPresent() || dueAt().isPresent();
    }

    /** {@return the sensitivities of the task and of its source} */
    public Set<Sensitivity> allSensitivities() {
        if (source().sensitivities().isEmpty()) {
            return sensitivities();
        }
        var all = new java.util.LinkedHashSet<>(sensitivities());
        all.addAll(source().sensitivities());
        return java.util.Collections.unmodifiableSet(all);
    }

    /**
     * {@return the moment the task is due on {@code calendar}: {@link #dueAt()} if given; else the end of
     * the last working period of {@link #dueDate()} (of the working day before it when that date
     * is not a working day); else the end of the working day that is the grade's
     * {@link PriorityGrade#replyWithinWorkingDays() limit} after the day of creation}
     *
     * <pre>{@code
     * task.dueInstant(paris);   // due date Friday 2024-05-10 -> 2024-05-10T15:30:00Z (17:30 Paris)
     * }</pre>
     *
     * @param calendar the calendar working days are counted on
     * @throws NullPointerException if {@code calendar} is null
     * @throws IllegalArgumentException if the creation instant, due instant or due date is outside
     *     the supported range ({@link Limits}), if the grade's limit is more than
     *     {@link Limits#MAX_WORKING_DAYS} working days (and no due date or instant is given), or if
     *     the due day it gives falls outside the supported range; the message names the value.
     *     {@link Triage#rank} and {@link Escalation#evaluate} refuse such tasks with a problem.
     */
    public Instant dueInstant(BusinessCalendar calendar) {
        java.util.Objects.requireNonNull(calendar, "calendar");
        return checkedDueInstant(calendar).getOrElseThrow(p -> new IllegalArgumentException(p.message()));
    }

    /**
     * {@return the due moment as {@link #dueInstant} gives it, or the {@code kernel.range.*} problem
     * (detail {@code task}) that keeps it from being computed, instead of an exception}
     *
     * @param calendar the calendar working days are counted on; not null
     */
    public Either<Problem, Instant> checkedDueInstant(BusinessCalendar calendar) {
        Optional<Problem> outside = rangeProblem();
        if (outside.isPresent()) {
            return Either.left(outside.get());
        }
        if (dueAt().isPresent()) {
            return Either.right(dueAt().get());
        }
        LocalDate day = dueDate().orElseGet(() -> calendar.plusWorkingDays(
                createdAt().atZone(calendar.zone()).toLocalDate(), grade().replyWithinWorkingDays()));
        Optional<Problem> late = dueDayProblem(day);
        return late.isPresent() ? Either.left(late.get()) : Either.right(dueAtEndOf(calendar, day));
    }

    /**
     * A {@code kernel.range.*} problem (detail {@code task}) if the task's creation instant, due
     * instant or due date is outside the supported range, or if it counts on its grade's limit and
     * that is more than {@link Limits#MAX_WORKING_DAYS} working days.
     */
    Optional<Problem> rangeProblem() {
        return Limits.checkInstant("creation time", createdAt())
                .or(() -> dueAt().flatMap(at -> Limits.checkInstant("due time", at)))
                .or(() -> dueDate().flatMap(d -> Limits.checkDate("due date", d)))
                .or(() -> hasExplicitDue() ? Optional.empty()
                        : Limits.checkWorkingDays("time limit of grade " + grade().code(), grade().replyWithinWorkingDays()))
                .map(p -> p.with("task", id()));
    }

    /** A {@code kernel.range.date} problem (detail {@code task}) if the due day is outside the supported range. */
    Optional<Problem> dueDayProblem(LocalDate day) {
        return Limits.checkDate("due day", day).map(p -> p.with("task", id()));
    }

    /** The end of {@code day}'s last working period, or of the working day before when it is not one. */
    static Instant dueAtEndOf(BusinessCalendar calendar, LocalDate day) {
        return endOfWorkingDay(calendar, calendar.isWorkingDay(day) ? day : calendar.previousWorkingDay(day));
    }

    static Instant endOfWorkingDay(BusinessCalendar calendar, LocalDate day) {
        List<Interval> periods = calendar.workingPeriods(day);
        return periods.isEmpty()
                ? day.plusDays(1).atStartOfDay(calendar.zone()).toInstant()
                : periods.get(periods.size() - 1).end();
    }

    /**
     * Checks the title and tags ({@link Text} rules of a title and of names: the title is quoted in
     * escalation notices), one kind of due moment, a non-negative effort, no dependency on itself.
     *
     * @throws IllegalArgumentException with every problem found
     */
    @Value.Check
    void check() {
        List<Problem> p = ValueChecks.problems();
        ValueChecks.required(p, "priority.task.missing-title", "title", title(), Text.Kind.TITLE, Text.Kind.TITLE.maxLength());
        if (dueDate().isPresent() && dueAt().isPresent()) {
            p.add(Problem.of("priority.task.two-dues", "A task is due by a date or at an instant, not both").with("task", id()));
        }
        if (effort().isNegative()) {
            p.add(Problem.of("priority.task.negative-effort", "Negative effort " + effort()).with("task", id()));
        }
        if (dependencies().contains(id())) {
            p.add(Problem.of("priority.task.depends-on-itself", "Task " + id() + " depends on itself").with("task", id()));
        }
        for (String tag : tags()) {
            Text.check("tag", tag, Text.Kind.NAME).peekLeft(p::add);
        }
        ValueChecks.throwIfAny("Task " + id(), p);
    }

    @Override
    public String toString() {
        return id() + " " + title() + " [" + status() + "]";
    }
}
