package org.aso.core.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.aso.core.kernel.Direction;

/**
 * The promise of {@link NumberingScheme}: whatever the template, the direction letters and the
 * values, two numbers one {@link Numbering} gives never have the same text.
 */
class NumberingProperties {

    @Provide
    Arbitrary<String> templates() {
        Arbitrary<String> token = Arbitraries.of("{year}", "{yy}", "{month}", "{code}", "{class}", "{dir}");
        Arbitrary<String> literal = Arbitraries.of("-", "/", ".", "0", "1", "A", "E", "-X", "X-", "/0");
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, token), net.jqwik.api.Tuple.of(2, literal));
        return Combinators.combine(piece.list().ofMaxSize(5), piece.list().ofMaxSize(3),
                        Arbitraries.of("{counter}", "{counter:2}", "{counter:4}"))
                .as((before, after, counter) -> String.join("", before) + counter + String.join("", after));
    }

    @Provide
    Arbitrary<Map<Direction, String>> letters() {
        return Arbitraries.of(
                Map.of(),
                Map.of(Direction.INCOMING, "A", Direction.OUTGOING, "D"),
                Map.of(Direction.INCOMING, "AR", Direction.OUTGOING, "A", Direction.INTERNAL, "X"),
                Map.of(Direction.INCOMING, "E", Direction.OUTGOING, "EE"));
    }

    @Provide
    Arbitrary<List<NumberRequest>> requests() {
        Arbitrary<LocalDate> dates = Combinators.combine(
                        Arbitraries.of(1, 26, 126, 1926, 2025, 2026, 2126, 9926, 9999), Arbitraries.integers().between(1, 12))
                .as((y, m) -> LocalDate.of(y, m, 1));
        Arbitrary<String> values = Arbitraries.strings().withChars('A', 'B', 'E', 'X', '-', '/', '.', '0', '1')
                .ofMinLength(1).ofMaxLength(4);
        Arbitrary<NumberRequest> request = Combinators.combine(dates, values, values, Arbitraries.of(Direction.class))
                .as((d, code, cls, dir) -> NumberRequest.on(d).withCode(code).withClassification(cls).withDirection(dir));
        return request.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 2000)
    void numbersOfOneNumbering_neverShareTheirText(@ForAll("templates") String template,
                                                   @ForAll NumberingScheme.Reset reset,
                                                   @ForAll("letters") Map<Direction, String> letters,
                                                   @ForAll("requests") @Size(max = 40) List<NumberRequest> requests) {
        var parsed = NumberingScheme.parse(template, reset);
        Assume.that(parsed.isRight());
        NumberingScheme scheme;
        try {
            scheme = parsed.get().withDirectionLetters(letters);
        } catch (IllegalArgumentException refusedLetters) {
            return;
        }
        Numbering n = Numbering.of(scheme);
        Map<String, ReferenceNumber> byText = new HashMap<>();
        for (NumberRequest r : requests) {
            var issued = n.next(r);
            if (issued.isLeft()) {
                continue;
            }
            ReferenceNumber number = issued.get().number();
            ReferenceNumber before = byText.put(number.text(), number);
            assertThat(before).as("%s (%s) gave %s twice", template, reset, number.text()).isNull();
            n = issued.get().numbering();
        }
    }
}
