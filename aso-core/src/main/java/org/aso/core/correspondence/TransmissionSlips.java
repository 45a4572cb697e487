package org.aso.core.correspondence;

import io.vavr.collection.HashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.OrgUnit;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Outcome;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;
import org.aso.core.numbering.NumberRequest;
import org.aso.core.numbering.Numbering;
import org.aso.core.numbering.NumberingScheme;
import org.aso.core.numbering.ReferenceNumber;
import org.immutables.value.Value;

/**
 * Transmission slips (<i>bordereaux d'envoi</i>): a set of documents sent from one unit to
 * another, numbered, and acknowledged by the receiving unit. A book of slips numbers them with
 * its own scheme, uniquely and without gaps in each series.
 *
 * <pre>{@code
 * TransmissionSlips slips = TransmissionSlips.of(TransmissionSlipsId.of("S2-slips"),
 *         NumberingScheme.parse("BE-{year}-{counter:4}", Reset.YEARLY).get(), "S2", paris);
 * var sent = slips.send(s2, s3, List.of("2026-A-000012", "Note DGA/2026/45"), Optional.of("For your opinion"), ctx).get();
 * var received = sent.slips().acknowledge(sent.slip().number(), receiverCtx).get();
 * received.event();                            // TransmissionSlipEvent.Received, to store
 * }</pre>
 *
 * <p>A host keeps a book in either of two ways: it stores the events of its decisions and
 * rebuilds the book with {@link #replay}, or it stores a {@link #snapshot()} and reads it back
 * with {@link #restore}, which refuses contents the decisions could not have produced. Each
 * decision computes its new book by applying the event it emits ({@link #evolve}), so a replay
 * gives back exactly the book the decisions returned, numbering counters included.
 *
 * <p>Immutable and thread-safe; share it through a {@link org.aso.core.kernel.SharedState}. Equal
 * when the ids, the numbering (scheme, code, zone, counters) and the slips are equal.
 */
public final class TransmissionSlips {
    private final TransmissionSlipsId id;
    private final String code;
    private final ZoneId zone;
    private final Numbering numbering;
    private final Vector<Slip> slips;
    private final HashMap<String, Integer> byNumber;

    private TransmissionSlips(TransmissionSlipsId id, String code, ZoneId zone, Numbering numbering, Vector<Slip> slips,
                              HashMap<String, Integer> byNumber) {
        this.id = id;
        this.code = code;
        this.zone = zone;
        this.numbering = numbering;
        this.slips = slips;
        this.byNumber = byNumber;
    }

    /**
     * {@return an empty book of slips numbered by {@code scheme}, with {@code code} for its {@code {code}}
     * token; the day of a slip (and so its year) is read in {@code zone}}
     *
     * @param id the book's id, the subject of its events
     * @param scheme how slip numbers are written
     * @param code the code printed for the {@code {code}} token
     * @param zone the zone the day of a slip is read in
     * @throws IllegalArgumentException if the code is blank
     * @throws NullPointerException if an argument is null
     */
    public static TransmissionSlips of(TransmissionSlipsId id, NumberingScheme scheme, String code, ZoneId zone) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A book of slips needs a code");
        }
        return new TransmissionSlips(Objects.requireNonNull(id, "id"), code, Objects.requireNonNull(zone, "zone"),
                Numbering.of(scheme), Vector.empty(), HashMap.empty());
    }

    /** {@return the book's id} */
    public TransmissionSlipsId id() {
        return id;
    }

    /** One slip. */
    @Value.Immutable
    public abstract static class Slip {
        Slip() {}

        /** {@return its number} */
        public abstract ReferenceNumber number();

        /** {@return the sending unit} */
        public abstract OrgUnitId from();

        /** {@return the receiving unit} */
        public abstract OrgUnitId to();

        /** {@return the references of the documents sent, in order} */
        public abstract List<String> documents();

        /** {@return a word for the receiver ("for signature", "for your opinion")} */
        public abstract Optional<String> note();

        /** {@return when it was sent} */
        public abstract Instant sentAt();

        /** {@return who sent it} */
        public abstract PersonId sentBy();

        /** {@return when its receipt was acknowledged} */
        public abstract Optional<Instant> receivedAt();

        /** {@return who acknowledged it} */
        public abstract Optional<PersonId> receivedBy();

        /** {@return true once acknowledged} */
        public boolean isReceived() {
            return receivedAt().isPresent();
        }

        abstract Slip withReceivedAt(Instant at);

        abstract Slip withReceivedBy(PersonId by);

        /** {@return a new builder, for hosts reading slips back from their storage (see {@link TransmissionSlips#restore})} */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * Builds a {@link Slip}: number, from, to, sentAt and sentBy are required. What makes a
         * slip fit its book is checked by {@link TransmissionSlips#restore}, not here.
         */
        public static class Builder extends ImmutableSlip.Builder {}
    }

    /**
     * What a decision did: the book after it, the slip as it now is, and the one event that
     * explains the change.
     *
     * @param slips the new book
     * @param slip the slip sent or acknowledged
     * @param event the event the decision emitted; {@code slips} is this book's state after it
     */
    public record Change(TransmissionSlips slips, Slip slip, TransmissionSlipEvent event) implements Outcome<TransmissionSlips> {
        /** The slips after the decision, as {@link Outcome#state()}: the same as {@link #slips()}. */
        @Override
        public TransmissionSlips state() {
            return slips;
        }

        /** {@return the decision's one event, {@link #event()}, as a list} */
        @Override
        public java.util.List<TransmissionSlipEvent> events() {
            return java.util.List.of(event);
        }

        /**
         * The change; every component is required.
         *
         * @param slips the new book
         * @param slip the slip sent or acknowledged
         * @param event the event the decision emitted; {@code slips} is this book's state after it
         */
        public Change {
            Objects.requireNonNull(slips, "slips");
            Objects.requireNonNull(slip, "slip");
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * Sends documents from one unit to another under a new slip number, without a note.
     *
     * @return the change with a {@link TransmissionSlipEvent.Sent}, or
     *     {@code correspondence.slip.same-unit}, {@code ...no-document},
     *     {@code ...too-large} (more than 500 documents), {@code ...bad-document} (a blank reference),
     *     {@code kernel.text.*} (a document reference breaks the {@link Text} rules of a
     *     {@link Text.Kind#NAME}, or the note those of a {@link Text.Kind#NOTE} of at most 2,000
     *     characters), or the numbering's problem, or {@code kernel.range.instant} (the
     *     instant is outside the supported range)
     * @param from the sending unit; not null
     * @param to the receiving unit; not null
     * @param documents the references of the documents sent; not null
     * @param ctx who sends them, and when; not null
     */
    public Either<Problem, Change> send(OrgUnit from, OrgUnit to, List<String> documents, Context ctx) {
        return send(from, to, documents, Optional.empty(), ctx);
    }

    /**
     * Sends documents from one unit to another under a new slip number, with a note; otherwise as
     * {@link #send(OrgUnit, OrgUnit, List, Context)}.
     *
     * @param note what the receiving unit should know; not null
     * @return the change, or the refusals of {@link #send(OrgUnit, OrgUnit, List, Context)}
     * @param from the sending unit; not null
     * @param to the receiving unit; not null
     * @param documents the references of the documents sent; not null
     * @param ctx who sends them, and when; not null
     */
    public Either<Problem, Change> send(OrgUnit from, OrgUnit to, List<String> documents, String note, Context ctx) {
        return send(from, to, documents, Optional.of(Objects.requireNonNull(note, "note")), ctx);
    }

    private Either<Problem, Change> send(OrgUnit from, OrgUnit to, List<String> documents, Optional<String> note,
                                         Context ctx) {
        Optional<Problem> outside = Limits.checkInstant("decision time", ctx.at());
        if (outside.isPresent()) {
            return Either.left(outside.get());
        }
        List<Problem> wrong = problemsOf(from.id(), to.id(), documents, note);
        if (!wrong.isEmpty()) {
            return Either.left(wrong.get(0));
        }
        return numbering.next(requestFor(ctx.at())).flatMap(issued -> {
            Slip slip = Slip.builder().number(issued.number()).from(from.id()).to(to.id())
                    .addAllDocuments(documents).note(note).sentAt(ctx.at()).sentBy(ctx.actor()).build();
            TransmissionSlipEvent.Sent event = new TransmissionSlipEvent.Sent(id, slip);
            return evolve(event).map(book -> new Change(book, slip, event));
        });
    }

    /** What is wrong with a slip's units, documents and note, in the order {@link #send} reports it. */
    private static List<Problem> problemsOf(OrgUnitId from, OrgUnitId to, List<String> documents, Optional<String> note) {
        List<Problem> problems = new ArrayList<>();
        if (from.equals(to)) {
            problems.add(Problem.of("correspondence.slip.same-unit", "A slip goes from one unit to another")
                    .with("unit", from));
        }
        if (documents.size() > 500) {
            problems.add(Problem.of("correspondence.slip.too-large", "A slip lists at most 500 documents"));
        }
        if (documents.isEmpty()) {
            problems.add(Problem.of("correspondence.slip.no-document", "A slip lists at least one document"));
        }
        for (String d : documents) {
            if (d.isBlank()) {
                problems.add(Problem.of("correspondence.slip.bad-document", "A document reference is not blank"));
            }
            Text.check("document", d, Text.Kind.NAME).swap().forEach(problems::add);
        }
        note.ifPresent(n -> Text.check("note", n, Text.Kind.NOTE, 2_000).swap().forEach(problems::add));
        return problems;
    }

    /** What the numbering is asked for a slip sent at {@code at}: its day in the book's zone, the code, internal. */
    private NumberRequest requestFor(Instant at) {
        return NumberRequest.on(at.atZone(zone).toLocalDate()).withCode(code).withDirection(Direction.INTERNAL);
    }

    /**
     * Acknowledges receipt of a slip, at the context's instant, by its actor.
     *
     * @param number the slip's number
     * @param ctx when, by whom
     * @return the change with a {@link TransmissionSlipEvent.Received}, or
     *     {@code correspondence.slip.unknown}, {@code correspondence.slip.already-received},
     *     {@code correspondence.slip.received-before-sent} (the instant is before the slip was
     *     sent), {@code kernel.range.instant}
     */
    public Either<Problem, Change> acknowledge(ReferenceNumber number, Context ctx) {
        Optional<Problem> outside = Limits.checkInstant("decision time", ctx.at());
        if (outside.isPresent()) {
            return Either.left(outside.get());
        }
        Optional<Integer> at = byNumber.get(number.text()).toJavaOptional();
        if (at.isEmpty()) {
            return Either.left(Problem.of("correspondence.slip.unknown", "No slip " + number).with("slip", number));
        }
        Slip s = slips.get(at.get());
        if (s.isReceived()) {
            return Either.left(Problem.of("correspondence.slip.already-received",
                    "Slip " + number + " was received on " + s.receivedAt().get()).with("slip", number));
        }
        if (ctx.at().isBefore(s.sentAt())) {
            return Either.left(receivedBeforeSent(s.number()));
        }
        TransmissionSlipEvent.Received event = new TransmissionSlipEvent.Received(id, s.number(), ctx.at(), ctx.actor());
        return evolve(event).map(book -> new Change(book, book.slips.get(at.get()), event));
    }

    private static Problem receivedBeforeSent(ReferenceNumber number) {
        return Problem.of("correspondence.slip.received-before-sent",
                "A slip cannot be received before it was sent").with("slip", number);
    }

    // ------------------------------------------------------------- events, snapshot

    /**
     * The book after {@code event}: the step every decision takes, and {@link #replay} repeats.
     * The event must fit this book: its book id is this one's; a slip sent is not yet received and
     * carries exactly the number this book's numbering gives next for its day; a slip received is
     * in the book, not yet received, and was sent at or before the event's instant. The slip's
     * units, documents and note are not checked again (the decision that emitted the event did).
     *
     * @param event the next event
     * @return the new book, or {@code correspondence.replay.inconsistent} (details say what does not
     *     fit)
     * @throws NullPointerException if the event is null
     */
    public Either<Problem, TransmissionSlips> evolve(TransmissionSlipEvent event) {
        Objects.requireNonNull(event, "event");
        if (!event.book().equals(id)) {
            return Either.left(LogReplay.inconsistent("The event is about another book of slips",
                    "book", event.book(), "expected", id));
        }
        if (event instanceof TransmissionSlipEvent.Sent sent) {
            Slip slip = sent.slip();
            if (slip.isReceived() || slip.receivedBy().isPresent()) {
                return Either.left(LogReplay.inconsistent("A slip is sent as not yet received", "slip", slip.number()));
            }
            if (!Limits.contains(slip.sentAt())) {
                return Either.left(LogReplay.inconsistent("Slip " + slip.number() + " is sent outside the supported range",
                        "slip", slip.number(), "at", slip.sentAt()));
            }
            Either<Problem, Numbering.Issued> next = numbering.next(requestFor(slip.sentAt()));
            if (next.isLeft()) {
                return Either.left(LogReplay.inconsistent("The book cannot number slip " + slip.number() + ": "
                        + next.getLeft().message(), "slip", slip.number(), "cause", next.getLeft().code()));
            }
            Numbering.Issued issued = next.get();
            if (!issued.number().equals(slip.number())) {
                return Either.left(LogReplay.inconsistent("Slip " + slip.number() + " is not the number the book gives next",
                        "slip", slip.number(), "expected", issued.number()));
            }
            return Either.right(new TransmissionSlips(id, code, zone, issued.numbering(), slips.append(slip),
                    byNumber.put(slip.number().text(), slips.size())));
        }
        // the family is sealed: the other event is Received
        TransmissionSlipEvent.Received received = (TransmissionSlipEvent.Received) event;
        Optional<Integer> at = byNumber.get(received.number().text()).toJavaOptional();
        if (at.isEmpty() || !slips.get(at.get()).number().equals(received.number())) {
            return Either.left(LogReplay.inconsistent("No slip " + received.number(), "slip", received.number()));
        }
        Slip s = slips.get(at.get());
        if (s.isReceived()) {
            return Either.left(LogReplay.inconsistent("Slip " + s.number() + " was already received", "slip", s.number()));
        }
        if (received.at().isBefore(s.sentAt())) {
            return Either.left(LogReplay.inconsistent("Slip " + s.number() + " is received before it was sent",
                    "slip", s.number()));
        }
        Slip updated = s.withReceivedAt(received.at()).withReceivedBy(received.actor());
        return Either.right(new TransmissionSlips(id, code, zone, numbering, slips.update(at.get(), updated), byNumber));
    }

    /**
     * Rebuilds a book from the events of its decisions, oldest first: the book those decisions
     * returned, numbering counters included. Costs one step per event, a slip sent costing one
     * number formatted.
     *
     * @param id the book's id
     * @param scheme the book's numbering scheme, as given to {@link #of}
     * @param code the book's code, as given to {@link #of}
     * @param zone the book's zone, as given to {@link #of}
     * @param events the events as the decisions emitted them (upgraded to the current schema)
     * @return the book, or the first event that does not fit, coded
     *     {@code correspondence.replay.inconsistent}, with its {@code index} (from 0) and
     *     {@code action}
     * @throws IllegalArgumentException if the code is blank
     * @throws NullPointerException if an argument or an event is null
     */
    public static Either<Problem, TransmissionSlips> replay(TransmissionSlipsId id, NumberingScheme scheme, String code,
                                                           ZoneId zone, Iterable<? extends TransmissionSlipEvent> events) {
        return LogReplay.fold(of(id, scheme, code, zone), events, TransmissionSlips::evolve);
    }

    /** {@return everything the book holds, for a host to store; {@link #restore} reads it back} */
    public TransmissionSlipsSnapshot snapshot() {
        return new TransmissionSlipsSnapshot(id, numbering.scheme(), code, zone, slips.asJava());
    }

    /**
     * The book a host stored, checked against the rules the decisions keep; every problem is
     * reported at once, each about a slip with its {@code index} (from 0). The numbering counters
     * are rebuilt from the slips. Costs one pass over the slips and one number formatted per slip.
     *
     * @param snapshot what the host stored
     * @return the book, or the problems: {@code correspondence.slip.missing-code} (a blank code,
     *     without index); {@code correspondence.slip.duplicate-number} (a number already in the
     *     book), {@code correspondence.slip.number-gap} (not the next number of its series:
     *     details {@code expected}, {@code found}), {@code correspondence.slip.foreign-number} (not a
     *     number the scheme gives a slip sent that day, e.g. another series), or the numbering's
     *     problem with the book's code; {@code correspondence.slip.receipt-incomplete} (a receipt
     *     instant without who acknowledged it, or the reverse),
     *     {@code correspondence.slip.received-before-sent}, {@code kernel.range.instant} (a
     *     {@code sentAt} or {@code receivedAt} outside the supported range), and what {@link #send}
     *     refuses in a slip: {@code ...same-unit}, {@code ...too-large}, {@code ...no-document},
     *     {@code ...bad-document}, {@code kernel.text.*}
     * @throws NullPointerException if the snapshot is null
     */
    public static Either<List<Problem>, TransmissionSlips> restore(TransmissionSlipsSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        if (snapshot.code().isBlank()) {
            return Either.left(List.of(Problem.of("correspondence.slip.missing-code", "A book of slips needs a code")));
        }
        TransmissionSlips book = of(snapshot.book(), snapshot.scheme(), snapshot.code(), snapshot.zone());
        Numbering numbering = book.numbering;
        HashMap<String, Integer> byNumber = HashMap.empty();
        LogReplay.Findings found = new LogReplay.Findings();
        List<Slip> all = snapshot.slips();
        for (int n = 0; n < all.size(); n++) {
            int i = n;
            Slip s = all.get(i);
            for (Problem p : problemsOf(s.from(), s.to(), s.documents(), s.note())) {
                found.add(p, "index", i);
            }
            if (s.receivedAt().isPresent() != s.receivedBy().isPresent()) {
                found.add(Problem.of("correspondence.slip.receipt-incomplete",
                        "A receipt names both when and by whom it was acknowledged").with("slip", s.number()), "index", i);
            }
            s.receivedAt().flatMap(r -> Limits.checkInstant("receipt time", r)).ifPresent(p -> found.add(p, "index", i));
            Optional<Problem> sentOutside = Limits.checkInstant("sending time", s.sentAt());
            if (sentOutside.isPresent()) {
                found.add(sentOutside.get(), "index", i);
            } else if (s.receivedAt().filter(r -> r.isBefore(s.sentAt())).isPresent()) {
                found.add(receivedBeforeSent(s.number()), "index", i);
            }
            if (byNumber.containsKey(s.number().text())) {
                found.add(Problem.of("correspondence.slip.duplicate-number", "Number " + s.number() + " is used twice")
                        .with("slip", s.number()).with("first", byNumber.get(s.number().text()).get()), "index", i);
                continue;
            }
            byNumber = byNumber.put(s.number().text(), i);
            if (sentOutside.isPresent()) {
                continue;
            }
            Either<Problem, Numbering.Issued> next = numbering.next(book.requestFor(s.sentAt()));
            if (next.isLeft()) {
                found.add(next.getLeft(), "index", i);
                continue;
            }
            ReferenceNumber expected = next.get().number();
            if (expected.equals(s.number())) {
                numbering = next.get().numbering();
            } else if (expected.series().equals(s.number().series()) && expected.sequence() != s.number().sequence()) {
                found.add(Problem.of("correspondence.slip.number-gap",
                        "Slip " + s.number() + " is not the next number of its series")
                        .with("slip", s.number()).with("expected", expected).with("found", s.number()), "index", i);
                if (s.number().sequence() > expected.sequence()) {
                    // go on from the number found, so that one gap is reported once
                    java.util.Map<String, Long> counters = new java.util.HashMap<>(numbering.snapshot());
                    counters.put(s.number().series(), s.number().sequence());
                    numbering = Numbering.resume(numbering.scheme(), counters);
                }
            } else {
                found.add(Problem.of("correspondence.slip.foreign-number",
                        "Slip " + s.number() + " does not carry a number the book's scheme gives on the day it was sent")
                        .with("slip", s.number()).with("expected", expected), "index", i);
            }
        }
        return found.isEmpty()
                ? Either.right(new TransmissionSlips(book.id, book.code, book.zone, numbering, Vector.ofAll(all), byNumber))
                : Either.left(found.all());
    }

    /** {@return every slip, in order} */
    public List<Slip> slips() {
        return slips.asJava();
    }

    /**
     * {@return the slips sent to {@code unit} and not yet acknowledged}
     *
     * @param unit the receiving unit
     */
    public List<Slip> awaitingReceipt(OrgUnitId unit) {
        return slips.filter(s -> s.to().equals(unit) && !s.isReceived()).asJava();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransmissionSlips other && id.equals(other.id) && code.equals(other.code)
                && zone.equals(other.zone) && numbering.equals(other.numbering) && slips.equals(other.slips);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + slips.hashCode();
    }

    @Override
    public String toString() {
        return "TransmissionSlips[" + id + ", " + slips.size() + " slips]";
    }
}
