package org.aso.core.correspondence;

import static org.aso.core.fixtures.CorrespondenceFixtures.clerkOn;
import static org.aso.core.fixtures.CorrespondenceFixtures.emptyGeneral;
import static org.aso.core.fixtures.CorrespondenceFixtures.letter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.junit.jupiter.api.Test;

/** The pendency report: its age buckets at their exact bounds, its groups, its monthly counts and its text. */
class PendencyTest {
    /** Friday 20 March 2026, the day of the report. */
    private static final LocalDate DAY = LocalDate.of(2026, 3, 20);
    private static final Instant AT = clerkOn(DAY).at();
    private static final Function<PersonId, Optional<OrgUnitId>> NO_UNITS = p -> Optional.empty();

    /** The register with one letter received {@code age} days before the report, for each age, registered on the day. */
    private static Register receivedDaysAgo(int... ages) {
        Register r = emptyGeneral();
        for (int age : ages) {
            r = r.register(letter(DAY.minusDays(age), "Reçu il y a " + age + " jours").build(), clerkOn(DAY)).get().register();
        }
        return r;
    }

    @Test
    void buckets_needAtLeastOneNonNegativeBound_andMustIncrease() {
        Register r = receivedDaysAgo(0);
        assertThatThrownBy(() -> Pendency.of(r, AT, NO_UNITS, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pendency.of(r, AT, NO_UNITS, List.of(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pendency.of(r, AT, NO_UNITS, List.of(7, 7))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pendency.of(r, AT, NO_UNITS, List.of(15, 7))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Pendency.of(r, AT, NO_UNITS, List.of(0)).groups()).singleElement()
                .satisfies(g -> assertThat(g.ageBucket()).isEqualTo("0-0 days"));
    }

    @Test
    void anEntry_fallsInTheBucketWhoseUpperBoundItsAgeReaches() {
        // given: ages at each side of the bounds 7 and 15
        Register r = receivedDaysAgo(0, 7, 8, 15, 16);
        // when
        Pendency p = Pendency.of(r, AT, NO_UNITS, List.of(7, 15));
        // then
        assertThat(p.groups()).extracting(Pendency.Group::ageBucket).containsExactly("0-7 days", "8-15 days", "over 15 days");
        assertThat(p.groups()).extracting(Pendency.Group::minAgeDays).containsExactly(0, 8, 16);
        assertThat(p.groups()).extracting(Pendency.Group::maxAgeDays)
                .containsExactly(Optional.of(7), Optional.of(15), Optional.empty());
        assertThat(p.groups()).extracting(g -> g.items().stream().map(Pendency.Item::ageDays).toList())
                .containsExactly(List.of(0L, 7L), List.of(8L, 15L), List.of(16L));
        assertThat(p.groups()).allSatisfy(g -> {
            assertThat(g.unit()).isEmpty();
            assertThat(g.holder()).isEmpty();
        });
    }

    @Test
    void theDefaultBuckets_endWithOver60Days() {
        Pendency p = Pendency.of(receivedDaysAgo(60, 61), AT, NO_UNITS);
        assertThat(p.groups()).extracting(Pendency.Group::ageBucket).containsExactly("31-60 days", "over 60 days");
        assertThat(p.toText(Locale.ENGLISH)).contains(" over 60 days ").contains(" 31-60 days ");
        assertThat(p.toText(Locale.FRENCH)).contains(" plus de 60 jours ").contains(" 31 à 60 jours ");
    }

    @Test
    void groups_areByUnitThenHolder_unitsFirst_thenMailWithoutAUnit() {
        // given: one letter held by unit S2, one by alice (of S2), one by bob (no unit known), one unassigned
        Register r = receivedDaysAgo(1, 1, 1, 1);
        List<Entry> e = r.entries();
        PersonId alice = PersonId.of("alice");
        PersonId bob = PersonId.of("bob");
        r = r.assign(e.get(0).id(), bob, Assignment.Purpose.ACTION, clerkOn(DAY)).get().register();
        r = r.assign(e.get(1).id(), OrgUnitId.of("S2"), Assignment.Purpose.ACTION, clerkOn(DAY)).get().register();
        r = r.assign(e.get(2).id(), alice, Assignment.Purpose.ACTION, clerkOn(DAY)).get().register();
        // when
        Pendency p = Pendency.of(r, AT, person -> person.equals(alice) ? Optional.of(OrgUnitId.of("S2")) : Optional.empty());
        // then
        assertThat(p.groups()).extracting(g -> g.unit().map(Identifier::value).orElse("-") + "/"
                + g.holder().map(Identifier::value).orElse("-"))
                .containsExactly("S2/S2", "S2/alice", "-/bob", "-/-");
        assertThat(p.toText()).contains("  (no unit)  bob ").contains("  (no unit)  (unassigned) ");
        assertThat(p.toText(Locale.FRENCH)).contains("  (sans unité) (non attribué) ");
    }

    @Test
    void cancelledMail_isNeitherPendingNorCounted() {
        Register r = receivedDaysAgo(3, 3);
        r = r.cancel(r.entries().get(1).id(), "Doublon", clerkOn(DAY)).get().register();
        Pendency p = Pendency.of(r, AT, NO_UNITS);
        assertThat(p.groups()).singleElement().satisfies(g -> assertThat(g.items()).hasSize(1));
        assertThat(p.months()).singleElement().satisfies(m -> {
            assertThat(m.received()).isEqualTo(1);
            assertThat(m.pending()).isEqualTo(1);
        });
    }

    @Test
    void mailAnsweredInAMonthWithoutArrivals_isCountedInThatMonth_andNotBeforeItIsAnswered() {
        // given: a letter received in January, closed on 20 March
        LocalDate january = LocalDate.of(2026, 1, 15);
        Register r = emptyGeneral().register(letter(january, "Janvier").build(), clerkOn(january)).get().register();
        r = r.changeStatus(r.entries().get(0).id(), EntryStatus.CLOSED, clerkOn(DAY)).get().register();
        // when: the report after the closing, and one drawn up the day before it
        Pendency after = Pendency.of(r, AT, NO_UNITS);
        Pendency before = Pendency.of(r, clerkOn(DAY.minusDays(1)).at(), NO_UNITS);
        // then
        assertThat(after.months()).extracting(m -> Map.entry(m.month().toString(), List.of(m.received(), m.answered(), m.pending())))
                .containsExactly(Map.entry("2026-01", List.of(1, 0, 0)), Map.entry("2026-03", List.of(0, 1, 0)));
        assertThat(before.months()).extracting(m -> m.month().toString()).containsExactly("2026-01");
        assertThat(before.months().get(0).answered()).isZero();
    }

    @Test
    void mailNotYetDue_showsItsDueDay_andTheReasonItsHandlerGave() {
        // given: a letter received on the day, not yet due, with a reason for its delay
        Register r = receivedDaysAgo(0);
        EntryId id = r.entries().get(0).id();
        r = r.explainDelay(id, "Attente d'avis", clerkOn(DAY)).get().register();
        LocalDate due = r.entries().get(0).replyDue().orElseThrow();
        // when
        Pendency p = Pendency.of(r, AT, NO_UNITS);
        // then
        assertThat(p.groups().get(0).items().get(0).overdue()).isFalse();
        assertThat(p.toText()).contains("2026-A-000001 (due " + due + "; Attente d'avis)");
        assertThat(p.toText(Locale.ENGLISH)).contains("2026-A-000001 (due 5 May 2026; Attente d'avis)");
        assertThat(p.toText(Locale.FRENCH)).contains("2026-A-000001 (échéance 5 mai 2026 ; Attente d'avis)");
    }

    @Test
    void mailNotYetDue_withoutAReason_showsItsDueDayAlone() {
        Register r = receivedDaysAgo(0);
        LocalDate due = r.entries().get(0).replyDue().orElseThrow();
        Pendency p = Pendency.of(r, AT, NO_UNITS);
        assertThat(p.toText()).contains("2026-A-000001 (due " + due + ")");
        assertThat(p.toText(Locale.ENGLISH)).contains("2026-A-000001 (due 5 May 2026)");
    }
    @Test
    void overdueMail_saysSo_withTheReasonItsHandlerGave() {
        // given: two letters received 61 days ago, long overdue, one with a reason for its delay
        Register r = receivedDaysAgo(61, 61);
        r = r.explainDelay(r.entries().get(1).id(), "Attente d'avis", clerkOn(DAY)).get().register();
        // when
        Pendency p = Pendency.of(r, AT, NO_UNITS);
        // then
        assertThat(p.groups().get(0).items()).allSatisfy(i -> assertThat(i.overdue()).isTrue());
        assertThat(p.toText()).contains("2026-A-000001 (overdue) 2026-A-000002 (overdue: Attente d'avis)");
        assertThat(p.toText(Locale.ENGLISH)).contains("2026-A-000001 (overdue) 2026-A-000002 (overdue: Attente d'avis)");
    }
}
