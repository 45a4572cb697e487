/**
 * Mail for the ASO toolkit on Jakarta Mail (Angus at run time): invitations (iMIP, RFC 6047),
 * letters, acknowledgements, transmission slips and notices composed as MIME messages, SMTP and
 * pickup-folder transports, and a durable outbox on a directory. Jakarta Mail objects stay
 * inside: the API speaks in aso values, bytes and {@link org.aso.core.kernel.Problem}s.
 */
module org.aso.mail {
    requires transitive org.aso.core;
    requires transitive org.aso.calendar;
    requires transitive jakarta.mail;
    requires org.eclipse.angus.mail;

    exports org.aso.mail;
}
