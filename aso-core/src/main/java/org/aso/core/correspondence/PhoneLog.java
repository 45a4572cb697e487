package org.aso.core.correspondence;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PhoneNumber;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;
import org.immutables.value.Value;

/**
 * The phone message log: who called, for whom, what they said, whether they want a call back,
 * and whether it was done.
 *
 * <pre>{@code
 * PhoneLog log = PhoneLog.empty();
 * PhoneLog.Recorded r = log.record(PhoneLog.Message.builder()
 *         .caller("M. Dupont").number(PhoneNumber.of("04 72 10 30 30")).forWhom(director)
 *         .text("About the grant application").callbackWanted(true), ctx).get();
 * r.log().pendingFor(director);
 * }</pre>
 *
 * <p>Immutable and thread-safe; share it through a {@link org.aso.core.kernel.SharedState}.
 */
public final class PhoneLog {
    private final Vector<Message> messages;

    private PhoneLog(Vector<Message> messages) {
        this.messages = messages;
    }

    /** An empty log. */
    public static PhoneLog empty() {
        return new PhoneLog(Vector.empty());
    }

    /** A phone message. */
    @Value.Immutable
    public abstract static class Message {
        Message() {}

        /** Its place in the log, from 1 (given by the log). */
        @Value.Default
        public long sequence() {
            return 0;
        }

        /** When the call came (given by the log). */
        @Value.Default
        public Instant at() {
            return Instant.EPOCH;
        }

        /** Who took the message (given by the log). */
        public abstract Optional<PersonId> takenBy();

        /** Who called. */
        public abstract String caller();

        /** Their organisation. */
        public abstract Optional<String> organisation();

        /** The number to call back. */
        public abstract Optional<PhoneNumber> number();

        /** For whom. */
        public abstract PersonId forWhom();

        /** The message. */
        public abstract String text();

        /** True if the caller wants to be called back. */
        @Value.Default
        public boolean callbackWanted() {
            return false;
        }

        /** When it was dealt with. */
        public abstract Optional<Instant> doneAt();

        /** True once dealt with. */
        public boolean isDone() {
            return doneAt().isPresent();
        }

        abstract Message withSequence(long sequence);

        abstract Message withAt(Instant at);

        abstract Message withTakenBy(PersonId takenBy);

        abstract Message withDoneAt(Instant doneAt);

        /** A new builder. */
        public static Builder builder() {
            return new Builder();
        }

        /** Builds a {@link Message}: caller, forWhom and text are required. */
        public static class Builder extends ImmutableMessage.Builder {}
    }

    /** A log with one more message, and the message as recorded. */
    public record Recorded(PhoneLog log, Message message) {}

    /**
     * Records a message, taken by the context's actor at its instant.
     *
     * @return the new log, or {@code correspondence.phone.missing-caller}, {@code ...missing-text},
     *     {@code kernel.text.*} (the caller or organisation breaks the {@link Text} rules of a
     *     {@link Text.Kind#NAME}, the message those of a {@link Text.Kind#NOTE}),
     *     {@code ...done-at-given},
     *     {@code ...callback-without-number}, {@code kernel.range.instant} (the instant is outside the
     *     supported range)
     */
    public Either<Problem, Recorded> record(Message.Builder message, Context ctx) {
        Optional<Problem> outside = Limits.checkInstant("decision time", ctx.at());
        if (outside.isPresent()) {
            return Either.left(outside.get());
        }
        Message m = message.build();
        if (m.caller().isBlank()) {
            return Either.left(Problem.of("correspondence.phone.missing-caller", "Who called?"));
        }
        if (m.text().isBlank()) {
            return Either.left(Problem.of("correspondence.phone.missing-text", "The message needs a text"));
        }
        Optional<Problem> badText = Text.check("caller", m.caller(), Text.Kind.NAME)
                .flatMap(c -> m.organisation().map(o -> Text.check("organisation", o, Text.Kind.NAME)).orElse(Either.right(c)))
                .flatMap(c -> Text.check("text", m.text(), Text.Kind.NOTE))
                .swap().toJavaOptional();
        if (badText.isPresent()) {
            return Either.left(badText.get());
        }
        if (m.doneAt().isPresent()) {
            return Either.left(Problem.of("correspondence.phone.done-at-given",
                    "A message is recorded as not yet dealt with: mark it done afterwards"));
        }
        if (m.callbackWanted() && m.number().isEmpty()) {
            return Either.left(Problem.of("correspondence.phone.callback-without-number",
                    "A call back needs a number to call"));
        }
        Message recorded = m.withSequence(messages.size() + 1L).withAt(ctx.at()).withTakenBy(ctx.actor());
        return Either.right(new Recorded(new PhoneLog(messages.append(recorded)), recorded));
    }

    /**
     * Marks a message as dealt with.
     *
     * @return the new log, or {@code correspondence.phone.unknown}, {@code correspondence.phone.already-done},
     *     {@code kernel.range.instant}
     */
    public Either<Problem, Recorded> markDone(long sequence, Context ctx) {
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
        Message done = m.withDoneAt(ctx.at());
        return Either.right(new Recorded(new PhoneLog(messages.update((int) sequence - 1, done)), done));
    }

    /** Every message, oldest first. */
    public List<Message> messages() {
        return messages.asJava();
    }

    /** The messages for {@code person} not yet dealt with, oldest first. */
    public List<Message> pendingFor(PersonId person) {
        return messages.filter(m -> m.forWhom().equals(person) && !m.isDone()).asJava();
    }
}
