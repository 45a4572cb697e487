package org.aso.core.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.aso.core.numbering.NumberingScheme.Reset;
import org.junit.jupiter.api.Test;

/** Counters resumed from storage, and the 40-character literals and values at their exact edge. */
class NumberingLimitsTest {
    static final LocalDate MARCH = LocalDate.of(2026, 3, 2);

    @Test
    void resume_aNegativeLastNumber_isRefusedNamingTheSeries() {
        assertThatThrownBy(() -> Numbering.resume(NumberingScheme.chronological(), Map.of("code=A|year=2026", -1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("code=A|year=2026");
    }

    @Test
    void resume_fromZero_givesNumberOneAndFromTheLastNumberTheNext() {
        NumberRequest a = NumberRequest.on(MARCH).withCode("A");
        Numbering zero = Numbering.resume(NumberingScheme.chronological(), Map.of("code=A|year=2026", 0L));
        Numbering seven = Numbering.resume(NumberingScheme.chronological(), Map.of("code=A|year=2026", 7L));
        assertThat(zero.next(a).get().number().text()).isEqualTo("2026-A-000001");
        assertThat(seven.next(a).get().number().text()).isEqualTo("2026-A-000008");
    }

    @Test
    void parse_literalOfExactly40Characters_isKeptAnd41Refused() {
        String forty = "L".repeat(40);
        assertThat(NumberingScheme.parse(forty + "{counter:4}", Reset.NEVER).isRight()).isTrue();
        assertThat(Numbering.of(NumberingScheme.parse(forty + "{counter:4}", Reset.NEVER).get())
                .next(NumberRequest.on(MARCH)).get().number().text()).isEqualTo(forty + "0001");
        assertThat(NumberingScheme.parse(forty + "L{counter:4}", Reset.NEVER).getLeft())
                .extracting(p -> p.code()).containsExactly("numbering.template.bad-literal");
    }

    @Test
    void next_codeOfExactly40Characters_isPrintedAnd41Refused() {
        Numbering n = Numbering.of(NumberingScheme.chronological());
        String forty = "C".repeat(40);
        assertThat(n.next(NumberRequest.on(MARCH).withCode(forty)).get().number().text())
                .isEqualTo("2026-" + forty + "-000001");
        assertThat(n.next(NumberRequest.on(MARCH).withCode(forty + "C")).getLeft().code())
                .isEqualTo("numbering.request.bad-value");
    }
}
