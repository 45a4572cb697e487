/**
 * The mail adapter, on Jakarta Mail (Angus at run time). {@link org.aso.mail.Mail} composes
 * invitations (iMIP, RFC 6047), outgoing letters, acknowledgements of receipt, transmission
 * slips and escalation notices as {@link org.aso.mail.Email}s with stable Message-IDs, and makes
 * the transports that send them (SMTP per {@link org.aso.mail.SmtpSettings}, or a pickup folder);
 * {@link org.aso.mail.Outbox} keeps messages on disk until they are sent, trying again with
 * backoff. {@link org.aso.mail.MailAddresses} converts between aso addresses and Jakarta Mail's.
 * Every caller-supplied header value is checked: nothing can inject a header.
 *
 * <p>Intake: an incoming e-mail (a Jakarta Mail message, or the bytes of an {@code .eml} file) is
 * read within {@link org.aso.mail.IntakeLimits} into an {@link org.aso.mail.IncomingMail} (decoded
 * headers, the body as text, attachments with safe names, the iMIP calendar part), then made into
 * an {@link org.aso.mail.IncomingDraft}: the registration of a draft incoming e-mail entry of the
 * register, refused when the register already holds its Message-ID, and linked to the outgoing
 * letter it answers. Whatever goes wrong is a {@link org.aso.core.kernel.Problem} coded
 * {@code mail.intake.*}, never an exception from inside Jakarta Mail.
 */
package org.aso.mail;
