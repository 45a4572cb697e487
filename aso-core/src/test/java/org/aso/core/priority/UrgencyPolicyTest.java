package org.aso.core.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

class UrgencyPolicyTest {

    private static UrgencyPolicy parsed(String key, String value) {
        return UrgencyPolicy.parse(Map.of(key, value)).get();
    }

    private static List<Problem> refused(String key, String value) {
        Map<String, String> settings = new HashMap<>();
        settings.put(key, value);
        return UrgencyPolicy.parse(settings).getLeft();
    }

    private static void assertOutOfRange(String key, String value) {
        assertThat(refused(key, value)).as(key + "=" + value).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("priority.policy.out-of-range");
            assertThat(p.detail("key")).contains(key);
        });
    }

    @Test
    void defaults_areTheDocumentedWeightsCapsAndThresholds() {
        UrgencyPolicy p = UrgencyPolicy.defaults();
        assertThat(p.coefficients()).containsExactlyInAnyOrderEntriesOf(Map.of(
                UrgencyTerm.DUE, 12.0, UrgencyTerm.BLOCKING, 8.0, UrgencyTerm.IMPORTANCE, 6.0, UrgencyTerm.AGE, 2.0,
                UrgencyTerm.WAITING, -3.0, UrgencyTerm.BLOCKED, -5.0, UrgencyTerm.GRADE, 5.0,
                UrgencyTerm.SENSITIVITY, 4.0, UrgencyTerm.WORKING_TIME_LEFT, 4.0, UrgencyTerm.OVERDUE, 2.0));
        assertThat(p.ageCap()).isEqualTo(Duration.ofDays(365));
        assertThat(p.workingTimeHorizon()).isEqualTo(Duration.ofHours(40));
        assertThat(p.topGradeRank()).isEqualTo(4);
        assertThat(p.urgentThreshold()).isEqualTo(8.0);
        assertThat(p.importantThreshold()).isEqualTo(7.0);
        assertThatThrownBy(() -> p.coefficients().put(UrgencyTerm.DUE, 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void parse_ageCap_wholeDaysFromOneTo36500() {
        assertThat(parsed("age.cap-days", "1").ageCap()).isEqualTo(Duration.ofDays(1));
        assertThat(parsed("age.cap-days", "36500").ageCap()).isEqualTo(Duration.ofDays(36_500));
        assertOutOfRange("age.cap-days", "0");
        assertOutOfRange("age.cap-days", "36501");
        assertOutOfRange("age.cap-days", "1.5");
    }

    @Test
    void parse_horizon_moreThanZeroAndAtMost10000Hours() {
        assertThat(parsed("horizon.hours", "0.5").workingTimeHorizon()).isEqualTo(Duration.ofMinutes(30));
        assertThat(parsed("horizon.hours", "10000").workingTimeHorizon()).isEqualTo(Duration.ofHours(10_000));
        assertOutOfRange("horizon.hours", "0");
        assertOutOfRange("horizon.hours", "-1");
        assertOutOfRange("horizon.hours", "10000.5");
    }

    @Test
    void parse_topGradeRank_wholeNumberFromOneTo1000() {
        assertThat(parsed("grade.top-rank", "1").topGradeRank()).isEqualTo(1);
        assertThat(parsed("grade.top-rank", "1000").topGradeRank()).isEqualTo(1000);
        assertOutOfRange("grade.top-rank", "0");
        assertOutOfRange("grade.top-rank", "1001");
        assertOutOfRange("grade.top-rank", "2.5");
    }

    @Test
    void parse_valuesAreStripped_andAThresholdKeepsTheOther() {
        UrgencyPolicy p = parsed("threshold.important", " 6.5 ");
        assertThat(p.importantThreshold()).isEqualTo(6.5);
        assertThat(p.urgentThreshold()).isEqualTo(8.0);
        assertThat(parsed("coefficient.blocked", "-7").coefficient(UrgencyTerm.BLOCKED)).isEqualTo(-7.0);
    }

    @Test
    void parse_missingOrInfiniteValues_areProblemsNamingTheKey() {
        assertThat(refused("threshold.urgent", null)).extracting(Problem::code).containsExactly("priority.policy.not-a-number");
        assertOutOfRange("coefficient.due", "Infinity");
        assertThat(refused("coefficient.urgency", "1")).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("priority.policy.unknown-key");
            assertThat(p.detail("key")).contains("coefficient.urgency");
        });
    }

    @Test
    void withers_refuseValuesOutsideTheirDomain() {
        UrgencyPolicy p = UrgencyPolicy.defaults();
        assertThatThrownBy(() -> p.withCoefficient(UrgencyTerm.DUE, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withCoefficient(UrgencyTerm.DUE, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withThresholds(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withThresholds(1, Double.NEGATIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withAgeCap(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withAgeCap(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withWorkingTimeHorizon(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withWorkingTimeHorizon(Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withTopGradeRank(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(p.withTopGradeRank(1).topGradeRank()).isEqualTo(1);
        assertThat(p.withAgeCap(Duration.ofSeconds(1)).ageCap()).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.withWorkingTimeHorizon(Duration.ofSeconds(1)).workingTimeHorizon()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void equality_isByValue() {
        UrgencyPolicy p = UrgencyPolicy.defaults();
        assertThat(p).isEqualTo(UrgencyPolicy.defaults()).hasSameHashCodeAs(UrgencyPolicy.defaults());
        assertThat(UrgencyPolicy.parse(Map.of("coefficient.due", "12")).get()).isEqualTo(p);
        assertThat(List.of(p.withCoefficient(UrgencyTerm.DUE, 11), p.withAgeCap(Duration.ofDays(30)),
                p.withWorkingTimeHorizon(Duration.ofHours(10)), p.withTopGradeRank(3), p.withThresholds(9, 7),
                p.withThresholds(8, 6))).allSatisfy(other -> assertThat(other).isNotEqualTo(p));
        assertThat(p).isNotEqualTo("policy");
    }
}
