package org.aso.store;

import java.util.Collection;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Equipment;
import org.aso.core.agenda.Room;
import org.aso.core.correspondence.PhoneLog;
import org.aso.core.correspondence.PhoneLogId;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.RegisterSettings;
import org.aso.core.correspondence.TransmissionSlips;
import org.aso.core.correspondence.VisitorLog;
import org.aso.core.correspondence.VisitorLogId;
import org.aso.core.dossier.DossierBook;
import org.aso.core.dossier.DossierRules;
import org.aso.core.priority.NoticeLog;

/**
 * What a store needs to know of one kind of aggregate: its empty state, how an event applies
 * ({@code evolve}), its event family, its snapshot and restore. One per aggregate of aso-core; the
 * configuration a host gives (a register's settings, an agenda's rooms) is not stored: the host passes
 * it again at each start.
 *
 * @param <S> the aggregate's state
 */
public final class Aggregate<S> {
    private Aggregate() {
    }

    /** {@return the kind's stable name, stored with each stream (a stream of one kind does not open as another)} */
    public String kind() {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * {@return a mail register with these settings}
     *
     * @param settings the register's settings
     */
    public static Aggregate<Register> register(RegisterSettings settings) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * {@return a dossier book under these rules}
     *
     * @param rules the book's rules
     */
    public static Aggregate<DossierBook> dossierBook(DossierRules rules) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * {@return an agenda of these rooms and equipment}
     *
     * @param rooms the rooms
     * @param equipment the equipment
     */
    public static Aggregate<Agenda> agenda(Collection<Room> rooms, Collection<Equipment> equipment) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@return the escalation notices already given} */
    public static Aggregate<NoticeLog> noticeLog() {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * {@return a phone log}
     *
     * @param id the log's id
     */
    public static Aggregate<PhoneLog> phoneLog(PhoneLogId id) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * {@return a visitor log}
     *
     * @param id the log's id
     */
    public static Aggregate<VisitorLog> visitorLog(VisitorLogId id) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * {@return a book of transmission slips, as {@code TransmissionSlips.of} makes it}
     *
     * @param empty the empty book, as the host makes it
     */
    public static Aggregate<TransmissionSlips> transmissionSlips(TransmissionSlips empty) {
        throw new UnsupportedOperationException("not yet");
    }
}
