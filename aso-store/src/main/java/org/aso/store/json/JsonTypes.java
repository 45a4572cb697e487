package org.aso.store.json;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.aso.core.agenda.AgendaSnapshot;
import org.aso.core.agenda.EquipmentId;
import org.aso.core.agenda.MeetingEvent;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.RoomId;
import org.aso.core.audit.AuditTrailSnapshot;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.EntryId;
import org.aso.core.correspondence.PhoneLogEvent;
import org.aso.core.correspondence.PhoneLogId;
import org.aso.core.correspondence.PhoneLogSnapshot;
import org.aso.core.correspondence.RegisterId;
import org.aso.core.correspondence.RegisterSnapshot;
import org.aso.core.correspondence.TransmissionSlipEvent;
import org.aso.core.correspondence.TransmissionSlipsId;
import org.aso.core.correspondence.TransmissionSlipsSnapshot;
import org.aso.core.correspondence.VisitorLogEvent;
import org.aso.core.correspondence.VisitorLogId;
import org.aso.core.correspondence.VisitorLogSnapshot;
import org.aso.core.dossier.ClassificationCode;
import org.aso.core.dossier.DossierBookSnapshot;
import org.aso.core.dossier.DossierEvent;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.priority.EscalationEvent;
import org.aso.core.priority.NoticeLogSnapshot;
import org.aso.core.priority.TaskId;

/**
 * The catalogue of types that have a JSON form: every public value, event, command and snapshot
 * of aso-core. Aggregates ({@code Register}, {@code Agenda}, ...) have none of their own: they are
 * stored as their events and their snapshots.
 */
public final class JsonTypes {
    private static final Set<Class<?>> EVENT_FAMILIES = set(List.of(EntryEvent.class, DossierEvent.class,
            MeetingEvent.class, EscalationEvent.class, PhoneLogEvent.class, VisitorLogEvent.class,
            TransmissionSlipEvent.class));

    private static final Set<Class<?>> SNAPSHOTS = set(List.of(RegisterSnapshot.class, DossierBookSnapshot.class,
            AgendaSnapshot.class, NoticeLogSnapshot.class, AuditTrailSnapshot.class, PhoneLogSnapshot.class,
            VisitorLogSnapshot.class, TransmissionSlipsSnapshot.class));

    private static final Set<Class<?>> IDENTIFIERS = set(List.of(PersonId.class, OrgUnitId.class, DossierId.class,
            ClassificationCode.class, EntryId.class, RegisterId.class, PhoneLogId.class, VisitorLogId.class,
            TransmissionSlipsId.class, MeetingId.class, RoomId.class, EquipmentId.class, TaskId.class));

    private static final Set<Class<?>> ALL;

    static {
        Set<Class<?>> all = new LinkedHashSet<>();
        all.addAll(EVENT_FAMILIES);
        all.addAll(SNAPSHOTS);
        all.addAll(IDENTIFIERS);
        all.add(Problem.class);
        ALL = Collections.unmodifiableSet(all);
    }

    private JsonTypes() {
    }

    private static Set<Class<?>> set(List<Class<?>> classes) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(classes));
    }

    /** {@return every type with a JSON form} */
    public static Set<Class<?>> all() {
        return ALL;
    }

    /** {@return the event families (sealed types whose records carry a schema version)} */
    public static Set<Class<?>> eventFamilies() {
        return EVENT_FAMILIES;
    }

    /** {@return the snapshot types} */
    public static Set<Class<?>> snapshots() {
        return SNAPSHOTS;
    }

    /** {@return the typed ids, each written as a string; where only {@code Identifier} is known, as {@code {"type","value"}}} */
    public static Set<Class<?>> identifiers() {
        return IDENTIFIERS;
    }
}
