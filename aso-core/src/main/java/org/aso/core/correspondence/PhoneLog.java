package org.aso.core.correspondence;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.Outcome;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PhoneNumber;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;
import org.immutables.value.Value;

/**
 * The phone message log: who called, for whom, what they said, whether they want a call back,
 * and whether it was done. Messages are numbered 1, 2, 3, ... in the order they are recorded.
 *
 * <pre>{@code
 * PhoneLog log = PhoneLog.empty(PhoneLogId.of("S2-phone"));
 * PhoneLog.Change c = log.record(PhoneLog.Message.builder()
 *         .caller("M. Dupont").number(PhoneNumber.of("04 72 10 30 30")).forWhom(director)
 *         .text("About the grant application").callbackWanted(true), ctx).get();
 * c.log().pendingFor(director);
 * c.event();                                   // PhoneLogEvent.MessageRecorded, to store
 * }</pre>
 *
 * <p>A host keeps a log in either of two ways: it stores the events of its decisions and rebuilds
 * the log with {@link #replay}, or it stores a {@link #snapshot()} and reads it back with
 * {@link #restore}, which refuses contents the decisions could not have produced. Each decision
 * computes its new log by applying the event it emits ({@link #evolve}), so a replay gives back
 * exactly the log the decisions returned.
 *
 * <p>Immutable and thread-safe; share it through a {@link org.aso.core.kernel.SharedState}. Equal
 * when the ids and the messages are equal.
 */
public final class PhoneLog {
    private static final String CALLBACK_WITHOUT_NUMBER = "correspondence.phone.callback-without-number";

    private final PhoneLogId id;
    private final Vector<Message> messages;

    private PhoneLog(PhoneLogId id, Vector<Message> messages) {
        this.id = id;
        this.messages = messages;
    }

    /**
     * An empty log.
     *
     * @param id the log's id, the subject of its events
     * @return the log, with no message
     * @throws NullPointerException if the id is null
     */
    public static PhoneLog empty(PhoneLogId id) {
        return new PhoneLog(Objects.requireNonNull(id, "id"), Vector.empty());
    }

    /** {@return the log's id} */
    public PhoneLogId id() {
        return id;
    }

    /** A phone message. */
    @Value.Immutable
    public abstract static class Message {
        Message() {}

        /** {@return its place in the log, from 1 (given by the log)} */
        @Value.Default
        public long sequence() {
            return 0;
        }

        /** {@return when the call came (given by the log)} */
        @Value.Default
        public Instant at() {
            return Instant.EPOCH;
        }

        /** {@return who took the message (given by the log)} */
        public abstract Optional<PersonId> takenBy();

        /** {@return who called} */
        public abstract String caller();

        /** {@return their organisation} */
        public abstract Optional<String> organisation();

        /** {@return the number to call back} */
        public abstract Optional<PhoneNumber> number();

        /** {@return for whom the message is} */
        public abstract PersonId forWhom();

        /** {@return the message} */
        public abstract String text();

        /** {@return true if the caller wants to be called back} */
        @Value.Default
        public boolean callbackWanted() {
            return false;
        }

        /** {@return when it was dealt with} */
        public abstract Optional<Instant> doneAt();

        /** {@return true once dealt with} */
        public boolean isDone() {
            return doneAt().isPresent();
        }

        abstract Message withSequence(long sequence);

        abstract Message withAt(Instant at);

        abstract Message withTakenBy(PersonId takenBy);

        abstract Message withDoneAt(Instant doneAt);

        /** {@return a new builder} */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * Builds a {@link Message}: caller, forWhom and text are required. To {@link PhoneLog#record} a
         * message, leave sequence, at, takenBy and doneAt out (the log gives them); a host
         * building a {@link PhoneLogSnapshot} from its storage sets them as they were stored.
         */
        public static class Builder extends ImmutableMessage.Builder {}
    }

    /**
     * What a decision did: the log after it, the message as it now is, and the one event that
     * explains the change.
     *
     * @param log the new log
     * @param message the message recorded or marked done
     * @param event the event the decision emitted; {@code log} is this log's state after it
     */
    public record Change(PhoneLog log, Message message, PhoneLogEvent event) implements Outcome<PhoneLog> {
        /** The log after the decision, as {@link Outcome#state()}: the same as {@link #log()}. */
        @Override
        public PhoneLog state() {
            return log;
        }

        /** {@return the decision's one event, {@link #event()}, as a list} */
        @Override
        public java.util.List<PhoneLogEvent> events() {
            return java.util.List.of(event);
        }

        /**
         * The change; every component is required.
         *
         * @param log the new log
         * @param message the message recorded or marked done
         * @param event the event the decision emitted; {@code log} is this log's state after it
         */
        public Change {
            Objects.requireNonNull(log, "log");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * Records a message, taken by the context's actor at its instant, as the next in the log.
     *
     * @param message the message, without its number, taker or time
     * @param ctx when, by whom
     * @return the change with a {@link PhoneLogEvent.MessageRecorded}, or
     *     {@code correspondence.phone.missing-caller}, {@code ...missing-text},
     *     {@code kernel.text.*} (the caller or organisation breaks the {@link Text} rules of a
     *     {@link Text.Kind#NAME}, the message those of a {@link Text.Kind#NOTE}),
     *     {@code ...done-at-given},
     *     {@code ...callback-without-number}, {@code kernel.range.instant} (the instant is outside the
     *     supported range)
     */
    public Either<Problem, Change> record(Message.Builder message, Context ctx) {
        Optional<Problem> outside = Limits.checkInstant("decision time", ctx.at());
        if (outside.isPresent()) {
            return Either.left(outside.get());
        }
        Message m = message.build();
        List<Problem> wrong = problemsOf(m);
        if (!wrong.isEmpty() && !wrong.get(0).code().equals(CALLBACK_WITHOUT_NUMBER)) {
            return Either.left(wrong.get(0));
        }
        if (m.doneAt().isPresent()) {
            return Either.left(Problem.of("correspondence.phone.done-at-given",
                    "A message is recorded as not yet dealt with: mark it done afterwards"));
        }
        if (!wrong.isEmpty()) {
            return Either.left(wrong.get(0));
        }
        Message recorded = m.withSequence(messages.size() + 1L).withAt(ctx.at()).withTakenBy(ctx.actor());
        PhoneLogEvent.MessageRecorded event = new PhoneLogEvent.MessageRecorded(id, recorded);
        return evolve(event).map(log -> new Change(log, recorded, event));
    }

    /** What is wrong with a message's own content, in the order {@link #record} reports it. */
    private static List<Problem> problemsOf(Message m) {
        List<Problem> problems = new ArrayList<>();
        if (m.caller().isBlank()) {
            problems.add(Problem.of("correspondence.phone.missing-caller", "Who called?"));
        }
        if (m.text().isBlank()) {
            problems.add(Problem.of("correspondence.phone.missing-text", "The message needs a text"));
        }
        Text.check("caller", m.caller(), Text.Kind.NAME).swap().forEach(problems::add);
        m.organisation().ifPresent(o -> Text.check("organisation", o, Text.Kind.NAME).swap().forEach(problems::add));
        Text.check("text", m.text(), Text.Kind.NOTE).swap().forEach(problems::add);
        if (m.callbackWanted() && m.number().isEmpty()) {
            problems.add(Problem.of(CALLBACK_WITHOUT_NUMBER, "A call back needs a number to call"));
        }
        return problems;
    }

    /**
     * Marks a message as dealt with, at the context's instant.
     *
     * @param sequence the message's number in the log
     * @param ctx when, by whom
     * @return the change with a {@link PhoneLogEvent.MessageDone}, or
     *     {@code correspondence.phone.unknown}, {@code correspondence.phone.already-done},
     *     {@code correspondence.phone.done-before-call} (the instant is before the message was
     *     recorded), {@code kernel.range.instant}
     */
    public Either<Problem, Change> markDone(long sequence, Context ctx) {
        Optional<Problem> outside = Limits.checkInstant("decision time", ctx.at());
        if (outside.isPresent()) {
            return Either.left(outside.get());
        }
        if (sequence < 1 || sequence > messages.size()) {
            return Either.left(Problem.of("correspondence.phone.unknown", "No phone message " + sequence)
                    .with("sequence", sequence));
        }
        Message m = messages.get((int) sequence - 1);
        if (m.isDone()) {
            return Either.left(Problem.of("correspondence.phone.already-done", "Message " + sequence + " was already dealt with")
                    .with("sequence", sequence));
        }
        if (ctx.at().isBefore(m.at())) {
            return Either.left(doneBeforeCall(sequence));
        }
        PhoneLogEvent.MessageDone event = new PhoneLogEvent.MessageDone(id, sequence, ctx.at(), ctx.actor());
        return evolve(event).map(log -> new Change(log, log.messages.get((int) sequence - 1), event));
    }

    private static Problem doneBeforeCall(long sequence) {
        return Problem.of("correspondence.phone.done-before-call",
                "A message cannot be dealt with before it was recorded").with("sequence", sequence);
    }

    // ------------------------------------------------------------- events, snapshot

    /**
     * The log after {@code event}: the step every decision takes, and {@link #replay} repeats.
     * The event must fit this log: its log id is this one's, a recorded message is numbered next
     * and not yet done, a message marked done exists, is not done yet and was recorded at or
     * before the event's instant. The event's content is not checked again (the decision that
     * emitted it did).
     *
     * @param event the next event
     * @return the new log, or {@code correspondence.replay.inconsistent} (details say what does not
     *     fit)
     * @throws NullPointerException if the event is null
     */
    public Either<Problem, PhoneLog> evolve(PhoneLogEvent event) {
        Objects.requireNonNull(event, "event");
        if (!event.log().equals(id)) {
            return Either.left(LogReplay.inconsistent("The event is about another phone log",
                    "log", event.log(), "expected", id));
        }
        if (event instanceof PhoneLogEvent.MessageRecorded r) {
            Message m = r.message();
            if (m.sequence() != messages.size() + 1L) {
                return Either.left(LogReplay.inconsistent("Message " + m.sequence() + " is not the next in the log",
                        "sequence", m.sequence(), "expected", messages.size() + 1L));
            }
            if (m.isDone()) {
                return Either.left(LogReplay.inconsistent("A message is recorded as not yet dealt with",
                        "sequence", m.sequence()));
            }
            return Either.right(new PhoneLog(id, messages.append(m)));
        }
        // the family is sealed: the other event is MessageDone
        PhoneLogEvent.MessageDone d = (PhoneLogEvent.MessageDone) event;
        if (d.sequence() < 1 || d.sequence() > messages.size()) {
            return Either.left(LogReplay.inconsistent("No phone message " + d.sequence(), "sequence", d.sequence()));
        }
        int at = (int) d.sequence() - 1;
        Message m = messages.get(at);
        if (m.isDone()) {
            return Either.left(LogReplay.inconsistent("Message " + d.sequence() + " was already dealt with",
                    "sequence", d.sequence()));
        }
        if (d.at().isBefore(m.at())) {
            return Either.left(LogReplay.inconsistent("Message " + d.sequence() + " is dealt with before it was recorded",
                    "sequence", d.sequence()));
        }
        return Either.right(new PhoneLog(id, messages.update(at, m.withDoneAt(d.at()))));
    }

    /**
     * Rebuilds a log from the events of its decisions, oldest first: the log those decisions
     * returned. Costs one step per event.
     *
     * @param id the log's id
     * @param events the events as the decisions emitted them (upgraded to the current schema)
     * @return the log, or the first event that does not fit, coded
     *     {@code correspondence.replay.inconsistent}, with its {@code index} (from 0) and
     *     {@code action}
     * @throws NullPointerException if an argument or an event is null
     */
    public static Either<Problem, PhoneLog> replay(PhoneLogId id, Iterable<? extends PhoneLogEvent> events) {
        return LogReplay.fold(empty(id), events, PhoneLog::evolve);
    }

    /** {@return everything the log holds, for a host to store; {@link #restore} reads it back} */
    public PhoneLogSnapshot snapshot() {
        return new PhoneLogSnapshot(id, messages.asJava());
    }

    /**
     * The log a host stored, checked against the rules the decisions keep; every problem is
     * reported at once, each with the {@code index} (from 0) of its message. Costs one pass over
     * the messages.
     *
     * @param snapshot what the host stored
     * @return the log, or the problems: {@code correspondence.phone.out-of-sequence} (a message's
     *     sequence is not its place in the list), {@code correspondence.phone.missing-taker} (no
     *     {@code takenBy}), {@code kernel.range.instant} (a message's {@code at} or {@code doneAt}
     *     is outside the supported range), {@code correspondence.phone.done-before-call}, and what
     *     {@link #record} refuses in a message: {@code ...missing-caller}, {@code ...missing-text},
     *     {@code kernel.text.*}, {@code ...callback-without-number}
     * @throws NullPointerException if the snapshot is null
     */
    public static Either<List<Problem>, PhoneLog> restore(PhoneLogSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        LogReplay.Findings found = new LogReplay.Findings();
        List<Message> all = snapshot.messages();
        for (int n = 0; n < all.size(); n++) {
            int i = n;
            Message m = all.get(i);
            if (m.sequence() != i + 1L) {
                found.add(Problem.of("correspondence.phone.out-of-sequence",
                        "Message " + m.sequence() + " is in place " + (i + 1) + " of the log")
                        .with("sequence", m.sequence()), "index", i);
            }
            if (m.takenBy().isEmpty()) {
                found.add(Problem.of("correspondence.phone.missing-taker", "A recorded message names who took it"),
                        "index", i);
            }
            Limits.checkInstant("time of the call", m.at()).ifPresent(p -> found.add(p, "index", i));
            if (m.doneAt().isPresent()) {
                Optional<Problem> doneOutside = Limits.checkInstant("time it was dealt with", m.doneAt().get());
                doneOutside.ifPresent(p -> found.add(p, "index", i));
                if (doneOutside.isEmpty() && m.doneAt().get().isBefore(m.at())) {
                    found.add(doneBeforeCall(m.sequence()), "index", i);
                }
            }
            for (Problem p : problemsOf(m)) {
                found.add(p, "index", i);
            }
        }
        return found.isEmpty()
                ? Either.right(new PhoneLog(snapshot.log(), Vector.ofAll(all)))
                : Either.left(found.all());
    }

    /** {@return every message, oldest first} */
    public List<Message> messages() {
        return messages.asJava();
    }

    /**
     * {@return the messages for {@code person} not yet dealt with, oldest first}
     *
     * @param person for whom the messages are
     */
    public List<Message> pendingFor(PersonId person) {
        return messages.filter(m -> m.forWhom().equals(person) && !m.isDone()).asJava();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneLog other && id.equals(other.id) && messages.equals(other.messages);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + messages.hashCode();
    }

    @Override
    public String toString() {
        return "PhoneLog[" + id + ", " + messages.size() + " messages]";
    }
}
