package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.aso.core.fixtures.PriorityFixtures.unit;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrgChartTest {
    private final OrgChart chart = OrgChart.of(List.of(
            unit("MIN", null, "minister"),
            unit("DIR", "MIN", null),
            unit("SD", "DIR", "deputy-director"),
            unit("S2", "SD", "head-s2"),
            unit("S3", "SD", null))).get();

    @Test
    void superiorOf_staff_isTheHeadOfTheirUnit() {
        assertThat(chart.superiorOf(PersonId.of("officer"), OrgUnitId.of("S2"))).contains(PersonId.of("head-s2"));
    }

    @Test
    void superiorOf_head_isOneLevelUp() {
        assertThat(chart.superiorOf(PersonId.of("head-s2"), OrgUnitId.of("S2")))
                .contains(PersonId.of("deputy-director"));
    }

    @Test
    void superiorOf_vacantHeads_areSkipped() {
        assertThat(chart.superiorOf(PersonId.of("officer"), OrgUnitId.of("S3")))
                .contains(PersonId.of("deputy-director"));
        assertThat(chart.headAbove(OrgUnitId.of("SD"))).contains(PersonId.of("minister"));
        assertThat(chart.headAbove(OrgUnitId.of("MIN"))).isEmpty();
    }

    @Test
    void tree_queries() {
        assertThat(chart.ancestors(OrgUnitId.of("S2"))).extracting(u -> u.id().value())
                .containsExactly("SD", "DIR", "MIN");
        assertThat(chart.children(OrgUnitId.of("SD"))).extracting(u -> u.id().value()).containsExactly("S2", "S3");
        assertThat(chart.roots()).extracting(u -> u.id().value()).containsExactly("MIN");
        assertThat(chart.isWithin(OrgUnitId.of("S3"), OrgUnitId.of("DIR"))).isTrue();
        assertThat(chart.isWithin(OrgUnitId.of("DIR"), OrgUnitId.of("S3"))).isFalse();
    }

    @Test
    void isWithin_aKnownUnitIsWithinItself_anUnknownOneIsWithinNothing() {
        assertThat(chart.isWithin(OrgUnitId.of("SD"), OrgUnitId.of("SD"))).isTrue();
        assertThat(chart.isWithin(OrgUnitId.of("GONE"), OrgUnitId.of("GONE"))).isFalse();
        assertThat(chart.isWithin(OrgUnitId.of("GONE"), OrgUnitId.of("MIN"))).isFalse();
    }

    @Test
    void units_areEveryUnitOfTheChart() {
        assertThat(chart.units()).extracting(u -> u.id().value()).containsExactly("MIN", "DIR", "SD", "S2", "S3");
    }

    @Test
    void charts_ofTheSameUnits_areEqual_anotherUnitMakesThemDifferent() {
        OrgChart same = OrgChart.of(List.of(unit("MIN", null, "minister"), unit("DIR", "MIN", null),
                unit("SD", "DIR", "deputy-director"), unit("S2", "SD", "head-s2"), unit("S3", "SD", null))).get();
        OrgChart other = OrgChart.of(List.of(unit("MIN", null, "minister"))).get();
        assertThat(same).isEqualTo(chart).hasSameHashCodeAs(chart);
        assertThat(other).isNotEqualTo(chart);
        assertThat(chart).isNotEqualTo("MIN");
    }

    @Test
    void of_badTree_reportsEveryProblemAtOnce() {
        var result = OrgChart.of(List.of(
                unit("A", "B", null), unit("B", "A", null),
                unit("C", "NOWHERE", null),
                unit("D", null, null), unit("D", null, null)));
        assertThat(result.getLeft()).extracting(Problem::code).containsExactlyInAnyOrder(
                "kernel.org.duplicate-unit", "kernel.org.unknown-parent", "kernel.org.cycle");
    }
}
