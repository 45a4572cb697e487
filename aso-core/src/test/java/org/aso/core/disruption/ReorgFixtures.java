package org.aso.core.disruption;

import static org.aso.core.fixtures.PriorityFixtures.unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aso.core.correspondence.Assignment;
import org.aso.core.correspondence.EntryStatus;
import org.aso.core.correspondence.Register;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.fixtures.PriorityFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.OrgChart;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.priority.Task;
import org.aso.core.priority.TaskId;

/**
 * Sections S2 and S3 of the sub-directorate SD (head {@code deputy-director}) are merged on
 * 1 April 2026 into S5, under a new sub-directorate SD2 headed by {@code director-sd2}; or S2 is
 * split into S5 and S6.
 */
final class ReorgFixtures {
    private ReorgFixtures() {}

    static final OrgUnitId S2 = OrgUnitId.of("S2");
    static final OrgUnitId S3 = OrgUnitId.of("S3");
    static final OrgUnitId S5 = OrgUnitId.of("S5");
    static final OrgUnitId S6 = OrgUnitId.of("S6");
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    /** Wednesday 1 April 2026, midnight in Paris. */
    static final Instant APRIL = DossierFixtures.paris("2026-04-01T00:00");
    /** The head of the section at 08:30 on Monday 30 March. */
    static final Context HEAD = DossierFixtures.ctx("2026-03-30T08:30", DossierFixtures.HEAD,
            Clearance.of(Confidentiality.CONFIDENTIAL));

    /** The chart after: SD2 under DIR, S5 and S6 under SD2; S2 and S3 kept (closed units stay named). */
    static OrgChart after() {
        return OrgChart.of(List.of(unit("MIN", null, "minister"), unit("DIR", "MIN", null),
                unit("SD", "DIR", "deputy-director"), unit("SD2", "DIR", "director-sd2"), unit("S2", "SD", "head-s2"),
                unit("S3", "SD", null), unit("S5", "SD2", "head-s5"), unit("S6", "SD2", null),
                unit("LONE", null, "lone-head"))).get();
    }

    static OrgChart before() {
        return PriorityFixtures.orgChart();
    }

    static ReorganisationPlan merger() {
        return ReorganisationPlan.of(after(), APRIL, "S2 and S3 merged into S5").withMove(S2, S5).withMove(S3, S5);
    }

    static ReorganisationPlan split() {
        return ReorganisationPlan.of(after(), APRIL, "S2 split into S5 and S6").withMove(S2, S5).withMove(S2, S6);
    }

    /** Registers a letter on Monday 2 March and assigns it for action to {@code handler}; closed if asked. */
    static Register letter(Register r, String subject, Identifier handler, boolean closed) {
        Context clerk = CorrespondenceFixtures.clerkOn(MONDAY);
        Register.Registered reg = r.register(CorrespondenceFixtures.letter(MONDAY, subject).build(), clerk).get();
        Register after = reg.register().assign(reg.entry().id(), handler, Assignment.Purpose.ACTION, clerk).get().register();
        return closed ? after.changeStatus(reg.entry().id(), EntryStatus.CLOSED, clerk).get().register() : after;
    }

    /** e1 open for S2, e2 open for S3, e3 closed for S2, e4 open for p-17, e5 open for S2. */
    static Register register() {
        Register r = CorrespondenceFixtures.emptyGeneral();
        r = letter(r, "Festival subsidy", S2, false);
        r = letter(r, "Parking permits", S3, false);
        r = letter(r, "Old complaint", S2, true);
        r = letter(r, "Annual report", PersonId.of("p-17"), false);
        r = letter(r, "School canteen", S2, false);
        return r;
    }

    static Task task(String id, PersonId who, OrgUnitId unit) {
        return Task.builder().id(TaskId.of(id)).title("Task " + id).assignee(who).unit(unit)
                .grade(PriorityFixtures.URGENT).dueDate(LocalDate.of(2026, 4, 2))
                .createdAt(Instant.parse("2026-03-02T09:00:00Z")).build();
    }

    static Person person(String id, OrgUnitId unit) {
        return Person.builder().id(PersonId.of(id)).name("Person " + id).unit(unit).build();
    }
}
