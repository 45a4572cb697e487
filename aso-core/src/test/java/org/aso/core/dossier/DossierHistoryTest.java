package org.aso.core.dossier;

import static org.aso.core.fixtures.DossierFixtures.GENERAL;
import static org.aso.core.fixtures.DossierFixtures.HEAD;
import static org.aso.core.fixtures.DossierFixtures.ctx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aso.core.fixtures.DossierFixtures;
import org.junit.jupiter.api.Test;

class DossierHistoryTest {
    private final DossierRules rules = DossierFixtures.rules();

    @Test
    void replay_ofTheEventsOfADecidedHistory_givesTheSameDossier() {
        // given a dossier taken through a full life, keeping every event
        List<DossierEvent> events = new ArrayList<>();
        DossierOutcome o = rules.open(DossierFixtures.openCommand("d-h", GENERAL).addTag("audit").build(),
                ctx("2026-03-02T09:00")).get();
        events.addAll(o.events());
        Dossier d = o.dossier();
        String[] when = {"2026-03-02T10:00", "2026-03-02T11:00", "2026-03-02T12:00", "2026-03-03T10:00",
                "2026-03-04T10:00", "2026-03-05T10:00", "2026-03-06T10:00", "2026-03-09T10:00",
                "2026-03-10T10:00", "2026-03-11T10:00", "2026-03-12T10:00",
                "2026-03-13T10:00", "2026-03-16T10:00", "2031-03-17T10:00"};
        DossierCommand[] script = {
                new DossierCommand.StartWork(),
                new DossierCommand.Retitle("Archive room", "Works"),
                new DossierCommand.Reclassify(DossierFixtures.SHORT_LIVED),
                DossierCommand.AddItem.document("Request", 3, "doc-1"),
                new DossierCommand.AddActionItem("Reply", LocalDate.of(2026, 3, 20), Optional.of(HEAD)),
                new DossierCommand.Transfer(HEAD, "for signature"),
                new DossierCommand.CompleteActionItem(1),
                new DossierCommand.RemoveTag("audit"),
                new DossierCommand.AwaitReply("answer of the mayor"),
                new DossierCommand.PlaceLegalHold("inquiry"),
                new DossierCommand.Close(),
                new DossierCommand.LiftLegalHold("closed inquiry"),
                new DossierCommand.Archive(),
                new DossierCommand.Dispose()};
        for (int i = 0; i < script.length; i++) {
            o = rules.decide(d, script[i], ctx(when[i])).get();
            events.addAll(o.events());
            d = o.dossier();
        }
        // then
        assertThat(d.status()).isEqualTo(DossierStatus.DISPOSED);
        assertThat(DossierHistory.replay(events)).isEqualTo(d);
    }

    @Test
    void replay_withoutOpening_orForAnotherDossier_isAProgrammerError() {
        Dossier a = DossierFixtures.opened("d-a", GENERAL, "2026-03-02T09:00");
        DossierEvent archived = new DossierEvent.Archived(DossierId.of("d-b"), a.openedAt(), HEAD);
        assertThatThrownBy(() -> DossierHistory.replay(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DossierHistory.replay(List.of(archived))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DossierHistory.evolve(a, archived)).isInstanceOf(IllegalArgumentException.class);
    }
}
