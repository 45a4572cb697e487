package org.aso.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import io.vavr.control.Either;
import org.aso.core.kernel.Problem;

/**
 * The archive's append-only journal: one line per record, {@code crc32 SP field TAB field ... LF}, each field
 * percent-escaped so that no field holds a tab, a line end or a comma. A record is durable once its line is
 * written and forced; a line cut short by a crash (no line end, or a checksum that fails on the last line) is
 * dropped when the journal is opened again, and the file is cut back to the last whole line.
 */
final class Journal implements AutoCloseable {
    private final FileChannel channel;
    private boolean broken;

    private Journal(FileChannel channel) {
        this.channel = channel;
    }

    /** Opens the journal at {@code file} and gives its whole records; cuts a torn last line off. */
    static Either<Problem, Journal> open(Path file, List<List<String>> records) {
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                byte[] all = Files.readAllBytes(file);
                Either<Problem, Long> good = replay(all, records);
                if (good.isLeft()) {
                    ch.close();
                    return Either.left(good.getLeft());
                }
                if (good.get() < all.length) {
                    ch.truncate(good.get());
                    ch.force(true);
                }
                ch.position(good.get());
                return Either.right(new Journal(ch));
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the archive journal " + file, e);
        }
    }

    /** Reads the whole records of {@code all} into {@code records}; gives the length of the good part. */
    static Either<Problem, Long> replay(byte[] all, List<List<String>> records) {
        int start = 0;
        int lineNo = 0;
        while (start < all.length) {
            int end = start;
            while (end < all.length && all[end] != '\n') {
                end++;
            }
            lineNo++;
            if (end == all.length) {
                return Either.right((long) start); // torn: no line end
            }
            List<String> record = decode(new String(all, start, end - start, StandardCharsets.UTF_8));
            if (record == null) {
                if (end + 1 == all.length) {
                    return Either.right((long) start); // torn last line
                }
                return Either.left(Problem.of("docs.archive.journal.corrupt",
                        "The archive journal is damaged at line " + lineNo + ", before its end").with("line", lineNo));
            }
            records.add(record);
            start = end + 1;
        }
        return Either.right((long) start);
    }

    /**
     * Appends one record and forces it to the device before returning. If the write fails, the journal is cut
     * back to where it was, so that the next record does not follow half a line; if even that fails, the
     * journal takes no more records (the archive must be opened again, which drops the half line).
     */
    void append(List<String> fields) {
        if (broken) {
            throw new IllegalStateException("The archive journal failed to write earlier; open the archive again");
        }
        byte[] line = encode(fields).getBytes(StandardCharsets.UTF_8);
        long before = -1;
        try {
            before = channel.position();
            ByteBuffer buf = ByteBuffer.wrap(line);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            channel.force(true);
        } catch (IOException e) {
            try {
                if (before < 0) {
                    throw e;
                }
                channel.truncate(before);
                channel.position(before);
                channel.force(true);
            } catch (IOException again) {
                broken = true;
                e.addSuppressed(again);
            }
            throw new UncheckedIOException("Cannot write to the archive journal", e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String encode(List<String> fields) {
        StringBuilder payload = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                payload.append('\t');
            }
            payload.append(escape(fields.get(i)));
        }
        return crc(payload.toString()) + " " + payload + "\n";
    }

    /** The fields of a line, or null if it is not a whole record. */
    static List<String> decode(String line) {
        int space = line.indexOf(' ');
        if (space != 8) {
            return null;
        }
        String payload = line.substring(9);
        if (!line.substring(0, 8).equals(crc(payload))) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        for (String f : payload.split("\t", -1)) {
            String v = unescape(f);
            if (v == null) {
                return null;
            }
            fields.add(v);
        }
        return fields;
    }

    /** Joins list items into one field. */
    static String join(List<String> items) {
        List<String> escaped = new ArrayList<>();
        for (String s : items) {
            escaped.add(escape(s));
        }
        return String.join(",", escaped);
    }

    /** Splits a field made by {@link #join}. */
    static List<String> split(String field) {
        List<String> out = new ArrayList<>();
        if (field.isEmpty()) {
            return out;
        }
        for (String s : field.split(",", -1)) {
            out.add(unescape(s));
        }
        return out;
    }

    private static String crc(String payload) {
        CRC32 crc = new CRC32();
        crc.update(payload.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' || c == '\t' || c == '\n' || c == '\r' || c == ',') {
                b.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return null;
                }
                try {
                    b.append((char) HexFormat.fromHexDigits(s, i + 1, i + 3));
                } catch (IllegalArgumentException e) {
                    return null;
                }
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
