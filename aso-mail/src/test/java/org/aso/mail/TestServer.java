package org.aso.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** GreenMail (SMTP and IMAP) on free ports of 127.0.0.1, for one test. */
final class TestServer implements AutoCloseable {
    final GreenMail greenMail;
    final int smtpPort;
    final int imapPort;

    private TestServer(int smtpPort, int imapPort) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.greenMail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
    }

    static TestServer start() throws IOException {
        return new TestServer(freePort(), freePort());
    }

    /** A server on a given SMTP port (to bring a server "back" where the outbox expects it). */
    static TestServer startOn(int smtpPort) throws IOException {
        return new TestServer(smtpPort, freePort());
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static SmtpSettings settings(int port) {
        return SmtpSettings.builder("127.0.0.1", port).security(SmtpSettings.Security.INSECURE_PLAINTEXT_FOR_TESTING)
                .ehloName("aso.test.example").build();
    }

    SmtpSettings settings() {
        return settings(smtpPort);
    }

    /** The messages of one mailbox, fetched over IMAP and copied out of the connection. */
    List<MimeMessage> fetch(String address) throws Exception {
        greenMail.setUser(address, address, "secret");
        Session session = Session.getInstance(new Properties());
        Store store = session.getStore("imap");
        store.connect("127.0.0.1", imapPort, address, "secret");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<MimeMessage> copies = new ArrayList<>();
            for (Message m : inbox.getMessages()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                m.writeTo(out);
                copies.add(new MimeMessage(session, new ByteArrayInputStream(out.toByteArray())));
            }
            inbox.close(false);
            return copies;
        } finally {
            store.close();
        }
    }

    /** Every Message-ID received, in order, repeats included. */
    List<String> receivedIds() throws Exception {
        List<String> ids = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            ids.add(m.getMessageID());
        }
        return ids;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
