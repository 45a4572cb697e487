package org.aso.core.dossier;

import static org.aso.core.fixtures.DossierFixtures.GENERAL;
import static org.aso.core.fixtures.DossierFixtures.HEAD;
import static org.aso.core.fixtures.DossierFixtures.ctx;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.IntStream;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text rules of {@link org.aso.core.kernel.Text} on every text a dossier command carries. */
class DossierTextTest {
    private static final String TOO_LONG = "x".repeat(20_000);
    private final DossierRules rules = DossierFixtures.rules();
    private final Dossier opened = DossierFixtures.opened("d-1", GENERAL, "2026-03-02T09:00");
    private final Dossier closed = rules.decide(opened, new DossierCommand.Close(), ctx("2026-03-02T10:00")).get().dossier();

    private static String code(Either<Problem, ?> result) {
        assertThat(result.isLeft()).as("refused, not %.200s", result).isTrue();
        return result.getLeft().code();
    }

    private String decide(Dossier d, DossierCommand cmd) {
        return code(rules.decide(d, cmd, ctx("2026-03-03T09:00")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Transfer", "PlaceLegalHold", "LiftLegalHold", "AwaitReply", "Reopen"})
    void reasons_tooLongOrMalformed_areRefusedAtTheDecision(String command) {
        assertThat(decide(command, TOO_LONG)).isEqualTo("kernel.text.too-long");
        assertThat(decide(command, "appeal \uD83D")).isEqualTo("kernel.text.malformed");
        assertThat(decide(command, "appeal\u0000")).isEqualTo("kernel.text.control-character");
        assertThat(decide(command, "appeal \u202Elaeppa")).isEqualTo("kernel.text.bidi-control");
    }

    private String decide(String command, String reason) {
        Dossier held = rules.decide(opened, new DossierCommand.PlaceLegalHold("appeal pending"), ctx("2026-03-02T10:00"))
                .get().dossier();
        return switch (command) {
            case "Transfer" -> decide(opened, new DossierCommand.Transfer(HEAD, reason));
            case "PlaceLegalHold" -> decide(opened, new DossierCommand.PlaceLegalHold(reason));
            case "LiftLegalHold" -> decide(held, new DossierCommand.LiftLegalHold(reason));
            case "AwaitReply" -> decide(opened, new DossierCommand.AwaitReply(reason));
            default -> decide(closed, new DossierCommand.Reopen(reason));
        };
    }

    @Test
    void reasons_ofSeveralLines_areAccepted() {
        assertThat(rules.decide(opened, new DossierCommand.Transfer(HEAD, "For signature,\nthen back to me"),
                ctx("2026-03-03T09:00")).isRight()).isTrue();
    }

    @Test
    void items_actionsTagsAndTitles_keepTheTextRules() {
        assertThat(decide(opened, DossierCommand.AddItem.note("Note\u0000", "text", 1))).isEqualTo("kernel.text.control-character");
        assertThat(decide(opened, DossierCommand.AddItem.note("Note", "text \uDC00", 1))).isEqualTo("kernel.text.malformed");
        assertThat(decide(opened, DossierCommand.AddItem.document("Report", 1, "doc\n17"))).isEqualTo("kernel.text.line-break");
        assertThat(decide(opened, new DossierCommand.AddActionItem("Reply\u001B", LocalDate.of(2026, 4, 1), Optional.empty())))
                .isEqualTo("kernel.text.control-character");
        assertThat(decide(opened, new DossierCommand.AddTag("urgent\u2066"))).isEqualTo("kernel.text.bidi-control");
        assertThat(decide(opened, new DossierCommand.Retitle("Budget", TOO_LONG))).isEqualTo("kernel.text.too-long");
        assertThat(decide(opened, new DossierCommand.Retitle("Budget\r2026", ""))).isEqualTo("kernel.text.line-break");
    }

    /** The command opening d-2, as a host would build it from a form. */
    private static OpenDossier.Builder open(String title, String subject) {
        return OpenDossier.builder().id(DossierId.of("d-2"))
                .reference(org.aso.core.numbering.ReferenceNumber.of("2026-S2-0002", "S2/2026", 2))
                .title(title).subject(subject).classification(GENERAL).ownerUnit(DossierFixtures.S2)
                .holder(DossierFixtures.OFFICER);
    }

    @Test
    void open_titleSubjectTagsAndCompartments_keepTheTextRules() {
        Clearance cleared = Clearance.of(Confidentiality.SECRET).withCompartments(java.util.Set.of("PERS\u0000"));
        assertThat(code(rules.open(open("Budget\u0000", "").build(), ctx("2026-03-02T09:00"))))
                .isEqualTo("kernel.text.control-character");
        assertThat(code(rules.open(open("Budget", TOO_LONG).build(), ctx("2026-03-02T09:00"))))
                .isEqualTo("kernel.text.too-long");
        assertThat(code(rules.open(open("Budget", "").addTags("a\uD800").build(), ctx("2026-03-02T09:00"))))
                .isEqualTo("kernel.text.malformed");
        assertThat(code(rules.open(open("Budget", "").addCompartments("PERS\u0000").build(),
                DossierFixtures.ctx("2026-03-02T09:00", HEAD, cleared)))).isEqualTo("kernel.text.control-character");
        assertThat(rules.open(open("Budget", "Line one\nLine two").build(), ctx("2026-03-02T09:00")).isRight()).isTrue();
    }

    @Test
    void open_manyLongCompartments_areRefused_soTheOpeningCanBeRecorded() {
        java.util.Set<String> many = new java.util.TreeSet<>();
        IntStream.range(0, 200).forEach(i -> many.add(String.format("C%03d-", i) + "x".repeat(90)));
        Clearance cleared = Clearance.of(Confidentiality.SECRET).withCompartments(many);
        assertThat(code(rules.open(open("Budget", "").addAllCompartments(many).build(),
                DossierFixtures.ctx("2026-03-02T09:00", HEAD, cleared)))).isEqualTo("dossier.input.too-many");
    }
}
