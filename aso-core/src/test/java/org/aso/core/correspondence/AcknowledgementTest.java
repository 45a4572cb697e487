package org.aso.core.correspondence;

import static org.aso.core.fixtures.CorrespondenceFixtures.clerkOn;
import static org.aso.core.fixtures.CorrespondenceFixtures.emptyGeneral;
import static org.aso.core.fixtures.CorrespondenceFixtures.letter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.PhoneNumber;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

/** The acknowledgement of receipt: what silence means and when, and each mandatory item it cannot go without. */
class AcknowledgementTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Acknowledgement.Silence TWO_MONTHS = Acknowledgement.Silence.acceptanceAfter(Period.ofMonths(2));

    private static Contact.Builder service() {
        return service("1 rue de Grenelle\n75007 Paris");
    }

    private static Contact.Builder service(String postalAddress) {
        return Contact.builder().name("Bureau des subventions").postalAddress(postalAddress)
                .email(EmailAddress.of("subventions@example.gouv.fr")).phone(PhoneNumber.of("01 40 00 00 00"));
    }

    private static Entry registered(Registration.Builder mail) {
        return emptyGeneral().register(mail.build(), clerkOn(DAY)).get().entry();
    }

    private static List<String> codes(Entry e, Contact service, Acknowledgement.Silence silence) {
        return Acknowledgement.prepare(e, service, silence).getLeft().stream().map(Problem::code).toList();
    }

    @Test
    void silence_takesEffectAfterAPositivePeriod() {
        assertThat(Acknowledgement.Silence.acceptanceAfter(Period.ofDays(1)).after()).isEqualTo(Period.ofDays(1));
        assertThatThrownBy(() -> Acknowledgement.Silence.acceptanceAfter(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Acknowledgement.Silence.rejectionAfter(Period.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cancelledMail_isNotAcknowledged() {
        var reg = emptyGeneral().register(letter(DAY, "Demande").build(), clerkOn(DAY)).get();
        Entry cancelled = reg.register().cancel(reg.entry().id(), "Doublon", clerkOn(DAY)).get().entry();
        assertThat(codes(cancelled, service().build(), TWO_MONTHS)).containsExactly("correspondence.acknowledgement.cancelled");
    }

    @Test
    void onlyIncomingMail_isAcknowledged_andItNeedsItsApplicant() {
        Entry internal = registered(Registration.builder().direction(Direction.INTERNAL).channel(Channel.HAND_DELIVERY)
                .receivedOn(DAY).subject("Note de service"));
        assertThat(codes(internal, service().build(), TWO_MONTHS)).containsExactly(
                "correspondence.acknowledgement.not-incoming", "correspondence.acknowledgement.missing-sender");
        Entry outgoing = registered(Registration.builder().direction(Direction.OUTGOING).channel(Channel.POST).receivedOn(DAY)
                .addRecipients(Contact.named("Mairie")).subject("Réponse"));
        assertThat(codes(outgoing, service().build(), TWO_MONTHS)).containsExactly(
                "correspondence.acknowledgement.not-incoming", "correspondence.acknowledgement.missing-sender");
    }

    @Test
    void aBlankServiceAddress_isMissing() {
        Entry e = registered(letter(DAY, "Demande"));
        assertThat(codes(e, service("   ").build(), TWO_MONTHS))
                .containsExactly("correspondence.acknowledgement.missing-service-address");
    }

    @Test
    void silenceWorthRejection_needsTheRoutesOfAppeal_notBlank() {
        Entry e = registered(letter(DAY, "Recours"));
        Acknowledgement.Silence rejection = Acknowledgement.Silence.rejectionAfter(Period.ofMonths(2));
        assertThat(Acknowledgement.prepare(e, service().build(), rejection, "  ").getLeft()).extracting(Problem::code)
                .containsExactly("correspondence.acknowledgement.missing-appeal-routes");
        Acknowledgement ack = Acknowledgement.prepare(e, service().build(), rejection,
                "Recours gracieux ou contentieux dans les deux mois").get();
        assertThat(ack.appealRoutes()).contains("Recours gracieux ou contentieux dans les deux mois");
        assertThat(ack.silence().acceptance()).isFalse();
    }

    @Test
    void aSilenceDateBeyondTheSupportedDates_isARangeProblem() {
        Entry last = emptyGeneral().register(letter(Limits.MAX_DATE, "Dernier jour").build(), clerkOn(Limits.MAX_DATE)).get()
                .entry();
        List<Problem> problems = Acknowledgement.prepare(last, service().build(), TWO_MONTHS).getLeft();
        assertThat(problems).extracting(Problem::code).containsExactly("kernel.range.date");
        assertThat(problems.get(0).detail("entry")).contains(last.id().value());
    }
}
