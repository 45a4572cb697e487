package org.aso.core.dossier;

import static org.aso.core.fixtures.DossierFixtures.CLERK;
import static org.aso.core.fixtures.DossierFixtures.GENERAL;
import static org.aso.core.fixtures.DossierFixtures.HEAD;
import static org.aso.core.fixtures.DossierFixtures.OFFICER;
import static org.aso.core.fixtures.DossierFixtures.ctx;
import static org.aso.core.fixtures.DossierFixtures.paris;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.aso.core.dossier.DossierCommand.Close;
import org.aso.core.dossier.DossierCommand.Transfer;
import org.aso.core.fixtures.DossierFixtures;
import org.junit.jupiter.api.Test;

/** The movement log, the current holder, and the rule that flags a file held too long. */
class MovementLogTest {
    private final DossierRules rules = DossierFixtures.rules();

    /** Opened by the officer on Tuesday 5 May 2026, passed to the head on Thursday 7 May at 15:00. */
    private final Dossier withHead = rules.decide(
            DossierFixtures.opened("d-m", GENERAL, "2026-05-05T10:00"),
            new Transfer(HEAD, "for signature"), ctx("2026-05-07T15:00")).get().dossier();

    @Test
    void transfers_areLoggedInOrder_andTheLastOneIsTheHolder() {
        // when
        DossierOutcome back = rules.decide(withHead, new Transfer(OFFICER, "signed, back to you"), ctx("2026-05-11T09:30")).get();
        Dossier d = back.dossier();
        // then
        assertThat(d.movements()).extracting(Movement::to).containsExactly(OFFICER, HEAD, OFFICER);
        assertThat(d.movements()).extracting(Movement::from)
                .containsExactly(Optional.empty(), Optional.of(OFFICER), Optional.of(HEAD));
        assertThat(d.movements()).extracting(Movement::reason).containsExactly("opened", "for signature", "signed, back to you");
        assertThat(d.holder()).isEqualTo(OFFICER);
        assertThat(d.heldSince()).isEqualTo(paris("2026-05-11T09:30"));
        assertThat(back.events()).singleElement().isInstanceOfSatisfying(DossierEvent.Transferred.class, e -> {
            assertThat(e.from()).isEqualTo(HEAD);
            assertThat(e.to()).isEqualTo(OFFICER);
            assertThat(e.details()).containsEntry("reason", "signed, back to you");
        });
    }

    @Test
    void heldTooLong_countsWorkingDays_acrossTheWeekendAndTwoFrenchHolidays() {
        // Received Thursday 7 May 2026. Not counted: the day of receipt, Friday 8 May (Victoire 1945),
        // the weekends 9-10 and 16-17 May, Thursday 14 May (Ascension). Working days:
        // 11, 12, 13, 15, 18, 19, 20 May = 7 -> still within the limit on Wednesday 20 May;
        // Thursday 21 May is the 8th.
        assertThat(rules.heldTooLong(withHead, paris("2026-05-20T17:30"))).isEmpty();
        HoldingAlert alert = rules.heldTooLong(withHead, paris("2026-05-21T09:00")).orElseThrow();
        assertThat(alert.holder()).isEqualTo(HEAD);
        assertThat(alert.since()).isEqualTo(paris("2026-05-07T15:00"));
        assertThat(alert.workingDaysHeld()).isEqualTo(8);
        assertThat(alert.limit()).isEqualTo(7);
        assertThat(alert.dueBackOn()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(alert.explanation()).isEqualTo("received Thu 7 May 2026 + 7 working days: skipped 8 May (Victoire 1945), "
                + "14 May (Ascension) and 4 weekend days -> Wed 20 May 2026; held 8 working days");
        assertThat(alert.explanation(java.util.Locale.FRENCH)).isEqualTo("reçu le jeudi 7 mai 2026 + 7 jours ouvrés,"
                + " hors 8 mai (Victoire 1945), 14 mai (Ascension) et 4 jours de week-end → mercredi 20 mai 2026 ;"
                + " détenu depuis 8 jours ouvrés");
        assertThat(alert.explanation(java.util.Locale.ENGLISH)).isEqualTo("received Thu 7 May 2026 + 7 working days:"
                + " skipped 8 May (Victory in Europe Day), 14 May (Ascension Day) and 4 weekend days -> Wed 20 May 2026;"
                + " held 8 working days");
    }

    @Test
    void heldTooLong_dayOfReceiptIsReadInTheCalendarZone() {
        // 23:30 UTC on Friday 8 May is already Saturday 9 May in Paris: the count starts on the Saturday,
        // which changes nothing (Saturday, like the holiday Friday, is not a working day)
        Dossier late = rules.decide(withHead, new Transfer(CLERK, "filing"),
                org.aso.core.kernel.Context.of(java.time.Instant.parse("2026-05-08T23:30:00Z"), OFFICER,
                        org.aso.core.kernel.Clearance.none())).get().dossier();
        assertThat(rules.heldTooLong(late, paris("2026-05-20T12:00"))).isEmpty();
        assertThat(rules.heldTooLong(late, paris("2026-05-21T12:00"))).map(HoldingAlert::workingDaysHeld).contains(8);
    }

    @Test
    void heldTooLong_limitIsConfigurable() {
        DossierRules strict = rules.withPolicy(rules.policy().withHoldingLimit(2));
        // Thursday 7 May received; Monday 11 is the 1st working day, Tuesday 12 the 2nd, Wednesday 13 the 3rd
        assertThat(strict.heldTooLong(withHead, paris("2026-05-12T18:00"))).isEmpty();
        assertThat(strict.heldTooLong(withHead, paris("2026-05-13T08:00"))).isPresent();
        assertThatThrownBy(() -> rules.policy().withHoldingLimit(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void heldTooLong_closedDossier_isNotFlagged() {
        Dossier closed = rules.decide(withHead, new Close(), ctx("2026-05-07T16:00")).get().dossier();
        assertThat(rules.heldTooLong(closed, paris("2026-06-30T12:00"))).isEmpty();
    }

    @Test
    void heldTooLong_defaultLimitIsSevenWorkingDays() {
        assertThat(DossierFixtures.policy().holdingLimit()).isEqualTo(DossierPolicy.DEFAULT_HOLDING_LIMIT).isEqualTo(7);
    }

    @Test
    void movementLog_outOfChain_isRejectedOnConstruction() {
        Movement bogus = Movement.builder().from(CLERK).to(OFFICER).at(paris("2026-05-12T10:00")).reason("x").by(CLERK).build();
        java.util.List<Movement> log = new java.util.ArrayList<>(withHead.movements());
        log.add(bogus);
        ImmutableDossier copy = (ImmutableDossier) ImmutableDossier.copyOf(withHead);
        assertThatThrownBy(() -> copy.withMovements(log))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
