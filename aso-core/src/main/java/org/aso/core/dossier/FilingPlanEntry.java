package org.aso.core.dossier;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One code of the filing plan: its title, the code above it, and its retention rule (inherited
 * from the nearest code above when not given).
 *
 * <pre>{@code
 * FilingPlanEntry staff = FilingPlanEntry.builder()
 *         .code(ClassificationCode.of("1.1")).title("Staff files")
 *         .parent(ClassificationCode.of("1"))
 *         .retention(RetentionRule.of(Period.ofYears(5), Period.ofYears(50), DisposalAction.DESTROY))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. The tree is checked as a whole by {@link FilingPlan#of}.
 */
@Value.Immutable
public abstract class FilingPlanEntry {
    FilingPlanEntry() {}

    /** {@return the code} */
    public abstract ClassificationCode code();

    /** {@return the heading, e.g. {@code "Staff files"}} */
    public abstract String title();

    /** {@return the code directly above, if this is not a root} */
    public abstract Optional<ClassificationCode> parent();

    /** {@return the retention rule of this code; when empty, the nearest code above that has one decides} */
    public abstract Optional<RetentionRule> retention();

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FilingPlanEntry}; {@code code} and {@code title} are required. */
    public static class Builder extends ImmutableFilingPlanEntry.Builder {}

    @Value.Check
    void check() {
        if (title().isBlank()) {
            throw new IllegalArgumentException("A filing-plan code needs a title: " + code());
        }
        if (parent().filter(code()::equals).isPresent()) {
            throw new IllegalArgumentException("A filing-plan code cannot be its own parent: " + code());
        }
    }
}
