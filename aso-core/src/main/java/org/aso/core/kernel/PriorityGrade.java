package org.aso.core.kernel;

import java.util.List;
import org.aso.core.internal.FactoryStyle;
import org.immutables.value.Value;

/**
 * A priority marking and its default time limit, as data: "Urgent: reply within 8 working days".
 *
 * <p>Presets: {@link #frenchMailRoom()} (normal 30, urgent 8, very urgent 4 working days) and
 * {@link #indianOfficeManual()} (routine 15, priority 7, immediate 3, top priority 1). A higher
 * {@link #rank()} is more urgent. The limits of the presets are defaults: a host with other rules
 * builds its own grades with {@link #of}.
 *
 * <pre>{@code
 * PriorityGrade urgent = PriorityGrade.of("urgent", "Urgent", 2, 8);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@FactoryStyle
public abstract class PriorityGrade implements Comparable<PriorityGrade> {
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*");

    PriorityGrade() {}

    /** {@return a stable code, e.g. {@code "urgent"}} */
    @Value.Parameter
    public abstract String code();

    /** {@return the label people see, e.g. {@code "Très urgent"}} */
    @Value.Parameter
    public abstract String label();

    /** {@return how urgent: higher is more urgent} */
    @Value.Parameter
    public abstract int rank();

    /**
     * {@return the default time limit for a reply, in working days} Any count from zero up is accepted here,
     * since grades may come from a host's data; a decision that would count more than
     * {@link Limits#MAX_WORKING_DAYS} working days with it refuses with
     * {@code kernel.range.working-days} (as {@code Register.register} and {@code Triage.rank} do).
     */
    @Value.Parameter
    public abstract int replyWithinWorkingDays();

    /**
     * A grade.
     *
     * @param code a stable code, lower-case letters, digits and dashes
     * @param label the label people see
     * @param rank how urgent: higher is more urgent
     * @param replyWithinWorkingDays the default time limit for a reply, in working days, not
     *     negative
     * @return the grade
     * @throws IllegalArgumentException if the code is not lower-case letters, digits and dashes,
     *     the label is blank or the limit is negative
     */
    public static PriorityGrade of(String code, String label, int rank, int replyWithinWorkingDays) {
        return ImmutablePriorityGrade.of(code, label, rank, replyWithinWorkingDays);
    }

    /** {@return the grades of French mail-room practice: normal (30 working days), urgent (8), very urgent (4)} */
    public static List<PriorityGrade> frenchMailRoom() {
        return List.of(of("normal", "Normal", 1, 30), of("urgent", "Urgent", 2, 8), of("very-urgent", "Très urgent", 3, 4));
    }

    /**
     * Routine (15 working days), Priority (7), Immediate (3), Top priority (1): the markings of the
     * Indian office manual. The manual names the markings; the limits here are this library's
     * configurable defaults, not figures from the manual.
     *
     * @return the four grades, least urgent first
     */
    public static List<PriorityGrade> indianOfficeManual() {
        return List.of(of("routine", "Routine", 1, 15), of("priority", "Priority", 2, 7),
                of("immediate", "Immediate", 3, 3), of("top-priority", "Top priority", 4, 1));
    }

    @Value.Check
    void check() {
        if (!CODE.matcher(code()).matches() || label().isBlank() || replyWithinWorkingDays() < 0) {
            throw new IllegalArgumentException("Bad priority grade: " + code() + " / " + label() + " / " + replyWithinWorkingDays());
        }
    }

    /** Orders by rank, most urgent last; ties by code. */
    @Override
    public int compareTo(PriorityGrade o) {
        int c = Integer.compare(rank(), o.rank());
        return c != 0 ? c : code().compareTo(o.code());
    }

    @Override
    public String toString() {
        return label();
    }
}
