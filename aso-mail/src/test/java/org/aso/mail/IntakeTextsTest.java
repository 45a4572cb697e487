package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

class IntakeTextsTest {
    @Test
    void message_fillsTheDetailsInTheReadersLanguage() {
        Problem p = Problem.of("mail.intake.duplicate", "This e-mail is already registered as 2026-A-000001")
                .with("entry", "GEN/2026-A-000001").with("number", "2026-A-000001");
        assertThat(IntakeTexts.message(p, Locale.FRENCH)).isEqualTo("Ce courriel est déjà enregistré sous le numéro 2026-A-000001");
        assertThat(IntakeTexts.message(p, Locale.CANADA_FRENCH)).startsWith("Ce courriel");
        assertThat(IntakeTexts.message(p, Locale.ENGLISH)).isEqualTo("This e-mail is already registered as 2026-A-000001");
        assertThat(IntakeTexts.message(p, Locale.GERMAN)).isEqualTo("This e-mail is already registered as 2026-A-000001");
    }

    @Test
    void message_withoutAnEntryOrADetail_isTheProblemsOwn() {
        assertThat(IntakeTexts.message(Problem.of("mail.other.thing", "Own text"), Locale.FRENCH)).isEqualTo("Own text");
        assertThat(IntakeTexts.message(Problem.of("mail.intake.duplicate", "Own text"), Locale.FRENCH)).isEqualTo("Own text");
    }

    @Test
    void message_keepsSpecialCharactersOfDetails() {
        Problem p = Problem.of("mail.intake.malformed", "x").with("reason", "$1 \\ {x}");
        assertThat(IntakeTexts.message(p, Locale.ENGLISH)).isEqualTo("The message is not well-formed MIME ($1 \\ {x})");
    }

    @Test
    void everyCodeOfTheIntake_hasAFrenchAndAnEnglishText() throws IOException {
        Set<String> codes = new TreeSet<>();
        Pattern code = Pattern.compile("\"(mail\\.(?:intake|address)\\.[a-z-]+)\"");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/aso/mail"))) {
            for (Path f : files.toList()) {
                Matcher m = code.matcher(Files.readString(f));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        assertThat(codes).hasSizeGreaterThan(25);
        assertThat(IntakeTexts.codes("en")).containsAll(codes);
        assertThat(IntakeTexts.codes("fr")).containsExactlyInAnyOrderElementsOf(IntakeTexts.codes("en"));
    }
}
