package org.aso.core.correspondence;

import io.vavr.collection.HashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.OrgUnit;
import org.aso.core.kernel.OrgUnitId;
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
 * another, numbered, and acknowledged by the receiving unit.
 *
 * <pre>{@code
 * TransmissionSlips slips = TransmissionSlips.of(NumberingScheme.parse("BE-{year}-{counter:4}", Reset.YEARLY).get(), "S2", paris);
 * var sent = slips.send(s2, s3, List.of("2026-A-000012", "Note DGA/2026/45"), Optional.of("For your opinion"), ctx).get();
 * var received = sent.slips().acknowledge(sent.slip().number(), receiverCtx).get();
 * }</pre>
 *
 * <p>Immutable and thread-safe; share it through a {@link org.aso.core.kernel.SharedState}.
 */
public final class TransmissionSlips {
    private final String code;
    private final java.time.ZoneId zone;
    private final Numbering numbering;
    private final Vector<Slip> slips;
    private final HashMap<String, Integer> byNumber;

    private TransmissionSlips(String code, java.time.ZoneId zone, Numbering numbering, Vector<Slip> slips,
                              HashMap<String, Integer> byNumber) {
        this.code = code;
        this.zone = zone;
        this.numbering = numbering;
        this.slips = slips;
        this.byNumber = byNumber;
    }

    /**
     * An empty book of slips numbered by {@code scheme}, with {@code code} for its {@code {code}}
     * token; the day of a slip (and so its year) is read in {@code zone}.
     *
     * @throws IllegalArgumentException if the code is blank
     */
    public static TransmissionSlips of(NumberingScheme scheme, String code, java.time.ZoneId zone) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A book of slips needs a code");
        }
        return new TransmissionSlips(code, java.util.Objects.requireNonNull(zone, "zone"), Numbering.of(scheme),
                Vector.empty(), HashMap.empty());
    }

    /** One slip. */
    @Value.Immutable
    public abstract static class Slip {
        Slip() {}

        /** Its number. */
        public abstract ReferenceNumber number();

        /** The sending unit. */
        public abstract OrgUnitId from();

        /** The receiving unit. */
        public abstract OrgUnitId to();

        /** References of the documents sent, in order. */
        public abstract List<String> documents();

        /** A word for the receiver ("for signature", "for your opinion"). */
        public abstract Optional<String> note();

        /** When it was sent. */
        public abstract Instant sentAt();

        /** Who sent it. */
        public abstract PersonId sentBy();

        /** When its receipt was acknowledged. */
        public abstract Optional<Instant> receivedAt();

        /** Who acknowledged it. */
        public abstract Optional<PersonId> receivedBy();

        /** True once acknowledged. */
        public boolean isReceived() {
            return receivedAt().isPresent();
        }

        abstract Slip withReceivedAt(Instant at);

        abstract Slip withReceivedBy(PersonId by);
    }

    /** The book after a change, and the slip changed. */
    public record Sent(TransmissionSlips slips, Slip slip) {}

    /**
     * Sends documents from one unit to another under a new slip number.
     *
     * @return the new book, or {@code correspondence.slip.same-unit}, {@code ...no-document},
     *     {@code ...too-large} (more than 500 documents), {@code ...bad-document} (a blank reference),
     *     {@code kernel.text.*} (a document reference breaks the {@link Text} rules of a
     *     {@link Text.Kind#NAME}, or the note those of a {@link Text.Kind#NOTE} of at most 2,000
     *     characters), or the numbering's problem, or {@code kernel.range.instant} (the
     *     instant is outside the supported range)
     */
    public Either<Problem, Sent> send(OrgUnit from, OrgUnit to, List<String> documents, Optional<String> note, Context ctx) {
        Optional<Problem> outside = Limits.checkInstant("decision time", ctx.at());
        if (outside.isPresent()) {
            return Either.left(outside.get());
        }
        if (from.id().equals(to.id())) {
            return Either.left(Problem.of("correspondence.slip.same-unit", "A slip goes from one unit to another")
                    .with("unit", from.id()));
        }
        if (documents.size() > 500) {
            return Either.left(Problem.of("correspondence.slip.too-large", "A slip lists at most 500 documents"));
        }
        if (documents.isEmpty()) {
            return Either.left(Problem.of("correspondence.slip.no-document", "A slip lists at least one document"));
        }
        for (String d : documents) {
            if (d.isBlank()) {
                return Either.left(Problem.of("correspondence.slip.bad-document", "A document reference is not blank"));
            }
            Either<Problem, String> bad = Text.check("document", d, Text.Kind.NAME);
            if (bad.isLeft()) {
                return Either.left(bad.getLeft());
            }
        }
        Optional<Problem> badNote = note.flatMap(n -> Text.check("note", n, Text.Kind.NOTE, 2_000).swap().toJavaOptional());
        if (badNote.isPresent()) {
            return Either.left(badNote.get());
        }
        NumberRequest request = NumberRequest.on(ctx.at().atZone(zone).toLocalDate())
                .withCode(code).withDirection(Direction.INTERNAL);
        return numbering.next(request).map(issued -> {
            Slip slip = ImmutableSlip.builder().number(issued.number()).from(from.id()).to(to.id())
                    .addAllDocuments(documents).note(note).sentAt(ctx.at()).sentBy(ctx.actor()).build();
            return new Sent(new TransmissionSlips(code, zone, issued.numbering(), slips.append(slip),
                    byNumber.put(slip.number().text(), slips.size())), slip);
        });
    }

    /**
     * Acknowledges receipt of a slip.
     *
     * @return the new book, or {@code correspondence.slip.unknown}, {@code correspondence.slip.already-received},
     *     {@code kernel.range.instant}
     */
    public Either<Problem, Sent> acknowledge(ReferenceNumber number, Context ctx) {
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
        Slip received = s.withReceivedAt(ctx.at()).withReceivedBy(ctx.actor());
        return Either.right(new Sent(new TransmissionSlips(code, zone, numbering, slips.update(at.get(), received), byNumber),
                received));
    }

    /** Every slip, in order. */
    public List<Slip> slips() {
        return slips.asJava();
    }

    /** The slips sent to {@code unit} and not yet acknowledged. */
    public List<Slip> awaitingReceipt(OrgUnitId unit) {
        return slips.filter(s -> s.to().equals(unit) && !s.isReceived()).asJava();
    }
}
