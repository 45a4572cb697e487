package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PriorityGradeTest {

    @Test
    void frenchMailRoom_normalUrgentVeryUrgent_withTheirWorkingDays() {
        assertThat(PriorityGrade.frenchMailRoom())
                .extracting(PriorityGrade::code, PriorityGrade::label, PriorityGrade::rank, PriorityGrade::replyWithinWorkingDays)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("normal", "Normal", 1, 30),
                        org.assertj.core.groups.Tuple.tuple("urgent", "Urgent", 2, 8),
                        org.assertj.core.groups.Tuple.tuple("very-urgent", "Très urgent", 3, 4));
    }

    @Test
    void indianOfficeManual_routineToTopPriority_withTheirWorkingDays() {
        assertThat(PriorityGrade.indianOfficeManual())
                .extracting(PriorityGrade::code, PriorityGrade::replyWithinWorkingDays)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("routine", 15),
                        org.assertj.core.groups.Tuple.tuple("priority", 7),
                        org.assertj.core.groups.Tuple.tuple("immediate", 3),
                        org.assertj.core.groups.Tuple.tuple("top-priority", 1));
    }

    @Test
    void replyWithin_zeroWorkingDays_isAccepted_negative_isRefused() {
        assertThat(PriorityGrade.of("now", "Immediately", 9, 0).replyWithinWorkingDays()).isZero();
        assertThatThrownBy(() -> PriorityGrade.of("now", "Immediately", 9, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Urgent", "-urgent", "very urgent", "très"})
    void code_mustBeLowerCaseLettersDigitsAndInnerHyphens(String code) {
        assertThatThrownBy(() -> PriorityGrade.of(code, "Label", 1, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void label_mustNotBeBlank() {
        assertThatThrownBy(() -> PriorityGrade.of("urgent", "  ", 1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PriorityGrade.of("p1-2", "P", 1, 5).code()).isEqualTo("p1-2");
    }

    @Test
    void order_isByRank_mostUrgentLast_tiesByCode() {
        PriorityGrade low = PriorityGrade.of("normal", "Normal", 1, 30);
        PriorityGrade highB = PriorityGrade.of("b-urgent", "Urgent B", 2, 8);
        PriorityGrade highA = PriorityGrade.of("a-urgent", "Urgent A", 2, 8);
        List<PriorityGrade> grades = new ArrayList<>(List.of(highB, low, highA));
        Collections.sort(grades);
        assertThat(grades).containsExactly(low, highA, highB);
        assertThat(highA.compareTo(highB)).isNegative();
        assertThat(highB.compareTo(low)).isPositive();
        assertThat(highA.compareTo(PriorityGrade.of("a-urgent", "Other label", 2, 3))).isZero();
    }
}
