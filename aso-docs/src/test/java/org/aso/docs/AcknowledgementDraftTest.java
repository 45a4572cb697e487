package org.aso.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import org.aso.core.correspondence.Acknowledgement;
import org.aso.core.correspondence.Entry;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.PhoneNumber;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

class AcknowledgementDraftTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 16);
    private final Drafts drafts = Drafts.of("Préfecture de l’Ain", Optional.empty());

    private static Entry entry() {
        return CorrespondenceFixtures.emptyGeneral().register(CorrespondenceFixtures.letter(DAY, "Demande de permis").build(),
                CorrespondenceFixtures.clerkOn(DAY)).get().entry();
    }

    private static Contact service() {
        return Contact.builder().name("Bureau des permis").postalAddress("1 rue de la Préfecture, 01000 Bourg-en-Bresse")
                .email(EmailAddress.of("permis@ain.example.gouv.fr")).phone(PhoneNumber.of("04 74 00 00 00")).build();
    }

    @Test
    void acknowledgement_withEveryMention_rendersThemInFrench() {
        Draft d = Drafts.acknowledgement(entry(), service(), Acknowledgement.Silence.acceptanceAfter(Period.ofMonths(2)),
                Optional.empty()).get();

        String html = drafts.html(d, Locale.FRENCH).get();

        assertThat(html).contains("<h1>Accusé de réception</h1>").contains("Jean Dupont")
                .contains("reçue le lundi 16 novembre 2026")
                .contains("<td>1 rue de la Préfecture, 01000 Bourg-en-Bresse</td>").contains("<td>permis@ain.example.gouv.fr</td>")
                .contains("<td>04 74 00 00 00</td>")
                .contains("votre demande sera réputée acceptée le samedi 16 janvier 2027");
    }

    @Test
    void acknowledgement_silenceMeaningRejection_printsTheAppealRoutesInEnglish() {
        Draft d = Drafts.acknowledgement(entry(), service(), Acknowledgement.Silence.rejectionAfter(Period.ofMonths(2)),
                Optional.of("Recours gracieux auprès du préfet dans un délai de deux mois.")).get();

        String html = drafts.html(d, Locale.ENGLISH).get();
        String text = drafts.text(d, Locale.ENGLISH).get();

        assertThat(html).contains("<h1>Acknowledgement of receipt</h1>").contains("deemed rejected on Saturday, January 16, 2027")
                .contains("<h2>Routes and time limits of appeal</h2>");
        assertThat(text).contains("Routes and time limits of appeal: Recours gracieux auprès du préfet");
    }

    @Test
    void acknowledgement_missingAMandatoryMention_refusesToRender() {
        Contact noPhone = Contact.builder().name("Bureau").postalAddress("1 rue X").email(EmailAddress.of("b@example.org")).build();

        Either<Problem, Draft> noPhoneDraft = Drafts.acknowledgement(entry(), noPhone,
                Acknowledgement.Silence.acceptanceAfter(Period.ofMonths(2)), Optional.empty());
        Either<Problem, Draft> noAppeal = Drafts.acknowledgement(entry(), service(),
                Acknowledgement.Silence.rejectionAfter(Period.ofMonths(2)), Optional.empty());

        assertThat(noPhoneDraft.getLeft().code()).isEqualTo("correspondence.acknowledgement.missing-service-phone");
        assertThat(noAppeal.getLeft().code()).isEqualTo("correspondence.acknowledgement.missing-appeal-routes");
    }
}
