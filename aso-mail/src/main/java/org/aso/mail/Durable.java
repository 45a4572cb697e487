package org.aso.mail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Files written whole or not at all: a temporary file, forced to disk, renamed over the target. */
final class Durable {
    /** The suffix of temporary files; any left by a crash are deleted when a folder is opened again. */
    static final String TEMP = ".tmp";

    private Durable() {}

    /** Writes {@code parts} to {@code target} atomically; {@code sync} forces the file to disk before the rename. */
    static void write(Path target, boolean sync, byte[]... parts) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + "." + Long.toHexString(System.nanoTime()) + TEMP);
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (byte[] part : parts) {
                ByteBuffer buffer = ByteBuffer.wrap(part);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
            }
            if (sync) {
                ch.force(true);
            }
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        move(temp, target);
    }

    /** Renames atomically, replacing the target. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Forces a folder's entries (new names, renames) to disk; a no-op where the platform cannot open a folder. */
    static void syncFolder(Path folder) throws IOException {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e;
            }
        }
    }
}
