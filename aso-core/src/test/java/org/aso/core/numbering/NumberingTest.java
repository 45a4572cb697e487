package org.aso.core.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

class NumberingTest {
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 2);

    private static List<String> issue(Numbering start, List<NumberRequest> requests) {
        Numbering n = start;
        List<String> out = new java.util.ArrayList<>();
        for (NumberRequest r : requests) {
            Numbering.Issued i = n.next(r).get();
            out.add(i.number().text());
            n = i.numbering();
        }
        return out;
    }

    @Test
    void chronological_countsPerRegisterAndRestartsEachYear() {
        NumberRequest a = NumberRequest.on(MARCH).withCode("A");
        NumberRequest b = NumberRequest.on(MARCH).withCode("B");
        NumberRequest nextYear = NumberRequest.on(LocalDate.of(2027, 1, 1)).withCode("A");
        assertThat(issue(Numbering.of(NumberingScheme.chronological()), List.of(a, a, b, a, nextYear)))
                .containsExactly("2026-A-000001", "2026-A-000002", "2026-B-000001", "2026-A-000003", "2027-A-000001");
    }

    @Test
    void frenchMailRoom_countsIncomingAndOutgoingApart() {
        NumberRequest in = NumberRequest.on(MARCH).withCode("DGA").withDirection(Direction.INCOMING);
        NumberRequest out = in.withDirection(Direction.OUTGOING);
        assertThat(issue(Numbering.of(NumberingScheme.frenchMailRoom()), List.of(in, in, out, in)))
                .containsExactly("DGA/2026E00001", "DGA/2026E00002", "DGA/2026S00001", "DGA/2026E00003");
        NumberingScheme arriveeDepart = NumberingScheme.frenchMailRoom()
                .withDirectionLetters(Map.of(Direction.INCOMING, "A", Direction.OUTGOING, "D"));
        assertThat(issue(Numbering.of(arriveeDepart), List.of(in, out))).containsExactly("DGA/2026A00001", "DGA/2026D00001");
    }

    @Test
    void indianFileNumber_countsFilesPerHeadSectionAndYear() {
        NumberRequest head = NumberRequest.on(LocalDate.of(2013, 6, 1)).withCode("JTSECY").withClassification("C-15012");
        NumberRequest other = head.withClassification("A-11013");
        assertThat(issue(Numbering.of(NumberingScheme.indianFileNumber()), List.of(head, other, head)))
                .containsExactly("C-15012/1/2013-JTSECY", "A-11013/1/2013-JTSECY", "C-15012/2/2013-JTSECY");
    }

    @Test
    void counter_outgrowingItsWidth_getsLonger() {
        Numbering n = Numbering.resume(NumberingScheme.chronological(), Map.of("code=A|year=2026", 999_999L));
        assertThat(n.next(NumberRequest.on(MARCH).withCode("A")).get().number().text()).isEqualTo("2026-A-1000000");
    }

    @Test
    void missingValues_areCodedProblems() {
        Numbering n = Numbering.of(NumberingScheme.frenchMailRoom());
        assertThat(n.next(NumberRequest.on(MARCH).withDirection(Direction.INCOMING)).getLeft().code())
                .isEqualTo("numbering.request.missing-code");
        assertThat(n.next(NumberRequest.on(MARCH).withCode("DGA")).getLeft().code())
                .isEqualTo("numbering.request.missing-direction");
        assertThat(n.next(NumberRequest.on(MARCH).withCode("D G A").withDirection(Direction.INCOMING)).getLeft().code())
                .isEqualTo("numbering.request.bad-value");
    }

    @Test
    void parse_badTemplate_reportsEveryProblem() {
        var result = NumberingScheme.parse("{code}-{counter}-{counter:3}-{week}-}", NumberingScheme.Reset.YEARLY);
        assertThat(result.getLeft()).extracting(Problem::code).containsExactlyInAnyOrder(
                "numbering.template.unknown-token", "numbering.template.brace",
                "numbering.template.counter", "numbering.template.reset-needs-year");
        assertThat(NumberingScheme.parse("{yy}{month}-{counter:4}", NumberingScheme.Reset.MONTHLY).isRight()).isTrue();
        assertThat(NumberingScheme.parse("{year}-{counter:4}", NumberingScheme.Reset.MONTHLY).getLeft())
                .extracting(Problem::code).containsExactly("numbering.template.reset-needs-month");
    }

    @Test
    void parse_ambiguousOrSpacedTemplates_areRefused() {
        // X1 + 1 and X + 11 would both read X11
        assertThat(NumberingScheme.parse("{class}{counter}", NumberingScheme.Reset.NEVER).getLeft())
                .extracting(Problem::code).containsExactly("numbering.template.ambiguous");
        assertThat(NumberingScheme.parse("{code}{dir}-{counter}", NumberingScheme.Reset.NEVER).getLeft())
                .extracting(Problem::code).containsExactly("numbering.template.ambiguous");
        assertThat(NumberingScheme.parse("{year}-{code}-{counter:6} ", NumberingScheme.Reset.YEARLY).getLeft())
                .extracting(Problem::code).containsExactly("numbering.template.bad-literal");
        // a direction letter next to the counter is fine: letters are never digits
        assertThat(NumberingScheme.parse("{code}/{year}{dir}{counter:5}", NumberingScheme.Reset.YEARLY).isRight()).isTrue();
    }

    @Test
    void numbers_ofOneScheme_neverShareTheirText() {
        // every combination of code, direction and month over two years, three numbers each
        Numbering n = Numbering.of(NumberingScheme.parse("{code}-{dir}{yy}{month}{counter}", NumberingScheme.Reset.MONTHLY).get());
        java.util.Set<String> texts = new java.util.HashSet<>();
        int count = 0;
        for (String code : List.of("A", "B")) {
            for (Direction d : Direction.values()) {
                for (int m = 0; m < 24; m++) {
                    for (int k = 0; k < 3; k++) {
                        var i = n.next(NumberRequest.on(LocalDate.of(2025, 1, 1).plusMonths(m)).withCode(code).withDirection(d)).get();
                        texts.add(i.number().text());
                        n = i.numbering();
                        count++;
                    }
                }
            }
        }
        assertThat(texts).hasSize(count);
    }
}
