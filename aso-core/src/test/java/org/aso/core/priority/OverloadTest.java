package org.aso.core.priority;

import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.ORGANIZER;
import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.aso.core.fixtures.AgendaFixtures.meeting;
import static org.aso.core.fixtures.KernelFixtures.PARIS;
import static org.aso.core.fixtures.KernelFixtures.paris;
import static org.aso.core.fixtures.PriorityFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.aso.core.agenda.Agenda;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.junit.jupiter.api.Test;

class OverloadTest {
    private static final PersonId ALICE = PersonId.of("alice");
    private static final PersonId BOB = PersonId.of("bob");
    private static final PersonId CAROL = PersonId.of("carol");
    /** Monday 13 July 2026; Tuesday 14 July is a French holiday. */
    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 7, 13, 0, 0, 0, 0, PARIS);
    private static final ZonedDateTime WEDNESDAY = MONDAY.plusDays(2);
    private static final Interval WINDOW = Interval.of(MONDAY.toInstant(), MONDAY.plusDays(5).toInstant());
    private static final Instant FROM = MONDAY.withHour(8).toInstant();
    private static final Context CTX = Context.of(MONDAY.minusDays(7).toInstant(), ORGANIZER, Clearance.none());

    private static Instant at(ZonedDateTime day, int h, int m) {
        return day.withHour(h).withMinute(m).toInstant();
    }

    /** Alice: a meeting 09:00-10:00 on Monday, so 6h30 free on Monday, none on Tuesday, 7h30 on Wednesday. */
    private static FreeTime aliceFree() {
        Agenda a = agenda().book(meeting("m1", LARGE, MONDAY.withHour(9), 60, "alice").build(), CTX).get().agenda();
        return FreeTime.of(paris(), a, ALICE, WINDOW);
    }

    private static final List<PlanItem> ALICE_ITEMS = List.of(
            item("a", 240).due(at(MONDAY, 17, 30)).urgency(2).build(),
            item("b", 180).due(at(MONDAY, 17, 30)).urgency(1).build(),
            item("c", 360).due(at(WEDNESDAY, 12, 30)).build(),
            item("someday", 600).build());

    @Test
    void work_due_beyond_the_free_time_before_each_deadline_is_reported_with_the_shortfall_and_the_tasks_at_risk() {
        // when
        List<Overload> warnings = Overload.check(ALICE_ITEMS, aliceFree(), FROM);
        // then
        assertThat(warnings).containsExactly(
                new Overload(at(MONDAY, 17, 30), Duration.ofHours(7), Duration.ofMinutes(390), List.of(TaskId.of("b"))),
                new Overload(at(WEDNESDAY, 12, 30), Duration.ofHours(13), Duration.ofHours(10), List.of(TaskId.of("c"))));
        assertThat(warnings.get(0).shortfallHours()).isEqualTo(0.5);
        assertThat(warnings.get(1).shortfall()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void no_warning_when_every_deadline_can_be_met() {
        List<PlanItem> items = List.of(
                item("a", 240).due(at(MONDAY, 17, 30)).build(),
                item("c", 360).due(at(WEDNESDAY, 12, 30)).build());
        assertThat(Overload.check(items, aliceFree(), FROM)).isEmpty();
    }

    @Test
    void work_already_overdue_is_a_warning_with_no_free_time() {
        List<PlanItem> items = List.of(item("late", 60).due(FROM.minusSeconds(3600)).build());
        assertThat(Overload.check(items, aliceFree(), FROM)).singleElement()
                .satisfies(w -> assertThat(w.free()).isZero())
                .satisfies(w -> assertThat(w.atRisk()).containsExactly(TaskId.of("late")));
    }

    @Test
    void the_team_load_suggests_who_has_room_before_the_deadline_most_room_first() {
        // given: Bob and Carol have no meetings (11h free before Wednesday 12:30)
        FreeTime open = FreeTime.of(paris(), agenda(), BOB, WINDOW);
        TeamLoad team = TeamLoad.of(List.of(
                TeamLoad.Member.of(ALICE, ALICE_ITEMS, aliceFree()),
                TeamLoad.Member.of(CAROL, List.of(item("x", 600).due(at(WEDNESDAY, 9, 30)).build()), open),
                TeamLoad.Member.of(BOB, List.of(item("y", 120).due(at(WEDNESDAY, 10, 0)).build(),
                        item("z", 600).due(at(WEDNESDAY, 17, 0)).build()), open)), FROM);
        Overload wednesday = Overload.check(ALICE_ITEMS, aliceFree(), FROM).get(1);
        // when
        List<TeamLoad.Room> helpers = team.suggestFor(wednesday, ALICE);
        // then
        assertThat(helpers).containsExactly(
                new TeamLoad.Room(BOB, Duration.ofHours(11), Duration.ofHours(2)),
                new TeamLoad.Room(CAROL, Duration.ofHours(11), Duration.ofHours(10)));
        assertThat(helpers.get(0).room()).isEqualTo(Duration.ofHours(9));
        assertThat(helpers.get(0).canTake(wednesday.shortfall())).isTrue();
        assertThat(helpers.get(1).canTake(wednesday.shortfall())).isFalse();
        assertThat(team.before(at(WEDNESDAY, 12, 30)).get(2))
                .isEqualTo(new TeamLoad.Room(ALICE, Duration.ofHours(10), Duration.ofHours(13)));
        assertThat(team.before(at(WEDNESDAY, 12, 30)).get(2).room()).isZero();
    }

    @Test
    void a_person_twice_in_the_team_load_is_a_programmer_error() {
        TeamLoad.Member m = TeamLoad.Member.of(BOB, List.of(), FreeTime.none());
        assertThatThrownBy(() -> TeamLoad.of(List.of(m, m), FROM)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bob");
    }
}
