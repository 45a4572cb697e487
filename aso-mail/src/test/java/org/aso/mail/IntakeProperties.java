package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Problem;

/** Mutated valid messages: reading gives a coded problem or a value whose texts are safe, never an exception. */
class IntakeProperties {
    private static final List<String> VALID = List.of("plain.eml", "html-only.eml", "alternative.eml", "mixed.eml",
            "forwarded.eml", "imip-reply.eml");
    /** Fragments that matter to a MIME reader, inserted where a mutation lands. */
    private static final List<String> TOKENS = List.of("\r\n", "\n--", "--ALT", "--MIX--", "\r\n\r\n", "=?UTF-8?Q?=0D=0A?=",
            "=?x-unknown?B?AAAA?=", "Content-Type: multipart/mixed; boundary=\"MIX\"\r\n",
            "Content-Type: message/rfc822\r\n", "Content-Transfer-Encoding: base64\r\n", "charset=\"", "\0",
            "filename=\"../../x\"", "<", "&#x0;", "\u202E", "\uD800", ";", "\"", "\\", "=\r\n", "=XY");

    /** One change to a message. */
    interface Mutation {
        byte[] apply(byte[] in);
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        Arbitrary<byte[]> valid = Arbitraries.of(VALID).map(IntakeReadTest::resource);
        Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(valid, mutations).as((eml, list) -> {
            byte[] out = eml;
            for (Mutation m : list) {
                out = m.apply(out);
            }
            return out;
        });
    }

    private static Arbitrary<Mutation> mutation() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<Mutation> flip = Combinators.combine(at, Arbitraries.bytes()).as((p, b) -> in -> {
            if (in.length == 0) {
                return in;
            }
            byte[] out = in.clone();
            out[index(p, in.length - 1)] = b;
            return out;
        });
        Arbitrary<Mutation> delete = Combinators.combine(at, Arbitraries.integers().between(1, 200)).as((p, n) -> in -> {
            int from = index(p, in.length);
            int to = Math.min(in.length, from + n);
            return concat(slice(in, 0, from), slice(in, to, in.length));
        });
        Arbitrary<Mutation> insert = Combinators.combine(at, Arbitraries.of(TOKENS)).as((p, t) -> in -> {
            int i = index(p, in.length);
            return concat(concat(slice(in, 0, i), t.getBytes(StandardCharsets.UTF_8)), slice(in, i, in.length));
        });
        Arbitrary<Mutation> junk = Combinators.combine(at, Arbitraries.bytes().array(byte[].class).ofMaxSize(64)).as((p, j) -> in -> {
            int i = index(p, in.length);
            return concat(concat(slice(in, 0, i), j), slice(in, i, in.length));
        });
        Arbitrary<Mutation> repeat = Combinators.combine(at, at, Arbitraries.integers().between(2, 50)).as((p, q, n) -> in -> {
            int from = index(Math.min(p, q), in.length);
            int to = index(Math.max(p, q), in.length);
            byte[] part = slice(in, from, Math.min(to, from + 400));
            byte[] out = slice(in, 0, to);
            for (int k = 0; k < n; k++) {
                out = concat(out, part);
            }
            return concat(out, slice(in, to, in.length));
        });
        Arbitrary<Mutation> truncate = at.map(p -> in -> slice(in, 0, index(p, in.length)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, flip), net.jqwik.api.Tuple.of(2, delete), net.jqwik.api.Tuple.of(4, insert),
                net.jqwik.api.Tuple.of(2, junk), net.jqwik.api.Tuple.of(1, repeat), net.jqwik.api.Tuple.of(1, truncate));
    }

    @Property(tries = 300)   // about half are read whole, the rest refused (mostly a From header broken)
    void mutatedMessages_giveAProblemOrSafeText(@ForAll("mutated") byte[] eml) {
        Either<Problem, IncomingMail> read = IntakeReadTest.INTAKE.read(eml);
        if (read.isLeft()) {
            assertThat(read.getLeft().code()).startsWith("mail.");
            return;
        }
        IncomingMail mail = read.get();
        assertThat(IntakeTextTest.isSafeText(mail.body())).as("body %s", mail.body()).isTrue();
        mail.subject().ifPresent(s -> assertThat(IntakeTextTest.isSafeLine(s)).as("subject %s", s).isTrue());
        for (Contact c : concat(List.of(mail.from()), concat(mail.to(), mail.cc()))) {
            assertThat(IntakeTextTest.isSafeLine(c.name())).as("name %s", c.name()).isTrue();
        }
        for (IncomingMail.Attachment a : mail.attachments()) {
            assertThat(a.name()).isNotBlank().doesNotContain("/", "\\").hasSizeLessThanOrEqualTo(IncomingMail.Attachment.MAX_NAME);
            assertThat(IntakeTextTest.isSafeLine(a.name())).as("attachment %s", a.name()).isTrue();
        }
        assertThat(mail.attachments()).extracting(a -> a.name().toLowerCase(java.util.Locale.ROOT)).doesNotHaveDuplicates();
        // whatever was read makes a draft the register accepts
        Either<Problem, IncomingDraft> draft = IntakeReadTest.INTAKE.draft(
                org.aso.core.fixtures.CorrespondenceFixtures.emptyGeneral(), mail,
                org.aso.core.fixtures.CorrespondenceFixtures.clerkOn(java.time.LocalDate.of(2026, 5, 4)));
        assertThat(draft.isRight()).as("draft %s", draft).isTrue();
    }

    private static int index(double p, int length) {
        return (int) Math.min(length, Math.floor(p * (length + 1)));
    }

    private static byte[] slice(byte[] in, int from, int to) {
        return java.util.Arrays.copyOfRange(in, from, Math.max(from, to));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
