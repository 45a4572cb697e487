/**
 * The mail adapter. {@link org.aso.mail.MailAddresses} converts between aso addresses and
 * Jakarta Mail's, refusing anything that could inject a header.
 */
package org.aso.mail;
