package org.aso.core.agenda;

import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.ORGANIZER;
import static org.aso.core.fixtures.AgendaFixtures.SMALL;
import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.aso.core.fixtures.AgendaFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import org.aso.core.correspondence.EntryId;
import org.aso.core.dossier.DossierId;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Ref;
import org.junit.jupiter.api.Test;

/** Meetings say what they are about with {@link Ref refs}, and the agenda lists the meetings about a ref. */
class AgendaAboutTest {
    private static final ZonedDateTime TUE_10H = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, KernelFixtures.PARIS);
    private static final Context CTX = Context.of(TUE_10H.minusDays(7).toInstant(), ORGANIZER, Clearance.none());
    private static final Ref DOSSIER = DossierId.of("d-1").ref();
    private static final Ref LETTER = EntryId.of("e-815").ref();

    @Test
    void a_meeting_booked_about_a_dossier_is_listed_for_it_after_a_move_a_replay_and_a_restore() {
        // given
        Agenda.Change first = agenda().book(meeting("m2", LARGE, TUE_10H.plusDays(1), 60, "a")
                .addAbout(DOSSIER, LETTER).build(), CTX).getOrElseThrow(p -> new AssertionError(p.toString()));
        Agenda.Change second = first.agenda().book(meeting("m1", SMALL, TUE_10H, 60, "b")
                .addAbout(DOSSIER).build(), CTX).getOrElseThrow(p -> new AssertionError(p.toString()));
        Agenda.Change third = second.agenda().book(meeting("m3", SMALL, TUE_10H.plusHours(1), 60, "c")
                .addAbout(Ref.document("budget.pdf")).build(), CTX).getOrElseThrow(p -> new AssertionError(p.toString()));
        // when
        Agenda.Change moved = third.agenda().move(MeetingId.of("m2"), TUE_10H.plusDays(2), TUE_10H.plusDays(2).plusHours(1),
                LARGE, CTX).get();
        Agenda agenda = moved.agenda();
        // then
        assertThat(agenda.about(DOSSIER)).extracting(Meeting::id).containsExactly(MeetingId.of("m1"), MeetingId.of("m2"));
        assertThat(agenda.about(LETTER)).extracting(Meeting::id).containsExactly(MeetingId.of("m2"));
        assertThat(agenda.about(Ref.document("budget.pdf"))).extracting(Meeting::id).containsExactly(MeetingId.of("m3"));
        assertThat(agenda.about(DossierId.of("d-2").ref())).isEmpty();
        assertThat(agenda.meeting(MeetingId.of("m2")).orElseThrow().about()).containsExactly(DOSSIER, LETTER);
        assertThat(((MeetingEvent.Booked) first.events().get(0)).meeting().about()).containsExactly(DOSSIER, LETTER);
        List<MeetingEvent> events = new java.util.ArrayList<>();
        List.of(first, second, third, moved).forEach(c -> events.addAll(c.events()));
        Agenda replayed = Agenda.replay(AgendaFixtures.rooms(), AgendaFixtures.equipment(), events).get();
        assertThat(replayed).isEqualTo(agenda);
        assertThat(replayed.about(DOSSIER)).extracting(Meeting::id).containsExactly(MeetingId.of("m1"), MeetingId.of("m2"));
        Agenda restored = Agenda.restore(agenda.snapshot()).get();
        assertThat(restored.about(LETTER)).extracting(Meeting::id).containsExactly(MeetingId.of("m2"));
    }
}
