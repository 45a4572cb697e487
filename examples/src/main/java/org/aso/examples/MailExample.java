package org.aso.examples;

import io.vavr.control.Either;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Problem;
import org.aso.mail.MailAddresses;

/** aso-mail: addresses between aso values and Jakarta Mail, with IDN domains and bad input. */
public final class MailExample {
    private MailExample() {}

    /** An address with an internationalised domain, as it goes on the wire. */
    public static InternetAddress prefecture() {
        // tag::mail[]
        InternetAddress to = MailAddresses.toInternetAddress(EmailAddress.of("courrier@préfecture-exemple.fr"), "Préfecture");
        to.getAddress();                 // => courrier@xn--prfecture-exemple-ctb.fr
        // end::mail[]
        return to;
    }

    /** Reads a To header from an incoming mail. */
    public static Either<List<Problem>, List<EmailAddress>> readRecipients(String header) {
        // tag::mail[]
        // header: the To header of an incoming mail, here "cabinet@example.gouv.fr, bureau@localhost"
        Either<List<Problem>, List<EmailAddress>> recipients = MailAddresses.parseList(header);
        // => Left([kernel.email.domain: The domain needs at least two labels (e.g. example.org) {input=bureau@localhost}])
        // end::mail[]
        return recipients;
    }
}
