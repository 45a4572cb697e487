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
            "user@under_score.example        | kernel.email.domain"})
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
}
