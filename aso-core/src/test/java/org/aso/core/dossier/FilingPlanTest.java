package org.aso.core.dossier;

import static org.aso.core.fixtures.DossierFixtures.ADMINISTRATION;
import static org.aso.core.fixtures.DossierFixtures.BUDGET;
import static org.aso.core.fixtures.DossierFixtures.COURT_CASES;
import static org.aso.core.fixtures.DossierFixtures.GENERAL;
import static org.aso.core.fixtures.DossierFixtures.LEGAL;
import static org.aso.core.fixtures.DossierFixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

class FilingPlanTest {
    private final FilingPlan plan = DossierFixtures.plan();
    private final RetentionRule fiveYears = RetentionRule.of(Period.ofYears(2), Period.ofYears(5), DisposalAction.DESTROY);

    private static ClassificationCode code(String c) {
        return ClassificationCode.of(c);
    }

    @Test
    void retentionOf_codeWithoutRule_inheritsTheNearestAbove() {
        assertThat(plan.retentionOf(GENERAL)).isEqualTo(plan.retentionOf(ADMINISTRATION)).contains(fiveYears);
        assertThat(plan.retentionOf(COURT_CASES).map(RetentionRule::action)).contains(DisposalAction.KEEP_PERMANENTLY);
        assertThat(plan.retentionOf(BUDGET).map(RetentionRule::action)).contains(DisposalAction.TRANSFER_TO_ARCHIVES);
        assertThat(plan.retentionOf(code("9"))).isEmpty();
    }

    @Test
    void tree_queries() {
        assertThat(plan.children(ADMINISTRATION)).extracting(FilingPlanEntry::code).containsExactly(GENERAL, BUDGET);
        assertThat(plan.ancestors(COURT_CASES)).extracting(FilingPlanEntry::code).containsExactly(LEGAL);
        assertThat(plan.isWithin(BUDGET, ADMINISTRATION)).isTrue();
        assertThat(plan.isWithin(ADMINISTRATION, ADMINISTRATION)).isTrue();
        assertThat(plan.isWithin(ADMINISTRATION, BUDGET)).isFalse();
        assertThat(plan.isWithin(code("9"), code("9"))).isFalse();
    }

    @Test
    void of_badPlan_reportsEveryProblemAtOnce() {
        // given: a duplicate, an unknown parent, a cycle of two, and a root without a rule
        List<FilingPlanEntry> entries = List.of(
                entry(code("1"), "One", null, fiveYears),
                entry(code("1"), "One again", null, fiveYears),
                entry(code("4.1"), "Orphan", code("4"), null),
                entry(code("5"), "Loop A", code("6"), null),
                entry(code("6"), "Loop B", code("5"), null),
                entry(code("7"), "No rule", null, null),
                entry(code("7.1"), "No rule below", code("7"), null));
        // when
        var result = FilingPlan.of(entries);
        // then
        assertThat(result.getLeft()).extracting(Problem::code).containsExactly(
                "dossier.plan.duplicate-code",
                "dossier.plan.unknown-parent",
                "dossier.plan.cycle",
                "dossier.plan.no-retention",
                "dossier.plan.no-retention");
        assertThat(result.getLeft().get(1).detail("parent")).contains("4");
        assertThat(result.getLeft()).filteredOn(p -> p.code().endsWith("no-retention"))
                .extracting(p -> p.detail("code").orElseThrow()).containsExactly("7", "7.1");
    }

    @Test
    void of_selfContainedCycles_areReportedOncePerCycle() {
        var result = FilingPlan.of(List.of(
                entry(code("a"), "A", code("b"), fiveYears), entry(code("b"), "B", code("a"), null),
                entry(code("c"), "C", code("a"), null),
                entry(code("x"), "X", code("y"), null), entry(code("y"), "Y", code("x"), null)));
        assertThat(result.getLeft()).extracting(Problem::code).containsExactly("dossier.plan.cycle", "dossier.plan.cycle");
    }

    @Test
    void entry_ownParent_isAProgrammerError() {
        assertThatThrownBy(() -> entry(code("1"), "One", code("1"), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retentionRule_structure() {
        assertThatThrownBy(() -> RetentionRule.of(Period.ofYears(1), Period.ofYears(2), DisposalAction.KEEP_PERMANENTLY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetentionRule.of(Period.ofYears(-1), Period.ofYears(2), DisposalAction.DESTROY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RetentionRule.permanent(Period.ofYears(10)).keepFor()).isEmpty();
    }

    @Test
    void applyTo_countsFromTheClosingDateOrTheFirstOfJanuaryAfter() {
        LocalDate closed = LocalDate.of(2026, 3, 16);
        RetentionOutcome fromClosing = fiveYears.applyTo(closed);
        assertThat(fromClosing.reviewOn()).isEqualTo(LocalDate.of(2028, 3, 16));
        assertThat(fromClosing.disposalOn()).contains(LocalDate.of(2031, 3, 16));
        RetentionOutcome fromYearEnd = fiveYears.withCountFrom(RetentionStart.END_OF_CLOSING_YEAR).applyTo(closed);
        assertThat(fromYearEnd.reviewOn()).isEqualTo(LocalDate.of(2029, 1, 1));
        assertThat(fromYearEnd.disposalOn()).contains(LocalDate.of(2032, 1, 1));
        // closed on 31 December: the count still starts the next day
        assertThat(fiveYears.withCountFrom(RetentionStart.END_OF_CLOSING_YEAR)
                .applyTo(LocalDate.of(2026, 12, 31)).disposalOn()).contains(LocalDate.of(2032, 1, 1));
    }

    @Test
    void applyTo_leapDay_landsOnTheLastDayOfFebruary() {
        RetentionRule oneYear = RetentionRule.of(Period.ofMonths(6), Period.ofYears(1), DisposalAction.DESTROY);
        RetentionOutcome r = oneYear.applyTo(LocalDate.of(2028, 2, 29));
        assertThat(r.reviewOn()).isEqualTo(LocalDate.of(2028, 8, 29));
        assertThat(r.disposalOn()).contains(LocalDate.of(2029, 2, 28));
        assertThat(r.isDisposalDue(LocalDate.of(2029, 2, 27))).isFalse();
        assertThat(r.isDisposalDue(LocalDate.of(2029, 2, 28))).isTrue();
    }

    @Test
    void entries_areGivenBack_inTheOrderGiven_andPlansWithTheSameEntriesAreEqual() {
        assertThat(plan.entries()).isEqualTo(DossierFixtures.planEntries());
        FilingPlan same = FilingPlan.of(DossierFixtures.planEntries()).get();
        assertThat(same).isEqualTo(plan).hasSameHashCodeAs(plan);
        FilingPlan smaller = FilingPlan.of(DossierFixtures.planEntries().subList(0, 3)).get();
        assertThat(smaller).isNotEqualTo(plan);
        assertThat(smaller.hashCode()).isNotEqualTo(plan.hashCode());
        assertThat(plan).isNotEqualTo(DossierFixtures.planEntries());
    }

    @Test
    void applyTo_aDateItGivesOutsideTheSupportedRange_throws_namingIt() {
        RetentionRule twoThenFive = fiveYears;
        assertThatThrownBy(() -> twoThenFive.applyTo(LocalDate.of(10_000, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("closing date");
        assertThatThrownBy(() -> twoThenFive.applyTo(LocalDate.of(9_998, 6, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("review date");
        RetentionRule reviewNow = RetentionRule.of(Period.ZERO, Period.ofYears(5), DisposalAction.DESTROY);
        assertThatThrownBy(() -> reviewNow.applyTo(LocalDate.of(9_998, 6, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("disposal date");
        assertThat(reviewNow.applyTo(LocalDate.of(9_994, 12, 31)).disposalOn()).contains(LocalDate.of(9_999, 12, 31));
        assertThat(RetentionRule.permanent(Period.ofYears(1)).applyTo(LocalDate.of(9_998, 12, 31)).reviewOn())
                .isEqualTo(LocalDate.of(9_999, 12, 31));
        assertThatThrownBy(() -> reviewNow.withCountFrom(RetentionStart.END_OF_CLOSING_YEAR)
                .applyTo(LocalDate.of(9_999, 6, 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start of the retention count");
    }
}
