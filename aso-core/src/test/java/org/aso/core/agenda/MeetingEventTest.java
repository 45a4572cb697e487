package org.aso.core.agenda;

import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.ORGANIZER;
import static org.aso.core.fixtures.AgendaFixtures.SMALL;
import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.PersonId;
import org.junit.jupiter.api.Test;

/** What each {@link MeetingEvent} carries for an iTIP adapter, and what its audit details leave out. */
class MeetingEventTest {
    private static final ZonedDateTime TUE_10H = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, KernelFixtures.PARIS);
    private static final Context CTX = Context.of(TUE_10H.minusDays(7).toInstant(), ORGANIZER, Clearance.none());
    private static final String SECRET = "Restructuring of the Paris office";
    private static final MeetingId WEEKLY = MeetingId.of("weekly");

    private static Agenda.Change weekly() {
        MeetingRequest.Builder b = MeetingRequest.builder();
        b.id(WEEKLY).title(SECRET).organizer(ORGANIZER).room(LARGE).start(TUE_10H).end(TUE_10H.plusHours(1))
                .addAttendees(Attendee.of(PersonId.of("a"), Attendee.Role.REQUIRED), Attendee.of(ORGANIZER, Attendee.Role.CHAIR),
                        Attendee.of(PersonId.of("b"), Attendee.Role.OPTIONAL))
                .recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4").get());
        return agenda().book(b.build(), CTX).get();
    }

    @Test
    void booked_isAnInvitationToEveryInviteeButTheOrganizer() {
        Agenda.Change booked = weekly();

        assertThat(booked.events()).singleElement().isInstanceOfSatisfying(MeetingEvent.Booked.class, e -> {
            assertThat(e.action()).isEqualTo("agenda.meeting.booked");
            assertThat(e.subject()).isEqualTo(WEEKLY);
            assertThat(e.meeting()).isEqualTo(booked.meeting());
            assertThat(e.sequence()).isZero();
            assertThat(e.recipients()).containsExactly(PersonId.of("a"), PersonId.of("b"));
            assertThat(e.at()).isEqualTo(CTX.at());
            assertThat(e.actor()).isEqualTo(ORGANIZER);
            assertThat(e.schemaVersion()).isEqualTo(MeetingEvent.SCHEMA_VERSION).isEqualTo(1);
            assertThat(e.details()).containsExactly(
                    java.util.Map.entry("sequence", "0"), java.util.Map.entry("start", TUE_10H.toString()),
                    java.util.Map.entry("room", LARGE.value()));
        });
    }

    @Test
    void cancelled_carriesTheReason_forTheCancellationAndTheAuditTrail() {
        Agenda.Change cancelled = weekly().agenda().cancel(WEEKLY, "  Director away  ", CTX).get();

        assertThat(cancelled.events()).singleElement().isInstanceOfSatisfying(MeetingEvent.Cancelled.class, e -> {
            assertThat(e.reason()).isEqualTo("Director away");
            assertThat(e.sequence()).isEqualTo(1);
            assertThat(e.meeting().status()).isEqualTo(Meeting.Status.CANCELLED);
            assertThat(e.recipients()).containsExactly(PersonId.of("a"), PersonId.of("b"));
            assertThat(e.details()).containsEntry("reason", "Director away").containsEntry("sequence", "1");
        });
    }

    @Test
    void occurrenceChanged_namesTheOccurrenceAndTheChange_butItsDetailsNeverTheNewTitle() {
        OccurrenceChange change = OccurrenceChange.builder().room(SMALL).title(SECRET + " (room change)").build();

        Agenda.Change changed = weekly().agenda().changeOccurrence(WEEKLY, TUE_10H.plusWeeks(1), change, CTX).get();

        assertThat(changed.events()).singleElement().isInstanceOfSatisfying(MeetingEvent.OccurrenceChanged.class, e -> {
            assertThat(e.originalStart()).isEqualTo(TUE_10H.plusWeeks(1).toInstant());
            assertThat(e.originalStartInZone()).isEqualTo(TUE_10H.plusWeeks(1));
            assertThat(e.change()).isEqualTo(change);
            assertThat(e.meeting().recurrence().get().changes()).containsEntry(e.originalStart(), change);
            assertThat(e.details()).containsEntry("change", "room " + SMALL.value() + ", retitled")
                    .containsEntry("originalStart", TUE_10H.plusWeeks(1).toString());
            assertThat(String.join(" ", e.details().values())).doesNotContain("Restructuring");
        });
    }

    @Test
    void moved_carriesWhereTheMeetingWas() {
        Agenda.Change moved = weekly().agenda().move(WEEKLY, TUE_10H.plusDays(1), TUE_10H.plusDays(1).plusHours(1),
                SMALL, CTX).get();

        assertThat(moved.events()).singleElement().isInstanceOfSatisfying(MeetingEvent.Moved.class, e -> {
            assertThat(e.previousStart()).isEqualTo(TUE_10H.toInstant());
            assertThat(e.previousRoom()).contains(LARGE);
            assertThat(e.meeting().room()).contains(SMALL);
            assertThat(e.details()).containsEntry("previousRoom", LARGE.value()).containsEntry("room", SMALL.value())
                    .containsEntry("previousStart", TUE_10H.toString());
        });
    }

    @Test
    void responded_isAReplyToTheOrganizer_andInvitesANewDelegateOnce() {
        Agenda a = weekly().agenda();

        Agenda.Change toNew = a.respond(WEEKLY, PersonId.of("a"), Attendee.Response.DELEGATED, PersonId.of("deputy"), CTX)
                .get();
        Agenda.Change toInvitee = a.respond(WEEKLY, PersonId.of("a"), Attendee.Response.DELEGATED, PersonId.of("b"), CTX)
                .get();
        Agenda.Change accepted = a.respond(WEEKLY, PersonId.of("b"), Attendee.Response.ACCEPTED, CTX).get();

        assertThat(toNew.events()).singleElement().isInstanceOfSatisfying(MeetingEvent.Responded.class, e -> {
            assertThat(e.recipients()).containsExactly(ORGANIZER);
            assertThat(e.person()).isEqualTo(PersonId.of("a"));
            assertThat(e.response()).isEqualTo(Attendee.Response.DELEGATED);
            assertThat(e.delegate()).contains(PersonId.of("deputy"));
            assertThat(e.delegateAdded()).isTrue();
            assertThat(e.meeting().attendee(PersonId.of("deputy"))).isPresent();
            assertThat(e.sequence()).isZero();
            assertThat(e.details()).containsEntry("person", "a").containsEntry("response", "DELEGATED");
        });
        assertThat(toInvitee.events()).singleElement().isInstanceOfSatisfying(MeetingEvent.Responded.class,
                e -> assertThat(e.delegateAdded()).isFalse());
        assertThat(accepted.events()).singleElement().isInstanceOfSatisfying(MeetingEvent.Responded.class, e -> {
            assertThat(e.delegate()).isEmpty();
            assertThat(e.delegateAdded()).isFalse();
        });
    }

    @Test
    void noEventsDetails_copyTheMeetingsContent() {
        Agenda.Change booked = weekly();
        Agenda a = booked.agenda();
        List<MeetingEvent> events = new java.util.ArrayList<>(booked.events());
        Agenda.Change c = a.changeOccurrence(WEEKLY, TUE_10H.plusWeeks(2), OccurrenceChange.cancelled(), CTX).get();
        events.addAll(c.events());
        c = c.agenda().respond(WEEKLY, PersonId.of("b"), Attendee.Response.DECLINED, CTX).get();
        events.addAll(c.events());
        c = c.agenda().move(WEEKLY, TUE_10H.plusHours(1), TUE_10H.plusHours(2), LARGE, CTX).get();
        events.addAll(c.events());
        c = c.agenda().cancel(WEEKLY, "Off", CTX).get();
        events.addAll(c.events());

        assertThat(events).hasSize(5).allSatisfy(e -> {
            assertThat(e.meeting().title()).isEqualTo(SECRET);
            assertThat(String.join(" ", e.details().keySet()) + String.join(" ", e.details().values())).doesNotContain("Restructuring");
        });
    }

    @Test
    void eachEvent_hasItsStableActionCode() {
        Agenda a = weekly().agenda();
        assertThat(a.cancel(WEEKLY, "Off", CTX).get().events().get(0).action()).isEqualTo("agenda.meeting.cancelled");
        assertThat(a.respond(WEEKLY, PersonId.of("a"), Attendee.Response.ACCEPTED, CTX).get().events().get(0).action())
                .isEqualTo("agenda.meeting.responded");
        assertThat(a.changeOccurrence(WEEKLY, TUE_10H.plusWeeks(1), OccurrenceChange.cancelled(), CTX).get().events().get(0)
                .action()).isEqualTo("agenda.meeting.occurrence-changed");
        assertThat(a.move(WEEKLY, TUE_10H.plusHours(1), TUE_10H.plusHours(2), CTX).get().events().get(0).action())
                .isEqualTo("agenda.meeting.updated");
    }

    @Test
    void occurrenceChanged_details_sayCancelledOrMovedTo() {
        Agenda a = weekly().agenda();
        MeetingEvent cancelled = a.changeOccurrence(WEEKLY, TUE_10H.plusWeeks(1), OccurrenceChange.cancelled(), CTX).get()
                .events().get(0);
        assertThat(cancelled.details()).containsEntry("change", "cancelled");
        org.aso.core.kernel.Interval later = org.aso.core.kernel.Interval.of(TUE_10H.plusWeeks(1).plusHours(3).toInstant(),
                java.time.Duration.ofHours(1));
        MeetingEvent moved = a.changeOccurrence(WEEKLY, TUE_10H.plusWeeks(1), OccurrenceChange.movedTo(later), CTX).get()
                .events().get(0);
        assertThat(moved.details()).containsEntry("change", "moved to " + later);
    }

    @Test
    void responded_toOneOccurrence_namesIt_andAMeetingWithoutRoomSaysNone() {
        Agenda a = weekly().agenda();
        MeetingEvent e = a.respondToOccurrence(WEEKLY, TUE_10H.plusWeeks(2), PersonId.of("a"), Attendee.Response.DECLINED, CTX)
                .get().events().get(0);
        assertThat(e.details()).containsEntry("occurrence", TUE_10H.plusWeeks(2).toString())
                .containsEntry("response", "DECLINED").containsEntry("person", "a");
        assertThat(a.respond(WEEKLY, PersonId.of("a"), Attendee.Response.DECLINED, CTX).get().events().get(0).details())
                .doesNotContainKey("occurrence");
        MeetingEvent.Moved off = (MeetingEvent.Moved) a.moveWithoutRoom(WEEKLY, TUE_10H, TUE_10H.plusHours(1), CTX).get()
                .events().get(0);
        assertThat(off.details()).containsEntry("room", "none").containsEntry("previousRoom", LARGE.value());
        MeetingEvent.Moved back = (MeetingEvent.Moved) a.moveWithoutRoom(WEEKLY, TUE_10H, TUE_10H.plusHours(1), CTX).get()
                .agenda().move(WEEKLY, TUE_10H, TUE_10H.plusHours(1), LARGE, CTX).get().events().get(0);
        assertThat(back.details()).containsEntry("previousRoom", "none").containsEntry("room", LARGE.value());
    }
}
