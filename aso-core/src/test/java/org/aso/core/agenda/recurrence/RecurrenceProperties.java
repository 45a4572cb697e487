package org.aso.core.agenda.recurrence;

import org.aso.core.agenda.RoomId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.aso.core.kernel.Interval;

/**
 * Laws of expansion over random rules of every frequency in zones with clock changes: a window
 * sees exactly the occurrences of a long expansion from the first start that overlap it (so
 * skipping straight to the window start loses and adds nothing), in order, without repeats, and
 * every one is an original start of the series. The comparison with a second implementation is
 * in aso-calendar ({@code RecurrenceAgainstIcal4jProperties}).
 */
class RecurrenceProperties {
    static final List<String> ZONES = List.of("Europe/Paris", "America/New_York", "Australia/Sydney",
            "Australia/Lord_Howe", "America/Santiago", "UTC");
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    record Case(Recurrence series, Interval window) {}

    @Property(tries = 300)
    void window_seesWhatALongExpansionSees(@ForAll("cases") Case c) {
        Recurrence r = c.series();
        Interval all = Interval.of(r.start().toInstant(), c.window().end().plus(Duration.ofDays(2)));
        List<Occurrence> expected = r.expand(all).get().stream().filter(o -> overlaps(o.interval(), c.window())).toList();
        List<Occurrence> actual = r.expand(c.window()).get();
        assertThat(actual).as("%s in %s", r, c.window()).isEqualTo(expected);
        assertThat(actual).extracting(Occurrence::start).isSorted();
        assertThat(actual).extracting(Occurrence::originalStart).doesNotHaveDuplicates()
                .allMatch(r::isOriginalStart);
    }

    @Property(tries = 300)
    void occurrences_areTheExpansionInOrderOfOriginalStart(@ForAll("cases") Case c) {
        // given: the originals in the window, from a long expansion (moved ones included wherever they went)
        Recurrence r = c.series();
        Instant from = c.window().start();
        Instant to = c.window().end();
        Interval wide = Interval.of(r.start().toInstant().minus(Duration.ofDays(400)), to.plus(Duration.ofDays(400)));
        List<Occurrence> expected = r.expand(wide).get().stream()
                .filter(o -> !o.originalStart().isBefore(from) && o.originalStart().isBefore(to))
                .sorted(java.util.Comparator.comparing(Occurrence::originalStart)).toList();

        // when
        List<Occurrence> lazy = r.occurrences(from).takeWhile(o -> o.originalStart().isBefore(to)).toList();

        // then
        assertThat(lazy).as("%s from %s", r, from).isEqualTo(expected);
    }

    private static boolean overlaps(Interval o, Interval window) {
        return o.isEmpty() ? window.contains(o.start()) : o.overlaps(window);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<ZoneId> zone = Arbitraries.of(ZONES).map(ZoneId::of);
        Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 365 * 6).map(d -> LocalDate.of(2022, 1, 1).plusDays(d));
        Arbitrary<Integer> hour = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.integers().between(0, 3)),
                Tuple.of(3, Arbitraries.integers().between(0, 23)));
        Arbitrary<ZonedDateTime> start = Combinators.combine(zone, day, hour, Arbitraries.of(0, 30))
                .as((z, d, h, m) -> ZonedDateTime.of(d, LocalTime.of(h, m), z));
        Arbitrary<Duration> length = Arbitraries.of(Duration.ZERO, Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofDays(3));
        Arbitrary<String> rule = Combinators.combine(
                Arbitraries.of("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "DAILY", "WEEKLY", "WEEKLY", "MONTHLY", "MONTHLY", "YEARLY"),
                Arbitraries.integers().between(1, 3),
                Arbitraries.of("", ";COUNT=5", ";COUNT=40", ";UNTIL=20270301T000000Z"),
                Arbitraries.of("", ";BYMONTH=3,10", ";BYMONTH=2"),
                Arbitraries.of("", ";BYHOUR=1,2,3", ";BYHOUR=9", ";BYMINUTE=0,30"))
                .as((f, i, end, month, time) -> {
                    String subDaily = f.endsWith("LY") && (f.startsWith("SEC") || f.startsWith("MIN") || f.startsWith("HOUR"))
                            ? ";BYHOUR=2;BYMINUTE=0,15,30,45;BYSECOND=0" : "";
                    String days = switch (f) {
                        case "WEEKLY" -> ";BYDAY=MO,SU";
                        case "MONTHLY" -> ";BYDAY=-1FR,1SU";
                        case "YEARLY" -> ";BYWEEKNO=13,44;BYDAY=SU";
                        default -> "";
                    };
                    return "FREQ=" + f + ";INTERVAL=" + i + end + (subDaily.isEmpty() ? month + time : subDaily) + days;
                });
        return Combinators.combine(start, length, rule, Arbitraries.integers().between(0, 365 * 3),
                        Arbitraries.integers().between(1, 120), Arbitraries.integers().between(0, 5))
                .as((s, len, text, offset, days, changes) -> {
                    Recurrence base = Recurrence.of(s, len, RecurrenceRule.parse(text).get());
                    Instant from = s.toInstant().plus(Duration.ofDays(offset)).plusSeconds(offset * 997L % 86_400);
                    Interval window = Interval.of(from, Duration.ofDays(days));
                    return new Case(withChanges(base, window, changes), window);
                });
    }

    /** Moves, cancels and re-rooms a few occurrences near the window, some into it from outside. */
    private static Recurrence withChanges(Recurrence base, Interval window, int n) {
        Interval around = Interval.of(window.start().minus(Duration.ofDays(20)), window.end().plus(Duration.ofDays(20)));
        List<Occurrence> near = base.expand(around).get();
        Recurrence r = base;
        for (int k = 0; k < n && k < near.size(); k++) {
            Occurrence o = near.get((k * 7919) % near.size());
            OccurrenceChange change = switch (k % 3) {
                case 0 -> OccurrenceChange.movedTo(Interval.of(window.start().plus(Duration.ofMinutes(k)), Duration.ofHours(1)));
                case 1 -> OccurrenceChange.cancelled();
                default -> OccurrenceChange.inRoom(RoomId.of("R" + k));
            };
            r = r.withChange(o.originalStartInZone(), change);
        }
        return r;
    }
}
