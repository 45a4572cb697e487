package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrgChartHistoryTest {
    private static final Instant APRIL = Instant.parse("2026-03-31T22:00:00Z");
    private static final Instant JULY = Instant.parse("2026-06-30T22:00:00Z");

    private static OrgChart chart(String head) {
        return OrgChart.of(List.of(OrgUnit.builder().id(OrgUnitId.of("SD")).code("SD").name("Sub-directorate")
                        .head(PersonId.of(head)).build(),
                OrgUnit.builder().id(OrgUnitId.of("S2")).code("S2").name("Section 2").parent(OrgUnitId.of("SD")).build()))
                .get();
    }

    @Test
    void at_beforeTheSecondChart_answersTheFirstAndFromItsInstantTheSecond() {
        OrgChartHistory charts = OrgChartHistory.of(chart("a")).then(APRIL, chart("b")).then(JULY, chart("c"));

        assertThat(charts.at(Instant.parse("1990-01-01T00:00:00Z"))).isEqualTo(chart("a"));
        assertThat(charts.at(APRIL.minusSeconds(1)).headAbove(OrgUnitId.of("S2"))).contains(PersonId.of("a"));
        assertThat(charts.at(APRIL).headAbove(OrgUnitId.of("S2"))).contains(PersonId.of("b"));
        assertThat(charts.at(JULY.minusSeconds(1))).isEqualTo(chart("b"));
        assertThat(charts.at(Instant.MAX)).isEqualTo(chart("c"));
        assertThat(charts.latest()).isEqualTo(chart("c"));
        assertThat(charts.latestFrom()).isEqualTo(JULY);
    }

    @Test
    void at_beforeTheFirstVersionOfAnExplicitHistory_answersTheFirstChart() {
        OrgChartHistory charts = new OrgChartHistory(List.of(new OrgChartHistory.Version(APRIL, chart("b"))));

        assertThat(charts.at(Instant.MIN)).isEqualTo(chart("b"));
    }

    @Test
    void then_notAfterTheLastChart_throws() {
        OrgChartHistory charts = OrgChartHistory.of(chart("a")).then(APRIL, chart("b"));

        assertThatThrownBy(() -> charts.then(APRIL, chart("c"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> charts.then(APRIL.minusSeconds(1), chart("c")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> charts.then(Instant.MAX, chart("c"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrgChartHistory(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
