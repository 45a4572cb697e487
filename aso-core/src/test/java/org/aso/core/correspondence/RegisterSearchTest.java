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
}
