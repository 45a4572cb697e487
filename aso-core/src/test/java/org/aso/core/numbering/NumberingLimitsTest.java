package org.aso.core.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Problem;
import org.aso.core.numbering.NumberingScheme.Reset;
import org.junit.jupiter.api.Test;

/**
 * Counters resumed from storage, and each limit at its exact edge: 40-character literals and values,
 * 200-character templates, direction letters of 1 to 5 letters.
 */
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

    /** A valid template ({@code {code}-{counter}}, then {@code -{year}}s, then a literal) of exactly {@code length} characters. */
    static String templateOfLength(int length) {
        StringBuilder t = new StringBuilder("{code}-{counter}");
        while (length - t.length() > 39) {
            t.append("-{year}");
        }
        int rest = length - t.length();
        t.append('-').append("x".repeat(rest - 1));
        assertThat(t).hasSize(length);
        return t.toString();
    }

    @Test
    void parse_templateOfExactlyTheLongest_isAcceptedAndOneMoreIsRefusedBeforeAnythingElse() {
        String longest = templateOfLength(NumberingScheme.MAX_TEMPLATE);
        assertThat(NumberingScheme.parse(longest, Reset.YEARLY).get().template()).isEqualTo(longest);

        Problem tooLong = NumberingScheme.parse(templateOfLength(NumberingScheme.MAX_TEMPLATE + 1), Reset.YEARLY)
                .getLeft().get(0);
        assertThat(tooLong.code()).isEqualTo("numbering.template.too-long");
        assertThat(tooLong.details()).containsEntry("length", "201").containsEntry("max", "200");
        // too long is the only problem reported, whatever else is wrong
        assertThat(NumberingScheme.parse("{week}" + "x".repeat(NumberingScheme.MAX_TEMPLATE), Reset.YEARLY).getLeft())
                .extracting(Problem::code).containsExactly("numbering.template.too-long");
    }

    @Test
    void withDirectionLetters_ofFiveLetters_isPrintedAndSixOrNonLettersAreRefused() {
        NumberingScheme mailRoom = NumberingScheme.frenchMailRoom();
        NumberRequest incoming = NumberRequest.on(MARCH).withCode("DGA").withDirection(Direction.INCOMING);
        NumberingScheme five = mailRoom.withDirectionLetters(Map.of(Direction.INCOMING, "ARRIV"));
        assertThat(Numbering.of(five).next(incoming).get().number().text()).isEqualTo("DGA/2026ARRIV00001");
        assertThat(Numbering.of(mailRoom.withDirectionLetters(Map.of(Direction.INCOMING, "A"))).next(incoming).get()
                .number().text()).isEqualTo("DGA/2026A00001");

        for (String refused : new String[] {"ARRIVE", "", " ", "A1", "1", "A-"}) {
            assertThatThrownBy(() -> mailRoom.withDirectionLetters(Map.of(Direction.INCOMING, refused)))
                    .as("letter '%s'", refused).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusedValue_isEchoedInTheProblem_cutTo40Characters() {
        Numbering n = Numbering.of(NumberingScheme.chronological());
        String forty = "C".repeat(39) + "=";
        assertThat(n.next(NumberRequest.on(MARCH).withCode(forty)).getLeft().detail("code")).contains(forty);
        assertThat(n.next(NumberRequest.on(MARCH).withCode("D".repeat(41))).getLeft().detail("code"))
                .contains("D".repeat(40) + "\u2026");
    }
}
