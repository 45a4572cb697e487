package org.aso.core.agenda;

import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.ORGANIZER;
import static org.aso.core.fixtures.AgendaFixtures.SMALL;
import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.aso.core.fixtures.AgendaFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.junit.jupiter.api.Test;

/** The parts of a meeting (agenda items, logistics, attendees, equipment) and what a meeting says about its people. */
class MeetingPartsTest {
    private static final ZonedDateTime TUE_10H = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, KernelFixtures.PARIS);
    private static final Context CTX = Context.of(TUE_10H.minusDays(7).toInstant(), ORGANIZER, Clearance.none());
    private static final PersonId ANN = PersonId.of("ann");
    private static final PersonId BOB = PersonId.of("bob");

    @Test
    void agendaItem_needsATitle_andTakesZeroMinutesOrMore() {
        assertThat(AgendaItem.of("Budget", 0).plannedMinutes()).isZero();
        assertThat(AgendaItem.of("Budget", ANN, 15).presenter()).contains(ANN);
        assertThat(AgendaItem.of("Budget", 15).presenter()).isEmpty();
        assertThatThrownBy(() -> AgendaItem.of("Budget", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgendaItem.of(" ", 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void logisticsItem_leadIsZeroTo260WorkingDays() {
        assertThat(LogisticsItem.of("Check the projector", 0).leadWorkingDays()).isZero();
        assertThat(LogisticsItem.of("Book the hall", 260).leadWorkingDays()).isEqualTo(260);
        assertThatThrownBy(() -> LogisticsItem.of("Book the hall", 261)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogisticsItem.of("Book the hall", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogisticsItem.of("", 1)).isInstanceOf(IllegalArgumentException.class);
        // a lead of 0 is due on the meeting's day itself
        assertThat(LogisticsItem.of("Check the projector", 0).dueFor(TUE_10H.toLocalDate(), KernelFixtures.paris()).due())
                .isEqualTo(TUE_10H.toLocalDate());
    }

    @Test
    void attendee_delegatedNamesTheDelegate() {
        Attendee a = Attendee.of(ANN, Attendee.Role.REQUIRED);
        assertThat(a.response()).isEqualTo(Attendee.Response.NEEDS_ACTION);
        assertThatThrownBy(() -> a.withResponse(Attendee.Response.DELEGATED)).isInstanceOf(IllegalArgumentException.class);
        Attendee delegated = a.withDelegatedTo(BOB).withResponse(Attendee.Response.DELEGATED);
        assertThat(delegated.delegatedTo()).contains(BOB);
    }

    @Test
    void roles_chairRequiredAndMinuteTakerAreNeeded_optionalAndForInformationAreNot() {
        assertThat(Attendee.Role.CHAIR.isRequired()).isTrue();
        assertThat(Attendee.Role.REQUIRED.isRequired()).isTrue();
        assertThat(Attendee.Role.MINUTE_TAKER.isRequired()).isTrue();
        assertThat(Attendee.Role.OPTIONAL.isRequired()).isFalse();
        assertThat(Attendee.Role.FOR_INFORMATION.isRequired()).isFalse();
    }

    @Test
    void equipment_withoutARoomIsMobile() {
        Equipment mobile = Equipment.builder().id(EquipmentId.of("kit")).kind("kit").name("Kit").build();
        Equipment fixed = Equipment.builder().id(EquipmentId.of("screen")).kind("screen").name("Screen").room(LARGE).build();
        assertThat(mobile.isMobile()).isTrue();
        assertThat(fixed.isMobile()).isFalse();
    }

    @Test
    void requiredAttendees_andQuorum_countOnlyThoseTheMeetingNeeds() {
        MeetingRequest req = meeting("m1", LARGE, TUE_10H, 60)
                .addAttendees(Attendee.of(ANN, Attendee.Role.CHAIR), Attendee.of(BOB, Attendee.Role.OPTIONAL),
                        Attendee.of(PersonId.of("cy"), Attendee.Role.MINUTE_TAKER),
                        Attendee.of(PersonId.of("di"), Attendee.Role.FOR_INFORMATION)).build();
        Agenda a = agenda().book(req, CTX).get().agenda();
        a = a.respond(MeetingId.of("m1"), BOB, Attendee.Response.ACCEPTED, CTX).get().agenda();
        Meeting m = a.meeting(MeetingId.of("m1")).get();
        assertThat(m.requiredAttendees()).extracting(Attendee::person).containsExactly(ANN, PersonId.of("cy"));
        // the optional attendee who accepted makes no quorum; no minimum is always met
        assertThat(m.hasQuorum(1)).isFalse();
        assertThat(m.hasQuorum(0)).isTrue();
        assertThat(m.hasQuorum(-1)).isTrue();
        Meeting chairComes = a.respond(MeetingId.of("m1"), ANN, Attendee.Response.ACCEPTED, CTX).get().meeting();
        assertThat(chairComes.hasQuorum(1)).isTrue();
        assertThat(chairComes.hasQuorum(2)).isFalse();
        // tentative is not accepted
        assertThat(a.respond(MeetingId.of("m1"), ANN, Attendee.Response.TENTATIVE, CTX).get().meeting().hasQuorum(1)).isFalse();
        // seats: everyone but the one for information
        assertThat(m.seatsNeeded()).isEqualTo(3);
    }

    @Test
    void aDelegationLoop_makesNoQuorum() {
        Agenda a = agenda().book(meeting("m1", LARGE, TUE_10H, 60, "ann", "bob").build(), CTX).get().agenda();
        a = a.respond(MeetingId.of("m1"), ANN, Attendee.Response.DELEGATED, BOB, CTX).get().agenda();
        Meeting m = a.respond(MeetingId.of("m1"), BOB, Attendee.Response.DELEGATED, ANN, CTX).get().meeting();
        assertThat(m.hasQuorum(1)).isFalse();
        assertThat(m.seatsNeeded()).isZero();
    }

    @Test
    void meetingsOf_aPerson_areThoseTheyOrganizeOrAreInvitedTo_notCancelled_inStartOrder() {
        Agenda a = agenda();
        a = a.book(meeting("late", LARGE, TUE_10H.plusHours(3), 60, "ann").build(), CTX).get().agenda();
        a = a.book(meeting("early", SMALL, TUE_10H, 60, "bob")
                .addAttendees(Attendee.of(ANN, Attendee.Role.FOR_INFORMATION)).build(), CTX).get().agenda();
        a = a.book(meeting("other", LARGE, TUE_10H, 60, "bob").build(), CTX).get().agenda();
        a = a.book(meeting("off", LARGE, TUE_10H.plusHours(5), 60, "ann").build(), CTX).get().agenda();
        a = a.cancel(MeetingId.of("off"), "No longer needed", CTX).get().agenda();
        Interval day = Interval.of(TUE_10H.withHour(0).toInstant(), Duration.ofDays(1));
        assertThat(a.meetingsOf(ANN, day)).extracting(m -> m.id().value()).containsExactly("early", "late");
        assertThat(a.meetingsOf(ORGANIZER, day)).extracting(m -> m.id().value()).containsExactly("early", "other", "late");
        assertThat(a.meetingsOf(PersonId.of("nobody"), day)).isEmpty();
        // a window that only touches a meeting's end does not see it
        assertThat(a.meetingsOf(ANN, Interval.of(TUE_10H.plusHours(1).toInstant(), Duration.ofHours(2)))).isEmpty();
    }

    @Test
    void meetingsOf_seesTheOccurrencesOfASeries() {
        Agenda a = agenda().book(meeting("weekly", LARGE, TUE_10H, 60, "ann")
                .recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=3").get()).build(), CTX).get().agenda();
        assertThat(a.meetingsOf(ANN, Interval.of(TUE_10H.plusWeeks(2).toInstant(), Duration.ofHours(1))))
                .extracting(m -> m.id().value()).containsExactly("weekly");
        assertThat(a.meetingsOf(ANN, Interval.of(TUE_10H.plusWeeks(3).toInstant(), Duration.ofHours(1)))).isEmpty();
        assertThat(a.meetingsOf(ANN, Interval.of(TUE_10H.plusDays(1).toInstant(), Duration.ofDays(5)))).isEmpty();
    }

    @Test
    void occurrenceChange_refusesABlankTitleAndADelegation() {
        assertThatThrownBy(() -> OccurrenceChange.builder().title(" ").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OccurrenceChange.cancelled().withResponse(ANN, Attendee.Response.DELEGATED))
                .isInstanceOf(IllegalArgumentException.class);
        OccurrenceChange c = OccurrenceChange.inRoom(LARGE).withResponse(ANN, Attendee.Response.TENTATIVE)
                .withResponse(ANN, Attendee.Response.DECLINED);
        assertThat(c.room()).contains(LARGE);
        assertThat(c.isCancelled()).isFalse();
        assertThat(c.responses()).containsExactly(java.util.Map.entry(ANN, Attendee.Response.DECLINED));
        assertThat(OccurrenceChange.cancelled().withResponse(ANN, Attendee.Response.ACCEPTED).isCancelled()).isTrue();
    }

    @Test
    void recurrence_durationIsWholeSeconds_zeroTo366Days_andTheStartWholeSeconds() {
        RecurrenceRule daily = RecurrenceRule.parse("FREQ=DAILY").get();
        assertThat(Recurrence.of(TUE_10H, Duration.ZERO, daily).duration()).isZero();
        assertThat(Recurrence.of(TUE_10H, Recurrence.MAX_DURATION, daily).duration()).isEqualTo(Duration.ofDays(366));
        assertThatThrownBy(() -> Recurrence.of(TUE_10H, Recurrence.MAX_DURATION.plusSeconds(1), daily))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recurrence.of(TUE_10H, Duration.ofSeconds(-1), daily)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recurrence.of(TUE_10H, Duration.ofMillis(1500), daily)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recurrence.of(TUE_10H.withNano(1), Duration.ofHours(1), daily))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Recurrence.of(TUE_10H.withZoneSameInstant(ZoneOffset.UTC), Duration.ofHours(1), daily).zone())
                .isEqualTo(ZoneOffset.UTC);
    }
}
