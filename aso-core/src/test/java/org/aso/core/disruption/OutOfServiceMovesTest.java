package org.aso.core.disruption;

import static org.aso.core.disruption.OutOfServiceTest.COMMITTEE;
import static org.aso.core.disruption.OutOfServiceTest.CTX;
import static org.aso.core.disruption.OutOfServiceTest.TUE_10H;
import static org.aso.core.disruption.OutOfServiceTest.availabilities;
import static org.aso.core.disruption.OutOfServiceTest.book;
import static org.aso.core.disruption.OutOfServiceTest.committee;
import static org.aso.core.disruption.OutOfServiceTest.empty;
import static org.aso.core.disruption.OutOfServiceTest.only;
import static org.aso.core.disruption.OutOfServiceTest.out;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingEvent;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.ResourceOutage;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.disruption.OutOfService.Choice;
import org.aso.core.disruption.OutOfService.Kind;
import org.aso.core.disruption.OutOfService.Proposal;
import org.aso.core.fixtures.KernelFixtures;
import org.junit.jupiter.api.Test;

/** What a move keeps: an occurrence's own title, and the logistics tasks of every moved meeting in order of due day. */
class OutOfServiceMovesTest {

    @Test
    void anOccurrenceWithATitleOfItsOwn_keepsItWhenItChangesRoom() {
        // given: the occurrence hit was renamed
        Agenda a = book(empty(), committee("weekly", TUE_10H.minusWeeks(1), false)
                .recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4").get()).build());
        a = a.changeOccurrence(MeetingId.of("weekly"), TUE_10H, OccurrenceChange.builder().title("Comité budgétaire").build(), CTX)
                .get().agenda();
        Agenda.OutageChange out = out(a, COMMITTEE);
        Proposal room = only(out).proposals().stream().filter(x -> x.kind() == Kind.OTHER_ROOM).findFirst().get();

        // when
        OutOfService.Resolution r = OutOfService.apply(out.agenda(), out.hits(), Map.of(out.hits().get(0), Choice.take(room)), CTX)
                .get();

        // then
        assertThat(r.events()).singleElement().isInstanceOfSatisfying(MeetingEvent.OccurrenceChanged.class, e -> {
            assertThat(e.change().title()).contains("Comité budgétaire");
            assertThat(e.change().room()).isEqualTo(room.room());
        });
    }

    @Test
    void theTasksOfSeveralMovedMeetings_comeInOrderOfDueDay_thenOfTime() {
        // given: two meetings lose their room; the first hit moves later than the second
        Agenda a = book(empty(), committee("c1", TUE_10H).build());
        a = book(a, committee("c2", TUE_10H.plusDays(1), false).build());
        Agenda.OutageChange out = out(a, COMMITTEE);
        List<OutOfService.Options> options = OutOfService.propose(out.agenda(), out.hits(), availabilities(out.agenda()), CTX);
        List<Proposal> first = options.get(0).proposals().stream().filter(x -> x.kind() == Kind.OTHER_TIME).toList();
        List<Proposal> second = options.get(1).proposals().stream().filter(x -> x.kind() == Kind.OTHER_TIME).toList();
        Proposal late = first.stream().max(Comparator.comparing((Proposal x) -> x.when().start())).orElseThrow();
        Proposal early = second.stream().filter(x -> !x.when().overlaps(late.when()) && x.when().start().isBefore(late.when().start()))
                .findFirst().orElseThrow();
        Map<ResourceOutage.Hit, Choice> chosen = new LinkedHashMap<>();
        chosen.put(out.hits().get(0), Choice.take(late));
        chosen.put(out.hits().get(1), Choice.take(early));

        // when
        OutOfService.Resolution r = OutOfService.apply(out.agenda(), out.hits(), chosen, CTX).get();

        // then: the second meeting's task first
        assertThat(r.tasks(KernelFixtures.paris())).extracting(Meeting.DatedTask::occurrence)
                .containsExactly(early.when(), late.when());
    }
}
