package org.aso.core.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aso.core.kernel.Direction;
import org.aso.core.numbering.NumberingScheme.Reset;
import org.junit.jupiter.api.Test;

/**
 * The values of the package as a host uses them: what a scheme holds (to store it and make it again),
 * counters stored and resumed, equality of schemes and counters, and reference numbers' checks and order.
 */
class NumberingValuesTest {
    static final LocalDate MARCH = LocalDate.of(2026, 3, 2);

    @Test
    void scheme_holdsItsTemplateResetAndDirectionLetters_enoughToMakeItAgain() {
        NumberingScheme mailRoom = NumberingScheme.frenchMailRoom();
        assertThat(mailRoom.template()).isEqualTo("{code}/{year}{dir}{counter:5}");
        assertThat(mailRoom.reset()).isEqualTo(Reset.YEARLY);
        assertThat(mailRoom.directionLetters()).isEqualTo(
                Map.of(Direction.INCOMING, "E", Direction.OUTGOING, "S", Direction.INTERNAL, "I"));

        NumberingScheme arriveeDepart = mailRoom.withDirectionLetters(Map.of(Direction.INCOMING, "A", Direction.OUTGOING, "D"));
        assertThat(arriveeDepart.directionLetters()).isEqualTo(
                Map.of(Direction.INCOMING, "A", Direction.OUTGOING, "D", Direction.INTERNAL, "I"));
        assertThatThrownBy(() -> arriveeDepart.directionLetters().put(Direction.INTERNAL, "X"))
                .isInstanceOf(UnsupportedOperationException.class);

        NumberingScheme madeAgain = NumberingScheme.parse(arriveeDepart.template(), arriveeDepart.reset()).get()
                .withDirectionLetters(arriveeDepart.directionLetters());
        assertThat(madeAgain).isEqualTo(arriveeDepart).hasSameHashCodeAs(arriveeDepart);
        assertThat(NumberingScheme.parse("{yy}{month}-{counter}", Reset.MONTHLY).get().reset()).isEqualTo(Reset.MONTHLY);
        assertThat(NumberingScheme.parse("{counter}", Reset.NEVER).get().reset()).isEqualTo(Reset.NEVER);
    }

    @Test
    void schemes_areEqualOnlyWithTheSameTemplateResetAndLetters() {
        NumberingScheme chrono = NumberingScheme.chronological();
        assertThat(chrono).isEqualTo(NumberingScheme.parse("{year}-{code}-{counter:6}", Reset.YEARLY).get())
                .hasSameHashCodeAs(NumberingScheme.chronological());
        assertThat(chrono).isNotEqualTo(NumberingScheme.parse("{year}-{code}-{counter:5}", Reset.YEARLY).get());
        assertThat(chrono).isNotEqualTo(NumberingScheme.parse("{year}-{code}-{counter:6}", Reset.NEVER).get());
        assertThat(NumberingScheme.frenchMailRoom())
                .isNotEqualTo(NumberingScheme.frenchMailRoom().withDirectionLetters(Map.of(Direction.INCOMING, "A")));
        assertThat(chrono).isNotEqualTo("{year}-{code}-{counter:6}");
    }

    @Test
    void counters_storedAsASnapshot_resumeEqual_andGoOnWhereTheyStopped() {
        NumberRequest a = NumberRequest.on(MARCH).withCode("A");
        NumberRequest b = NumberRequest.on(MARCH).withCode("B");
        Numbering n = Numbering.of(NumberingScheme.chronological());
        for (NumberRequest r : List.of(a, a, b, a)) {
            n = n.next(r).get().numbering();
        }
        assertThat(n.scheme()).isEqualTo(NumberingScheme.chronological());
        assertThat(n.snapshot()).isEqualTo(Map.of("code=A|year=2026", 3L, "code=B|year=2026", 1L));
        assertThat(n.last("code=A|year=2026")).isEqualTo(3);
        assertThat(n.last("code=C|year=2026")).isZero();

        Numbering resumed = Numbering.resume(n.scheme(), n.snapshot());
        assertThat(resumed).isEqualTo(n).hasSameHashCodeAs(n);
        assertThat(resumed.next(a).get().number().text()).isEqualTo("2026-A-000004");
        assertThat(Numbering.of(NumberingScheme.chronological()).snapshot()).isEmpty();
    }

    @Test
    void counters_areEqualOnlyWithTheSameSchemeAndLastNumbers() {
        Numbering fresh = Numbering.of(NumberingScheme.chronological());
        Numbering one = fresh.next(NumberRequest.on(MARCH).withCode("A")).get().numbering();
        assertThat(fresh).isEqualTo(Numbering.of(NumberingScheme.chronological()))
                .hasSameHashCodeAs(Numbering.of(NumberingScheme.chronological()));
        assertThat(one).isNotEqualTo(fresh);
        assertThat(one).isNotEqualTo(fresh.next(NumberRequest.on(MARCH).withCode("B")).get().numbering());
        assertThat(Numbering.of(NumberingScheme.frenchMailRoom())).isNotEqualTo(fresh);
        assertThat(fresh).isNotEqualTo(NumberingScheme.chronological());
    }

    @Test
    void issued_isAnOutcomeWhoseStateIsTheNewCounters_withNoEventOfItsOwn() {
        Numbering.Issued issued = Numbering.of(NumberingScheme.chronological())
                .next(NumberRequest.on(MARCH).withCode("A")).get();
        assertThat(issued.state()).isSameAs(issued.numbering());
        assertThat(issued.state().last(issued.number().series())).isEqualTo(1);
        assertThat(issued.events()).isEmpty();
    }

    @Test
    void referenceNumber_needsATextASeriesAndAPlaceFromOne() {
        assertThat(ReferenceNumber.of("2026-A-000001", "code=A|year=2026", 1).sequence()).isEqualTo(1);
        assertThatThrownBy(() -> ReferenceNumber.of("2026-A-000000", "code=A|year=2026", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReferenceNumber.of("2026-A-000001", "code=A|year=2026", -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReferenceNumber.of(" ", "code=A|year=2026", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReferenceNumber.of("2026-A-000001", "", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void referenceNumbers_orderBySeriesThenPlace_andPrintAsTheirText() {
        ReferenceNumber a2 = ReferenceNumber.of("2026-A-000002", "code=A|year=2026", 2);
        ReferenceNumber a10 = ReferenceNumber.of("2026-A-000010", "code=A|year=2026", 10);
        ReferenceNumber b1 = ReferenceNumber.of("2026-B-000001", "code=B|year=2026", 1);
        List<ReferenceNumber> sorted = new ArrayList<>(List.of(b1, a10, a2));
        sorted.sort(null);
        assertThat(sorted).containsExactly(a2, a10, b1);
        assertThat(a2.compareTo(a10)).isNegative();
        assertThat(b1.compareTo(a10)).isPositive();
        assertThat(a2.compareTo(ReferenceNumber.of("other text", "code=A|year=2026", 2))).isZero();
        assertThat(a10).hasToString("2026-A-000010");
    }
}
