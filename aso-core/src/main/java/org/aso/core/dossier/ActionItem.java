package org.aso.core.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.aso.core.kernel.PersonId;
import org.immutables.value.Value;

/**
 * A deadline on a dossier: something to do by a due date, open until completed.
 *
 * <pre>{@code
 * ActionItem a = dossier.action(1).orElseThrow();
 * a.isOpen();                                   // true until completed
 * a.isOverdue(LocalDate.of(2026, 6, 1));        // open and due before that day
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ActionItem {
    ActionItem() {}

    /** {@return the number of the action item in the dossier, from 1} */
    public abstract int number();

    /** {@return what is to be done} */
    public abstract String description();

    /** {@return the last day on which it is in time} */
    public abstract LocalDate due();

    /** {@return who is to do it, if named} */
    public abstract Optional<PersonId> assignee();

    /** {@return when it was recorded} */
    public abstract Instant addedAt();

    /** {@return when it was completed} */
    public abstract Optional<Instant> completedAt();

    /** {@return who completed it} */
    public abstract Optional<PersonId> completedBy();

    /** {@return true until completed} */
    public boolean isOpen() {
        return completedAt().isEmpty();
    }

    /**
     * {@return true if still open and {@code today} is after the due date}
     *
     * @param today the day to judge on
     */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && today.isAfter(due());
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ActionItem}. */
    public static class Builder extends ImmutableActionItem.Builder {}

    @Value.Check
    void check() {
        if (number() < 1 || description().isBlank()) {
            throw new IllegalArgumentException("An action item needs a number from 1 and a description: " + this);
        }
        if (completedAt().isPresent() != completedBy().isPresent()) {
            throw new IllegalArgumentException("Completion needs both an instant and a person: " + this);
        }
    }
}
