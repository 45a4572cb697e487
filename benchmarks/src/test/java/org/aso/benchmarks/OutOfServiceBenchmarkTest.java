package org.aso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.ResourceOutage;
import org.aso.core.disruption.OutOfService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark measures real work: an agenda of 5,000 meetings with series, the hits are every
 * place of the room in the week (counted from the meetings themselves), and each hit gets proposals
 * that the agenda accepts.
 */
class OutOfServiceBenchmarkTest {
    private static OutOfServiceBenchmark b;

    @BeforeAll
    static void data() {
        b = new OutOfServiceBenchmark();
        b.setUp();
    }

    @Test
    void theAgenda_holdsFiveThousandMeetings_withSeries() {
        List<Meeting> meetings = b.agenda.snapshot().meetings();
        assertThat(meetings).hasSize(OutOfServiceBenchmark.MEETINGS);
        assertThat(meetings.stream().filter(Meeting::isSeries).count()).isEqualTo(OutOfServiceBenchmark.SERIES);
    }

    @Test
    void theHits_areEveryPlaceOfTheRoomInTheWeek() {
        List<ResourceOutage.Hit> hits = b.markOnly().hits();
        List<String> expected = new ArrayList<>();
        for (Meeting m : b.agenda.snapshot().meetings()) {
            for (Meeting.Place p : m.places(OutOfServiceBenchmark.WEEK)) {
                if (p.room().equals(Optional.of(OutOfServiceBenchmark.BROKEN))) {
                    expected.add(m.id().value() + p.originalStart().map(s -> "@" + s).orElse(""));
                }
            }
        }
        assertThat(hits).extracting(Object::toString).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(hits).hasSizeGreaterThan(20).anyMatch(ResourceOutage.Hit::isOccurrence);
    }

    @Test
    void everyHit_getsProposals_otherRoomsAndTimes() {
        List<OutOfService.Options> options = b.impact();
        assertThat(options).hasSize(b.markOnly().hits().size()).allSatisfy(o -> assertThat(o.proposals()).isNotEmpty());
        assertThat(options).flatExtracting(OutOfService.Options::proposals).extracting(OutOfService.Proposal::kind)
                .contains(OutOfService.Kind.OTHER_ROOM, OutOfService.Kind.OTHER_TIME);
        assertThat(options).allSatisfy(o -> assertThat(o.timesNotSearched()).isEmpty());
    }
}
