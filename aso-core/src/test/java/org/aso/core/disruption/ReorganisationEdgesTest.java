package org.aso.core.disruption;

import static org.aso.core.disruption.ReorgFixtures.APRIL;
import static org.aso.core.disruption.ReorgFixtures.HEAD;
import static org.aso.core.disruption.ReorgFixtures.S2;
import static org.aso.core.disruption.ReorgFixtures.S5;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.util.List;
import java.util.Locale;
import org.aso.core.correspondence.RegisterId;
import org.aso.core.correspondence.RegisterSettings;
import org.aso.core.correspondence.Registers;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.OrgChartHistory;
import org.aso.core.kernel.Problem;
import org.aso.core.numbering.NumberingScheme;
import org.junit.jupiter.api.Test;

/** The exact edge of the chart's date, several restarted registers at once, and a plan's own rules. */
class ReorganisationEdgesTest {

    private static Either<Problem, ReorganisationOutcome> decide(OrgChartHistory charts, ReorganisationPlan plan) {
        return Reorganisation.decide(Registers.of(List.of(ReorgFixtures.register())), List.of(), List.of(), charts, plan, HEAD);
    }

    private static RegisterSettings settings(String id, String code) {
        return RegisterSettings.builder().id(RegisterId.of(id)).code(code).name("Courrier " + id)
                .numbering(NumberingScheme.chronological()).calendar(KernelFixtures.paris()).build();
    }

    @Test
    void the_new_chart_must_come_into_force_strictly_after_the_last_one() {
        OrgChartHistory before = OrgChartHistory.of(ReorgFixtures.before());

        assertThat(decide(before.then(APRIL, ReorgFixtures.before()), ReorgFixtures.merger()).getLeft().code())
                .isEqualTo("disruption.reorganisation.chart-not-after");
        assertThat(decide(before.then(APRIL.minusSeconds(1), ReorgFixtures.before()), ReorgFixtures.merger()).get()
                .orgCharts().latestFrom()).isEqualTo(APRIL);
    }

    @Test
    void two_registers_restarted_together_need_codes_of_their_own_as_well() {
        ReorganisationPlan twoB = ReorgFixtures.merger().withNewRegister(settings("S5", "B")).withNewRegister(settings("S6", "B"));
        ReorganisationPlan bAndC = ReorgFixtures.merger().withNewRegister(settings("S5", "B")).withNewRegister(settings("S6", "C"));
        ReorganisationPlan sameId = ReorgFixtures.merger().withNewRegister(settings("S5", "B")).withNewRegister(settings("S5", "C"));
        OrgChartHistory charts = OrgChartHistory.of(ReorgFixtures.before());

        Problem twice = decide(charts, twoB).getLeft();
        assertThat(twice.code()).isEqualTo("disruption.reorganisation.series-not-apart");
        assertThat(twice.detail("register")).contains("S6");
        assertThat(decide(charts, sameId).getLeft().code()).isEqualTo("disruption.reorganisation.register-exists");
        assertThat(decide(charts, bAndC).get().registers().all()).hasSize(3);
    }

    @Test
    void a_unit_moved_twice_to_the_same_new_unit_moves_its_work_once() {
        ReorganisationPlan twice = ReorgFixtures.merger().withMove(S2, S5);

        ReorganisationOutcome done = decide(OrgChartHistory.of(ReorgFixtures.before()), twice).get();

        assertThat(done.count(ReorganisationOutcome.Kind.LETTER, S2, S5)).isEqualTo(2);
        assertThat(twice.successors(S2)).containsExactly(S5);
        assertThat(done.toText(Locale.ENGLISH, KernelFixtures.PARIS)).endsWith("""
                - S2 to S5: 2 letters
                - S3 to S5: 1 letter""");
        assertThat(done.state()).isSameAs(done.registers());
    }

    @Test
    void a_reason_that_is_not_plain_text_is_refused_and_a_task_sent_to_a_unit_that_is_not_a_new_one_is_named() {
        OrgChartHistory charts = OrgChartHistory.of(ReorgFixtures.before());
        org.aso.core.priority.Task task = ReorgFixtures.task("t-1", org.aso.core.kernel.PersonId.of("p-20"), S2);
        ReorganisationPlan toS3 = ReorgFixtures.split().withItem(task.id().ref(), ReorgFixtures.S3);

        assertThat(decide(charts, ReorganisationPlan.of(ReorgFixtures.after(), APRIL, "Merged\u0000").withMove(S2, S5))
                .getLeft().code()).startsWith("kernel.text.");
        Problem p = Reorganisation.decide(Registers.of(List.of()), List.of(task), List.of(), charts, toS3, HEAD).getLeft();
        assertThat(p.code()).isEqualTo("disruption.reorganisation.not-a-successor");
        assertThat(p.detail("item")).contains(task.id().ref().toString());
        assertThat(p.detail("unit")).contains("S3");
    }
}
