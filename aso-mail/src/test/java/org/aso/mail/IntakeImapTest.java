package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Messages as an IMAP folder gives them (Angus's IMAP messages, fetched lazily) are read like files. */
class IntakeImapTest {
    @RegisterExtension
    static final GreenMailExtension SERVER = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());   // a free port: other builds may run GreenMail too

    @Test
    void messagesOfAnImapFolder_areReadWithTheFoldersDate() throws Exception {
        // given: two messages in the mailbox of the mail room
        GreenMailUser cabinet = SERVER.setUser("cabinet@prefecture.example", "cabinet", "secret");
        Session session = Session.getInstance(new Properties());
        for (String name : new String[] {"mixed.eml", "imip-reply.eml"}) {
            cabinet.deliver(new MimeMessage(session, new ByteArrayInputStream(IntakeReadTest.resource(name))));
        }
        Instant before = Instant.now().minusSeconds(60);
        // when: the host polls the folder and hands each message to intake
        Store store = SERVER.getImap().createStore();
        store.connect("cabinet", "secret");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();
            IncomingMail mixed = IntakeReadTest.INTAKE.read((MimeMessage) messages[0]).get();
            IncomingMail reply = IntakeReadTest.INTAKE.read((MimeMessage) messages[1]).get();
            inbox.close(false);
            // then: the same values as from the files, and the folder's date as the receipt
            assertThat(mixed.attachments()).isEqualTo(IntakeReadTest.read("mixed.eml").attachments());
            assertThat(mixed.body()).isEqualTo("See the two files.");
            assertThat(mixed.received()).hasValueSatisfying(r -> assertThat(r).isAfter(before));
            assertThat(reply.calendar()).isEqualTo(IntakeReadTest.read("imip-reply.eml").calendar());
            assertThat(reply.messageId()).contains("<reply.1@prefecture.example>");
        } finally {
            store.close();
        }
    }
}
