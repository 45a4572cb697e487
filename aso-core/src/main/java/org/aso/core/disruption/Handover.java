package org.aso.core.disruption;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.EntryId;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.Registers;
import org.aso.core.dossier.Dossier;
import org.aso.core.dossier.DossierBook;
import org.aso.core.dossier.DossierCommand;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Ref;
import org.aso.core.kernel.Text;
import org.aso.core.priority.Escalation;
import org.aso.core.priority.Task;
import org.aso.core.priority.TaskId;

/**
 * The handover of a person's work to a deputy while they are away, in one decision.
 *
 * <p>Each chosen item goes through its own aggregate's decision, with the history kept there:
 * a letter is {@linkplain Register#redirect redirected} (the person's assignment for action ends,
 * the deputy's starts: {@code EntryEvent.Redirected}); a dossier is
 * {@linkplain DossierCommand.Transfer transferred} to the deputy with their clearance (a movement
 * from the person to the deputy: {@code DossierEvent.Transferred}); a task is reassigned
 * ({@link Task#withAssignee}; tasks have no history of their own, the note records it). The
 * escalation sends the person's notices to the deputy for the interval of the absence
 * ({@link Escalation#withDeputy}). Slot finding and the day's plan see the absence through
 * {@link Absence#outOfOffice()} and {@link Absence#removeFrom}.
 *
 * <p><b>A deputy not cleared for a file.</b> A dossier the deputy's clearance does not permit is
 * not handed over: the rest of the handover goes ahead and the note lists the file as kept, with
 * {@code dossier.transfer.recipient-not-cleared}, so the host can choose a cleared deputy for it.
 * A sick colleague's other work should not wait for one file. Every other refusal of a chosen item
 * refuses the whole handover, and nothing is changed.
 *
 * <pre>{@code
 * HandoverOutcome done = Handover.decide(desk, escalation,
 *         HandoverRequest.of(absence, marc, impact.handOverable(), "Sick leave"), ctx).get();
 * done.events();                 // to append to the registers' and the book's histories
 * done.note().toText(Locale.FRENCH, paris);
 * escalation = done.escalation();   // Claire's notices go to Marc until she is back
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Handover {
    private Handover() {}

    /**
     * Gives the chosen items of the person away to the deputy.
     *
     * @param state the registers, the dossier book and the tasks; not null
     * @param escalation the escalation the host evaluates; not null
     * @param request who is away, the deputy, the items and the reason; not null
     * @param ctx when, by whom, with what clearance (titles in the note are shown as this actor may see them); not null
     * @return the outcome, or (the first that applies) {@code kernel.range.instant} (the decision's
     *     instant or the absence outside the supported range), {@code disruption.absence.empty},
     *     {@code disruption.handover.same-person} (the deputy is the person away),
     *     {@code kernel.text.*} (the reason breaks the rules of a {@link Text.Kind#NOTE}),
     *     {@code disruption.handover.missing-reason}, and per chosen item, in ref order (detail
     *     {@code item}): {@code disruption.handover.not-handed-over} (a meeting or a document: a
     *     handover gives letters, dossiers and tasks), {@code disruption.handover.unknown-item},
     *     {@code disruption.handover.not-held} (the person does not hold it: not the handler of the
     *     letter, the holder of the file, the assignee of the task), {@code disruption.handover.task-closed},
     *     or the refusal of the redirection ({@code correspondence.*}) or of the transfer
     *     ({@code dossier.*}) other than {@code dossier.transfer.recipient-not-cleared}
     * @throws NullPointerException if an argument is null
     */
    public static Either<Problem, HandoverOutcome> decide(HandoverState state, Escalation escalation,
                                                          HandoverRequest request, Context ctx) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(escalation, "escalation");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(ctx, "ctx");
        Absence absence = request.absence();
        PersonId person = absence.person();
        Person deputy = request.deputy();
        Optional<Problem> refused = Limits.checkInstant("decision instant", ctx.at()).or(absence::refusal);
        if (refused.isPresent()) {
            return Either.left(refused.get());
        }
        if (deputy.id().equals(person)) {
            return Either.left(Problem.of("disruption.handover.same-person", "A person does not hand over to themselves")
                    .with("person", person));
        }
        Either<Problem, String> reason = Text.check("reason", request.reason(), Text.Kind.NOTE);
        if (reason.isLeft()) {
            return Either.left(reason.getLeft());
        }
        if (reason.get().isBlank()) {
            return Either.left(Problem.of("disruption.handover.missing-reason", "Say why the work is handed over"));
        }
        Registers registers = state.registers();
        DossierBook book = state.dossiers();
        List<Task> tasks = new ArrayList<>(state.tasks());
        List<DomainEvent> entryEvents = new ArrayList<>();
        List<DomainEvent> dossierEvents = new ArrayList<>();
        List<Ref> handed = new ArrayList<>();
        List<HandoverNote.Kept> kept = new ArrayList<>();
        for (Ref ref : request.items()) {
            switch (ref.kind()) {
                case LETTER -> {
                    Registers now = registers;
                    Optional<Register> holding = EntryId.from(ref).flatMap(id -> registerOf(now, id));
                    if (holding.isEmpty()) {
                        return unknown(ref);
                    }
                    Entry e = holding.get().entry(EntryId.from(ref).orElseThrow()).orElseThrow();
                    if (e.handler().filter(person::equals).isEmpty()) {
                        return notHeld(ref);
                    }
                    Either<Problem, Register.Change> c = holding.get().redirect(e.id(), deputy.id(), reason.get(), ctx);
                    if (c.isLeft()) {
                        return Either.left(c.getLeft().with("item", ref));
                    }
                    registers = registers.with(c.get().register());
                    entryEvents.addAll(c.get().events());
                    handed.add(ref);
                }
                case DOSSIER -> {
                    DossierBook current = book;
                    Optional<Dossier> d = DossierId.from(ref).flatMap(current::get);
                    if (d.isEmpty()) {
                        return unknown(ref);
                    }
                    if (!d.get().holder().equals(person)) {
                        return notHeld(ref);
                    }
                    Either<Problem, DossierBook.Change> c = book.decide(d.get().id(),
                            DossierCommand.Transfer.of(deputy, reason.get()), ctx);
                    if (c.isLeft() && c.getLeft().code().equals(NOT_CLEARED)) {
                        kept.add(new HandoverNote.Kept(AbsenceImpact.dossier(d.get(), book.rules(), ctx), NOT_CLEARED));
                    } else if (c.isLeft()) {
                        return Either.left(c.getLeft().with("item", ref));
                    } else {
                        book = c.get().book();
                        dossierEvents.addAll(c.get().events());
                        handed.add(ref);
                    }
                }
                case TASK -> {
                    Optional<TaskId> id = TaskId.from(ref);
                    int at = id.isEmpty() ? -1 : indexOf(tasks, id.get());
                    if (at < 0) {
                        return unknown(ref);
                    }
                    Task t = tasks.get(at);
                    if (!t.assignee().equals(person)) {
                        return notHeld(ref);
                    }
                    if (!t.isOpen()) {
                        return Either.left(Problem.of("disruption.handover.task-closed",
                                "A task that is done or cancelled is not handed over").with("item", ref));
                    }
                    tasks.set(at, t.withAssignee(deputy.id()));
                    handed.add(ref);
                }
                default -> {
                    return Either.left(Problem.of("disruption.handover.not-handed-over",
                            "A handover gives letters, dossiers and tasks, not a " + ref.kind()).with("item", ref));
                }
            }
        }
        HandoverState after = HandoverState.of(registers, book, tasks);
        List<AbsenceItem> items = new ArrayList<>();
        for (Ref ref : handed) {
            items.add(itemAfter(after, ref, escalation, ctx));
        }
        List<DomainEvent> events = new ArrayList<>(entryEvents);
        events.addAll(dossierEvents);
        HandoverNote note = new HandoverNote(absence, deputy.id(), ctx.at(), ctx.actor(), items, kept);
        Escalation.Deputy named = new Escalation.Deputy(person, deputy.id(), absence.interval());
        return Either.right(new HandoverOutcome(after, note, escalation.withDeputy(named), events));
    }

    private static final String NOT_CLEARED = "dossier.transfer.recipient-not-cleared";

    /** A handed-over item as it is after the handover. */
    private static AbsenceItem itemAfter(HandoverState after, Ref ref, Escalation escalation, Context ctx) {
        switch (ref.kind()) {
            case LETTER -> {
                EntryId id = EntryId.from(ref).orElseThrow();
                return AbsenceImpact.letter(registerOf(after.registers(), id).orElseThrow().entry(id).orElseThrow(), ctx);
            }
            case DOSSIER -> {
                return AbsenceImpact.dossier(after.dossiers().get(DossierId.from(ref).orElseThrow()).orElseThrow(),
                        after.dossiers().rules(), ctx);
            }
            default -> {
                Task t = after.tasks().get(indexOf(after.tasks(), TaskId.from(ref).orElseThrow()));
                // a task's due moment was computable: the listing computed it, or the task is open with a range-checked due
                return t.checkedDueInstant(escalation.calendar())
                        .map(due -> AbsenceImpact.task(t, due, escalation.calendar().zone()))
                        .getOrElse(() -> new AbsenceItem(AbsenceItem.Concern.TASK_ASSIGNED, ref, Optional.of(t.title()),
                                t.status().name(), Optional.empty(), Optional.empty()));
            }
        }
    }

    private static Optional<Register> registerOf(Registers registers, EntryId id) {
        return registers.all().stream().filter(r -> r.entry(id).isPresent()).findFirst();
    }

    private static int indexOf(List<Task> tasks, TaskId id) {
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static <T> Either<Problem, T> unknown(Ref ref) {
        return Either.left(Problem.of("disruption.handover.unknown-item", "There is no such item to hand over")
                .with("item", ref));
    }

    private static <T> Either<Problem, T> notHeld(Ref ref) {
        return Either.left(Problem.of("disruption.handover.not-held", "The person away does not hold this item")
                .with("item", ref));
    }
}
