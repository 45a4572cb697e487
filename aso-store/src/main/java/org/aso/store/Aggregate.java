package org.aso.store;

import io.vavr.control.Either;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.AgendaSnapshot;
import org.aso.core.agenda.Equipment;
import org.aso.core.agenda.AgendaEvent;
import org.aso.core.agenda.Room;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.PhoneLog;
import org.aso.core.correspondence.PhoneLogEvent;
import org.aso.core.correspondence.PhoneLogId;
import org.aso.core.correspondence.PhoneLogSnapshot;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.RegisterSettings;
import org.aso.core.correspondence.RegisterSnapshot;
import org.aso.core.correspondence.TransmissionSlipEvent;
import org.aso.core.correspondence.TransmissionSlips;
import org.aso.core.correspondence.TransmissionSlipsSnapshot;
import org.aso.core.correspondence.VisitorLog;
import org.aso.core.correspondence.VisitorLogEvent;
import org.aso.core.correspondence.VisitorLogId;
import org.aso.core.correspondence.VisitorLogSnapshot;
import org.aso.core.dossier.DossierBook;
import org.aso.core.dossier.DossierBookSnapshot;
import org.aso.core.dossier.DossierEvent;
import org.aso.core.dossier.DossierRules;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Problem;
import org.aso.core.priority.EscalationEvent;
import org.aso.core.priority.NoticeLog;
import org.aso.core.priority.NoticeLogSnapshot;

/**
 * What a store needs to know of one kind of aggregate: its empty state, how an event applies
 * ({@code evolve}), its event family, its snapshot and restore. One per aggregate of aso-core; the
 * configuration a host gives (a register's settings, an agenda's rooms) is not stored: the host passes
 * it again at each start, and it wins over what a stored snapshot says of it (an agenda's rooms and
 * equipment, a book of slips' numbering). A stored snapshot of another register or log than the one
 * configured is refused ({@code store.snapshot.invalid}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param <S> the aggregate's state
 */
public final class Aggregate<S> {
    private final String kind;
    private final Class<? extends DomainEvent> family;
    private final Class<?> snapshotType;
    private final int snapshotVersion;
    private final Supplier<Either<Problem, S>> empty;
    private final BiFunction<S, DomainEvent, Either<Problem, S>> evolve;
    private final Function<S, Object> snapshot;
    private final Function<Object, Either<Problem, S>> restore;

    private <E extends DomainEvent, N> Aggregate(String kind, Class<E> family, Class<N> snapshotType, int snapshotVersion,
                                                 Supplier<Either<Problem, S>> empty, BiFunction<S, E, Either<Problem, S>> evolve,
                                                 Function<S, N> snapshot, Function<N, Either<Problem, S>> restore) {
        this.kind = kind;
        this.family = family;
        this.snapshotType = snapshotType;
        this.snapshotVersion = snapshotVersion;
        this.empty = empty;
        this.evolve = (s, e) -> evolve.apply(s, family.cast(e));
        this.snapshot = snapshot::apply;
        this.restore = n -> restore.apply(snapshotType.cast(n));
    }

    /** {@return the kind's stable name, stored with each stream (a stream of one kind does not open as another)} */
    public String kind() {
        return kind;
    }

    /**
     * {@return a mail register with these settings}
     *
     * @param settings the register's settings
     */
    public static Aggregate<Register> register(RegisterSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return new Aggregate<>("register", EntryEvent.class, RegisterSnapshot.class, RegisterSnapshot.SCHEMA_VERSION,
                () -> Either.right(Register.of(settings)), Register::evolve, Register::snapshot,
                s -> s.register().equals(settings.id())
                        ? restored(Register.restore(settings, s))
                        : Either.left(otherId("register", s.register().value(), settings.id().value())));
    }

    /**
     * {@return a dossier book under these rules}
     *
     * @param rules the book's rules
     */
    public static Aggregate<DossierBook> dossierBook(DossierRules rules) {
        Objects.requireNonNull(rules, "rules");
        return new Aggregate<>("dossier-book", DossierEvent.class, DossierBookSnapshot.class,
                DossierBookSnapshot.SCHEMA_VERSION, () -> Either.right(DossierBook.empty(rules)), DossierBook::evolve,
                DossierBook::snapshot, s -> restored(DossierBook.restore(rules, s)));
    }

    /**
     * {@return an agenda of these rooms and equipment} A configuration that {@code Agenda.of} refuses is
     * reported when a stream is opened with it.
     *
     * @param rooms the rooms
     * @param equipment the equipment
     */
    public static Aggregate<Agenda> agenda(Collection<Room> rooms, Collection<Equipment> equipment) {
        List<Room> r = List.copyOf(rooms);
        List<Equipment> e = List.copyOf(equipment);
        return new Aggregate<>("agenda", AgendaEvent.class, AgendaSnapshot.class, AgendaSnapshot.SCHEMA_VERSION,
                () -> Agenda.of(r, e).mapLeft(Aggregate::first), Agenda::evolve, Agenda::snapshot,
                s -> restored(Agenda.restore(s.withConfiguration(r, e))));
    }

    /** {@return the escalation notices already given} */
    public static Aggregate<NoticeLog> noticeLog() {
        return new Aggregate<>("notice-log", EscalationEvent.class, NoticeLogSnapshot.class, NoticeLogSnapshot.SCHEMA_VERSION,
                () -> Either.right(NoticeLog.empty()), NoticeLog::evolve, NoticeLog::snapshot,
                s -> restored(NoticeLog.restore(s)));
    }

    /**
     * {@return a phone log}
     *
     * @param id the log's id
     */
    public static Aggregate<PhoneLog> phoneLog(PhoneLogId id) {
        Objects.requireNonNull(id, "id");
        return new Aggregate<>("phone-log", PhoneLogEvent.class, PhoneLogSnapshot.class, PhoneLogSnapshot.SCHEMA_VERSION,
                () -> Either.right(PhoneLog.empty(id)), PhoneLog::evolve, PhoneLog::snapshot,
                s -> s.log().equals(id)
                        ? restored(PhoneLog.restore(s))
                        : Either.left(otherId("phone log", s.log().value(), id.value())));
    }

    /**
     * {@return a visitor log}
     *
     * @param id the log's id
     */
    public static Aggregate<VisitorLog> visitorLog(VisitorLogId id) {
        Objects.requireNonNull(id, "id");
        return new Aggregate<>("visitor-log", VisitorLogEvent.class, VisitorLogSnapshot.class,
                VisitorLogSnapshot.SCHEMA_VERSION, () -> Either.right(VisitorLog.empty(id)), VisitorLog::evolve,
                VisitorLog::snapshot, s -> s.log().equals(id)
                        ? restored(VisitorLog.restore(s))
                        : Either.left(otherId("visitor log", s.log().value(), id.value())));
    }

    /**
     * {@return a book of transmission slips, as {@code TransmissionSlips.of} makes it} Its numbering
     * scheme, code and zone are the host's: a stored snapshot's slips are restored under them.
     *
     * @param empty the empty book, as the host makes it
     */
    public static Aggregate<TransmissionSlips> transmissionSlips(TransmissionSlips empty) {
        TransmissionSlipsSnapshot config = empty.snapshot();
        return new Aggregate<>("transmission-slips", TransmissionSlipEvent.class, TransmissionSlipsSnapshot.class,
                TransmissionSlipsSnapshot.SCHEMA_VERSION, () -> Either.right(empty), TransmissionSlips::evolve,
                TransmissionSlips::snapshot, s -> s.book().equals(config.book())
                        ? restored(TransmissionSlips.restore(new TransmissionSlipsSnapshot(config.book(), config.scheme(),
                                config.code(), config.zone(), s.slips())))
                        : Either.left(otherId("book of slips", s.book().value(), config.book().value())));
    }

    // ------------------------------------------------------------------ for the store

    Class<? extends DomainEvent> family() {
        return family;
    }

    Class<?> snapshotType() {
        return snapshotType;
    }

    int snapshotVersion() {
        return snapshotVersion;
    }

    /** {@return the state with no event, or the configuration's problem} */
    Either<Problem, S> empty() {
        return empty.get();
    }

    /** {@return the state after one more event, or the aggregate's problem that it does not fit} */
    Either<Problem, S> evolve(S state, DomainEvent event) {
        return evolve.apply(state, event);
    }

    Object snapshot(S state) {
        return snapshot.apply(state);
    }

    /** {@return the state a snapshot holds, or {@code store.snapshot.invalid}} */
    Either<Problem, S> restore(Object snapshot) {
        return restore.apply(snapshot);
    }

    private static <S> Either<Problem, S> restored(Either<List<Problem>, S> restored) {
        return restored.mapLeft(problems -> Problem.of("store.snapshot.invalid", "The stored snapshot is refused: "
                        + problems.stream().map(Problem::code).distinct().collect(Collectors.joining(", ")))
                .with("problems", problems.stream().map(Problem::code).collect(Collectors.joining(",")))
                .with("count", problems.size()));
    }

    private static Problem otherId(String what, String stored, String configured) {
        return Problem.of("store.snapshot.invalid", "The stored snapshot is of " + what + " " + stored + ", not "
                + configured).with("stored", stored).with("configured", configured);
    }

    private static Problem first(List<Problem> problems) {
        return problems.get(0);
    }
}
