package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.aso.mail.MailFixtures.NOW;

import io.vavr.control.Either;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aso.calendar.Ics;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;

/**
 * Whatever a caller puts in a header value, a display name or an address, a control character in
 * it is refused with a {@link Problem}: never written, never an exception.
 */
class HeaderInjectionProperties {

    /** Any text with at least one control, line-separating or invisible character somewhere in it. */
    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '\u024F').ofMaxLength(40);
        Arbitrary<Character> control = Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u001F'), Arbitraries.chars().range('\u007F', '\u009F'),
                Arbitraries.of('\u2028', '\u2029', '\u200B', '\u202E', '\uFEFF'));
        return Combinators.combine(text, control, text).as((a, c, b) -> a + c + b);
    }

    /** A control character between two non-empty runs of address characters. */
    @Provide
    Arbitrary<String> hostileLocalPart() {
        Arbitrary<String> atoms = Arbitraries.strings().withChars("abcxyz019.-_+").ofMinLength(1).ofMaxLength(10);
        Arbitrary<Character> control = Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u001F'), Arbitraries.chars().range('\u007F', '\u009F'),
                Arbitraries.of('\u2028', '\u2029', '\u200B', '\u202E', '\uFEFF'));
        return Combinators.combine(atoms, control, atoms).as((a, c, b) -> a + c + b);
    }

    @Property(tries = 300)
    void a_hostile_sender_name_is_refused(@ForAll("hostile") String name) {
        Mail mail = MailFixtures.builder().sender(EmailAddress.of("courrier@prefecture.example"), name).build();
        Either<Problem, Email> letter = mail.letter(MailFixtures.outgoing(MailFixtures.mayor("cabinet@mairie-lyon.example")),
                new byte[] {1}, List.of(), 0, NOW);
        assertRefused(letter);
    }

    /**
     * Core already refuses such names in a contact or a person; below the facade, every header
     * value of a message (subject, each display name) is checked again before anything is written.
     */
    @Property(tries = 500)
    void every_header_value_of_a_message_is_checked(@ForAll("hostile") String value, @ForAll("fields") int field) {
        EmailAddress a = EmailAddress.of("a@prefecture.example");
        Composer.Named clean = new Composer.Named(a, "Alice");
        Composer.Named dirty = new Composer.Named(a, value);
        Composer.Draft draft = new Composer.Draft("<letter.x.0@prefecture.example>", field == 1 ? dirty : clean,
                java.util.Optional.of(field == 2 ? dirty : clean), List.of(clean, field == 3 ? dirty : clean), a,
                field == 0 ? value : "Objet", NOW, "texte", "<p>texte</p>", java.util.Optional.empty(), List.of(),
                java.util.Optional.empty(), List.of(), false);
        assertRefused(Composer.compose(draft));
    }

    @Provide
    Arbitrary<Integer> fields() {
        return Arbitraries.integers().between(0, 3);
    }

    /** Core refuses most such names in a contact; whatever it lets through (a zero-width space) mail refuses. */
    @Property(tries = 300)
    void a_hostile_recipient_name_never_reaches_a_message(@ForAll("hostile") String name) {
        Contact to;
        try {
            to = Contact.builder().name(name).email(EmailAddress.of("cabinet@mairie-lyon.example")).build();
        } catch (IllegalArgumentException refusedByCore) {
            return;
        }
        assertRefused(MailFixtures.mail().letter(MailFixtures.outgoing(to), new byte[] {1}, List.of(), 0, NOW));
    }

    /** The same for a person of the directory invited to a meeting. */
    @Property(tries = 300)
    void a_hostile_attendee_name_never_reaches_a_message(@ForAll("hostile") String name) {
        Person alice;
        try {
            alice = Person.builder().id(PersonId.of("alice")).name(name).email(MailFixtures.ALICE.email().get()).build();
        } catch (IllegalArgumentException refusedByCore) {
            return;
        }
        Ics.Directory directory = Ics.Directory.of(List.of(MailFixtures.ORGANIZER, alice, MailFixtures.BOB),
                org.aso.core.fixtures.AgendaFixtures.rooms());
        Mail mail = Mail.builder(directory).domain("prefecture.example")
                .sender(EmailAddress.of("courrier@prefecture.example"), "Secrétariat").locale(Locale.FRENCH).build();
        assertRefused(mail.invitation(MailFixtures.request(0, alice), MailFixtures.meeting(), List.of(), NOW));
    }

    @Property(tries = 300)
    void a_hostile_media_type_is_refused(@ForAll("hostile") String mediaType) {
        var entry = MailFixtures.outgoing(MailFixtures.mayor("cabinet@mairie-lyon.example"));
        Either<Problem, Email> letter = MailFixtures.mail().letter(entry, new byte[] {1},
                List.of(Attachment.of("annexe.pdf", "application/" + mediaType, new byte[] {1})), 0, NOW);
        assertThat(letter.isLeft()).isTrue();
        assertThat(letter.getLeft().code()).isEqualTo("mail.attachment.media-type");
    }

    @Property(tries = 300)
    void a_hostile_address_never_becomes_one(@ForAll("hostileLocalPart") String local) {
        assertThat(EmailAddress.parse(local + "@prefecture.example").isLeft()).isTrue();
        assertThat(MailAddresses.parseList(local + "@prefecture.example").isLeft()).isTrue();
    }

    @Property(tries = 300)
    void a_hostile_attachment_name_comes_out_clean(@ForAll("hostile") String name) {
        String safe = Attachment.sanitise(name);
        assertThat(safe).isNotBlank().doesNotContain("/", "\\").hasSizeLessThanOrEqualTo(Attachment.MAX_NAME);
        assertThat(safe.chars()).noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || c == '\u2028' || c == '\u2029');
    }

    private static void assertRefused(Either<Problem, ?> result) {
        assertThat(result.isLeft()).as("refused").isTrue();
        assertThat(result.getLeft().code()).isEqualTo("mail.header.control-character");
    }
}
