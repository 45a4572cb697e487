package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

class MailAddressesTest {

    @Test
    void toInternetAddress_encodesTheNameAndSendsTheDomainInAscii() throws Exception {
        // given
        EmailAddress a = EmailAddress.of("secretariat@préfecture.example");
        // when
        InternetAddress ia = MailAddresses.toInternetAddress(a, "Secrétariat général");
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setRecipient(Message.RecipientType.TO, ia);
        m.setSubject("Test");
        m.setText("Body");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        String wire = out.toString(StandardCharsets.US_ASCII);
        // then
        assertThat(wire).contains("<secretariat@xn--prfecture-c4a.example>").contains("=?UTF-8?");
        assertThat(ia.getPersonal()).isEqualTo("Secrétariat général");
    }

    @Test
    void toInternetAddress_ofAPerson_usesTheirName() {
        assertThat(MailAddresses.toInternetAddress(KernelFixtures.officer()))
                .hasValueSatisfying(ia -> assertThat(ia.getPersonal()).isEqualTo("Claire Martin"));
    }

    @Test
    void parseList_readsEveryAddress() {
        var result = MailAddresses.parseList("\"Martin, Claire\" <claire.martin@example.gouv.fr>, bob@example.org");
        assertThat(result.get()).containsExactly(
                EmailAddress.of("claire.martin@example.gouv.fr"), EmailAddress.of("bob@example.org"));
    }

    @Test
    void parseList_reportsEveryBadAddress() {
        var result = MailAddresses.parseList("ok@example.org, bad@localhost, undisclosed-recipients:;");
        assertThat(result.getLeft()).extracting(Problem::code)
                .containsExactly("kernel.email.domain", "mail.address.group");
        assertThat(MailAddresses.parseList("<<<").getLeft()).extracting(Problem::code)
                .containsExactly("mail.address.malformed");
        assertThat(MailAddresses.parseList("x".repeat(MailAddresses.MAX_HEADER + 1)).getLeft())
                .extracting(Problem::code).containsExactly("mail.address.too-long");
    }
}
