package org.aso.core.correspondence;

import static org.aso.core.fixtures.CorrespondenceFixtures.clerkOn;
import static org.aso.core.fixtures.CorrespondenceFixtures.emptyGeneral;
import static org.aso.core.fixtures.CorrespondenceFixtures.letter;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import org.aso.core.agenda.RoomId;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.OrgUnit;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.numbering.NumberingScheme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The text rules of {@link org.aso.core.kernel.Text} at every decision of the register and its small logs. */
class FreeTextTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Context CTX = clerkOn(DAY);
    private static final String TOO_LONG = "x".repeat(20_000);
    private static final String LONE_SURROGATE = "Late because \uD83D";

    private static Register.Registered registered() {
        return emptyGeneral().register(letter(DAY, "Demande de subvention").build(), CTX).get();
    }

    private static String code(Either<Problem, ?> result) {
        assertThat(result.isLeft()).as("refused, not %.200s", result).isTrue();
        return result.getLeft().code();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cancel", "explainDelay", "redirect", "assign"})
    void reasons_tooLong_areRefusedAtTheDecision(String decision) {
        assertThat(code(decide(decision, TOO_LONG))).isEqualTo("kernel.text.too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cancel", "explainDelay", "redirect", "assign"})
    void reasons_withALoneSurrogate_areRefusedAtTheDecision(String decision) {
        assertThat(code(decide(decision, LONE_SURROGATE))).isEqualTo("kernel.text.malformed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cancel", "explainDelay", "redirect", "assign"})
    void reasons_withControlOrBidiCharacters_areRefused_butLinesAreFine(String decision) {
        assertThat(code(decide(decision, "Wrong\u0000service"))).isEqualTo("kernel.text.control-character");
        assertThat(code(decide(decision, "Wrong\u001B[2Jservice"))).isEqualTo("kernel.text.control-character");
        assertThat(code(decide(decision, "Wrong\r\nservice"))).isEqualTo("kernel.text.line-break");
        assertThat(code(decide(decision, "Wrong \u202Eecivres"))).isEqualTo("kernel.text.bidi-control");
        assertThat(decide(decision, "Wrong service:\nsent to S3").isRight()).isTrue();
        assertThat(decide(decision, "x".repeat(4_000)).isRight()).isTrue();
    }

    private static Either<Problem, Register.Change> decide(String decision, String text) {
        Register.Registered r = registered();
        EntryId id = r.entry().id();
        return switch (decision) {
            case "cancel" -> r.register().cancel(id, text, CTX);
            case "explainDelay" -> r.register().explainDelay(id, text, CTX);
            case "redirect" -> r.register().redirect(id, OrgUnitId.of("S3"), text, CTX);
            default -> r.register().assign(id, OrgUnitId.of("S3"), Assignment.Purpose.COPY, text, CTX);
        };
    }

    @Test
    void registration_subjectWithALoneSurrogateOrATab_isRefused() {
        assertThat(emptyGeneral().validate(letter(DAY, "Subvention \uDC00").build(), CTX))
                .extracting(Problem::code).containsExactly("kernel.text.malformed");
        assertThat(emptyGeneral().validate(letter(DAY, "Subvention\t2026").build(), CTX))
                .extracting(Problem::code).containsExactly("kernel.text.control-character");
        assertThat(emptyGeneral().validate(letter(DAY, "Subvention").summary("Ligne 1\nLigne 2\tsuite").build(), CTX))
                .isEmpty();
    }

    @Test
    void recordContent_summaryWithALoneSurrogate_isRefused() {
        PersonId director = PersonId.of("director");
        Registration sealed = Registration.builder().direction(org.aso.core.kernel.Direction.INCOMING)
                .channel(Channel.HAND_DELIVERY).receivedOn(DAY).sender(org.aso.core.kernel.Contact.named("Cabinet"))
                .addressee(director).unopened(true).build();
        var reg = emptyGeneral().register(sealed, CTX).get();
        Context directorCtx = Context.of(CTX.at(), director, CTX.clearance());
        assertThat(code(reg.register().recordContent(reg.entry().id(), "Nomination", "R\u00E9sum\uD800",
                List.of(), directorCtx))).isEqualTo("kernel.text.malformed");
        assertThat(code(reg.register().recordContent(reg.entry().id(), "Nomination\u202E",
                List.of(), directorCtx))).isEqualTo("kernel.text.bidi-control");
    }

    @Test
    void assign_toARoom_isACodedRefusal_notAnException() {
        Register.Registered r = registered();
        assertThat(code(r.register().assign(r.entry().id(), RoomId.of("B2-301"), Assignment.Purpose.ACTION, CTX))).isEqualTo("correspondence.assignment.bad-assignee");
        assertThat(code(r.register().redirect(r.entry().id(), RoomId.of("B2-301"), "Better there", CTX)))
                .isEqualTo("correspondence.assignment.bad-assignee");
    }

    @Test
    void transmissionSlip_noteWithNulCrOrEsc_isRefused() {
        OrgUnit s2 = OrgUnit.builder().id(OrgUnitId.of("S2")).code("S2").name("Section 2").build();
        OrgUnit s3 = OrgUnit.builder().id(OrgUnitId.of("S3")).code("S3").name("Section 3").build();
        var book = TransmissionSlips.of(TransmissionSlipsId.of("S2-slips"), NumberingScheme.parse("BE-{year}-{counter:4}", NumberingScheme.Reset.YEARLY).get(),
                "S2", org.aso.core.fixtures.KernelFixtures.PARIS);
        for (String note : List.of("Pour avis\u0000", "Pour avis\r", "Pour \u001B[31mavis", "Pour \u202Esiva")) {
            assertThat(code(book.send(s2, s3, List.of("Note 45"), note, CTX))).startsWith("kernel.text.");
        }
        assertThat(code(book.send(s2, s3, List.of("Note \uD800"), CTX))).isEqualTo("kernel.text.malformed");
        assertThat(book.send(s2, s3, List.of("Note 45"), "Pour avis,\nmerci", CTX).isRight()).isTrue();
    }

    @Test
    void phoneMessage_callerOrTextWithControlCharacters_isRefused() {
        PersonId director = PersonId.of("director");
        assertThat(code(PhoneLog.empty(PhoneLogId.of("S2-phone")).record(PhoneLog.Message.builder().caller("M. Dupont\u0007")
                .forWhom(director).text("Rappeler"), CTX))).isEqualTo("kernel.text.control-character");
        assertThat(code(PhoneLog.empty(PhoneLogId.of("S2-phone")).record(PhoneLog.Message.builder().caller("M. Dupont")
                .organisation("Mairie\nde Lyon").forWhom(director).text("Rappeler"), CTX))).isEqualTo("kernel.text.line-break");
        assertThat(code(PhoneLog.empty(PhoneLogId.of("S2-phone")).record(PhoneLog.Message.builder().caller("M. Dupont")
                .forWhom(director).text("Rappeler \uDBFF"), CTX))).isEqualTo("kernel.text.malformed");
        assertThat(PhoneLog.empty(PhoneLogId.of("S2-phone")).record(PhoneLog.Message.builder().caller("M. Dupont")
                .forWhom(director).text("Rappeler\navant midi"), CTX).isRight()).isTrue();
    }

    @Test
    void visitor_nameOrganisationOrBadgeWithControlCharacters_isRefused() {
        PersonId director = PersonId.of("director");
        assertThat(code(VisitorLog.empty(VisitorLogId.of("reception")).arrive(VisitorLog.Visitor.named("Mme\u0000Petit"), director, CTX)))
                .isEqualTo("kernel.text.control-character");
        assertThat(code(VisitorLog.empty(VisitorLogId.of("reception")).arrive(VisitorLog.Visitor.named("Mme Petit").from("Cour\u202E"), director, CTX)))
                .isEqualTo("kernel.text.bidi-control");
        assertThat(code(VisitorLog.empty(VisitorLogId.of("reception")).arrive(VisitorLog.Visitor.named("Mme Petit").wearing("V-1\r"), director, CTX)))
                .isEqualTo("kernel.text.line-break");
    }

    @Test
    void acknowledgement_appealRoutesWithControlCharacters_areReported() {
        Register.Registered r = registered();
        org.aso.core.kernel.Contact service = org.aso.core.kernel.Contact.builder().name("Bureau")
                .postalAddress("1 rue de Grenelle\n75007 Paris")
                .email(org.aso.core.kernel.EmailAddress.of("bureau@example.gouv.fr"))
                .phone(org.aso.core.kernel.PhoneNumber.of("01 40 00 00 00")).build();
        var silence = Acknowledgement.Silence.rejectionAfter(java.time.Period.ofMonths(2));
        assertThat(Acknowledgement.prepare(r.entry(), service, silence, "Recours\u001B[8m cach\u00E9").getLeft())
                .extracting(Problem::code).containsExactly("kernel.text.control-character");
        assertThat(Acknowledgement.prepare(r.entry(), service, silence,
                "Recours gracieux sous deux mois,\npuis recours contentieux").isRight()).isTrue();
    }
}
