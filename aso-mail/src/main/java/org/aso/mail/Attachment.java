package org.aso.mail;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A file sent with a message: its name, its media type and its bytes.
 *
 * <p>The name is made safe when the attachment is made ({@link #sanitise}): no folder, no control
 * or invisible characters, no characters that file systems refuse, at most
 * {@link #MAX_NAME} characters with its extension kept. The media type is checked when the
 * message is composed ({@code mail.attachment.media-type}).
 *
 * <pre>{@code
 * Attachment agenda = Attachment.of("../Ordre du jour.pdf", "application/pdf", pdf);
 * agenda.fileName();   // "Ordre du jour.pdf"
 * }</pre>
 *
 * <p>Immutable and thread-safe: the bytes are copied in and out.
 */
public final class Attachment {
    /** Longest file name kept, in characters. */
    public static final int MAX_NAME = 100;

    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,10}");
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private final String fileName;
    private final String mediaType;
    private final byte[] content;

    private Attachment(String fileName, String mediaType, byte[] content) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content;
    }

    /**
     * An attachment, its name made safe.
     *
     * @param fileName the name as the caller has it, untrusted; not null
     * @param mediaType the media type, such as {@code application/pdf}; not null; spaces around it are
     *     dropped, any other character outside {@code type/subtype} (a tab, a line break) makes it refused when
     *     the message is composed
     * @param content the bytes; not null, copied
     * @return the attachment
     */
    public static Attachment of(String fileName, String mediaType, byte[] content) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        return new Attachment(sanitise(fileName), withoutSpacesAround(mediaType).toLowerCase(Locale.ROOT), content.clone());
    }

    /** {@return the file name, safe to show and to save} */
    public String fileName() {
        return fileName;
    }

    /** {@return the media type, in lower case} */
    public String mediaType() {
        return mediaType;
    }

    /** {@return a copy of the bytes} */
    public byte[] content() {
        return content.clone();
    }

    /** {@return the size in bytes} */
    public int size() {
        return content.length;
    }

    byte[] bytes() {
        return content;
    }

    private static String withoutSpacesAround(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        return s.substring(from, to);
    }

    /** {@return true if the media type is a well-formed {@code type/subtype}, without parameters} */
    boolean hasValidMediaType() {
        return MEDIA_TYPE.matcher(mediaType).matches();
    }

    /**
     * A file name made safe: the last segment of a path (after {@code /} or {@code \}); control,
     * invisible and line-separating characters removed; {@code < > : " | ? *} replaced by
     * {@code _}; dots and spaces trimmed at both ends; a device name of Windows prefixed with
     * {@code _}; at most {@link #MAX_NAME} characters, keeping an extension of up to ten letters
     * or digits; {@code "attachment"} if nothing is left.
     *
     * @param fileName the name, untrusted; not null
     * @return the safe name, never blank
     */
    public static String sanitise(String fileName) {
        String name = fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder b = new StringBuilder(Math.min(name.length(), 4 * MAX_NAME));
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int type = Character.getType(cp);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
                continue;
            }
            b.appendCodePoint("<>:\"|?*".indexOf(cp) >= 0 ? '_' : cp);
        }
        name = trim(b.toString());
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && EXTENSION.matcher(name.substring(dot)).matches() ? name.substring(dot) : "";
            String stem = extension.isEmpty() ? name : name.substring(0, dot);
            int keep = MAX_NAME - extension.length();
            stem = stem.substring(0, stem.offsetByCodePoints(0, Math.min(keep, stem.codePointCount(0, stem.length()))));
            name = trim(stem) + extension;
        }
        if (name.isEmpty() || name.startsWith(".")) {
            name = "attachment" + name;
        }
        int dot = name.indexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT);
        if (RESERVED.contains(base)) {
            name = "_" + name;
        }
        return name;
    }

    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || Character.isWhitespace(s.charAt(start)))) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(start, end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attachment a && fileName.equals(a.fileName) && mediaType.equals(a.mediaType)
                && Arrays.equals(content, a.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType) * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return fileName + " (" + mediaType + ", " + content.length + " bytes)";
    }
}
