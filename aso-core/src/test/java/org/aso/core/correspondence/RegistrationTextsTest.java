package org.aso.core.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.aso.core.fixtures.CorrespondenceFixtures.clerkOn;
import static org.aso.core.fixtures.CorrespondenceFixtures.emptyGeneral;
import static org.aso.core.fixtures.CorrespondenceFixtures.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The free texts of a registration at their exact length limit, one character over it, and with a
 * control character: {@link Register#validate} names the field for each, and registers the letter
 * only when nothing is wrong.
 */
class RegistrationTextsTest {
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    static Arguments field(String name, int max, BiFunction<Registration.Builder, String, Registration.Builder> set) {
        return Arguments.of(name, max, set);
    }

    static Stream<Arguments> fields() {
        return Stream.of(
                field("subject", 500, (b, s) -> letter(DAY, s)),
                field("summary", 4_000, (b, s) -> b.summary(s)),
                field("their reference", 200, (b, s) -> b.theirReference(s)),
                field("document type", 200, (b, s) -> b.documentType(s)),
                field("attachment", 200, (b, s) -> b.addAttachments("annexe-1.pdf", s)));
    }

    static List<Problem> validate(BiFunction<Registration.Builder, String, Registration.Builder> set, String value) {
        Registration r = set.apply(letter(DAY, "Subvention"), value).build();
        return emptyGeneral().validate(r, clerkOn(DAY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void validate_textOfExactlyItsLimit_isAcceptedAndTheLetterRegistered(String name, int max,
            BiFunction<Registration.Builder, String, Registration.Builder> set) {
        assertThat(validate(set, "x".repeat(max))).isEmpty();
        Registration r = set.apply(letter(DAY, "Subvention"), "x".repeat(max)).build();
        assertThat(emptyGeneral().register(r, clerkOn(DAY)).isRight()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void validate_textOneCharacterOverItsLimit_isRefusedNamingTheField(String name, int max,
            BiFunction<Registration.Builder, String, Registration.Builder> set) {
        assertThat(validate(set, "x".repeat(max + 1))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("kernel.text.too-long");
            assertThat(p.detail("field")).contains(name);
        });
        Registration r = set.apply(letter(DAY, "Subvention"), "x".repeat(max + 1)).build();
        assertThat(emptyGeneral().register(r, clerkOn(DAY)).getLeft().code()).isEqualTo("kernel.text.too-long");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void validate_textWithAControlCharacter_isRefusedNamingTheField(String name, int max,
            BiFunction<Registration.Builder, String, Registration.Builder> set) {
        assertThat(validate(set, "Dossier\u0007 7")).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("kernel.text.control-character");
            assertThat(p.detail("field")).contains(name);
        });
    }
}
