package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"claire.martin@example.gouv.fr", "a+tag@sub.example.org", "o'brien@example.ie",
            "x@example.co.uk", "  spaced@example.org  ", "Ülrike@exämple.de"})
    void parse_validAddresses_areAccepted(String text) {
        assertThat(EmailAddress.parse(text).isRight()).as(text).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                              | kernel.email.blank",
            "no-at-sign.example.org          | kernel.email.malformed",
            "'two words@example.org'         | kernel.email.malformed",
            "@example.org                    | kernel.email.local-part",
            ".dot@example.org                | kernel.email.local-part",
            "a..b@example.org                | kernel.email.local-part",
            "a(b)@example.org                | kernel.email.local-part",
            "user@localhost                  | kernel.email.domain",
            "user@[192.0.2.1]                | kernel.email.domain",
            "user@-bad-.example.org          | kernel.email.domain",
            "user@example..org               | kernel.email.domain",
            "user@example.123                | kernel.email.domain",
            "user@under_score.example        | kernel.email.domain",
            "user@example.org.               | kernel.email.domain",
            "user@                           | kernel.email.domain",
            "a@b@example.org                 | kernel.email.local-part",
            "a[b@example.org                 | kernel.email.local-part",
            "a:b@example.org                 | kernel.email.local-part",
            "a\"b@example.org                | kernel.email.local-part"})
    void parse_invalidAddresses_giveACodedProblem(String text, String code) {
        var result = EmailAddress.parse(text);
        assertThat(result.isLeft()).as(text).isTrue();
        assertThat(result.getLeft().code()).isEqualTo(code);
    }

    @Test
    void parse_headerInjection_isRefused() {
        var result = EmailAddress.parse("victim@example.org\r\nBcc: all@example.org");
        assertThat(result.getLeft().code()).isEqualTo("kernel.email.malformed");
    }

    @Test
    void parse_spacesAroundAreDropped_butAControlCharacterAtAnEndIsRefused() {
        assertThat(EmailAddress.parse("  alice@example.org \u00A0").get()).isEqualTo(EmailAddress.of("alice@example.org"));
        for (String text : new String[] {"\u001Falice@example.org", "alice@example.org\n", "\talice@example.org",
                "alice@example.org\r\n"}) {
            var p = EmailAddress.parse(text).getLeft();
            assertThat(p.code()).as(text).isEqualTo("kernel.email.malformed");
            assertThat(p.details()).as(text).containsKey("character");
        }
    }

    @Test
    void parse_tooLongLocalPart_isRefused() {
        assertThat(EmailAddress.parse("a".repeat(65) + "@example.org").getLeft().code())
                .isEqualTo("kernel.email.local-part");
        assertThat(EmailAddress.parse("a".repeat(600)).getLeft().code()).isEqualTo("kernel.email.too-long");
    }

    @Test
    void idnDomain_isStoredAsPunycodeAndShownInUnicode() {
        EmailAddress a = EmailAddress.of("secretariat@Préfecture.example");
        assertThat(a.domain()).isEqualTo("xn--prfecture-c4a.example");
        assertThat(a.unicodeDomain()).isEqualTo("préfecture.example");
        assertThat(a.toString()).isEqualTo("secretariat@préfecture.example");
        assertThat(a.toAscii()).isEqualTo("secretariat@xn--prfecture-c4a.example");
        assertThat(a).isEqualTo(EmailAddress.of("secretariat@xn--prfecture-c4a.EXAMPLE"));
        assertThat(a.requiresSmtpUtf8()).isFalse();
        assertThat(EmailAddress.of("Ülrike@example.de").requiresSmtpUtf8()).isTrue();
    }

    @Test
    void of_invalid_throwsWithTheProblem() {
        assertThatThrownBy(() -> EmailAddress.of("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kernel.email.malformed");
    }

    @Test
    void parse_rightToLeftOverride_isRefused_itWouldDisplayAsAnotherAddress() {
        // shows as admin@example.org.gro.elpmaxe... reversed: the reader sees another address than the one used
        assertThat(EmailAddress.parse("admin\u202Egro.elpmaxe@example.org").getLeft().code()).isEqualTo("kernel.email.malformed");
        for (char c : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E',
                '\u200F', '\u061C'}) {
            assertThat(EmailAddress.parse("ad" + c + "min@example.org").getLeft().code()).as("U+%04X", (int) c)
                    .isEqualTo("kernel.email.malformed");
        }
    }

    @Test
    void parse_invisibleCharacters_areRefused() {
        assertThat(EmailAddress.parse("admin\u200B@example.org").getLeft().code()).isEqualTo("kernel.email.malformed");
        assertThat(EmailAddress.parse("\uFEFFadmin@example.org").getLeft().code()).isEqualTo("kernel.email.malformed");
        assertThat(EmailAddress.parse("ad\u00ADmin@example.org").getLeft().code()).isEqualTo("kernel.email.malformed");
    }

    @Test
    void parse_loneSurrogate_isRefusedAsMalformed() {
        assertThat(EmailAddress.parse("admin\uD800@example.org").getLeft().code()).isEqualTo("kernel.email.malformed");
        assertThat(EmailAddress.parse("admin\uDC00x@example.org").getLeft().code()).isEqualTo("kernel.email.malformed");
        assertThat(EmailAddress.parse("admin@exa\uD800mple.org").getLeft().code()).isEqualTo("kernel.email.malformed");
        // a character outside the BMP, as a pair, is fine in the local part
        assertThat(EmailAddress.parse("\uD83D\uDCE7@example.org").isRight()).isTrue();
    }

    @Test
    void problems_neverEchoInvisibleCharacters() {
        Problem p = EmailAddress.parse("admin\u202Egro.elpmaxe@example.org").getLeft();
        assertThat(p.details().values()).allSatisfy(v -> assertThat(v.chars().noneMatch(c -> c == 0x202E)).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "z", "A", "Z", "0", "9", "!", "~", "`", "{", "a.b", "!#$%&'*+-/=?^_`{|}~"})
    void parse_localPart_everyLetterDigitAndAtextSpecial_isAccepted(String local) {
        assertThat(EmailAddress.parse(local + "@example.org").get().localPart()).isEqualTo(local);
    }

    @Test
    void parse_inputOfTheLongestLength_isRead_oneCharacterMore_isTooLong() {
        String padded = "alice@example.org" + " ".repeat(512 - 17);
        assertThat(padded).hasSize(512);
        assertThat(EmailAddress.parse(padded).get()).isEqualTo(EmailAddress.of("alice@example.org"));
        assertThat(EmailAddress.parse(padded + " ").getLeft().code()).isEqualTo("kernel.email.too-long");
    }

    @Test
    void parse_onlyNoBreakSpaces_isMalformed() {
        assertThat(EmailAddress.parse("\u00A0\u00A0").getLeft().code()).isEqualTo("kernel.email.malformed");
    }

    @Test
    void parse_spacesAndControlsInside_areMalformed_namingTheCharacter() {
        for (String text : new String[] {"a\u00A0b@example.org", "a\u007Fb@example.org", "a\u2003b@example.org",
                "a\u0085b@example.org"}) {
            Problem p = EmailAddress.parse(text).getLeft();
            assertThat(p.code()).as(text).isEqualTo("kernel.email.malformed");
            assertThat(p.details()).as(text).containsEntry("index", "1").doesNotContainKey("input");
        }
        assertThat(EmailAddress.parse("a\u00A0b@example.org").getLeft().details()).containsEntry("character", "U+00A0");
    }

    @Test
    void parse_domainOfAtMost253Characters_thenTheWholeAddressOfAtMost254() {
        String label = "a".repeat(63);
        String domain253 = label + "." + label + "." + label + "." + "a".repeat(61);
        assertThat(domain253).hasSize(253);
        // a 253-character domain passes the domain's limit, but no address with it fits in 254 octets
        assertThat(EmailAddress.parse("x@" + domain253).getLeft().code()).isEqualTo("kernel.email.too-long");
        assertThat(EmailAddress.parse("x@" + domain253 + "a").getLeft().code()).isEqualTo("kernel.email.domain");
        String domain252 = domain253.substring(1);
        assertThat(EmailAddress.parse("x@" + domain252).get().domain()).isEqualTo(domain252);
    }

    @Test
    void problems_showAtMost100CharactersOfTheInput() {
        String hundred = "a".repeat(100);
        assertThat(EmailAddress.parse(hundred).getLeft().details()).containsEntry("input", hundred);
        assertThat(EmailAddress.parse(hundred + "b").getLeft().details()).containsEntry("input", hundred + "…");
    }
}
