package org.aso.core.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.aso.core.correspondence.VisitorLog.Visitor;
import org.aso.core.fixtures.LogFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.PersonId;
import org.junit.jupiter.api.Test;

/** Arrivals numbered in order, and the visitor's texts at their exact limits. */
class VisitorLogTest {
    static final PersonId HOST = PersonId.of("p-director");
    static final Instant NINE = Instant.parse("2026-03-02T08:00:00Z");

    static Context at(int minute) {
        return Context.of(NINE.plusSeconds(60L * minute), PersonId.of("p-reception"), Clearance.of(Confidentiality.RESTRICTED));
    }

    static String letters(int length) {
        return "x".repeat(length);
    }

    @Test
    void arrive_numbersEachVisitAfterTheLastOne_evenWhenEarlierVisitorsHaveLeft() {
        // given
        VisitorLog log = LogFixtures.emptyVisitorLog();
        // when
        VisitorLog.Change first = log.arrive("Mme Petit", HOST, at(0)).get();
        VisitorLog.Change second = first.log().arrive("M. Martin", HOST, at(5)).get();
        VisitorLog afterDeparture = second.log().depart(1, at(10)).get().log();
        VisitorLog.Change third = afterDeparture.arrive("Mme Durand", HOST, at(15)).get();
        // then
        assertThat(first.visit().sequence()).isEqualTo(1);
        assertThat(second.visit().sequence()).isEqualTo(2);
        assertThat(third.visit().sequence()).isEqualTo(3);
        assertThat(third.log().visits()).extracting(VisitorLog.Visit::sequence).containsExactly(1L, 2L, 3L);
        assertThat(third.log().visits()).extracting(VisitorLog.Visit::visitor)
                .containsExactly("Mme Petit", "M. Martin", "Mme Durand");
    }

    @Test
    void arrive_nameAndOrganisationOfExactly200Characters_areRecordedAnd201Refused() {
        VisitorLog log = LogFixtures.emptyVisitorLog();
        assertThat(log.arrive(Visitor.named(letters(200)).from(letters(200)), HOST, at(0)).isRight()).isTrue();
        assertThat(log.arrive(Visitor.named(letters(201)), HOST, at(0)).getLeft().code()).isEqualTo("kernel.text.too-long");
        assertThat(log.arrive(Visitor.named("Mme Petit").from(letters(201)), HOST, at(0)).getLeft().code())
                .isEqualTo("kernel.text.too-long");
    }

    @Test
    void arrive_badgeOfExactly50Characters_isRecordedAnd51Refused() {
        VisitorLog log = LogFixtures.emptyVisitorLog();
        VisitorLog.Change ok = log.arrive(Visitor.named("Mme Petit").wearing(letters(50)), HOST, at(0)).get();
        assertThat(ok.visit().badge()).isEqualTo(Optional.of(letters(50)));
        assertThat(log.arrive(Visitor.named("Mme Petit").wearing(letters(51)), HOST, at(0)).getLeft().code())
                .isEqualTo("kernel.text.too-long");
    }
}
