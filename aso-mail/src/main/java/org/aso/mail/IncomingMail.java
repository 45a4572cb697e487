package org.aso.mail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Problem;

/**
 * An incoming e-mail as intake read it: headers decoded (RFC 2047 words, charsets), the body as
 * plain text, attachments with safe names, and the iMIP calendar part if there is one. Nothing of
 * Jakarta Mail is kept: the value does not change when the message it was read from does.
 *
 * <p>Every text in it is safe to show and to register: one-line values (subject, names) hold no
 * control or bidirectional control characters, the body breaks lines with {@code \n} only.
 * Immutable and thread-safe.
 *
 * @param messageId the {@code Message-ID}, angle brackets included ({@code <abc@example.org>}), if
 *     the message has a usable one
 * @param from who sent it (the first {@code From} address, with its display name when given)
 * @param to the {@code To} addresses that could be read, in order
 * @param cc the {@code Cc} addresses that could be read, in order
 * @param subject the decoded subject, if any
 * @param sent the {@code Date} header, if present and readable
 * @param received when our side received it: the folder's date of a message read from a folder
 *     (IMAP's INTERNALDATE), else the date of the topmost {@code Received} header, if readable
 * @param body the text of the body: the plain-text part, else text extracted from the HTML part;
 *     empty if the message has neither
 * @param attachments the attached files and messages, in the order of the message
 * @param inReplyTo the Message-IDs of {@code In-Reply-To}, angle brackets included
 * @param references the Message-IDs of {@code References}, oldest first
 * @param calendar the first {@code text/calendar} part shown in the body (iMIP, RFC 6047), else
 *     the first calendar attached as a file ({@code text/calendar} or {@code application/ics}),
 *     which then is also among the attachments; empty if there is none
 * @param warnings what was read with a fallback (an unknown charset, an unreadable address, a
 *     subject cut to length), coded {@code mail.intake.*}; empty for a clean message
 */
public record IncomingMail(Optional<String> messageId, Contact from, List<Contact> to, List<Contact> cc,
                           Optional<String> subject, Optional<Instant> sent, Optional<Instant> received, String body,
                           List<Attachment> attachments, List<String> inReplyTo, List<String> references,
                           Optional<CalendarPart> calendar, List<Problem> warnings) {
    /**
     * Checks and copies; intake makes it ({@link IntakeLimits} bound what it holds).
     *
     * @param messageId the Message-ID with its angle brackets, if usable
     * @param from the sender, with an address
     * @param to the {@code To} addresses
     * @param cc the {@code Cc} addresses
     * @param subject the decoded subject
     * @param sent the {@code Date} header
     * @param received when our side received it
     * @param body the body as plain text
     * @param attachments the attachments, in order
     * @param inReplyTo the Message-IDs of {@code In-Reply-To}
     * @param references the Message-IDs of {@code References}
     * @param calendar the iMIP calendar part
     * @param warnings what was read with a fallback
     * @throws NullPointerException if an argument or an element of a list is null
     */
    public IncomingMail {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(calendar, "calendar");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        attachments = List.copyOf(attachments);
        inReplyTo = List.copyOf(inReplyTo);
        references = List.copyOf(references);
        warnings = List.copyOf(warnings);
    }

    /**
     * An attached file (or an attached message, as {@code message/rfc822} named {@code *.eml}).
     * Its bytes are decoded from the transfer encoding; its name is safe for a file system (no
     * path, no control characters, at most {@link #MAX_NAME} characters, unique in its mail).
     * Immutable and thread-safe: {@link #bytes()} gives a copy.
     */
    public static final class Attachment {
        /** The longest name given to an attachment, in characters. */
        public static final int MAX_NAME = 120;

        private final String name;
        private final String mediaType;
        private final byte[] bytes;

        Attachment(String name, String mediaType, byte[] bytes) {
            this.name = Objects.requireNonNull(name, "name");
            this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
            this.bytes = bytes.clone();
        }

        /** {@return the sanitised file name, never blank} */
        public String name() {
            return name;
        }

        /** {@return the media type, lower case, without parameters ({@code application/pdf})} */
        public String mediaType() {
            return mediaType;
        }

        /** {@return its size in bytes, once decoded} */
        public long size() {
            return bytes.length;
        }

        /** {@return a copy of its bytes} */
        public byte[] bytes() {
            return bytes.clone();
        }

        /** {@return a new stream over its bytes} */
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Attachment a && a.name.equals(name) && a.mediaType.equals(mediaType)
                    && java.util.Arrays.equals(a.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, mediaType, java.util.Arrays.hashCode(bytes));
        }

        @Override
        public String toString() {
            return "Attachment[" + name + ", " + mediaType + ", " + bytes.length + " bytes]";
        }
    }

    /**
     * The calendar part of an iMIP message (RFC 6047).
     *
     * @param method the iTIP method, upper case ({@code REPLY}, {@code REQUEST}...): the part's
     *     {@code method} parameter, else the calendar's {@code METHOD} line; {@code PUBLISH} when
     *     neither says
     * @param text the iCalendar text, decoded from its charset
     */
    public record CalendarPart(String method, String text) {
        /**
         * Checks and puts the method in upper case.
         *
         * @param method the iTIP method, in any case
         * @param text the iCalendar text
         */
        public CalendarPart {
            method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
            Objects.requireNonNull(text, "text");
        }

        /** {@return true if it is an attendee's answer (method {@code REPLY})} */
        public boolean isReply() {
            return method.equals("REPLY");
        }
    }
}
