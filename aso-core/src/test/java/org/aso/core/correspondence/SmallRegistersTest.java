package org.aso.core.correspondence;

import static org.aso.core.fixtures.CorrespondenceFixtures.clerkOn;
import static org.aso.core.fixtures.CorrespondenceFixtures.emptyGeneral;
import static org.aso.core.fixtures.CorrespondenceFixtures.letter;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.OrgUnit;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PhoneNumber;
import org.aso.core.kernel.Problem;
import org.aso.core.numbering.NumberingScheme;
import org.junit.jupiter.api.Test;

class SmallRegistersTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final PersonId DIRECTOR = PersonId.of("director");

    @Test
    void phoneLog_recordsAndMarksDone() {
        Context ctx = clerkOn(DAY);
        var r = PhoneLog.empty(PhoneLogId.of("S2-phone")).record(PhoneLog.Message.builder().caller("M. Dupont")
                .number(PhoneNumber.of("04 72 10 30 30")).forWhom(DIRECTOR).text("Rappeler au sujet de la subvention")
                .callbackWanted(true), ctx).get();
        assertThat(r.message().sequence()).isEqualTo(1);
        assertThat(r.message().takenBy()).contains(ctx.actor());
        assertThat(r.log().pendingFor(DIRECTOR)).hasSize(1);
        var done = r.log().markDone(1, ctx).get();
        assertThat(done.log().pendingFor(DIRECTOR)).isEmpty();
        assertThat(done.log().markDone(1, ctx).getLeft().code()).isEqualTo("correspondence.phone.already-done");
        assertThat(PhoneLog.empty(PhoneLogId.of("S2-phone")).record(PhoneLog.Message.builder().caller("X").forWhom(DIRECTOR).text("t")
                .callbackWanted(true), ctx).getLeft().code()).isEqualTo("correspondence.phone.callback-without-number");
        assertThat(PhoneLog.empty(PhoneLogId.of("S2-phone")).record(PhoneLog.Message.builder().caller("X").forWhom(DIRECTOR).text("t")
                .doneAt(ctx.at()), ctx).getLeft().code()).isEqualTo("correspondence.phone.done-at-given");
    }

    @Test
    void visitorLog_arrive_takesWhatTheVisitorGives() {
        Context morning = clerkOn(DAY);
        var named = VisitorLog.empty(VisitorLogId.of("reception")).arrive(" M. Martin ", DIRECTOR, morning).get();
        assertThat(named.visit().visitor()).isEqualTo("M. Martin");
        assertThat(named.visit().organisation()).isEmpty();
        assertThat(named.visit().badge()).isEmpty();
        var full = named.log().arrive(VisitorLog.Visitor.named("Mme Petit").wearing("V-3").from("Cour des comptes"),
                DIRECTOR, morning).get();
        assertThat(full.visit().organisation()).contains("Cour des comptes");
        assertThat(full.visit().badge()).contains("V-3");
        assertThat(VisitorLog.Visitor.named("A").from("B").wearing("C"))
                .isEqualTo(VisitorLog.Visitor.named("A").wearing("C").from("B"))
                .isNotEqualTo(VisitorLog.Visitor.named("A").from("B"));
        assertThat(named.log().arrive(" ", DIRECTOR, morning).getLeft().code())
                .isEqualTo("correspondence.visit.missing-visitor");
    }

    @Test
    void visitorLog_badgesAreNotWornTwice() {
        Context morning = clerkOn(DAY);
        var first = VisitorLog.empty(VisitorLogId.of("reception"))
                .arrive(VisitorLog.Visitor.named("Mme Petit").from("Cour des comptes").wearing("V-12"), DIRECTOR, morning)
                .get();
        assertThat(first.log().arrive(VisitorLog.Visitor.named("M. Martin").wearing("V-12"), DIRECTOR, morning).getLeft().code())
                .isEqualTo("correspondence.visit.badge-in-use");
        var left = first.log().depart(1, morning.withInstant(morning.at().plusSeconds(3600))).get();
        assertThat(left.log().onSite()).isEmpty();
        assertThat(left.log().arrive(VisitorLog.Visitor.named("M. Martin").wearing("V-12"), DIRECTOR, morning).isRight()).isTrue();
        assertThat(first.log().depart(1, morning.withInstant(morning.at().minusSeconds(60))).getLeft().code())
                .isEqualTo("correspondence.visit.departure-before-arrival");
    }

    @Test
    void transmissionSlips_areNumberedAndAcknowledgedOnce() {
        OrgUnit s2 = OrgUnit.builder().id(OrgUnitId.of("S2")).code("S2").name("Section 2").build();
        OrgUnit s3 = OrgUnit.builder().id(OrgUnitId.of("S3")).code("S3").name("Section 3").build();
        var book = TransmissionSlips.of(TransmissionSlipsId.of("S2-slips"), NumberingScheme.parse("BE-{code}-{year}-{counter:4}", NumberingScheme.Reset.YEARLY).get(), "S2",
                org.aso.core.fixtures.KernelFixtures.PARIS);
        Context ctx = clerkOn(DAY);
        var sent = book.send(s2, s3, List.of("2026-A-000012", "Note 45"), "Pour avis", ctx).get();
        assertThat(sent.slip().number().text()).isEqualTo("BE-S2-2026-0001");
        assertThat(sent.slips().awaitingReceipt(s3.id())).hasSize(1);
        var received = sent.slips().acknowledge(sent.slip().number(), ctx).get();
        assertThat(received.slip().isReceived()).isTrue();
        assertThat(received.slips().awaitingReceipt(s3.id())).isEmpty();
        assertThat(received.slips().acknowledge(sent.slip().number(), ctx).getLeft().code())
                .isEqualTo("correspondence.slip.already-received");
        assertThat(book.send(s2, s2, List.of("x"), ctx).getLeft().code()).isEqualTo("correspondence.slip.same-unit");
        assertThat(sent.slips().send(s2, s3, List.of("y"), ctx).get().slip().number().text())
                .isEqualTo("BE-S2-2026-0002");
    }

    private static Contact service() {
        return Contact.builder().name("Bureau des subventions").postalAddress("1 rue de Grenelle\n75007 Paris")
                .email(EmailAddress.of("subventions@example.gouv.fr")).phone(PhoneNumber.of("01 40 00 00 00")).build();
    }

    @Test
    void acknowledgement_givesTheSilenceDateAndEveryMandatoryMention() {
        var reg = emptyGeneral().register(letter(DAY, "Demande de subvention").build(), clerkOn(DAY)).get();
        var ack = Acknowledgement.prepare(reg.entry(), service(), Acknowledgement.Silence.acceptanceAfter(Period.ofMonths(2))).get();
        assertThat(ack.required()).isTrue();
        assertThat(ack.receivedOn()).isEqualTo(DAY);
        assertThat(ack.silenceDate()).isEqualTo(LocalDate.of(2026, 5, 2));
        assertThat(ack.applicant().name()).isEqualTo("Jean Dupont");
    }

    @Test
    void acknowledgement_missingData_isReportedNeverLeftBlank() {
        var reg = emptyGeneral().register(letter(DAY, "Recours").build(), clerkOn(DAY)).get();
        var result = Acknowledgement.prepare(reg.entry(), Contact.named("Bureau"),
                Acknowledgement.Silence.rejectionAfter(Period.ofMonths(2)));
        assertThat(result.getLeft()).extracting(Problem::code).containsExactly(
                "correspondence.acknowledgement.missing-service-address", "correspondence.acknowledgement.missing-service-email",
                "correspondence.acknowledgement.missing-service-phone", "correspondence.acknowledgement.missing-appeal-routes");
    }

    @Test
    void acknowledgement_replyDueWithin15Days_isNotRequired() {
        var reg = emptyGeneral().register(letter(DAY, "Urgent").grade("urgent").build(), clerkOn(DAY)).get();
        var ack = Acknowledgement.prepare(reg.entry(), service(), Acknowledgement.Silence.acceptanceAfter(Period.ofMonths(2))).get();
        assertThat(ack.required()).isFalse();
        assertThat(ack.exemption()).hasValueSatisfying(s -> assertThat(s).contains("within 15 days"));
        assertThat(ack.exemption(java.util.Locale.FRENCH))
                .contains("La réponse est due au plus tard le jeudi 12 mars 2026, dans les 15 jours suivant la réception");
        assertThat(ack.exemption(java.util.Locale.ENGLISH)).contains("The reply is due by Thu 12 Mar 2026, within 15 days of receipt");
        assertThat(ack.exemption()).contains("The reply is due by 2026-03-12, within 15 days of receipt");
        var required = Acknowledgement.prepare(emptyGeneral().register(letter(DAY, "Demande").build(), clerkOn(DAY)).get().entry(),
                service(), Acknowledgement.Silence.acceptanceAfter(Period.ofMonths(2))).get();
        assertThat(required.exemption(java.util.Locale.FRENCH)).isEmpty();
    }

    @Test
    void pendency_groupsOpenMailByUnitHolderAndAge_andCountsPerMonth() {
        // given: three letters in February and March, two handled by S2 (one of them by a person), one answered
        Register r = emptyGeneral();
        PersonId alice = PersonId.of("alice");
        LocalDate feb = LocalDate.of(2026, 2, 2);
        var a = r.register(letter(feb, "A").build(), clerkOn(feb)).get();
        var b = a.register().register(letter(feb, "B").build(), clerkOn(feb)).get();
        var c = b.register().register(letter(DAY, "C").build(), clerkOn(DAY)).get();
        r = c.register().assign(a.entry().id(), OrgUnitId.of("S2"), Assignment.Purpose.ACTION, clerkOn(feb)).get().register();
        r = r.assign(b.entry().id(), alice, Assignment.Purpose.ACTION, clerkOn(feb)).get().register();
        r = r.explainDelay(b.entry().id(), "Waiting for the budget", clerkOn(DAY)).get().register();
        r = r.changeStatus(c.entry().id(), EntryStatus.CLOSED, clerkOn(DAY)).get().register();
        // when
        Pendency p = Pendency.of(r, clerkOn(LocalDate.of(2026, 3, 20)).at(),
                person -> person.equals(alice) ? Optional.of(OrgUnitId.of("S2")) : Optional.empty());
        // then
        assertThat(p.groups()).hasSize(2);
        assertThat(p.groups()).allSatisfy(g -> {
            assertThat(g.unit()).contains(OrgUnitId.of("S2"));
            assertThat(g.ageBucket()).isEqualTo("31-60 days");
        });
        assertThat(p.groups().get(1).items().get(0).delayReason()).contains("Waiting for the budget");
        assertThat(p.months()).extracting(m -> Map.entry(m.month().toString(), List.of(m.received(), m.answered(), m.pending())))
                .containsExactly(Map.entry("2026-02", List.of(2, 0, 2)), Map.entry("2026-03", List.of(1, 1, 0)));
        assertThat(p.toText()).contains("Waiting for the budget");
        assertThat(p.toText(java.util.Locale.FRENCH)).isEqualTo("Courrier en instance au vendredi 20 mars 2026\n"
                + "  S2         S2           31 à 60 jours    1: 2026-A-000001 (en retard)\n"
                + "  S2         alice        31 à 60 jours    1: 2026-A-000002 (en retard : Waiting for the budget)\n"
                + "  mois              reçus  traités instance\n"
                + "  février 2026          2        0        2\n"
                + "  mars 2026             1        1        0\n");
        assertThat(p.toText(java.util.Locale.ENGLISH)).isEqualTo("Pendency on Fri 20 Mar 2026\n"
                + "  S2         S2           31-60 days       1: 2026-A-000001 (overdue)\n"
                + "  S2         alice        31-60 days       1: 2026-A-000002 (overdue: Waiting for the budget)\n"
                + "  month          received answered  pending\n"
                + "  Feb 2026              2        0        2\n"
                + "  Mar 2026              1        1        0\n");
        Register finalRegister = r;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Pendency.of(finalRegister, p.at(), x -> Optional.empty(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Clearance.of(Confidentiality.PUBLIC)).isNotNull();
    }
}
