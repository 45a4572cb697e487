package org.aso.core.agenda.slots;

import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.aso.core.fixtures.KernelFixtures.PARIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

/** The limits of a slot request at their exact edge. */
class SlotRequestLimitsTest {
    private static final PersonId ALICE = PersonId.of("alice");
    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 3, 9, 0, 0, 0, 0, PARIS);
    private static final Instant LAST_WEEK = MONDAY.minusDays(7).toInstant();
    private static final Interval WEEK = Interval.of(MONDAY.toInstant(), Duration.ofDays(7));

    private static SlotRequest.Builder request(Duration duration) {
        return within(WEEK, duration);
    }

    private static SlotRequest.Builder within(Interval window, Duration duration) {
        SlotRequest.Builder b = SlotRequest.builder();
        b.addAttendees(SlotAttendee.required(ALICE)).duration(duration).window(window);
        return b;
    }

    private static SlotRequest.Builder hour() {
        return request(Duration.ofHours(1));
    }

    private static Availability free() {
        return Availability.of(ALICE, org.aso.core.fixtures.KernelFixtures.paris()).build();
    }

    @Test
    void duration_isPositive_andAtMostADay() {
        assertThat(request(Duration.ofDays(1)).build().duration()).isEqualTo(Duration.ofDays(1));
        assertThat(request(Duration.ofSeconds(1)).build().duration()).isEqualTo(Duration.ofSeconds(1));
        assertThatThrownBy(() -> request(Duration.ofDays(1).plusSeconds(1)).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> request(Duration.ZERO).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> request(Duration.ofMinutes(-30)).build()).isInstanceOf(IllegalArgumentException.class);
        SlotRequest r = hour().build();
        assertThat(r.withDuration(Duration.ofMinutes(30)).duration()).isEqualTo(Duration.ofMinutes(30));
        assertThatThrownBy(() -> r.withDuration(Duration.ofDays(2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void granularity_isWholeSeconds_fromAMinuteToADay() {
        assertThat(hour().build().granularity()).isEqualTo(Duration.ofMinutes(15));
        assertThat(hour().granularity(Duration.ofSeconds(60)).build().granularity()).isEqualTo(Duration.ofMinutes(1));
        assertThat(hour().granularity(Duration.ofDays(1)).build().granularity()).isEqualTo(Duration.ofDays(1));
        assertThat(hour().granularity(Duration.ofSeconds(61)).build().granularity()).isEqualTo(Duration.ofSeconds(61));
        assertThatThrownBy(() -> hour().granularity(Duration.ofSeconds(59)).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hour().granularity(Duration.ofDays(1).plusSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hour().granularity(Duration.ofMillis(90_500)).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maxSuggestions_isOneToAHundred() {
        assertThat(hour().build().maxSuggestions()).isEqualTo(5);
        assertThat(hour().maxSuggestions(1).build().maxSuggestions()).isEqualTo(1);
        assertThat(hour().maxSuggestions(100).build().maxSuggestions()).isEqualTo(100);
        assertThatThrownBy(() -> hour().maxSuggestions(0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hour().maxSuggestions(101).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timesOfDay_needAZone_andTheEarliestBeforeTheLatest() {
        assertThatThrownBy(() -> hour().earliest(LocalTime.of(9, 0)).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hour().latest(LocalTime.of(17, 0)).build()).isInstanceOf(IllegalArgumentException.class);
        assertThat(hour().zone(PARIS).earliest(LocalTime.of(9, 0)).build().earliest()).contains(LocalTime.of(9, 0));
        assertThat(hour().zone(PARIS).latest(LocalTime.of(17, 0)).build().latest()).contains(LocalTime.of(17, 0));
        assertThat(hour().zone(PARIS).earliest(LocalTime.of(9, 0)).latest(LocalTime.of(9, 1)).build().latest())
                .contains(LocalTime.of(9, 1));
        assertThatThrownBy(() -> hour().zone(PARIS).earliest(LocalTime.of(9, 0)).latest(LocalTime.of(9, 0)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hour().zone(PARIS).earliest(LocalTime.of(10, 0)).latest(LocalTime.of(9, 0)).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attendees_atLeastOne_eachOnce_andEquipmentKindsLowerCase() {
        SlotRequest.Builder none = SlotRequest.builder();
        none.duration(Duration.ofHours(1)).window(WEEK);
        assertThatThrownBy(none::build).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hour().addAttendees(SlotAttendee.optional(ALICE)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(hour().addEquipment("projector").build().equipment()).containsExactly("projector");
        for (String bad : List.of("Projector", " projector", "projector ", " ")) {
            assertThatThrownBy(() -> hour().addEquipment(bad).build()).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(hour().addAttendees(SlotAttendee.optional(PersonId.of("bob"))).build().requiredAttendees())
                .extracting(SlotAttendee::person).containsExactly(ALICE);
    }

    @Test
    void attendeeWeight_isPositiveAndFinite() {
        assertThat(SlotAttendee.required(ALICE).weight()).isEqualTo(1.0);
        assertThat(SlotAttendee.optional(ALICE).withWeight(0.001).weight()).isEqualTo(0.001);
        assertThat(SlotAttendee.optional(ALICE).required()).isFalse();
        for (double bad : new double[] {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> SlotAttendee.optional(ALICE).withWeight(bad)).as("%s", bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void roomNeeds_seatAtLeastOne_andNameEquipmentInLowerCase() {
        assertThat(RoomNeeds.builder().seats(1).build().seats()).contains(1);
        assertThatThrownBy(() -> RoomNeeds.builder().seats(0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoomNeeds.builder().addEquipment("Video").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoomNeeds.builder().addEquipment("").build()).isInstanceOf(IllegalArgumentException.class);
        assertThat(RoomNeeds.any().seats()).isEmpty();
        assertThat(RoomNeeds.any().equipment()).isEmpty();
    }

    @Test
    void window_ofExactly366Days_isSearched_oneSecondMoreIsTooLong() {
        Interval year = Interval.of(MONDAY.toInstant(), SlotFinder.MAX_WINDOW);
        SlotRequest atLimit = within(year, Duration.ofHours(1)).build();
        assertThat(SlotFinder.find(agenda(), List.of(free()), atLimit, LAST_WEEK).get().suggestions()).isNotEmpty();
        SlotRequest beyond = within(Interval.of(MONDAY.toInstant(), SlotFinder.MAX_WINDOW.plusSeconds(1)), Duration.ofHours(1)).build();
        Problem p = SlotFinder.find(agenda(), List.of(free()), beyond, LAST_WEEK).getLeft();
        assertThat(p.code()).isEqualTo("agenda.slots.window-too-long");
        assertThat(p.details()).containsKey("window");
    }

    @Test
    void window_asLongAsTheMeeting_holdsExactlyOneSlot_oneSecondShorterIsTooShort() {
        ZonedDateTime tenOClock = MONDAY.withHour(10);
        SlotRequest exact = within(Interval.of(tenOClock.toInstant(), Duration.ofHours(1)), Duration.ofHours(1)).build();
        assertThat(SlotFinder.find(agenda(), List.of(free()), exact, LAST_WEEK).get().suggestions())
                .extracting(Suggestion::interval).containsExactly(Interval.of(tenOClock.toInstant(), Duration.ofHours(1)));
        SlotRequest tooShort = within(Interval.of(tenOClock.toInstant(), Duration.ofMinutes(60).minusSeconds(1)), Duration.ofHours(1)).build();
        Problem p = SlotFinder.find(agenda(), List.of(free()), tooShort, LAST_WEEK).getLeft();
        assertThat(p.code()).isEqualTo("agenda.slots.window-too-short");
        assertThat(p.details()).containsKeys("window", "duration");
    }

    @Test
    void problems_nameThePersonConcerned() {
        SlotRequest r = hour().build();
        assertThat(SlotFinder.find(agenda(), List.of(), r, LAST_WEEK).getLeft().details()).containsEntry("person", "alice");
        assertThat(SlotFinder.find(agenda(), List.of(free(), free()), r, LAST_WEEK).getLeft().details())
                .containsEntry("person", "alice");
        // an optional attendee whose availability is not known is no problem
        SlotRequest withOptional = hour().addAttendees(SlotAttendee.optional(PersonId.of("bob"))).build();
        assertThat(SlotFinder.find(agenda(), List.of(free()), withOptional, LAST_WEEK).isRight()).isTrue();
    }
}
