package org.aso.core.dossier;

import static org.aso.core.fixtures.DossierFixtures.BUDGET;
import static org.aso.core.fixtures.DossierFixtures.COURT_CASES;
import static org.aso.core.fixtures.DossierFixtures.GENERAL;
import static org.aso.core.fixtures.DossierFixtures.SHORT_LIVED;
import static org.aso.core.fixtures.DossierFixtures.ctx;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.aso.core.dossier.DossierCommand.Archive;
import org.aso.core.dossier.DossierCommand.Close;
import org.aso.core.dossier.DossierCommand.Dispose;
import org.aso.core.dossier.DossierCommand.LiftLegalHold;
import org.aso.core.dossier.DossierCommand.PlaceLegalHold;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

/** Closing computes the retention outcome from the filing plan; a legal hold suspends disposal. Dates checked by hand. */
class RetentionAndLegalHoldTest {
    private final DossierRules rules = DossierFixtures.rules();

    private Dossier closedOn(ClassificationCode code, Context when) {
        Dossier d = rules.open(DossierFixtures.openCommand("d-r", code).build(), ctx("2026-01-05T09:00")).get().dossier();
        return rules.decide(d, new Close(), when).get().dossier();
    }

    private Dossier archived(ClassificationCode code, String closing) {
        Dossier c = closedOn(code, ctx(closing));
        return rules.decide(c, new Archive(), ctx(closing)).get().dossier();
    }

    @Test
    void closing_fromTheClosingDate_destroyAfterFiveYears() {
        // given code 1.1, which inherits "review after 2 years, destroy after 5" from code 1
        // when closed on Monday 16 March 2026
        Dossier d = closedOn(GENERAL, ctx("2026-03-16T10:00"));
        // then
        RetentionOutcome r = d.retention().orElseThrow();
        assertThat(r.closedOn()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(r.reviewOn()).isEqualTo(LocalDate.of(2028, 3, 16));
        assertThat(r.disposalOn()).contains(LocalDate.of(2031, 3, 16));
        assertThat(r.action()).isEqualTo(DisposalAction.DESTROY);
        assertThat(d.closedAt()).contains(DossierFixtures.paris("2026-03-16T10:00"));
    }

    @Test
    void closing_fromTheEndOfTheYear_transferAfterTenYears() {
        // code 1.2: review after 1 year, transfer after 10, counted from 1 January 2027
        RetentionOutcome r = closedOn(BUDGET, ctx("2026-03-16T10:00")).retention().orElseThrow();
        assertThat(r.reviewOn()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(r.disposalOn()).contains(LocalDate.of(2037, 1, 1));
        assertThat(r.action()).isEqualTo(DisposalAction.TRANSFER_TO_ARCHIVES);
    }

    @Test
    void closing_justAfterMidnightInParis_countsTheParisDay() {
        // 23:30 UTC on 31 December is 00:30 on 1 January in Paris: the closing year is 2027
        Context newYear = Context.of(Instant.parse("2026-12-31T23:30:00Z"), DossierFixtures.OFFICER, Clearance.none());
        RetentionOutcome r = closedOn(BUDGET, newYear).retention().orElseThrow();
        assertThat(r.closedOn()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(r.disposalOn()).contains(LocalDate.of(2038, 1, 1));
    }

    @Test
    void closing_permanentCode_hasNoDisposalDate_andIsNeverDisposed() {
        // code 2.1 inherits "keep permanently, review after 10 years" from code 2
        Dossier d = archived(COURT_CASES, "2026-03-16T10:00");
        RetentionOutcome r = d.retention().orElseThrow();
        assertThat(r.reviewOn()).isEqualTo(LocalDate.of(2036, 3, 16));
        assertThat(r.disposalOn()).isEmpty();
        assertThat(r.isPermanent()).isTrue();
        assertThat(rules.decide(d, new Dispose(), ctx("2099-01-01T10:00")).getLeft().code())
                .isEqualTo("dossier.dispose.permanent");
    }

    @Test
    void closing_onALeapDay_disposesOnTheLastDayOfFebruary() {
        // code 3: destroy 1 year after closing
        Dossier d = archived(SHORT_LIVED, "2028-02-29T10:00");
        assertThat(d.retention().get().disposalOn()).contains(LocalDate.of(2029, 2, 28));
        assertThat(rules.decide(d, new Dispose(), ctx("2029-02-27T17:00")).getLeft().code())
                .isEqualTo("dossier.dispose.too-early");
        assertThat(rules.decide(d, new Dispose(), ctx("2029-02-28T09:00")).get().dossier().status())
                .isEqualTo(DossierStatus.DISPOSED);
    }

    @Test
    void dispose_beforeTheDisposalDate_isRefused() {
        Dossier d = archived(GENERAL, "2026-03-16T10:00");
        Problem p = rules.decide(d, new Dispose(), ctx("2031-03-15T17:00")).getLeft();
        assertThat(p.code()).isEqualTo("dossier.dispose.too-early");
        assertThat(p.detail("disposalOn")).contains("2031-03-16");
    }

    @Test
    void dispose_onTheDisposalDate_carriesOutTheAction() {
        DossierOutcome o = rules.decide(archived(BUDGET, "2026-03-16T10:00"), new Dispose(), ctx("2037-01-01T10:00")).get();
        assertThat(o.dossier().status()).isEqualTo(DossierStatus.DISPOSED);
        assertThat(o.dossier().disposedAt()).contains(DossierFixtures.paris("2037-01-01T10:00"));
        assertThat(o.events()).singleElement().isInstanceOfSatisfying(DossierEvent.Disposed.class,
                e -> assertThat(e.disposal()).isEqualTo(DisposalAction.TRANSFER_TO_ARCHIVES));
    }

    @Test
    void dispose_underLegalHold_isRefused_untilTheHoldIsLifted() {
        // given an archived dossier past its disposal date, under hold
        Dossier held = rules.decide(archived(GENERAL, "2026-03-16T10:00"), new PlaceLegalHold("Appeal pending, case 26/1234"),
                ctx("2030-06-01T10:00")).get().dossier();
        assertThat(held.legalHold().map(LegalHold::reason)).contains("Appeal pending, case 26/1234");
        // when / then: disposal is suspended
        assertThat(rules.decide(held, new Dispose(), ctx("2032-01-05T10:00")).getLeft().code())
                .isEqualTo("dossier.dispose.legal-hold");
        // when the hold is lifted, disposal goes ahead at once since the date has passed
        DossierOutcome lifted = rules.decide(held, new LiftLegalHold("Appeal dismissed"), ctx("2032-02-01T10:00")).get();
        assertThat(lifted.events()).singleElement().isInstanceOf(DossierEvent.LegalHoldLifted.class);
        assertThat(rules.decide(lifted.dossier(), new Dispose(), ctx("2032-02-01T10:00")).isRight()).isTrue();
    }

    @Test
    void legalHold_isPlacedAndLiftedOnce() {
        Dossier open = DossierFixtures.opened("d-h", GENERAL, "2026-03-02T09:00");
        Dossier held = rules.decide(open, new PlaceLegalHold("inquiry"), ctx("2026-03-03T09:00")).get().dossier();
        assertThat(rules.decide(held, new PlaceLegalHold("again"), ctx("2026-03-03T10:00")).getLeft().code())
                .isEqualTo("dossier.hold.already-placed");
        assertThat(rules.decide(open, new LiftLegalHold("none"), ctx("2026-03-03T10:00")).getLeft().code())
                .isEqualTo("dossier.hold.not-placed");
        assertThat(rules.decide(open, new PlaceLegalHold(" "), ctx("2026-03-03T10:00")).getLeft().code())
                .isEqualTo("dossier.input.blank");
    }

    @Test
    void legalHold_needsNoClearance() {
        Dossier secret = rules.open(DossierFixtures.openCommand("d-s", GENERAL)
                .confidentiality(org.aso.core.kernel.Confidentiality.CONFIDENTIAL).build(), ctx("2026-03-02T09:00")).get().dossier();
        Context clerk = ctx("2026-03-03T09:00", DossierFixtures.CLERK, Clearance.none());
        assertThat(rules.decide(secret, new PlaceLegalHold("court order"), clerk).isRight()).isTrue();
    }
}
