package org.aso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aso.core.agenda.Room;
import org.aso.core.agenda.slots.Blocker;
import org.aso.core.agenda.slots.Relaxation;
import org.aso.core.agenda.slots.SlotAnswer;
import org.aso.core.agenda.slots.SlotFinder;
import org.aso.core.agenda.slots.Suggestion;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Interval;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark measures real work: the finder and the reference agree on the first 10 slots and
 * rooms; when every attendee is required, nothing fits, and the blockers and relaxations are those
 * a straightforward count over the year finds.
 */
class SlotFindingBenchmarkTest {
    private static final long GRID = 15 * 60;
    private static final long HOUR = 3600;
    private static SlotFindingBenchmark b;

    @BeforeAll
    static void data() {
        b = new SlotFindingBenchmark();
        b.attendees = 50;
        b.setUp();
    }

    @Test
    void finder_andReference_giveTheSameTenSlots_withTheSameRooms() {
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

    @Test
    void noSlot_givesEachAttendeesCountAndTheRelaxationsOfAStraightforwardCount() {
        // when
        SlotAnswer answer = b.noSlot();
        // then: nothing fits; each attendee's count alone is the count of a scan of the year
        assertThat(answer.isFound()).isFalse();
        long first = SlotFindingBenchmark.YEAR_START.getEpochSecond();
        long last = SlotFindingBenchmark.YEAR_END.getEpochSecond() - HOUR;
        int[] blocked = new int[(int) ((last - first) / GRID) + 1];
        int[] blocker = new int[blocked.length];
        Map<String, Integer> alone = new HashMap<>();
        int[] aloneShort = new int[blocked.length]; // attendees free for 15 minutes from the start
        for (int k = 0; k < 50; k++) {
            Hours hours = new Hours(b.calendars.get(k));
            int free = 0;
            for (int j = 0; j < blocked.length; j++) {
                long t = first + j * GRID;
                if (hours.encloses(t, t + HOUR) && !busy(k, t, t + HOUR)) {
                    free++;
                } else {
                    blocked[j]++;
                    blocker[j] = k;
                }
                if (hours.encloses(t, t + 15 * 60) && !busy(k, t, t + 15 * 60)) {
                    aloneShort[j]++;
                }
            }
            alone.put("p" + k, Math.min(free, SlotFinder.COUNT_LIMIT));
        }
        List<Blocker> attendees = answer.blockers().stream().filter(x -> x.kind() == Blocker.Kind.ATTENDEE).toList();
        assertThat(attendees).hasSize(50).allSatisfy(x -> {
            assertThat(x.openAlone()).as(x.subject()).isEqualTo(alone.get(x.subject()));
            assertThat(x.candidates()).isEqualTo(blocked.length);
        });
        assertThat(answer.blockers()).extracting(Blocker::kind).contains(Blocker.Kind.ROOM);
        // each attendee made optional opens the starts where they alone are not free and a room is
        Map<String, Integer> optional = new HashMap<>();
        for (int j = 0; j < blocked.length; j++) {
            long t = first + j * GRID;
            if (blocked[j] == 1 && roomFree(t, t + HOUR)) {
                optional.merge("p" + blocker[j], 1, Integer::sum);
            }
        }
        List<String> expected = new ArrayList<>();
        optional.forEach((p, n) -> expected.add("MAKE_OPTIONAL " + p + " " + n));
        boolean shorter = false; // a 15-minute meeting: the shortest the relaxation tries
        for (int j = 0; j < blocked.length && !shorter; j++) {
            long t = first + j * GRID;
            shorter = aloneShort[j] == 50 && roomFree(t, t + 15 * 60);
        }
        assertThat(answer.relaxations()).filteredOn(Relaxation.MakeOptional.class::isInstance)
                .extracting(r -> "MAKE_OPTIONAL " + ((Relaxation.MakeOptional) r).person().value() + " " + r.slots())
                .containsExactlyInAnyOrderElementsOf(expected);
        if (shorter) {
            assertThat(answer.relaxations()).extracting(Relaxation::kind).contains(Relaxation.Kind.SHORTEN);
        } else {
            assertThat(answer.relaxations()).extracting(Relaxation::kind).doesNotContain(Relaxation.Kind.SHORTEN);
        }
        // the calendars are known for 2026 only: no longer window is claimed
        assertThat(answer.relaxations()).extracting(Relaxation::kind).doesNotContain(Relaxation.Kind.EXTEND_WINDOW);
    }

    /** Each attendee's busy spans merged, in order: {starts, ends}. */
    private static final Map<Integer, long[][]> MERGED = new HashMap<>();

    private static boolean busy(int k, long s, long e) {
        long[][] m = MERGED.computeIfAbsent(k, x -> {
            Integer[] order = new Integer[b.busyStarts[x].length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparingLong(i -> b.busyStarts[x][i]));
            List<long[]> out = new ArrayList<>();
            for (int i : order) {
                long bs = b.busyStarts[x][i];
                long be = b.busyEnds[x][i];
                if (!out.isEmpty() && bs <= out.get(out.size() - 1)[1]) {
                    out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], be);
                } else {
                    out.add(new long[] {bs, be});
                }
            }
            return new long[][] {out.stream().mapToLong(y -> y[0]).toArray(), out.stream().mapToLong(y -> y[1]).toArray()};
        });
        int i = java.util.Arrays.binarySearch(m[1], s + 1); // the first span ending after s
        i = i >= 0 ? i : -i - 1;
        return i < m[1].length && m[0][i] < e;
    }

    private static boolean roomFree(long s, long e) {
        Interval slot = Interval.of(Instant.ofEpochSecond(s), Instant.ofEpochSecond(e));
        for (Room room : b.adequateRooms) {
            if (b.agenda.bookingsOf(room.id(), slot).isEmpty() && room.bookableHours()
                    .map(h -> h.workingPeriods(slot.start().atZone(h.zone()).toLocalDate()).stream()
                            .anyMatch(w -> w.encloses(slot))).orElse(true)) {
                return true;
            }
        }
        return false;
    }

    /** A calendar's working periods, day by day. */
    private static final class Hours {
        private final BusinessCalendar calendar;
        private final Map<LocalDate, List<Interval>> days = new HashMap<>();

        Hours(BusinessCalendar calendar) {
            this.calendar = calendar;
        }

        boolean encloses(long s, long e) {
            Interval slot = Interval.of(Instant.ofEpochSecond(s), Instant.ofEpochSecond(e));
            LocalDate date = slot.start().atZone(calendar.zone()).toLocalDate();
            return days.computeIfAbsent(date, calendar::workingPeriods).stream().anyMatch(p -> p.encloses(slot));
        }
    }
}
