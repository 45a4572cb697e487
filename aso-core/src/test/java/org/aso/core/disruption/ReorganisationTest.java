package org.aso.core.disruption;

import static org.aso.core.disruption.ReorgFixtures.APRIL;
import static org.aso.core.disruption.ReorgFixtures.HEAD;
import static org.aso.core.disruption.ReorgFixtures.S2;
import static org.aso.core.disruption.ReorgFixtures.S3;
import static org.aso.core.disruption.ReorgFixtures.S5;
import static org.aso.core.disruption.ReorgFixtures.S6;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.aso.core.correspondence.Assignment;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.Registers;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.OrgChartHistory;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.priority.Escalation;
import org.aso.core.priority.EscalationPolicy;
import org.aso.core.priority.Notice;
import org.aso.core.priority.NoticeKind;
import org.aso.core.priority.Task;
import org.aso.core.priority.TaskStatus;
import org.junit.jupiter.api.Test;

/** A reorganisation moves the open mail, tasks and people of the old units to the new ones, and the chart changes from a date. */
class ReorganisationTest {
    private static final PersonId ANNE = PersonId.of("p-20");
    private static final PersonId BRUNO = PersonId.of("p-21");

    private static List<Task> tasks() {
        return List.of(ReorgFixtures.task("t-1", ANNE, S2), ReorgFixtures.task("t-2", BRUNO, S3),
                ReorgFixtures.task("t-3", ANNE, S2).withStatus(TaskStatus.DONE), ReorgFixtures.task("t-4", BRUNO, S2),
                ReorgFixtures.task("t-5", PersonId.of("p-40"), OrgUnitId.of("LONE")));
    }

    private static List<Person> people() {
        return List.of(ReorgFixtures.person("p-20", S2), ReorgFixtures.person("p-21", S2),
                ReorgFixtures.person("p-22", S3), ReorgFixtures.person("p-40", OrgUnitId.of("LONE")));
    }

    private static Registers registers() {
        return Registers.of(List.of(ReorgFixtures.register()));
    }

    private static OrgChartHistory charts() {
        return OrgChartHistory.of(ReorgFixtures.before());
    }

    private static ReorganisationOutcome decide(ReorganisationPlan plan) {
        return Reorganisation.decide(registers(), tasks(), people(), charts(), plan, HEAD).get();
    }

    private static Problem refusal(ReorganisationPlan plan) {
        return Reorganisation.decide(registers(), tasks(), people(), charts(), plan, HEAD).getLeft();
    }

    private static Entry entry(Registers registers, String subject) {
        return registers.all().get(0).entries().stream()
                .filter(e -> e.subject().orElseThrow().equals(subject)).findFirst().orElseThrow();
    }

    @Test
    void a_merger_redirects_the_open_letters_of_both_units_and_keeps_the_old_unit_in_their_history() {
        // when
        ReorganisationOutcome done = decide(ReorgFixtures.merger());

        // then
        Entry festival = entry(done.registers(), "Festival subsidy");
        assertThat(festival.handler()).contains(S5);
        assertThat(festival.assignments()).extracting(Assignment::assignee).containsExactly(S2, S5);
        assertThat(festival.assignments().get(0).endedAt()).contains(HEAD.at());
        assertThat(entry(done.registers(), "Parking permits").handler()).contains(S5);
        assertThat(entry(done.registers(), "School canteen").handler()).contains(S5);
        assertThat(done.events()).hasSize(3).allSatisfy(e -> assertThat(e).isInstanceOf(EntryEvent.Redirected.class));
        assertThat(done.count(ReorganisationOutcome.Kind.LETTER, S2, S5)).isEqualTo(2);
        assertThat(done.count(ReorganisationOutcome.Kind.LETTER, S3, S5)).isEqualTo(1);
    }

    @Test
    void a_closed_letter_and_a_letter_handled_by_a_person_are_left_as_they_were() {
        // when
        ReorganisationOutcome done = decide(ReorgFixtures.merger());

        // then
        Entry old = entry(done.registers(), "Old complaint");
        assertThat(old.handler()).contains((Identifier) S2);
        assertThat(old.assignments()).hasSize(1);
        assertThat(entry(done.registers(), "Annual report").handler()).contains(PersonId.of("p-17"));
    }

    @Test
    void the_register_keeps_its_numbers_and_numbers_the_next_letter_without_a_gap() {
        // given
        ReorganisationOutcome done = decide(ReorgFixtures.merger());
        Register after = done.registers().all().get(0);

        // when
        Register.Registered next = after.register(CorrespondenceFixtures.letter(ReorgFixtures.MONDAY.plusDays(30),
                "First letter of S5").build(), CorrespondenceFixtures.clerkOn(ReorgFixtures.MONDAY.plusDays(30))).get();

        // then
        assertThat(after.entries()).extracting(e -> e.number().sequence()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(after.entries()).extracting(Entry::number)
                .isEqualTo(ReorgFixtures.register().entries().stream().map(Entry::number).toList());
        assertThat(next.entry().number().sequence()).isEqualTo(6L);
    }

    @Test
    void the_events_rebuild_the_register_the_decision_gave() {
        // given
        ReorganisationOutcome done = decide(ReorgFixtures.merger());
        Register before = ReorgFixtures.register();

        // when
        Register replayed = before;
        for (EntryEvent e : done.events()) {
            replayed = replayed.evolve(e).get();
        }

        // then
        assertThat(replayed).isEqualTo(done.registers().all().get(0));
    }

    @Test
    void open_tasks_and_members_follow_their_unit_and_a_done_task_keeps_its_unit() {
        // when
        ReorganisationOutcome done = decide(ReorgFixtures.merger());

        // then
        assertThat(done.tasks()).extracting(Task::unit).containsExactly(S5, S5, S2, S5, OrgUnitId.of("LONE"));
        assertThat(done.tasks()).extracting(Task::assignee).containsExactly(ANNE, BRUNO, ANNE, BRUNO, PersonId.of("p-40"));
        assertThat(done.people()).extracting(p -> p.unit().orElseThrow())
                .containsExactly(S5, S5, S5, OrgUnitId.of("LONE"));
        assertThat(done.count(ReorganisationOutcome.Kind.TASK, S2, S5)).isEqualTo(2);
        assertThat(done.count(ReorganisationOutcome.Kind.PERSON, S3, S5)).isEqualTo(1);
    }

    @Test
    void in_a_split_an_item_goes_where_its_own_rule_says_a_task_follows_its_assignee_and_the_rest_goes_to_the_first_unit() {
        // given
        Entry canteen = entry(registers(), "School canteen");
        ReorganisationPlan split = ReorgFixtures.split().withItem(canteen.id().ref(), S6).withPerson(BRUNO, S6);

        // when
        ReorganisationOutcome done = decide(split);

        // then
        assertThat(entry(done.registers(), "School canteen").handler()).contains(S6);
        assertThat(entry(done.registers(), "Festival subsidy").handler()).contains(S5);
        assertThat(entry(done.registers(), "Parking permits").handler()).contains(S3);
        assertThat(done.tasks()).extracting(Task::unit).containsExactly(S5, S3, S2, S6, OrgUnitId.of("LONE"));
        assertThat(done.people()).extracting(p -> p.unit().orElseThrow())
                .containsExactly(S5, S6, S3, OrgUnitId.of("LONE"));
    }

    @Test
    void escalation_uses_the_chart_in_force_when_the_notice_is_due() {
        // given: S2's task due 2 April escalates after 1 April
        ReorganisationOutcome done = decide(ReorgFixtures.merger());
        Task moved = done.tasks().get(0);
        Task early = ReorgFixtures.task("t-9", ANNE, S2).withDueDate(java.time.LocalDate.of(2026, 3, 10));
        Escalation escalation = Escalation.of(EscalationPolicy.defaults(), KernelFixtures.paris(), done.orgCharts());

        // when
        Notice late = escalation(escalation, moved);
        Notice before = escalation(escalation, early);

        // then: S5 is under SD2 from April; S2 was under SD in March
        assertThat(late.recipient()).contains(PersonId.of("director-sd2"));
        assertThat(late.dueSince()).isAfter(APRIL);
        assertThat(before.recipient()).contains(PersonId.of("deputy-director"));
        assertThat(before.dueSince()).isBefore(APRIL);
        // and the one-chart API still answers with its one chart
        Escalation old = Escalation.of(EscalationPolicy.defaults(), KernelFixtures.paris(), ReorgFixtures.before());
        assertThat(escalation(old, early).recipient()).contains(PersonId.of("deputy-director"));
        assertThat(done.orgCharts().versions()).hasSize(2);
        assertThat(done.orgCharts().at(Instant.parse("2026-03-31T21:59:59Z"))).isEqualTo(ReorgFixtures.before());
        assertThat(done.orgCharts().at(APRIL)).isEqualTo(ReorgFixtures.after());
    }

    private static Notice escalation(Escalation escalation, Task task) {
        return escalation.schedule(task).get().stream().filter(n -> n.kind() == NoticeKind.ESCALATION)
                .findFirst().orElseThrow();
    }

    @Test
    void the_summary_counts_what_moved_per_unit_in_english_and_french() {
        // when
        ReorganisationOutcome done = decide(ReorgFixtures.merger());

        // then
        assertThat(done.toText(Locale.ENGLISH, KernelFixtures.PARIS)).isEqualTo("""
                Reorganisation by p-3 on Mon 30 Mar 2026 08:30, new chart in force from Wed 1 Apr 2026 00:00
                - S2 to S5: 2 letters, 2 tasks, 2 people
                - S3 to S5: 1 letter, 1 task, 1 person""");
        assertThat(done.toText(Locale.FRENCH, KernelFixtures.PARIS)).isEqualTo("""
                Réorganisation décidée par p-3 le lundi 30 mars 2026 à 8 h 30, nouvel organigramme en vigueur à partir du mercredi 1er avril 2026 à 0 h 00
                - S2 vers S5 : 2 courriers, 2 tâches, 2 personnes
                - S3 vers S5 : 1 courrier, 1 tâche, 1 personne""");
    }

    @Test
    void each_refusal_has_its_code_and_changes_nothing() {
        ReorganisationPlan base = ReorganisationPlan.of(ReorgFixtures.after(), APRIL, "S2 and S3 merged into S5");
        assertThat(refusal(base).code()).isEqualTo("disruption.reorganisation.no-move");
        assertThat(refusal(base.withMove(S2, S2)).code()).isEqualTo("disruption.reorganisation.same-unit");
        assertThat(refusal(base.withMove(S2, S5).withMove(S5, S6)).code()).isEqualTo("disruption.reorganisation.chained");
        assertThat(refusal(base.withMove(S2, OrgUnitId.of("S9"))).code())
                .isEqualTo("disruption.reorganisation.unit-not-in-chart");
        assertThat(refusal(ReorganisationPlan.of(ReorgFixtures.after(), APRIL, "  ").withMove(S2, S5)).code())
                .isEqualTo("disruption.reorganisation.missing-reason");
        assertThat(refusal(base.withMove(S2, S5).withPerson(ANNE, S6)).code())
                .isEqualTo("disruption.reorganisation.not-a-successor");
        Problem item = refusal(ReorgFixtures.split().withItem(entry(registers(), "School canteen").id().ref(), S3));
        assertThat(item.code()).isEqualTo("disruption.reorganisation.not-a-successor");
        assertThat(item.details()).containsKey("item");
        OrgChartHistory later = charts().then(APRIL.plusSeconds(86_400), ReorgFixtures.after());
        assertThat(Reorganisation.decide(registers(), tasks(), people(), later, ReorgFixtures.merger(), HEAD)
                .getLeft().code()).isEqualTo("disruption.reorganisation.chart-not-after");
        assertThat(refusal(ReorganisationPlan.of(ReorgFixtures.after(), Instant.MAX, "x").withMove(S2, S5)).code())
                .isEqualTo("kernel.range.instant");
    }

    @Test
    void a_restart_opens_a_register_whose_series_no_other_register_gives_and_the_old_one_keeps_its_numbers() {
        // given
        org.aso.core.correspondence.RegisterSettings s5 = settings("S5", "B",
                org.aso.core.numbering.NumberingScheme.chronological());

        // when
        ReorganisationOutcome done = decide(ReorgFixtures.merger().withNewRegister(s5));
        Register fresh = done.registers().get(s5.id()).orElseThrow();
        Register.Registered first = fresh.register(CorrespondenceFixtures.letter(ReorgFixtures.MONDAY.plusDays(30),
                "First letter of S5").build(), CorrespondenceFixtures.clerkOn(ReorgFixtures.MONDAY.plusDays(30))).get();

        // then
        assertThat(fresh.size()).isZero();
        assertThat(first.entry().number().sequence()).isEqualTo(1L);
        assertThat(done.registers().all().get(0).entries()).extracting(e -> e.number().text())
                .doesNotContain(first.entry().number().text());
        assertThat(done.registers().all().get(0).size()).isEqualTo(5);
    }

    @Test
    void a_restart_that_could_give_a_number_twice_is_refused() {
        org.aso.core.correspondence.RegisterSettings same = CorrespondenceFixtures.general();
        assertThat(refusal(ReorgFixtures.merger().withNewRegister(same)).code())
                .isEqualTo("disruption.reorganisation.register-exists");
        org.aso.core.correspondence.RegisterSettings sameCode = settings("S5", same.code(), same.numbering());
        assertThat(refusal(ReorgFixtures.merger().withNewRegister(sameCode)).code())
                .isEqualTo("disruption.reorganisation.series-not-apart");
        org.aso.core.correspondence.RegisterSettings otherScheme = settings("S5", "B",
                org.aso.core.numbering.NumberingScheme.frenchMailRoom());
        assertThat(refusal(ReorgFixtures.merger().withNewRegister(otherScheme)).code())
                .isEqualTo("disruption.reorganisation.series-not-apart");
    }

    private static org.aso.core.correspondence.RegisterSettings settings(String id, String code,
                                                                          org.aso.core.numbering.NumberingScheme scheme) {
        return org.aso.core.correspondence.RegisterSettings.builder().id(org.aso.core.correspondence.RegisterId.of(id))
                .code(code).name("Courrier de la section 5").numbering(scheme).calendar(KernelFixtures.paris()).build();
    }
}
