/**
 * The mail adapter, on Jakarta Mail (Angus at run time). {@link org.aso.mail.Mail} composes
 * invitations (iMIP, RFC 6047), outgoing letters, acknowledgements of receipt, transmission
 * slips and escalation notices as {@link org.aso.mail.Email}s with stable Message-IDs, and makes
 * the transports that send them (SMTP per {@link org.aso.mail.SmtpSettings}, or a pickup folder);
 * {@link org.aso.mail.Outbox} keeps messages on disk until they are sent, trying again with
 * backoff. {@link org.aso.mail.MailAddresses} converts between aso addresses and Jakarta Mail's.
 * Every caller-supplied header value is checked: nothing can inject a header.
 */
package org.aso.mail;
