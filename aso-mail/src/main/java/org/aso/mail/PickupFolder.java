package org.aso.mail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aso.core.kernel.Problem;

/** Writes each message as {@code <message-id>.eml} in a folder, atomically. */
final class PickupFolder implements MailTransport {
    private final Path folder;

    PickupFolder(Path folder) {
        this.folder = folder;
    }

    /** The file name of a message: its Message-ID without brackets, made safe. */
    static String fileName(Email email) {
        String id = email.messageId();
        return Headers.safe(id.substring(1, id.length() - 1)) + ".eml";
    }

    @Override
    public List<Delivery> send(List<Email> batch) {
        List<Delivery> results = new ArrayList<>(batch.size());
        boolean written = false;
        for (Email email : batch) {
            try {
                Durable.write(folder.resolve(fileName(email)), true, email.content());
                results.add(Delivery.accepted(email.messageId()));
                written = true;
            } catch (IOException | RuntimeException e) {
                results.add(Delivery.failed(email.messageId(), Problem.of("mail.pickup.failed", "The message could not be written")
                        .with("folder", folder).with("reason", Composer.cut(String.valueOf(e.getMessage())))));
            }
        }
        if (written) {
            try {
                Durable.syncFolder(folder);
            } catch (IOException e) {
                // the files are written; only their names may not have reached the disk yet
            }
        }
        return results;
    }
}
