package org.aso.core.disruption;

import static org.aso.core.disruption.AwayFixtures.HEAD_ON_MONDAY;
import static org.aso.core.disruption.AwayFixtures.MARC;
import static org.aso.core.disruption.AwayFixtures.OFFICER;
import static org.aso.core.disruption.AwayFixtures.SICK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Ref;
import org.aso.core.priority.Task;
import org.aso.core.priority.TaskId;
import org.junit.jupiter.api.Test;

/** A handover's refusals before any item is looked at, and its note when everything was handed over. */
class HandoverEdgesTest {
    private static final Ref GRANT = TaskId.of("t-1").ref();

    private static Problem refusal(Absence absence, org.aso.core.kernel.Context ctx) {
        return Handover.decide(AwayFixtures.desk(), AwayFixtures.escalation(),
                HandoverRequest.of(absence, MARC, Set.of(GRANT), "Sick leave"), ctx).getLeft();
    }

    @Test
    void a_note_where_everything_was_handed_over_has_no_kept_section() {
        // when
        HandoverOutcome done = Handover.decide(AwayFixtures.desk(), AwayFixtures.escalation(),
                HandoverRequest.of(SICK, MARC, Set.of(GRANT), "Sick leave"), HEAD_ON_MONDAY).get();

        // then
        assertThat(done.note().kept()).isEmpty();
        assertThat(done.note().toText(Locale.ENGLISH, KernelFixtures.PARIS)).isEqualTo("""
                Handover from p-17 (sick leave, Mon 9 Mar 2026 08:00 to Sat 14 Mar 2026 00:00) to p-9, by p-3 on Mon 9 Mar 2026 08:30
                Handed over (1):
                - Task: TASK t-1 'Draft the festival grant' (TO_DO), due Wed 11 Mar 2026 17:30
                Notices for p-17 go to p-9 until Sat 14 Mar 2026 00:00.""");
        assertThat(done.note().deputy()).isEqualTo(MARC.id());
        assertThat(done.note().by()).isEqualTo(HEAD_ON_MONDAY.actor());
        assertThat(done.note().at()).isEqualTo(HEAD_ON_MONDAY.at());
    }

    @Test
    void an_empty_absence_or_a_decision_out_of_the_supported_range_is_refused_before_any_item() {
        Absence none = Absence.of(OFFICER, Absence.Kind.LEAVE, Interval.of(SICK.interval().start(), SICK.interval().start()));
        assertThat(refusal(none, HEAD_ON_MONDAY).code()).isEqualTo("disruption.absence.empty");
        Problem late = refusal(SICK, HEAD_ON_MONDAY.withInstant(Instant.parse("+12000-01-01T00:00:00Z")));
        assertThat(late.code()).isEqualTo("kernel.range.instant");
        assertThat(late.detail("what")).contains("decision instant");
    }

    @Test
    void a_desk_with_two_tasks_of_the_same_id_is_refused() {
        List<Task> tasks = new ArrayList<>(AwayFixtures.tasks());
        tasks.add(tasks.get(0));

        assertThatThrownBy(() -> HandoverState.of(AwayFixtures.desk().registers(), AwayFixtures.desk().dossiers(), tasks))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_items_asked_for_are_handed_over_in_reference_order_whatever_the_order_given() {
        HandoverRequest r = HandoverRequest.of(SICK, MARC, List.of(GRANT, org.aso.core.dossier.DossierId.of("d-1").ref()),
                "Sick leave");

        assertThat(r.items()).containsExactly(org.aso.core.dossier.DossierId.of("d-1").ref(), GRANT);
        assertThatThrownBy(() -> r.items().add(GRANT)).isInstanceOf(UnsupportedOperationException.class);
    }
}
