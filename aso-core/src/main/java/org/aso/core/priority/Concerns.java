package org.aso.core.priority;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingId;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.Register;
import org.aso.core.dossier.Dossier;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.Ref;

/**
 * What concerns a dossier, gathered from the host's aggregates as typed {@link Ref refs}: its
 * letters, the meetings about it, the tasks that come from it and the documents filed in it.
 *
 * <pre>{@code
 * Concerns c = Concerns.of(dossier, register, agenda, tasks);
 * c.letters();    // [LETTER e-815]            filed in the dossier, or registered for it
 * c.meetings();   // [MEETING m-1]             about the dossier or about one of its letters
 * c.tasks();      // [TASK t-1]                from the dossier, one of its letters or meetings
 * c.documents();  // [DOCUMENT budget.pdf]     filed in it, or listed by one of its meetings
 * }</pre>
 *
 * <p>It lives with the tasks because it is the one place that reads every aggregate a task may
 * come from; the aggregates themselves know only their own links ({@code Item.ref()},
 * {@link Agenda#about(Ref)}, {@link TaskSource#ref()}). Each list is in {@link Ref} order, without
 * repeats. Cancelled entries and meetings are included: they are still part of the file's story.
 * Immutable and thread-safe.
 *
 * @param dossier the dossier
 * @param letters its register entries
 * @param meetings the meetings about it or about its letters
 * @param tasks the tasks from it, its letters or its meetings
 * @param documents the documents filed in it or listed by its meetings
 */
public record Concerns(DossierId dossier, List<Ref> letters, List<Ref> meetings, List<Ref> tasks, List<Ref> documents) {

    /**
     * Copies the lists.
     *
     * @param dossier the dossier; not null
     * @param letters its letters; not null, each of kind {@link Ref.Kind#LETTER}
     * @param meetings its meetings; not null, each of kind {@link Ref.Kind#MEETING}
     * @param tasks its tasks; not null, each of kind {@link Ref.Kind#TASK}
     * @param documents its documents; not null, each of kind {@link Ref.Kind#DOCUMENT}
     * @throws IllegalArgumentException if a ref is of the wrong kind for its list
     */
    public Concerns {
        Objects.requireNonNull(dossier, "dossier");
        letters = checked(letters, Ref.Kind.LETTER);
        meetings = checked(meetings, Ref.Kind.MEETING);
        tasks = checked(tasks, Ref.Kind.TASK);
        documents = checked(documents, Ref.Kind.DOCUMENT);
    }

    /**
     * Gathers what concerns {@code dossier}. The cost follows the size of the register, the agenda
     * and the task list: each is read once.
     *
     * @param dossier the dossier; not null
     * @param register the register its letters are in; not null
     * @param agenda the agenda its meetings are in; not null
     * @param tasks the host's tasks; not null
     * @return what concerns the dossier
     */
    public static Concerns of(Dossier dossier, Register register, Agenda agenda, Collection<Task> tasks) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(tasks, "tasks");
        Ref self = dossier.id().ref();
        Set<Ref> letters = new TreeSet<>();
        Set<Ref> documents = new TreeSet<>();
        dossier.items().forEach(i -> i.ref().ifPresent(r -> (r.is(Ref.Kind.LETTER) ? letters : documents).add(r)));
        for (Entry e : register.entries()) {
            if (e.dossier().filter(dossier.id()::equals).isPresent()) {
                letters.add(e.id().ref());
            }
        }
        Set<Ref> meetings = new TreeSet<>();
        for (Meeting m : agenda.about(self)) {
            meetings.add(m.id().ref());
        }
        for (Ref letter : letters) {
            agenda.about(letter).forEach(m -> meetings.add(m.id().ref()));
        }
        for (Ref meeting : meetings) {
            agenda.meeting(MeetingId.from(meeting).orElseThrow()).ifPresent(m ->
                    m.about().stream().filter(r -> r.is(Ref.Kind.DOCUMENT)).forEach(documents::add));
        }
        Set<Ref> sources = new TreeSet<>(letters);
        sources.addAll(meetings);
        sources.add(self);
        Set<Ref> fromTasks = new TreeSet<>();
        for (Task t : tasks) {
            if (t.source().ref().filter(sources::contains).isPresent()) {
                fromTasks.add(t.id().ref());
            }
        }
        return new Concerns(dossier.id(), List.copyOf(letters), List.copyOf(meetings), List.copyOf(fromTasks),
                List.copyOf(documents));
    }

    /** {@return every ref, letters first, then meetings, tasks and documents} */
    public List<Ref> all() {
        return Stream.of(letters, meetings, tasks, documents).flatMap(List::stream).toList();
    }

    private static List<Ref> checked(List<Ref> refs, Ref.Kind kind) {
        List<Ref> copy = List.copyOf(refs);
        for (Ref r : copy) {
            if (!r.is(kind)) {
                throw new IllegalArgumentException("Expected " + kind + " refs, got: " + r);
            }
        }
        return copy;
    }
}
