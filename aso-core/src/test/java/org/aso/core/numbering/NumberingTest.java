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
    void after_givesTheCountersNextLeft_andRefusesANumberOutOfSequence() {
        NumberRequest a = NumberRequest.on(MARCH).withCode("A");
        Numbering fresh = Numbering.of(NumberingScheme.chronological());
        Numbering.Issued first = fresh.next(a).get();
        Numbering.Issued second = first.numbering().next(a).get();
        assertThat(fresh.after(first.number()).after(second.number())).isEqualTo(second.numbering());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fresh.after(second.number()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the next");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> second.numbering().after(second.number()))
                .isInstanceOf(IllegalArgumentException.class);
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

    @Test
    void twoDigitYears_aCenturyApart_neverGiveTheSameNumber() {
        // 1926 and 2026 both print 26: the two-digit year is the series, so the counter goes on
        NumberingScheme yy = NumberingScheme.parse("{yy}-{code}-{counter}", NumberingScheme.Reset.YEARLY).get();
        NumberRequest in1926 = NumberRequest.on(LocalDate.of(1926, 5, 3)).withCode("A");
        NumberRequest in2026 = NumberRequest.on(LocalDate.of(2026, 5, 4)).withCode("A");
        NumberRequest in2027 = NumberRequest.on(LocalDate.of(2027, 1, 4)).withCode("A");
        assertThat(issue(Numbering.of(yy), List.of(in1926, in2026, in2027))).containsExactly("26-A-1", "26-A-2", "27-A-1");
        NumberingScheme monthly = NumberingScheme.parse("{yy}{month}-{counter}", NumberingScheme.Reset.MONTHLY).get();
        assertThat(issue(Numbering.of(monthly), List.of(NumberRequest.on(LocalDate.of(1926, 5, 3)),
                NumberRequest.on(LocalDate.of(2026, 5, 3))))).containsExactly("2605-1", "2605-2");
    }

    @Test
    void values_holdingTheSeparatorThatEndsThem_areRefused() {
        // (A-B, C) and (A, B-C) would both read A-B-C-1
        Numbering n = Numbering.of(NumberingScheme.parse("{code}-{class}-{counter}", NumberingScheme.Reset.NEVER).get());
        Problem p = n.next(NumberRequest.on(MARCH).withCode("A-B").withClassification("C")).getLeft();
        assertThat(p.code()).isEqualTo("numbering.request.bad-value");
        assertThat(p.details()).containsEntry("character", "-");
        assertThat(n.next(NumberRequest.on(MARCH).withCode("A").withClassification("B-C")).getLeft().code())
                .isEqualTo("numbering.request.bad-value");
        assertThat(n.next(NumberRequest.on(MARCH).withCode("A/B").withClassification("C.1")).get().number().text())
                .isEqualTo("A/B-C.1-1");
        // the Indian file number's heads hold a dash, which is fine before a slash
        assertThat(Numbering.of(NumberingScheme.indianFileNumber())
                .next(NumberRequest.on(MARCH).withCode("JT-SECY").withClassification("C-15012")).get().number().text())
                .isEqualTo("C-15012/1/2026-JT-SECY");
    }

    @Test
    void values_withBrokenOrDirectionChangingCharacters_areRefused() {
        Numbering n = Numbering.of(NumberingScheme.chronological());
        assertThat(n.next(NumberRequest.on(MARCH).withCode("A\uD800")).getLeft().code()).isEqualTo("numbering.request.bad-value");
        assertThat(n.next(NumberRequest.on(MARCH).withCode("A\u202E")).getLeft().code()).isEqualTo("numbering.request.bad-value");
    }

    @Test
    void parse_twoValuesOfVaryingLengthInOneRun_isAmbiguous_evenWithAFixedWidthTokenBetween() {
        // AB + 2026 + 11 and AB2 + 0261 + 1 would both read AB202611
        assertThat(NumberingScheme.parse("{code}{year}{class}-{counter}", NumberingScheme.Reset.YEARLY).getLeft())
                .extracting(Problem::code).containsExactly("numbering.template.ambiguous");
        // a counter and a direction letter may share a run: letters are never digits
        assertThat(NumberingScheme.parse("{code}/{dir}{year}{counter}", NumberingScheme.Reset.YEARLY).isRight()).isTrue();
    }

    @Test
    void parse_aSeparatorThatTheRunBeforeItCanPrint_isAmbiguous() {
        // counter 1 + "1" + code 1X and counter 11 + "1" + code X would both read 111X
        assertThat(NumberingScheme.parse("{counter}1{code}", NumberingScheme.Reset.NEVER).getLeft())
                .extracting(Problem::code).containsExactly("numbering.template.ambiguous");
        // an incoming letter E and a separator E: DGA/E-E1 could be read two ways with other letters
        assertThat(NumberingScheme.parse("{code}/{dir}E{counter}", NumberingScheme.Reset.NEVER).getLeft())
                .extracting(Problem::code).containsExactly("numbering.template.ambiguous");
        // a run of fixed width needs no separator: 2026 then 0
        assertThat(NumberingScheme.parse("{year}0{code}-{counter}", NumberingScheme.Reset.YEARLY).isRight()).isTrue();
    }

    @Test
    void withDirectionLetters_thatTheSeparatorAfterThemHolds_isRefused() {
        NumberingScheme x = NumberingScheme.parse("{code}/{dir}X{counter}", NumberingScheme.Reset.NEVER).get();
        // the rule is simple and safe: the separator that ends a direction letter is never a letter it holds
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> x.withDirectionLetters(Map.of(Direction.OUTGOING, "EX")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(x.withDirectionLetters(Map.of(Direction.OUTGOING, "D")).template()).isEqualTo("{code}/{dir}X{counter}");
    }

    @Test
    void datesOutsideTheSupportedRange_areRefused() {
        Numbering n = Numbering.of(NumberingScheme.chronological());
        assertThat(n.next(NumberRequest.on(LocalDate.of(10_000, 1, 1)).withCode("A")).getLeft().code())
                .isEqualTo("kernel.range.date");
        assertThat(n.next(NumberRequest.on(LocalDate.of(0, 12, 31)).withCode("A")).getLeft().code())
                .isEqualTo("kernel.range.date");
        assertThat(n.next(NumberRequest.on(LocalDate.MAX).withCode("A")).getLeft().code()).isEqualTo("kernel.range.date");
    }

    @Test
    void parse_aWidthOnAnyTokenButTheCounter_isAnUnknownToken() {
        for (String token : List.of("{year:4}", "{yy:2}", "{month:2}", "{code:3}", "{dir:1}", "{class:8}")) {
            assertThat(NumberingScheme.parse(token + "-{counter}", NumberingScheme.Reset.NEVER).getLeft())
                    .as(token).extracting(Problem::code).containsExactly("numbering.template.unknown-token");
        }
        assertThat(NumberingScheme.parse("{year}-{counter:12}", NumberingScheme.Reset.YEARLY).isRight()).isTrue();
    }

    @Test
    void parse_aBraceAtEitherEndOfALiteral_isRefused() {
        assertThat(NumberingScheme.parse("}{code}-{counter}", NumberingScheme.Reset.NEVER).getLeft())
                .extracting(Problem::code).containsExactly("numbering.template.brace");
        assertThat(NumberingScheme.parse("{code}-{counter}{", NumberingScheme.Reset.NEVER).getLeft())
                .extracting(Problem::code).containsExactly("numbering.template.brace");
        assertThat(NumberingScheme.parse("{code}-{counter}-{ x}", NumberingScheme.Reset.NEVER).getLeft())
                .extracting(Problem::code).containsExactly("numbering.template.brace");
    }

    @Test
    void parse_aDigitAfterARunThatPrintsDigits_isAmbiguous() {
        // counter 1 + "0" and counter 10 + "" would read alike: 10 then 100 ...
        assertThat(NumberingScheme.parse("{code}-{counter}0", NumberingScheme.Reset.NEVER).getLeft())
                .extracting(Problem::code).containsExactly("numbering.template.ambiguous");
        // a direction letter of varying length next to a year: the run prints digits too
        for (String token : List.of("{year}", "{yy}", "{month}")) {
            assertThat(NumberingScheme.parse("{code}-{dir}" + token + "0{counter}", NumberingScheme.Reset.NEVER).getLeft())
                    .as(token).extracting(Problem::code).containsExactly("numbering.template.ambiguous");
            assertThat(NumberingScheme.parse("{code}-{dir}" + token + ".{counter}", NumberingScheme.Reset.NEVER).isRight())
                    .as(token).isTrue();
        }
    }

    @Test
    void parse_aDigitAfterACodeClassOrDirectionLetter_isAccepted_andACodeHoldingThatDigitIsRefused() {
        // codes, classes and direction letters are not read as digits: the value may not hold the separator instead
        for (String template : List.of("{code}0{counter}", "{class}0{counter}", "{dir}0{counter}")) {
            assertThat(NumberingScheme.parse(template, NumberingScheme.Reset.NEVER).isRight()).as(template).isTrue();
        }
        Numbering n = Numbering.of(NumberingScheme.parse("{code}0{counter}", NumberingScheme.Reset.NEVER).get());
        assertThat(n.next(NumberRequest.on(MARCH).withCode("A")).get().number().text()).isEqualTo("A01");
        Problem p = n.next(NumberRequest.on(MARCH).withCode("A0")).getLeft();
        assertThat(p.code()).isEqualTo("numbering.request.bad-value");
        assertThat(p.details()).containsEntry("character", "0").containsEntry("code", "A0");
        Numbering d = Numbering.of(NumberingScheme.parse("{dir}0{counter}", NumberingScheme.Reset.NEVER).get());
        assertThat(d.next(NumberRequest.on(MARCH).withDirection(Direction.OUTGOING)).get().number().text())
                .isEqualTo("S01");
    }

    @Test
    void aFixedWidthToken_followedByADigit_printsEveryValue() {
        // the year always has four digits: the 0 after it never needs to be told apart from it
        Numbering n = Numbering.of(NumberingScheme.parse("{year}0{code}-{counter}", NumberingScheme.Reset.YEARLY).get());
        assertThat(n.next(NumberRequest.on(MARCH).withCode("A")).get().number().text()).isEqualTo("20260A-1");
        Numbering m = Numbering.of(NumberingScheme.parse("{code}/{month}0{dir}-{counter}", NumberingScheme.Reset.NEVER).get());
        assertThat(m.next(NumberRequest.on(LocalDate.of(2026, 10, 1)).withCode("B").withDirection(Direction.INTERNAL))
                .get().number().text()).isEqualTo("B/100I-1");
    }

    @Test
    void values_startingOrEndingWithTheSeparatorThatEndsThem_areRefused() {
        Numbering n = Numbering.of(NumberingScheme.chronological());
        for (String code : List.of("-A", "A-", "-")) {
            Problem p = n.next(NumberRequest.on(MARCH).withCode(code)).getLeft();
            assertThat(p.code()).as(code).isEqualTo("numbering.request.bad-value");
            assertThat(p.details()).as(code).containsEntry("character", "-").containsEntry("code", code);
        }
        Problem cls = Numbering.of(NumberingScheme.indianFileNumber())
                .next(NumberRequest.on(MARCH).withCode("JTSECY").withClassification("/C-15012")).getLeft();
        assertThat(cls.code()).isEqualTo("numbering.request.bad-value");
        assertThat(cls.details()).containsEntry("character", "/").containsEntry("classification", "/C-15012")
                .doesNotContainKey("code");
    }

    @Test
    void values_withBracesBarsEqualsSignsOrSpaces_areRefused() {
        // the series key is written name=value|name=value: a value holding | or = could stand for another series
        Numbering n = Numbering.of(NumberingScheme.chronological());
        for (String code : List.of("A=B", "A|B", "A{B", "A}B", "A B", "A\u00A0B", "A\u2003B", "A\tB")) {
            assertThat(n.next(NumberRequest.on(MARCH).withCode(code)).getLeft().code()).as(code)
                    .isEqualTo("numbering.request.bad-value");
        }
        assertThat(n.next(NumberRequest.on(MARCH).withCode("A.B_C")).get().number().text()).isEqualTo("2026-A.B_C-000001");
    }
}
