package org.aso.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.io.StringReader;
import java.io.StringWriter;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.AgendaSnapshot;
import org.aso.core.audit.AuditTrail;
import org.aso.core.audit.AuditTrailSnapshot;
import org.aso.core.correspondence.PhoneLog;
import org.aso.core.correspondence.PhoneLogSnapshot;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.RegisterSnapshot;
import org.aso.core.correspondence.TransmissionSlips;
import org.aso.core.correspondence.TransmissionSlipsSnapshot;
import org.aso.core.correspondence.VisitorLog;
import org.aso.core.correspondence.VisitorLogSnapshot;
import org.aso.core.dossier.DossierBook;
import org.aso.core.dossier.DossierBookSnapshot;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Problem;
import org.aso.core.priority.NoticeLog;
import org.aso.core.priority.NoticeLogSnapshot;
import org.aso.store.json.Histories.History;

/**
 * Every event of real histories, and every snapshot, reads back from its JSON form equal to itself;
 * a snapshot read back restores an aggregate equal to the one it was taken of.
 */
class EventAndSnapshotRoundTripProperties {
    private static final AsoJson JSON = AsoJson.create();

    @Provide
    Arbitrary<History> histories() {
        return Histories.any();
    }

    @Property(tries = 200)
    void every_event_reads_back_equal_as_its_family(@ForAll("histories") History h) {
        for (DomainEvent e : h.events()) {
            // given
            Class<?> family = family(e);
            // when
            String json = JSON.write(e);
            Either<Problem, ?> back = JSON.read(json, family);
            // then
            assertThat(back.isRight()).as("%s read back: %s", json, back).isTrue();
            assertThat(back.get()).isEqualTo(e);
            assertThat(JSON.write(back.get())).isEqualTo(json);
        }
    }

    @Property(tries = 200)
    void every_snapshot_reads_back_equal_and_restores_the_aggregate(@ForAll("histories") History h) {
        // given
        Object snapshot = h.snapshot();
        StringWriter out = new StringWriter();
        // when
        JSON.write(snapshot, out);
        Either<Problem, ?> back = JSON.read(new StringReader(out.toString()), snapshot.getClass());
        // then
        assertThat(back.isRight()).as("%s", back).isTrue();
        assertThat(back.get()).isEqualTo(snapshot);
        Object restored = restore(h, back.get());
        assertThat(snapshotOf(restored)).isEqualTo(snapshot);
        if (hasValueEquality(restored)) {
            assertThat(restored).isEqualTo(h.state());
        }
    }

    private static boolean hasValueEquality(Object o) {
        try {
            return o.getClass().getMethod("equals", Object.class).getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static Object snapshotOf(Object aggregate) {
        try {
            return aggregate.getClass().getMethod("snapshot").invoke(aggregate);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static Class<?> family(DomainEvent e) {
        // the closest family (MeetingEvent rather than AgendaEvent, which holds it)
        return JsonTypes.eventFamilies().stream().filter(f -> f.isInstance(e))
                .reduce((a, b) -> a.isAssignableFrom(b) ? b : a).orElseThrow();
    }

    private static Object restore(History h, Object snapshot) {
        if (snapshot instanceof RegisterSnapshot s) {
            return Register.restore(CorrespondenceFixtures.general(), s).get();
        }
        if (snapshot instanceof AgendaSnapshot s) {
            return Agenda.restore(s).get();
        }
        if (snapshot instanceof DossierBookSnapshot s) {
            return DossierBook.restore(Histories.dossierRules(h.family().endsWith("numbered")), s).get();
        }
        if (snapshot instanceof PhoneLogSnapshot s) {
            return PhoneLog.restore(s).get();
        }
        if (snapshot instanceof VisitorLogSnapshot s) {
            return VisitorLog.restore(s).get();
        }
        if (snapshot instanceof TransmissionSlipsSnapshot s) {
            return TransmissionSlips.restore(s).get();
        }
        if (snapshot instanceof NoticeLogSnapshot s) {
            return NoticeLog.restore(s).get();
        }
        if (snapshot instanceof AuditTrailSnapshot s) {
            return AuditTrail.restore(s).get();
        }
        throw new AssertionError(snapshot.getClass());
    }
}
