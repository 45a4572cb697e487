package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "+33 1 42 75 80 00       | +33142758000",
            "+33 (0)1 42 75 80 00    | +33142758000",
            "0033 1.42.75.80.00      | +33142758000",
            "01 42 75 80 00          | 0142758000",
            "(011) 2309-2345         | 01123092345",
            "+91-11-2309 2345        | +911123092345"})
    void parse_keepsRawAndNormalises(String raw, String normalized) {
        PhoneNumber p = PhoneNumber.of(raw);
        assertThat(p.normalized()).isEqualTo(normalized);
        assertThat(p.toString()).isEqualTo(raw.strip());
    }

    @Test
    void equality_isOnTheNormalForm() {
        assertThat(PhoneNumber.of("+33 (0)1 42 75 80 00")).isEqualTo(PhoneNumber.of("0033 1 42 75 80 00"))
                .hasSameHashCodeAs(PhoneNumber.of("0033 1 42 75 80 00"));
        assertThat(PhoneNumber.of("01 42 75 80 00")).isNotEqualTo(PhoneNumber.of("+33 1 42 75 80 00"));
    }

    @Test
    void sameNumberAs_readsNationalNumbersInTheGivenCountry() {
        PhoneNumber national = PhoneNumber.of("01 42 75 80 00");
        PhoneNumber international = PhoneNumber.of("+33 1 42 75 80 00");
        assertThat(national.sameNumberAs(international, 33)).isTrue();
        assertThat(national.sameNumberAs(international, 32)).isFalse();
        assertThat(national.toInternational(33)).isEqualTo("+33142758000");
    }

    @Test
    void extension_isKeptApart() {
        PhoneNumber p = PhoneNumber.of("+33 1 42 75 80 00 poste 412");
        assertThat(p.normalized()).isEqualTo("+33142758000");
        assertThat(p.extension()).contains("412");
        assertThat(PhoneNumber.of("+1 202 555 0100 ext. 7").extension()).contains("7");
        assertThat(p).isNotEqualTo(PhoneNumber.of("+33 1 42 75 80 00"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                  | kernel.phone.blank",
            "call me maybe       | kernel.phone.malformed",
            "12+34               | kernel.phone.malformed",
            "12                  | kernel.phone.length",
            "+1234567890123456   | kernel.phone.length",
            "x123                | kernel.phone.malformed"})
    void parse_bad_givesCodedProblem(String raw, String code) {
        assertThat(PhoneNumber.parse(raw).getLeft().code()).isEqualTo(code);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "01 42 75 80 00\r\next. 12", "01 42 75 80 00\u000Bext. 12", "01 42 75 80 00\fext. 12",
            "01 42 75 80 00\text. 12", "01 42 75 80 00\next. 12", "01 42 75 80 00 ext. 12\u0000",
            "01 42\u000B75 80 00", "01 42 75 80 00\u2028poste 4", "01 42 75 80 00 x\u202E21"})
    void parse_lineBreaksAndControlCharacters_areRefused_evenBeforeAnExtension(String raw) {
        assertThat(PhoneNumber.parse(raw).getLeft().code()).isEqualTo("kernel.phone.malformed");
    }

    @Test
    void parse_loneSurrogate_isRefused() {
        assertThat(PhoneNumber.parse("01 42 75 80 00 \uD800").getLeft().code()).isEqualTo("kernel.phone.malformed");
    }

    @Test
    void toString_ofAnAcceptedNumber_holdsNoControlCharacter() {
        PhoneNumber p = PhoneNumber.of("01 42 75 80 00 ext. 12");
        assertThat(p.toString()).isEqualTo("01 42 75 80 00 ext. 12");
        assertThat(p.extension()).contains("12");
        assertThat(PhoneNumber.of("+33 1 42 75 80 00\u00A0poste 412").extension()).contains("412");
    }

    @Test
    void parse_inputOfAtMost64Characters_isRead_oneMore_isTooLong() {
        String padded = "01 42 75 80 00" + " ".repeat(64 - 14);
        assertThat(PhoneNumber.parse(padded).get().normalized()).isEqualTo("0142758000");
        var tooLong = PhoneNumber.parse(padded + " ").getLeft();
        assertThat(tooLong.code()).isEqualTo("kernel.phone.length");
        assertThat(tooLong.details().get("input")).hasSize(65).endsWith("…");
    }

    @Test
    void parse_nationalNumber_keepsABracketedZeroAsADigit() {
        assertThat(PhoneNumber.of("(0)1 42 75 80 00").normalized()).isEqualTo("0142758000");
        assertThat(PhoneNumber.of("+33 (0)1 42 75 80 00").normalized()).isEqualTo("+33142758000");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\t", "\u2003", "\u200B", "\u0085", "\u001F"})
    void parse_invisibleOrControlCharacter_namesIt_andNeverEchoesTheInput(String c) {
        Problem p = PhoneNumber.parse("01 42" + c + "75 80 00").getLeft();
        assertThat(p.code()).isEqualTo("kernel.phone.malformed");
        assertThat(p.details()).containsEntry("index", "5")
                .containsEntry("character", String.format("U+%04X", (int) c.charAt(0))).doesNotContainKey("input");
    }

    @Test
    void toInternational_acceptsCallingCodesFrom1To999() {
        PhoneNumber national = PhoneNumber.of("01 42 75 80 00");
        assertThat(national.toInternational(1)).isEqualTo("+1142758000");
        assertThat(national.toInternational(999)).isEqualTo("+999142758000");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> national.toInternational(0))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> national.toInternational(1000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PhoneNumber.of("+33 1 42 75 80 00").toInternational(1)).isEqualTo("+33142758000");
    }

    @Test
    void of_invalid_throwsWithTheProblem() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PhoneNumber.of("call me"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kernel.phone.malformed");
    }
}
