/**
 * Mail for the ASO toolkit on Jakarta Mail (Angus at run time): addresses, and, as the toolkit
 * grows, invitations (iMIP), letters, notices, a durable outbox and intake into the register.
 */
module org.aso.mail {
    requires transitive org.aso.core;
    requires transitive jakarta.mail;
    requires org.aso.calendar;

    exports org.aso.mail;
}
