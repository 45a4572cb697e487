package org.aso.core.disruption;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.aso.core.correspondence.Registers;
import org.aso.core.dossier.DossierBook;
import org.aso.core.priority.Task;
import org.aso.core.priority.TaskId;

/**
 * What a person holds and a handover changes: the mail registers, the dossier book and the
 * host's tasks. {@link AbsenceImpact#of} reads it, {@link Handover#decide} gives it back with the
 * chosen items given to the deputy.
 *
 * <pre>{@code
 * HandoverState desk = HandoverState.of(Registers.of(List.of(general)), book, tasks);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param registers the registers (a handover redirects letters through them)
 * @param dossiers the dossier book (a handover transfers files through it)
 * @param tasks the host's tasks, in the host's order (copied); a handover reassigns them in place
 */
public record HandoverState(Registers registers, DossierBook dossiers, List<Task> tasks) {

    /**
     * A state.
     *
     * @param registers the registers; not null
     * @param dossiers the dossier book; not null
     * @param tasks the tasks; not null, no null element, each id once
     * @throws NullPointerException if an argument or a task is null
     * @throws IllegalArgumentException if two tasks have the same id
     */
    public HandoverState {
        Objects.requireNonNull(registers, "registers");
        Objects.requireNonNull(dossiers, "dossiers");
        tasks = List.copyOf(tasks);
        Set<TaskId> ids = new HashSet<>();
        for (Task t : tasks) {
            if (!ids.add(t.id())) {
                throw new IllegalArgumentException("Two tasks have the id " + t.id());
            }
        }
    }

    /**
     * {@return a state}
     *
     * @param registers the registers; not null
     * @param dossiers the dossier book; not null
     * @param tasks the tasks; not null, each id once
     * @throws IllegalArgumentException if two tasks have the same id
     */
    public static HandoverState of(Registers registers, DossierBook dossiers, List<Task> tasks) {
        return new HandoverState(registers, dossiers, tasks);
    }
}
