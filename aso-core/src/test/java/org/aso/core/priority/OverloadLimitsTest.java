package org.aso.core.priority;

import static org.aso.core.fixtures.PriorityFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.junit.jupiter.api.Test;

/** Where work stops fitting: the overload and team load thresholds, on a plain timeline (7 May 2024, UTC). */
class OverloadLimitsTest {
    private static final PersonId ALICE = PersonId.of("alice");
    private static final PersonId BOB = PersonId.of("bob");
    private static final FreeTime MORNING = FreeTime.ofPeriods(List.of(Interval.of(h(9), h(12))));

    private static Instant h(int hour) {
        return Instant.parse("2024-05-07T00:00:00Z").plus(Duration.ofHours(hour));
    }

    @Test
    void workExactlyFillingTheFreeTime_isNoOverload_aMinuteMoreIs() {
        assertThat(Overload.check(List.of(item("a", 180).due(h(12)).build()), MORNING, h(0))).isEmpty();
        List<Overload> over = Overload.check(List.of(item("a", 181).due(h(12)).build()), MORNING, h(0));
        assertThat(over).singleElement().satisfies(o -> {
            assertThat(o.shortfall()).isEqualTo(Duration.ofMinutes(1));
            assertThat(o.atRisk()).containsExactly(TaskId.of("a"));
        });
    }

    @Test
    void theTasksAtRisk_areThoseWhoseWorkEndsPastTheFreeTime() {
        // a fills the morning exactly: only b, taken after it, is at risk
        List<Overload> over = Overload.check(List.of(item("b", 30).due(h(12)).build(),
                item("a", 180).due(h(12)).urgency(0.9).build()), MORNING, h(0));
        assertThat(over).singleElement().satisfies(o -> {
            assertThat(o.atRisk()).containsExactly(TaskId.of("b"));
            assertThat(o.work()).isEqualTo(Duration.ofMinutes(210));
            assertThat(o.free()).isEqualTo(Duration.ofHours(3));
        });
    }

    @Test
    void anOverload_hasMoreWorkThanFreeTime_andATaskAtRisk() {
        Instant d = h(12);
        List<TaskId> a = List.of(TaskId.of("a"));
        assertThatThrownBy(() -> new Overload(d, Duration.ofHours(3), Duration.ofHours(3), a))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Overload(d, Duration.ofHours(2), Duration.ofHours(3), a))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Overload(d, Duration.ofHours(4), Duration.ofHours(3), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Overload(d, Duration.ofHours(3).plusSeconds(1), Duration.ofHours(3), a).shortfall())
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void shortfallHours_countsFractionsOfASecond() {
        Overload o = new Overload(h(12), Duration.ofMinutes(270).plusMillis(1800), Duration.ofHours(3), List.of(TaskId.of("a")));
        assertThat(o.shortfallHours()).isCloseTo(5401.8 / 3600, within(1e-12));
        assertThat(new Overload(h(12), Duration.ofMinutes(330), Duration.ofHours(3), List.of(TaskId.of("a"))).shortfallHours())
                .isEqualTo(2.5);
    }

    @Test
    void room_canTakeWorkUpToExactlyWhatIsLeft() {
        TeamLoad.Room room = new TeamLoad.Room(BOB, Duration.ofHours(3), Duration.ofHours(1));
        assertThat(room.room()).isEqualTo(Duration.ofHours(2));
        assertThat(room.canTake(Duration.ofHours(2))).isTrue();
        assertThat(room.canTake(Duration.ofHours(2).plusSeconds(1))).isFalse();
        assertThat(new TeamLoad.Room(BOB, Duration.ofHours(1), Duration.ofHours(3)).room()).isZero();
    }

    @Test
    void teamLoad_keepsItsMembersInOrder_andRefusesAPersonTwice() {
        TeamLoad.Member alice = TeamLoad.Member.of(ALICE, List.of(item("a", 60).due(h(12)).build()), MORNING);
        TeamLoad.Member bob = TeamLoad.Member.of(BOB, List.of(), MORNING);
        TeamLoad team = TeamLoad.of(List.of(bob, alice), h(8));
        assertThat(team.members()).containsExactly(bob, alice);
        assertThat(team.from()).isEqualTo(h(8));
        // bob has the whole morning, alice owes an hour of it; work due after the date is not owed
        assertThat(team.before(h(12))).extracting(TeamLoad.Room::person, TeamLoad.Room::committed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BOB, Duration.ZERO),
                        org.assertj.core.groups.Tuple.tuple(ALICE, Duration.ofHours(1)));
        assertThat(team.before(h(11))).extracting(TeamLoad.Room::committed).containsOnly(Duration.ZERO);
        assertThatThrownBy(() -> TeamLoad.of(List.of(bob, TeamLoad.Member.of(BOB, List.of(), FreeTime.none())), h(8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
