package org.aso.core.correspondence;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.internal.FactoryStyle;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;
import org.immutables.value.Value;

/**
 * The data of an acknowledgement of receipt, with the mentions French administrative law requires
 * of one (Code des relations entre le public et l'administration, art. L112-3 and R112-5): the
 * date the request was received, the service that handles it with its postal address, e-mail and
 * telephone, the date on which the administration's silence will be worth acceptance or
 * rejection, and, when silence means rejection, the routes and time limits of appeal.
 *
 * <p>When the reply is due within 15 days of receipt, no acknowledgement is required: the result
 * says so ({@link #required()} is false and {@link #exemption()} gives the reason). The mandatory
 * data is checked all the same, so that the host can still send one.
 *
 * <pre>{@code
 * Either<List<Problem>, Acknowledgement> ack = Acknowledgement.prepare(entry, service,
 *         Acknowledgement.Silence.acceptanceAfter(Period.ofMonths(2)), Optional.empty());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Acknowledgement {
    /** Replies due within this many days of receipt need no acknowledgement. */
    public static final int EXEMPTION_DAYS = 15;

    Acknowledgement() {}

    /** What the administration's silence means, and after how long. */
    @Value.Immutable
    @FactoryStyle
    public abstract static class Silence {
        Silence() {}

        /** {@return true if silence is worth acceptance, false if rejection} */
        @Value.Parameter
        public abstract boolean acceptance();

        /** {@return how long after receipt silence takes effect} */
        @Value.Parameter
        public abstract Period after();

        /**
         * Silence worth acceptance after {@code period} (the general rule in France: two months).
         *
         * @param period the time after receipt silence takes effect
         * @return the rule
         */
        public static Silence acceptanceAfter(Period period) {
            return ImmutableSilence.of(true, period);
        }

        /**
         * Silence worth rejection after {@code period}.
         *
         * @param period the time after receipt silence takes effect
         * @return the rule
         */
        public static Silence rejectionAfter(Period period) {
            return ImmutableSilence.of(false, period);
        }

        @Value.Check
        void check() {
            if (after().isNegative() || after().isZero()) {
                throw new IllegalArgumentException("Silence takes effect after a positive period: " + after());
            }
        }
    }

    /** {@return the entry's number} */
    public abstract String number();

    /** {@return the day the request was received} */
    public abstract LocalDate receivedOn();

    /** {@return whom the acknowledgement goes to} */
    public abstract Contact applicant();

    /** {@return false when the reply is due within {@value #EXEMPTION_DAYS} days of receipt} */
    public abstract boolean required();

    /** {@return why no acknowledgement is required, when it is not} */
    public abstract Optional<String> exemption();

    /** The reply's due day, when it exempts the request from an acknowledgement. */
    abstract Optional<LocalDate> exemptingReplyDue();

    /**
     * {@link #exemption()} for a reader of {@code locale}: {@code "La réponse est due au plus tard le
     * mardi 14 mai 2024, moins de 15 jours après la réception"}.
     *
     * @param locale the reader's locale (French and English shipped, English otherwise)
     * @return why no acknowledgement is required, when it is not
     * @throws NullPointerException if {@code locale} is null
     */
    public Optional<String> exemption(java.util.Locale locale) {
        org.aso.core.internal.Phrasebook book = org.aso.core.internal.Phrasebook.of(locale);
        return exemption().map(english -> exemptingReplyDue()
                .map(due -> book.text("acknowledgement.exemption", book.day(due), EXEMPTION_DAYS)).orElse(english));
    }

    /** {@return the service handling the request: name, postal address, e-mail and telephone} */
    public abstract Contact service();

    /** {@return what silence means} */
    public abstract Silence silence();

    /** {@return the day on which silence takes effect} */
    public abstract LocalDate silenceDate();

    /** {@return the routes and time limits of appeal (required when silence means rejection)} */
    public abstract Optional<String> appealRoutes();

    /**
     * Prepares the acknowledgement of an incoming entry. Missing mandatory data is reported, every
     * item at once, never left blank: {@code correspondence.acknowledgement.cancelled}, {@code ...not-incoming},
     * {@code ...missing-sender}, {@code ...missing-service-address}, {@code ...missing-service-email},
     * {@code ...missing-service-phone}, {@code ...missing-appeal-routes}, {@code kernel.text.*} (the
     * appeal routes break the {@link Text} rules of a {@link Text.Kind#NOTE}); and {@code kernel.range.date}
     * when the day silence takes effect falls outside the supported range ({@link Limits}).
     * Without appeal routes: enough when silence means acceptance.
     *
     * @param entry the incoming entry to acknowledge; not null
     * @param service the service handling the request, with its postal address, email and phone; not null
     * @param silence what silence means; not null
     * @return the acknowledgement, or every problem found
     */
    public static Either<List<Problem>, Acknowledgement> prepare(Entry entry, Contact service, Silence silence) {
        return prepare(entry, service, silence, Optional.empty());
    }

    /**
     * Prepares the acknowledgement of an incoming entry with the routes and time limits of appeal
     * (required when silence means rejection); otherwise as {@link #prepare(Entry, Contact, Silence)}.
     *
     * @param entry the incoming entry to acknowledge; not null
     * @param service the service handling the request, with its postal address, email and phone; not null
     * @param silence what silence means; not null
     * @param appealRoutes the routes and time limits of appeal; not null
     * @return the acknowledgement, or every problem of {@link #prepare(Entry, Contact, Silence)}
     */
    public static Either<List<Problem>, Acknowledgement> prepare(Entry entry, Contact service, Silence silence,
                                                                 String appealRoutes) {
        return prepare(entry, service, silence, Optional.of(Objects.requireNonNull(appealRoutes, "appealRoutes")));
    }

    private static Either<List<Problem>, Acknowledgement> prepare(Entry entry, Contact service, Silence silence,
                                                                  Optional<String> appealRoutes) {
        List<Problem> problems = new ArrayList<>();
        if (entry.isCancelled()) {
            problems.add(Problem.of("correspondence.acknowledgement.cancelled",
                    "Entry " + entry.number() + " is cancelled").with("entry", entry.id()));
        }
        if (entry.direction() != Direction.INCOMING) {
            problems.add(Problem.of("correspondence.acknowledgement.not-incoming",
                    "Only incoming requests are acknowledged").with("entry", entry.id()));
        }
        if (entry.sender().isEmpty()) {
            problems.add(Problem.of("correspondence.acknowledgement.missing-sender",
                    "The acknowledgement needs the applicant").with("entry", entry.id()));
        }
        if (service.postalAddress().filter(a -> !a.isBlank()).isEmpty()) {
            problems.add(Problem.of("correspondence.acknowledgement.missing-service-address",
                    "The acknowledgement must give the postal address of the service handling the request"));
        }
        if (service.email().isEmpty()) {
            problems.add(Problem.of("correspondence.acknowledgement.missing-service-email",
                    "The acknowledgement must give the e-mail address of the service handling the request"));
        }
        if (service.phone().isEmpty()) {
            problems.add(Problem.of("correspondence.acknowledgement.missing-service-phone",
                    "The acknowledgement must give the telephone number of the service handling the request"));
        }
        if (!silence.acceptance() && appealRoutes.filter(a -> !a.isBlank()).isEmpty()) {
            problems.add(Problem.of("correspondence.acknowledgement.missing-appeal-routes",
                    "When silence means rejection, the acknowledgement must give the routes and time limits of appeal"));
        }
        appealRoutes.ifPresent(a -> Text.check("appeal routes", a, Text.Kind.NOTE).peekLeft(problems::add));
        Either<Problem, LocalDate> silenceDate = Limits.plus("silence date", entry.receivedOn(), silence.after());
        if (silenceDate.isLeft()) {
            problems.add(silenceDate.getLeft().with("entry", entry.id()));
        }
        if (!problems.isEmpty()) {
            return Either.left(List.copyOf(problems));
        }
        boolean exempt = entry.replyDue()
                .filter(d -> !d.isAfter(entry.receivedOn().plusDays(EXEMPTION_DAYS))).isPresent();
        return Either.right(ImmutableAcknowledgement.builder()
                .number(entry.number().text())
                .receivedOn(entry.receivedOn())
                .applicant(entry.sender().get())
                .required(!exempt)
                .exemption(exempt ? Optional.of("The reply is due by " + entry.replyDue().get()
                        + ", within " + EXEMPTION_DAYS + " days of receipt") : Optional.empty())
                .exemptingReplyDue(exempt ? entry.replyDue() : Optional.empty())
                .service(service)
                .silence(silence)
                .silenceDate(silenceDate.get())
                .appealRoutes(appealRoutes)
                .build());
    }
}
