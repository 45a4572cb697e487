package org.aso.core.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * The canonical encoding of an audit entry and its SHA-256, as documented on {@link AuditEntry}.
 * Kept in one place so that the documentation, the sealing in {@link AuditTrail#append} and the
 * check in {@link AuditTrail#verify} cannot drift apart.
 */
final class ChainHash {
    /** The first field of every encoding; a later format would change it. */
    static final String FORMAT = "aso.audit.v1";
    /** The previous hash of the first entry: 64 zeros. */
    static final String GENESIS = "0".repeat(64);

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private static final HexFormat HEX_FORMAT = HexFormat.of();

    private ChainHash() {}

    /** True for 64 lower-case hexadecimal digits. */
    static boolean isHash(String s) {
        return HEX.matcher(s).matches();
    }

    /** True if the text has no unpaired surrogate, so that its UTF-8 encoding is lossless. */
    static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The lower-case hex SHA-256 of the canonical encoding of the given fields. */
    static String of(long sequence, Instant at, String actor, String action, String subjectType, String subject,
                     SortedMap<String, String> details, String previousHash) {
        MessageDigest sha = sha256();
        field(sha, FORMAT);
        field(sha, Long.toString(sequence));
        field(sha, Long.toString(at.getEpochSecond()));
        field(sha, Integer.toString(at.getNano()));
        field(sha, actor);
        field(sha, action);
        field(sha, subjectType);
        field(sha, subject);
        field(sha, Integer.toString(details.size()));
        for (Map.Entry<String, String> d : details.entrySet()) {
            field(sha, d.getKey());
            field(sha, d.getValue());
        }
        field(sha, previousHash);
        return HEX_FORMAT.formatHex(sha.digest());
    }

    /** One field: its UTF-8 length as four bytes, big-endian, then its UTF-8 bytes. */
    private static void field(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256 (java.security.MessageDigest)
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
