package org.aso.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aso.core.agenda.slots.Availability;
import org.aso.core.agenda.slots.SlotAnswer;
import org.aso.core.agenda.slots.SlotAttendee;
import org.aso.core.agenda.slots.SlotFinder;
import org.aso.core.agenda.slots.SlotRequest;
import org.aso.core.audit.AuditTrail;
import org.aso.core.correspondence.Pendency;
import org.aso.core.correspondence.Register;
import org.aso.core.dossier.DossierOutcome;
import org.aso.core.dossier.DossierView;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.fixtures.PriorityFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.priority.DayPlanner;
import org.aso.core.priority.FreeTime;
import org.aso.core.priority.Triage;
import org.aso.core.priority.UrgencyPolicy;
import org.junit.jupiter.api.Test;

/** The results only aso-core computes write as objects of what they expose, and a read refuses them. */
class WrittenOnlyFormsTest {
    private static final AsoJson JSON = AsoJson.create();

    static List<Object> computed() {
        List<Object> out = new ArrayList<>();
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        out.add(KernelFixtures.paris().deadline(LocalDate.of(2026, 4, 30), 10));
        out.add(KernelFixtures.paris().deadline(at, Duration.ofHours(20)));
        Register.Registered r = GoldenValues.registered();
        out.add(AuditTrail.verify(AuditTrail.empty().append(r.events().get(0)).get().snapshot().entries()));
        out.add(Pendency.of(r.register(), at.plus(Duration.ofDays(60)), p -> Optional.empty()));
        out.addAll(r.register().dueAt(at.plus(Duration.ofDays(60))));
        DossierOutcome opened = DossierFixtures.rules().open(DossierFixtures.openCommand("d-1", DossierFixtures.GENERAL)
                .build(), DossierFixtures.ctx("2026-03-02T10:00")).get();
        out.add(opened);
        out.add(DossierView.of(opened.dossier(), Clearance.none()));
        out.add(Triage.of(UrgencyPolicy.defaults(), KernelFixtures.paris()).score(PriorityFixtures.replyToDeputy(), at));
        Interval day = Interval.of(at, at.plus(Duration.ofHours(9)));
        out.add(DayPlanner.plan(List.of(PriorityFixtures.item("t-1", 60).build()), FreeTime.ofPeriods(List.of(day)),
                day).get());
        SlotRequest request = SlotRequest.builder().addAttendees(SlotAttendee.required(PersonId.of("p1")))
                .duration(Duration.ofMinutes(30)).window(Interval.of(AgendaFixtures.STEPS_MONDAY.toInstant(),
                        AgendaFixtures.STEPS_MONDAY.toInstant().plus(Duration.ofDays(2)))).build();
        SlotAnswer answer = SlotFinder.find(AgendaFixtures.agenda(), List.of(Availability.of(PersonId.of("p1"),
                KernelFixtures.paris()).build()), request, at).get();
        out.add(answer);
        return out;
    }

    @Test
    void computed_results_write_and_are_refused_when_read() {
        List<Class<?>> seen = new ArrayList<>();
        for (Object v : Samples.collect(computed()).entrySet().stream()
                .filter(e -> JsonTypes.writeOnly().contains(e.getKey())).flatMap(e -> e.getValue().stream()).toList()) {
            Class<?> form = Shapes.formClass(v.getClass()).orElseThrow();
            String json = JSON.write(v);
            assertThat(json).startsWith("{");
            assertThat(JSON.read(json, form).getLeft().code()).isEqualTo("json.type.unknown");
            seen.add(form);
        }
        assertThat(seen).as("written-only types exercised").hasSizeGreaterThan(10);
    }

    @Test
    void a_redacted_view_writes_no_content() {
        org.aso.core.dossier.Dossier secret = DossierFixtures.rules().open(DossierFixtures.openCommand("d-2",
                DossierFixtures.GENERAL).confidentiality(org.aso.core.kernel.Confidentiality.CONFIDENTIAL).build(),
                DossierFixtures.ctx("2026-03-02T10:00", DossierFixtures.OFFICER,
                        Clearance.of(org.aso.core.kernel.Confidentiality.CONFIDENTIAL))).get().dossier();
        DossierView view = DossierView.of(secret, Clearance.none());
        String json = JSON.write(view);
        assertThat(view.content()).isEmpty();
        assertThat(view.isRedacted()).isTrue();
        assertThat(json).doesNotContain("\"content\"").doesNotContain(secret.title()).contains("\"isRedacted\":true");
    }
}
