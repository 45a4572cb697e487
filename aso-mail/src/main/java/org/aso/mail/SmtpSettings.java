package org.aso.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * How to reach an SMTP server: host and port, transport security, credentials, the EHLO name and
 * the timeouts.
 *
 * <pre>{@code
 * SmtpSettings smtp = SmtpSettings.builder("smtp.example.org", 587)
 *         .password("courrier", secret)
 *         .ehloName("aso.example.org")
 *         .build();                      // STARTTLS required, identity checked, 10 s / 30 s / 30 s
 * }</pre>
 *
 * <p>Security is never optional by accident: STARTTLS is required (the connection fails if the
 * server does not offer it), or TLS from the first byte ({@link Security#IMPLICIT_TLS}, port
 * 465); plain text exists only as {@link Security#INSECURE_PLAINTEXT_FOR_TESTING}. The server's
 * certificate is checked against its host name unless turned off. All three timeouts are set
 * (Jakarta Mail's own defaults wait for ever). Immutable and thread-safe; {@link #toString()}
 * never shows the password or token.
 */
public final class SmtpSettings {
    /** How the connection is protected. */
    public enum Security {
        /** Plain connection upgraded by STARTTLS, which the server must offer (port 587 or 25). */
        STARTTLS_REQUIRED,
        /** TLS from the first byte (port 465). */
        IMPLICIT_TLS,
        /** No encryption at all: only for a test server on this machine. */
        INSECURE_PLAINTEXT_FOR_TESTING
    }

    private final String host;
    private final int port;
    private final Security security;
    private final boolean checkServerIdentity;
    private final Optional<String> user;
    private final Optional<String> secret;
    private final boolean oauth2;
    private final Optional<String> ehloName;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration writeTimeout;
    private final Optional<SSLContext> sslContext;
    private final int maxPerConnection;

    private SmtpSettings(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.security = b.security;
        this.checkServerIdentity = b.checkServerIdentity;
        this.user = Optional.ofNullable(b.user);
        this.secret = Optional.ofNullable(b.secret);
        this.oauth2 = b.oauth2;
        this.ehloName = Optional.ofNullable(b.ehloName);
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.writeTimeout = b.writeTimeout;
        this.sslContext = Optional.ofNullable(b.sslContext);
        this.maxPerConnection = b.maxPerConnection;
    }

    /**
     * A builder for a server.
     *
     * @param host the server's host name or address; not null, not blank, no control characters
     * @param port its port, 1 to 65535
     * @return a builder with STARTTLS required, identity checked, no credentials, timeouts of
     *     10 s (connect), 30 s (read) and 30 s (write), 100 messages per connection
     * @throws IllegalArgumentException if the host or port is not valid
     */
    public static Builder builder(String host, int port) {
        return new Builder(host, port);
    }

    /** {@return the host} */
    public String host() {
        return host;
    }

    /** {@return the port} */
    public int port() {
        return port;
    }

    /** {@return how the connection is protected} */
    public Security security() {
        return security;
    }

    /** {@return true if the certificate must name the host} */
    public boolean checkServerIdentity() {
        return checkServerIdentity;
    }

    /** {@return the user name to log in with, if any} */
    public Optional<String> user() {
        return user;
    }

    /** {@return true if the secret is an OAuth2 access token (SASL XOAUTH2), false for a password} */
    public boolean isOauth2() {
        return oauth2;
    }

    /** {@return the name given in EHLO, if set (else the local host name)} */
    public Optional<String> ehloName() {
        return ehloName;
    }

    /** {@return the longest wait to connect} */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** {@return the longest wait for a reply} */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** {@return the longest a write may block} */
    public Duration writeTimeout() {
        return writeTimeout;
    }

    /** {@return the TLS context (own trust store), if set; else the JVM's default} */
    public Optional<SSLContext> sslContext() {
        return sslContext;
    }

    /** {@return the most messages sent over one connection before it is renewed} */
    public int maxPerConnection() {
        return maxPerConnection;
    }

    Optional<String> secret() {
        return secret;
    }

    @Override
    public String toString() {
        return "smtp://" + user.map(u -> u + "@").orElse("") + host + ":" + port + " " + security
                + (oauth2 ? " XOAUTH2" : "") + (checkServerIdentity ? "" : " (identity not checked)");
    }

    /** Builds {@link SmtpSettings}. Not thread-safe. */
    public static final class Builder {
        private final String host;
        private final int port;
        private Security security = Security.STARTTLS_REQUIRED;
        private boolean checkServerIdentity = true;
        private String user;
        private String secret;
        private boolean oauth2;
        private String ehloName;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration writeTimeout = Duration.ofSeconds(30);
        private SSLContext sslContext;
        private int maxPerConnection = 100;

        private Builder(String host, int port) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank() || Headers.value("host", host).isLeft() || host.contains(" ")) {
                throw new IllegalArgumentException("Not a host: " + Composer.cut(host));
            }
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("Not a port: " + port);
            }
            this.host = host;
            this.port = port;
        }

        /**
         * How the connection is protected.
         *
         * @param security the protection; not null
         * @return this builder
         */
        public Builder security(Security security) {
            this.security = Objects.requireNonNull(security, "security");
            return this;
        }

        /**
         * Whether the server's certificate must name the host (on by default; off only for a
         * test server whose certificate names something else).
         *
         * @param check true to check
         * @return this builder
         */
        public Builder checkServerIdentity(boolean check) {
            this.checkServerIdentity = check;
            return this;
        }

        /**
         * Logs in with a user name and password (AUTH PLAIN or LOGIN, over the protected connection).
         *
         * @param user the user name; not null
         * @param password the password; not null
         * @return this builder
         */
        public Builder password(String user, String password) {
            this.user = Objects.requireNonNull(user, "user");
            this.secret = Objects.requireNonNull(password, "password");
            this.oauth2 = false;
            return this;
        }

        /**
         * Logs in with an OAuth2 access token (SASL XOAUTH2, as Microsoft 365 and Gmail ask); the
         * host obtains and refreshes the token.
         *
         * @param user the mailbox; not null
         * @param accessToken the access token; not null
         * @return this builder
         */
        public Builder oauth2(String user, String accessToken) {
            this.user = Objects.requireNonNull(user, "user");
            this.secret = Objects.requireNonNull(accessToken, "accessToken");
            this.oauth2 = true;
            return this;
        }

        /**
         * The name given in EHLO, a host name of this machine as the server should see it.
         *
         * @param name a host name; not null
         * @return this builder
         * @throws IllegalArgumentException if it is not a host name
         */
        public Builder ehloName(String name) {
            Objects.requireNonNull(name, "name");
            if (!name.matches("[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?")) {
                throw new IllegalArgumentException("An EHLO name is a host name: " + Composer.cut(name));
            }
            this.ehloName = name;
            return this;
        }

        /**
         * The three timeouts.
         *
         * @param connect the longest wait to connect; positive
         * @param read the longest wait for a reply; positive
         * @param write the longest a write may block; positive
         * @return this builder
         * @throws IllegalArgumentException if one is zero or negative
         */
        public Builder timeouts(Duration connect, Duration read, Duration write) {
            for (Duration d : new Duration[] {connect, read, write}) {
                Objects.requireNonNull(d, "timeout");
                if (d.isZero() || d.isNegative() || d.toMillis() > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("A timeout is positive: " + d);
                }
            }
            this.connectTimeout = connect;
            this.readTimeout = read;
            this.writeTimeout = write;
            return this;
        }

        /**
         * The TLS context to use (its trust store decides which certificates are trusted), for a
         * server with a private certificate authority or a test.
         *
         * @param context the context; not null
         * @return this builder
         */
        public Builder sslContext(SSLContext context) {
            this.sslContext = Objects.requireNonNull(context, "context");
            return this;
        }

        /**
         * The most messages sent over one connection before it is closed and another opened.
         *
         * @param max at least 1
         * @return this builder
         * @throws IllegalArgumentException if less than 1
         */
        public Builder maxPerConnection(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("At least one message per connection: " + max);
            }
            this.maxPerConnection = max;
            return this;
        }

        /** {@return the settings} */
        public SmtpSettings build() {
            return new SmtpSettings(this);
        }
    }
}
