package org.aso.mail;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds on an incoming mail read into an {@link IncomingMail}: whatever comes from outside is
 * read within them or refused with a coded problem ({@code mail.intake.*}), never half read.
 *
 * <pre>{@code
 * IntakeLimits strict = IntakeLimits.DEFAULT.withMaxBytes(5 * 1024 * 1024);   // 5 MiB
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxBytes the largest message, in bytes as stored ({@code mail.intake.too-large}); also
 *     the most bytes decoded from all its parts together
 * @param maxParts the most MIME parts, containers included, nested messages counted with their
 *     parts ({@code mail.intake.too-many-parts})
 * @param maxDepth the deepest nesting of multiparts and attached messages; the message itself
 *     is at depth 0 ({@code mail.intake.too-deep}); at most {@link #MAX_DEPTH}, since parts are
 *     read recursively
 * @param maxHeaders the most header fields in the message or in any one part
 *     ({@code mail.intake.too-many-headers})
 * @param maxHeaderLength the longest header field, name and unfolded value, in characters
 *     ({@code mail.intake.header-too-long})
 * @param maxAttachments the most attachments ({@code mail.intake.too-many-attachments})
 * @param maxTime the longest time reading one message may take, checked between parts and while
 *     extracting text ({@code mail.intake.too-slow}); a bound against pathological input, not a
 *     promise of speed
 */
public record IntakeLimits(long maxBytes, int maxParts, int maxDepth, int maxHeaders, int maxHeaderLength,
                           int maxAttachments, Duration maxTime) {
    /** The deepest nesting a limit may allow. */
    public static final int MAX_DEPTH = 100;

    /** 25 MiB, 500 parts, depth 10, 500 headers of 16,384 characters, 100 attachments, 5 seconds. */
    public static final IntakeLimits DEFAULT = new IntakeLimits(25L * 1024 * 1024, 500, 10, 500, 16_384, 100,
            Duration.ofSeconds(5));

    /**
     * Checks every bound is positive.
     *
     * @param maxBytes the largest message, in bytes
     * @param maxParts the most MIME parts
     * @param maxDepth the deepest nesting
     * @param maxHeaders the most header fields in one part
     * @param maxHeaderLength the longest header field, in characters
     * @param maxAttachments the most attachments, 0 or more
     * @param maxTime the longest time reading one message may take; not null
     * @throws IllegalArgumentException if a bound is zero or negative (the attachments' may be 0), or
     *     the depth above {@link #MAX_DEPTH}
     */
    public IntakeLimits {
        Objects.requireNonNull(maxTime, "maxTime");
        if (maxBytes < 1 || maxParts < 1 || maxDepth < 1 || maxDepth > MAX_DEPTH || maxHeaders < 1 || maxHeaderLength < 1
                || maxAttachments < 0 || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("Intake limits must be positive: " + maxBytes + ", " + maxParts + ", "
                    + maxDepth + ", " + maxHeaders + ", " + maxHeaderLength + ", " + maxAttachments + ", " + maxTime);
        }
    }

    /**
     * {@return the same limits with another largest size}
     *
     * @param bytes the largest message, in bytes, at least 1
     * @throws IllegalArgumentException if {@code bytes} is below 1
     */
    public IntakeLimits withMaxBytes(long bytes) {
        return new IntakeLimits(bytes, maxParts, maxDepth, maxHeaders, maxHeaderLength, maxAttachments, maxTime);
    }

    /**
     * {@return the same limits with another time bound}
     *
     * @param time the longest time reading one message may take, positive; not null
     * @throws IllegalArgumentException if {@code time} is zero or negative
     */
    public IntakeLimits withMaxTime(Duration time) {
        return new IntakeLimits(maxBytes, maxParts, maxDepth, maxHeaders, maxHeaderLength, maxAttachments, time);
    }
}
