package org.aso.core.dossier;

import static org.aso.core.fixtures.DossierFixtures.BUDGET;
import static org.aso.core.fixtures.DossierFixtures.GENERAL;
import static org.aso.core.fixtures.DossierFixtures.HEAD;
import static org.aso.core.fixtures.DossierFixtures.OFFICER;
import static org.aso.core.fixtures.DossierFixtures.ctx;
import static org.aso.core.fixtures.DossierFixtures.openCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.kernel.PersonId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** What each kind of event says in its audit details, and that its components are never null. */
class DossierEventTest {
    /** Volumes of one item, so that the second item starts volume 2. */
    private final DossierRules rules = DossierFixtures.rules()
            .withPolicy(DossierFixtures.policy().withVolumeLimits(VolumeLimits.of(250, 1)));
    private DossierBook book = DossierBook.empty(rules);
    private final List<DossierEvent> events = new ArrayList<>();
    private final DossierId id = DossierId.of("d-1");

    private List<DossierEvent> decide(DossierCommand cmd, String when) {
        DossierBook.Change c = book.decide(id, cmd, ctx(when)).get();
        book = c.book();
        events.addAll(c.events());
        return c.events();
    }

    private Map<String, String> details(DossierCommand cmd, String when) {
        List<DossierEvent> made = decide(cmd, when);
        return made.get(made.size() - 1).details();
    }

    @Test
    void everyEvent_givesItsAuditDetails_inAStableOrder_withoutContent() {
        DossierBook.Change opened = book.open(openCommand("d-1", GENERAL).addTag("audit").build(),
                ctx("2026-03-02T09:00")).get();
        book = opened.book();
        assertThat(opened.events().get(0).details()).containsExactly(entry("reference", opened.dossier().reference()
                        .toString()), entry("classification", "1.1"), entry("ownerUnit", "S2"), entry("holder", "p-17"),
                entry("confidentiality", "PUBLIC"), entry("compartments", ""));
        assertThat(details(new DossierCommand.StartWork(), "2026-03-02T10:00"))
                .containsExactly(entry("from", "OPEN"), entry("to", "IN_PROGRESS"), entry("reason", "work started"));
        assertThat(details(new DossierCommand.Transfer(HEAD, "for signature"), "2026-03-02T11:00"))
                .containsExactly(entry("from", "p-17"), entry("to", "p-3"), entry("reason", "for signature"));
        assertThat(details(DossierCommand.AddItem.document("Request", 3, "doc-1"), "2026-03-02T12:00"))
                .containsExactly(entry("item", "1"), entry("kind", "DOCUMENT"), entry("pages", "3"), entry("volume", "1"));
        List<DossierEvent> second = decide(DossierCommand.AddItem.note("Minute", "Agree.", 1), "2026-03-02T13:00");
        assertThat(second).extracting(DossierEvent::action).containsExactly("dossier.volume-started", "dossier.item-added");
        assertThat(second.get(0).details()).containsExactly(entry("volume", "2"));
        assertThat(second.get(1).details()).containsEntry("item", "2").containsEntry("volume", "2");
        assertThat(details(new DossierCommand.AddActionItem("Reply", LocalDate.of(2026, 3, 20), Optional.empty()),
                "2026-03-02T14:00")).containsExactly(entry("action", "1"), entry("due", "2026-03-20"));
        assertThat(details(new DossierCommand.CompleteActionItem(1), "2026-03-02T15:00"))
                .containsExactly(entry("action", "1"));
        assertThat(details(new DossierCommand.AddTag("budget"), "2026-03-02T16:00")).containsExactly(entry("tagCount", "2"));
        assertThat(details(new DossierCommand.Retitle("Secret title", "Secret subject"), "2026-03-02T17:00")).isEmpty();
        assertThat(details(new DossierCommand.Reclassify(BUDGET), "2026-03-02T18:00"))
                .containsExactly(entry("from", "1.1"), entry("to", "1.2"));
        assertThat(details(new DossierCommand.PlaceLegalHold("inquiry"), "2026-03-03T09:00"))
                .containsExactly(entry("reason", "inquiry"));
        assertThat(details(new DossierCommand.LiftLegalHold("inquiry closed"), "2026-03-03T10:00"))
                .containsExactly(entry("reason", "inquiry closed"));
        assertThat(details(new DossierCommand.Close(), "2026-03-16T10:00")).containsExactly(
                entry("closedOn", "2026-03-16"), entry("reviewOn", "2028-01-01"), entry("disposalOn", "2037-01-01"),
                entry("disposalAction", "TRANSFER_TO_ARCHIVES"), entry("openActions", "0"));
        assertThat(details(new DossierCommand.Reopen("new facts"), "2026-03-17T10:00"))
                .containsExactly(entry("reason", "new facts"));
        decide(new DossierCommand.Close(), "2026-03-18T10:00");
        assertThat(details(new DossierCommand.Archive(), "2026-03-19T10:00")).isEmpty();
        assertThat(details(new DossierCommand.Dispose(), "2037-01-02T10:00"))
                .containsExactly(entry("disposal", "TRANSFER_TO_ARCHIVES"));
        assertThat(events).allSatisfy(e -> assertThat(e.details().values())
                .noneMatch(v -> v.contains("Secret") || v.contains("Minute") || v.contains("Agree")));
        assertThat(events).allSatisfy(e -> assertThat(e.schemaVersion()).isEqualTo(DossierEvent.SCHEMA_VERSION));
    }

    @Test
    void closingAPermanentFile_saysItIsNeverDisposedOf() {
        Dossier d = rules.open(openCommand("d-2", DossierFixtures.COURT_CASES).build(), ctx("2026-03-02T09:00")).get()
                .dossier();
        DossierEvent closed = rules.decide(d, new DossierCommand.Close(), ctx("2026-03-16T10:00")).get().events().get(0);
        assertThat(closed.details()).containsEntry("disposalOn", "never").containsEntry("disposalAction", "KEEP_PERMANENTLY");
    }

    @Test
    void everyEvent_refusesANullDossier_namingIt() {
        Instant at = DossierFixtures.paris("2026-03-02T09:00");
        PersonId p = OFFICER;
        Item item = Item.builder().number(1).kind(ItemKind.NOTE).title("Note").pages(1).volume(1).addedAt(at)
                .addedBy(p).text("Seen.").build();
        ActionItem action = ActionItem.builder().number(1).description("Reply").due(LocalDate.of(2026, 3, 20))
                .addedAt(at).build();
        RetentionOutcome retention = RetentionRule.permanent(java.time.Period.ofYears(1)).applyTo(LocalDate.of(2026, 3, 2));
        Dossier d = DossierFixtures.opened("d-1", GENERAL, "2026-03-02T09:00");
        List<Function<DossierId, DossierEvent>> makers = List.of(
                x -> new DossierEvent.Opened(x, at, p, d.reference(), "T", "", GENERAL, DossierFixtures.S2, p,
                        d.confidentiality(), List.of(), List.of()),
                x -> new DossierEvent.Transferred(x, at, p, p, HEAD, "r"),
                x -> new DossierEvent.StatusChanged(x, at, p, DossierStatus.OPEN, DossierStatus.IN_PROGRESS, "r"),
                x -> new DossierEvent.ItemAdded(x, at, p, item),
                x -> new DossierEvent.VolumeStarted(x, at, p, 2),
                x -> new DossierEvent.ActionItemAdded(x, at, p, action),
                x -> new DossierEvent.ActionItemCompleted(x, at, p, 1),
                x -> new DossierEvent.TagsChanged(x, at, p, List.of()),
                x -> new DossierEvent.Retitled(x, at, p, "T", ""),
                x -> new DossierEvent.Reclassified(x, at, p, GENERAL, BUDGET),
                x -> new DossierEvent.Closed(x, at, p, retention, 0),
                x -> new DossierEvent.Reopened(x, at, p, "r"),
                x -> new DossierEvent.Archived(x, at, p),
                x -> new DossierEvent.LegalHoldPlaced(x, at, p, "r"),
                x -> new DossierEvent.LegalHoldLifted(x, at, p, "r"),
                x -> new DossierEvent.Disposed(x, at, p, DisposalAction.DESTROY));
        for (Function<DossierId, DossierEvent> make : makers) {
            DossierEvent valid = make.apply(id);
            assertThat(valid.dossier()).isEqualTo(id);
            ThrowingCallable withoutDossier = () -> make.apply(null);
            assertThatThrownBy(withoutDossier).as(valid.action())
                    .isInstanceOf(NullPointerException.class).hasMessage("dossier");
        }
        assertThatThrownBy(() -> new DossierEvent.Closed(id, at, p, null, 0))
                .isInstanceOf(NullPointerException.class).hasMessage("retention");
    }
}
