package org.aso.core.agenda;

import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.ORGANIZER;
import static org.aso.core.fixtures.AgendaFixtures.SMALL;
import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.aso.core.fixtures.AgendaFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.junit.jupiter.api.Test;

/** What the agenda answers about one room or item over a window: bookings, busy and unavailable times, outages. */
class ResourceQueriesTest {
    private static final ZonedDateTime TUE_10H = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, KernelFixtures.PARIS);
    private static final Context CTX = Context.of(TUE_10H.minusDays(7).toInstant(), ORGANIZER, Clearance.none());
    private static final Interval TEN_TO_ELEVEN = Interval.of(TUE_10H.toInstant(), Duration.ofHours(1));
    private static final Interval ONE_TO_TWO = Interval.of(TUE_10H.plusHours(3).toInstant(), Duration.ofHours(1));

    /** The large room booked 10:00-11:00 ("m1") and 13:00-14:00 ("m2"). */
    private static Agenda twoBookings() {
        Agenda a = agenda().book(meeting("m1", LARGE, TUE_10H, 60, "a").build(), CTX).get().agenda();
        return a.book(meeting("m2", LARGE, TUE_10H.plusHours(3), 60, "a").build(), CTX).get().agenda();
    }

    private static Interval between(ZonedDateTime from, ZonedDateTime to) {
        return Interval.of(from.toInstant(), to.toInstant());
    }

    @Test
    void busy_givesWholeBookingsOverlappingTheWindow_notThoseThatOnlyTouchIt() {
        Agenda a = twoBookings();
        assertThat(a.busy(LARGE, between(TUE_10H.withHour(0), TUE_10H.withHour(23)))).containsExactly(TEN_TO_ELEVEN, ONE_TO_TWO);
        // a window inside a booking gives the booking whole
        assertThat(a.busy(LARGE, between(TUE_10H.plusMinutes(20), TUE_10H.plusMinutes(30)))).containsExactly(TEN_TO_ELEVEN);
        // touching: ends when the window starts, starts when the window ends
        assertThat(a.busy(LARGE, between(TUE_10H.plusHours(1), TUE_10H.plusHours(3)))).isEmpty();
        // one second of overlap at either end is enough
        assertThat(a.busy(LARGE, between(TUE_10H.plusHours(1).minusSeconds(1), TUE_10H.plusHours(3)))).containsExactly(TEN_TO_ELEVEN);
        assertThat(a.busy(LARGE, between(TUE_10H.plusHours(1), TUE_10H.plusHours(3).plusSeconds(1)))).containsExactly(ONE_TO_TWO);
        // a window starting with a booking sees it
        assertThat(a.busy(LARGE, between(TUE_10H, TUE_10H.plusMinutes(1)))).containsExactly(TEN_TO_ELEVEN);
        // another room, and a room the agenda does not know, are free
        assertThat(a.busy(SMALL, between(TUE_10H.withHour(0), TUE_10H.withHour(23)))).isEmpty();
        assertThat(a.busy(RoomId.of("B9-999"), between(TUE_10H.withHour(0), TUE_10H.withHour(23)))).isEmpty();
    }

    @Test
    void bookingsOf_namesEachMeetingOnce_inStartOrder() {
        Agenda a = twoBookings();
        assertThat(a.bookingsOf(LARGE, between(TUE_10H.withHour(0), TUE_10H.withHour(23))))
                .extracting(m -> m.id().value()).containsExactly("m1", "m2");
        assertThat(a.bookingsOf(LARGE, between(TUE_10H.plusHours(1), TUE_10H.plusHours(3)))).isEmpty();
        Agenda series = agenda().book(meeting("daily", LARGE, TUE_10H, 60, "a")
                .recurrence(org.aso.core.agenda.recurrence.RecurrenceRule.parse("FREQ=DAILY;COUNT=3").get()).build(), CTX)
                .get().agenda();
        assertThat(series.bookingsOf(LARGE, between(TUE_10H, TUE_10H.plusDays(3)))).extracting(m -> m.id().value())
                .containsExactly("daily");
        assertThat(series.busy(LARGE, between(TUE_10H, TUE_10H.plusDays(3)))).hasSize(3);
    }

    @Test
    void unavailable_mergesBookingsAndOutages_thatOverlapOrTouch() {
        Agenda a = twoBookings();
        // out of service from 11:00 (when m1 ends) to 12:00: one span 10:00-12:00, and m2 apart
        Interval elevenToNoon = Interval.of(TUE_10H.plusHours(1).toInstant(), Duration.ofHours(1));
        Agenda out = a.putOutOfService(LARGE, elevenToNoon, "Cleaning", CTX).get().agenda();
        Interval window = between(TUE_10H.withHour(0), TUE_10H.withHour(23));
        assertThat(out.unavailable(LARGE, window)).containsExactly(
                Interval.of(TUE_10H.toInstant(), Duration.ofHours(2)), ONE_TO_TWO);
        // an outage inside a booking adds nothing
        Interval inside = Interval.of(TUE_10H.plusHours(3).plusMinutes(10).toInstant(), Duration.ofMinutes(10));
        Agenda within = a.putOutOfService(LARGE, inside, "Cleaning", CTX).get().agenda();
        assertThat(within.unavailable(LARGE, window)).containsExactly(TEN_TO_ELEVEN, ONE_TO_TWO);
        // without outages it is the bookings
        assertThat(a.unavailable(LARGE, window)).isEqualTo(a.busy(LARGE, window));
        // an outage alone
        assertThat(out.unavailable(SMALL, window)).isEmpty();
    }

    @Test
    void outages_overlappingTheWindow_notThoseThatOnlyTouchIt() {
        Interval morning = Interval.of(TUE_10H.minusHours(2).toInstant(), Duration.ofHours(2));
        Agenda a = agenda().putOutOfService(LARGE, morning, "Cleaning", CTX).get().agenda();
        assertThat(a.outages(LARGE, between(TUE_10H, TUE_10H.plusHours(1)))).isEmpty();
        assertThat(a.outages(LARGE, between(TUE_10H.minusHours(3), TUE_10H.minusHours(2)))).isEmpty();
        assertThat(a.outages(LARGE, between(TUE_10H.minusSeconds(1), TUE_10H.plusHours(1))))
                .extracting(ResourceOutage::during).containsExactly(morning);
        assertThat(a.outages(LARGE, between(TUE_10H.minusHours(3), TUE_10H.minusHours(2).plusSeconds(1))))
                .extracting(ResourceOutage::during).containsExactly(morning);
        assertThat(a.outages(SMALL, between(TUE_10H.minusHours(3), TUE_10H))).isEmpty();
        // a booking right after the outage is accepted, one starting a second before its end is not
        assertThat(a.book(meeting("m1", LARGE, TUE_10H, 60, "a").build(), CTX).isRight()).isTrue();
        assertThat(a.book(meeting("m1", LARGE, TUE_10H.minusMinutes(1), 60, "a").build(), CTX).getLeft().code())
                .isEqualTo("agenda.room.out-of-service");
    }

    @Test
    void hits_areTheMeetingsHoldingTheResourceInTheWindow() {
        Agenda a = twoBookings();
        assertThat(a.hits(LARGE, between(TUE_10H.plusMinutes(30), TUE_10H.plusHours(3).plusMinutes(30))))
                .extracting(h -> h.meeting().value()).containsExactly("m1", "m2");
        assertThat(a.hits(LARGE, between(TUE_10H.plusHours(1), TUE_10H.plusHours(3)))).isEmpty();
        Instant noon = TUE_10H.plusHours(2).toInstant();
        assertThat(a.hits(LARGE, Interval.of(noon, Duration.ofMinutes(1)))).isEmpty();
    }
}
