package org.aso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aso.core.agenda.SlotAnswer;
import org.aso.core.agenda.Suggestion;
import org.junit.jupiter.api.Test;

/** The benchmark measures real work: the finder and the reference agree on the first 10 slots and rooms. */
class SlotFindingBenchmarkTest {

    @Test
    void finder_andReference_giveTheSameTenSlots_withTheSameRooms() {
        SlotFindingBenchmark b = new SlotFindingBenchmark();
        b.attendees = 50;
        b.setUp();
        SlotAnswer answer = b.finder();
        List<long[]> reference = b.reference();
        assertThat(answer.suggestions()).hasSize(10);
        assertThat(reference).hasSize(10);
        for (int i = 0; i < 10; i++) {
            Suggestion s = answer.suggestions().get(i);
            assertThat(s.interval().start().getEpochSecond()).isEqualTo(reference.get(i)[0]);
            assertThat(s.room()).contains(b.adequateRooms.get((int) reference.get(i)[1]).id());
            assertThat(s.confidence()).hasSize(50);
        }
        // the data is busy enough that the first slot is not on the first morning
        assertThat(answer.suggestions().get(0).interval().start()).isAfter(SlotFindingBenchmark.YEAR_START.plusSeconds(7 * 86_400));
    }
}
