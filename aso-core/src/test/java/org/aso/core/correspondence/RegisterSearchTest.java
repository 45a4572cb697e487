package org.aso.core.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.aso.core.fixtures.CorrespondenceFixtures.clerkOn;
import static org.aso.core.fixtures.CorrespondenceFixtures.emptyGeneral;
import static org.aso.core.fixtures.CorrespondenceFixtures.letter;

import java.time.LocalDate;
import java.util.List;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.OrgUnitId;
import org.junit.jupiter.api.Test;

/** Each criterion of {@link EntryQuery} on its own: it keeps exactly the entries it names. */
class RegisterSearchTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final LocalDate TUESDAY = MONDAY.plusDays(1);

    /**
     * Four entries: a grant request assigned to unit S2 (Monday), a roadworks letter being handled
     * (Monday), an internal note (Tuesday) and a letter registered by mistake and cancelled (Tuesday).
     */
    static Register fourEntries() {
        Register.Registered grant = emptyGeneral().register(letter(MONDAY, "Subvention").build(), clerkOn(MONDAY)).get();
        Register r = grant.register().assign(grant.entry().id(), OrgUnitId.of("S2"), Assignment.Purpose.ACTION,
                clerkOn(MONDAY)).get().register();
        Register.Registered roads = r.register(letter(MONDAY, "Voirie").build(), clerkOn(MONDAY)).get();
        r = roads.register().changeStatus(roads.entry().id(), EntryStatus.IN_PROGRESS, clerkOn(MONDAY)).get().register();
        r = r.register(Registration.builder().direction(Direction.INTERNAL).channel(Channel.HAND_DELIVERY).receivedOn(TUESDAY)
                        .sender(Contact.builder().name("Secrétariat général").build()).subject("Note de service").build(),
                        clerkOn(TUESDAY))
                .get().register();
        Register.Registered mistake = r.register(letter(TUESDAY, "Doublon").build(), clerkOn(TUESDAY)).get();
        return mistake.register().cancel(mistake.entry().id(), "Registered twice", clerkOn(TUESDAY)).get().register();
    }

    static List<String> subjects(Register r, EntryQuery q) {
        return r.find(q, clerkOn(TUESDAY)).items().stream().map(e -> e.subject().orElse("?")).toList();
    }

    @Test
    void find_withoutCriteria_keepsEveryEntryAndLeavingOutCancelledOnesDropsOnlyThose() {
        Register r = fourEntries();
        assertThat(subjects(r, EntryQuery.all())).containsExactly("Subvention", "Voirie", "Note de service", "Doublon");
        assertThat(subjects(r, EntryQuery.builder().includeCancelled(false).build()))
                .containsExactly("Subvention", "Voirie", "Note de service");
    }

    @Test
    void find_byStatus_keepsTheEntriesInOneOfTheStatusesGiven() {
        Register r = fourEntries();
        assertThat(subjects(r, EntryQuery.builder().addStatuses(EntryStatus.ASSIGNED).build())).containsExactly("Subvention");
        assertThat(subjects(r, EntryQuery.builder().addStatuses(EntryStatus.ASSIGNED, EntryStatus.IN_PROGRESS).build()))
                .containsExactly("Subvention", "Voirie");
    }

    @Test
    void find_byDirection_keepsThatDirectionOnly() {
        Register r = fourEntries();
        assertThat(subjects(r, EntryQuery.builder().direction(Direction.INTERNAL).build())).containsExactly("Note de service");
        assertThat(subjects(r, EntryQuery.builder().direction(Direction.INCOMING).includeCancelled(false).build()))
                .containsExactly("Subvention", "Voirie");
    }

    @Test
    void find_byHandler_keepsWhatThatUnitHandles() {
        Register r = fourEntries();
        assertThat(subjects(r, EntryQuery.builder().handler(OrgUnitId.of("S2")).build())).containsExactly("Subvention");
        assertThat(subjects(r, EntryQuery.builder().handler(OrgUnitId.of("S3")).build())).isEmpty();
    }

    @Test
    void find_byPeriod_keepsWhatWasRegisteredInIt() {
        Register r = fourEntries();
        Context monday = clerkOn(MONDAY);
        var mondayMorning = org.aso.core.kernel.Interval.of(monday.at(), monday.at().plusSeconds(3600));
        assertThat(subjects(r, EntryQuery.builder().period(mondayMorning).build())).containsExactly("Subvention", "Voirie");
    }

    @Test
    void find_criteriaTogether_keepOnlyWhatMeetsThemAll() {
        Register r = fourEntries();
        assertThat(subjects(r, EntryQuery.builder().direction(Direction.INCOMING)
                .addStatuses(EntryStatus.IN_PROGRESS).text("voirie").build())).containsExactly("Voirie");
        assertThat(subjects(r, EntryQuery.builder().direction(Direction.INCOMING)
                .addStatuses(EntryStatus.IN_PROGRESS).text("subvention").build())).isEmpty();
    }
    @Test
    void query_offsetFrom0_andPagesOf1To1000_areAccepted_otherValuesRefused() {
        assertThat(EntryQuery.builder().offset(0).limit(1).build().limit()).isEqualTo(1);
        assertThat(EntryQuery.builder().limit(EntryQuery.MAX_LIMIT).build().limit()).isEqualTo(1000);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EntryQuery.builder().offset(-1).build())
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EntryQuery.builder().limit(0).build())
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EntryQuery.builder().limit(EntryQuery.MAX_LIMIT + 1).build())
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EntryQuery.all().withOffset(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void find_byAnEmptyText_isNoCriterion_andKeepsEvenMailWithoutASubject() {
        Register r = fourEntries();
        Register.Registered sealed = r.register(Registration.builder().direction(Direction.INCOMING).channel(Channel.POST)
                .receivedOn(TUESDAY).sender(Contact.named("Cabinet")).addressee(org.aso.core.kernel.PersonId.of("director"))
                .unopened(true).build(), clerkOn(TUESDAY)).get();
        assertThat(subjects(sealed.register(), EntryQuery.builder().text("").build()))
                .containsExactly("Subvention", "Voirie", "Note de service", "Doublon", "?");
        // a text of accents only folds to nothing
        assertThat(subjects(sealed.register(), EntryQuery.builder().text("\u0301").build())).hasSize(5);
    }

    @Test
    void dueAt_forAViewerWhoMaySeeTheContent_showsTheEntryWhole() {
        Register r = fourEntries();
        Context clerk = clerkOn(LocalDate.of(2026, 12, 1));
        assertThat(r.dueAt(clerk.at(), clerk)).extracting(a -> a.entry().subject().orElse("?"))
                .containsExactly("Subvention", "Voirie", "Note de service");
        assertThat(r.dueAt(clerk.at(), clerk)).isEqualTo(r.dueAt(clerk.at()));
    }

    @Test
    void registers_findInOrderOfRegistration_thenRegisterId_acrossRegisters() {
        // given: PQ registers at 9:58 and 10:00, GEN at 9:59, 9:59:30 and 10:00
        Context ten = clerkOn(MONDAY);
        Register pq = Register.of(org.aso.core.fixtures.RegisterCommands.questions());
        pq = pq.register(letter(MONDAY, "Q1").build(), ten.withInstant(ten.at().minusSeconds(120))).get().register();
        pq = pq.register(letter(MONDAY, "Q2").build(), ten).get().register();
        Register gen = emptyGeneral();
        gen = gen.register(letter(MONDAY, "G1").build(), ten.withInstant(ten.at().minusSeconds(60))).get().register();
        gen = gen.register(letter(MONDAY, "G2").build(), ten.withInstant(ten.at().minusSeconds(30))).get().register();
        gen = gen.register(letter(MONDAY, "G3").build(), ten).get().register();
        Registers all = Registers.of(List.of(pq, gen));
        // then: by instant; at the same instant GEN before PQ, whatever their places in their registers
        assertThat(all.find(EntryQuery.all(), ten).items()).extracting(e -> e.subject().orElse("?"))
                .containsExactly("Q1", "G1", "G2", "G3", "Q2");
        assertThat(all.all()).containsExactly(gen, pq);
    }

    @Test
    void registers_restore_refusesTwoSettingsOfOneRegister() {
        Register gen = fourEntries();
        assertThat(Registers.restore(List.of(org.aso.core.fixtures.CorrespondenceFixtures.general(),
                org.aso.core.fixtures.CorrespondenceFixtures.general()), List.of(gen.snapshot())).getLeft())
                .extracting(org.aso.core.kernel.Problem::code, p -> p.detail("register").orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("correspondence.restore.duplicate-register", "GEN"));
    }
}
