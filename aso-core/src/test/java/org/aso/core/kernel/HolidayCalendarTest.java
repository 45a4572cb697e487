package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidayCalendarTest {

    @Test
    void parse_goodFile_readsDatesAndNamesSkippingComments() {
        var result = HolidayCalendar.parse("Closures", """
                \uFEFF# closures of the prefecture
                2026-12-24 Christmas Eve closure

                   # indented comment
                2026-12-31\tNew Year's Eve closure
                """);
        assertThat(result.isRight()).isTrue();
        HolidayCalendar c = result.get();
        assertThat(c.holidaysIn(2026)).containsExactly(
                Holiday.of(LocalDate.of(2026, 12, 24), "Christmas Eve closure"),
                Holiday.of(LocalDate.of(2026, 12, 31), "New Year's Eve closure"));
        assertThat(c.holidaysIn(2027)).isEmpty();
    }

    @Test
    void parse_badLines_reportsEachWithItsLineNumber() {
        var result = HolidayCalendar.parse("Bad", String.join("\n",
                "2026-01-01 Jour de l'an",
                "2026-02-30 No such day",
                "26-05-01 Short year",
                "2026-05-08",
                "2026-01-01 Jour de l'an",
                "2026-07-14 Fête nationale"));
        assertThat(result.isLeft()).isTrue();
        List<Problem> problems = result.getLeft();
        assertThat(problems).extracting(Problem::code).containsExactly(
                "kernel.holidays.bad-date", "kernel.holidays.bad-line",
                "kernel.holidays.missing-name", "kernel.holidays.duplicate");
        assertThat(problems).extracting(p -> p.details().get("line")).containsExactly("2", "3", "4", "5");
        assertThat(problems.get(0).message()).isEqualTo("Line 2: 2026-02-30 is not a date");
    }

    @Test
    void parse_nameWithControlBidiOrBrokenCharacters_isABadName_notAMissingOne() {
        var result = HolidayCalendar.parse("Bad", String.join("\n",
                "2026-05-01 F\u00EAte\u0000 du travail",
                "2026-05-08 Victoire \u001B[8m1945",
                "2026-07-14 F\u00EAte \u202Elanoitan",
                "2026-08-15 Assomption \uD800",
                "2026-11-01 " + "T".repeat(201),
                "2026-12-25 No\u00EBl"));
        assertThat(result.getLeft()).extracting(Problem::code).containsExactly(
                "kernel.holidays.bad-name", "kernel.holidays.bad-name", "kernel.holidays.bad-name",
                "kernel.holidays.bad-name", "kernel.holidays.bad-name");
        assertThat(result.getLeft()).extracting(p -> p.details().get("line")).containsExactly("1", "2", "3", "4", "5");
        assertThat(result.getLeft().get(0).details().get("problem")).isEqualTo("kernel.text.control-character");
        // the offending text is never echoed back
        assertThat(result.getLeft()).allSatisfy(p -> assertThat(String.join("", p.details().values()))
                .doesNotContain("\u0000", "\u001B", "\u202E", "\uD800"));
    }

    @Test
    void read_file_parsesUtf8AndRefusesOtherEncodings(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("fermetures.txt");
        Files.writeString(good, "2026-08-14 Pont de l'Assomption\n", StandardCharsets.UTF_8);
        assertThat(HolidayCalendar.read("Fermetures", good).get().isHoliday(LocalDate.of(2026, 8, 14))).isTrue();

        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "2026-08-14 Pont de l'Assomption é\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(HolidayCalendar.read("Latin", latin1).getLeft())
                .extracting(Problem::code).containsExactly("kernel.holidays.unreadable");

        assertThat(HolidayCalendar.read("Missing", dir.resolve("missing.txt")).getLeft())
                .extracting(Problem::code).containsExactly("kernel.holidays.unreadable");
    }

    @Test
    void read_hugeFile_isRefusedWithoutReadingItAll(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[HolidayCalendar.MAX_FILE_BYTES + 10]);
        assertThat(HolidayCalendar.read("Big", big).getLeft())
                .extracting(Problem::code).containsExactly("kernel.holidays.too-large");
        assertThat(HolidayCalendar.read("Big", big).getLeft().get(0).detail("file")).contains("big.txt");
    }

    @Test
    void plus_combinesNationalAndLocal() {
        HolidayCalendar local = HolidayCalendar.ofHolidays("Local",
                List.of(Holiday.of(LocalDate.of(2026, 5, 15), "Fête de la ville")));
        HolidayCalendar both = FrenchHolidays.metropolitan().plus(local);
        assertThat(both.name()).isEqualTo("France + Local");
        assertThat(both.holidaysIn(2026)).hasSize(12);
        assertThat(both.plus(local)).isEqualTo(both);
        assertThat(HolidayCalendar.none().plus(local)).isSameAs(local);
    }

    @Test
    void parse_aLineOfTheLongestLength_isRead_oneCharacterMore_isTooLong() {
        String atLimit = "2026-11-01 " + "T".repeat(HolidayCalendar.MAX_LINE_LENGTH - 11);
        String beyond = atLimit + "T";
        var result = HolidayCalendar.parse("Long", atLimit + "\n" + beyond);
        // the name at the limit is read (and is too long for a name); the longer line is not read at all
        assertThat(result.getLeft()).extracting(Problem::code)
                .containsExactly("kernel.holidays.bad-name", "kernel.holidays.line-too-long");
        assertThat(result.getLeft().get(1).details().get("line")).isEqualTo("2");
    }

    @Test
    void parse_reportsAtMostTheLargestNumberOfProblems() {
        String bad = "not a holiday\n".repeat(HolidayCalendar.MAX_PROBLEMS + 1);
        assertThat(HolidayCalendar.parse("Bad", bad).getLeft()).hasSize(HolidayCalendar.MAX_PROBLEMS)
                .extracting(Problem::code).containsOnly("kernel.holidays.bad-line");
    }

    @Test
    void parse_textOfTheLargestSize_isRead_oneCharacterMore_isTooLarge() {
        String atLimit = "2026-12-24 Closure\n#" + "x".repeat(HolidayCalendar.MAX_FILE_BYTES - 20);
        assertThat(atLimit).hasSize(HolidayCalendar.MAX_FILE_BYTES);
        assertThat(HolidayCalendar.parse("Big", atLimit).get().holidaysIn(2026)).hasSize(1);
        assertThat(HolidayCalendar.parse("Big", atLimit + "x").getLeft())
                .extracting(Problem::code).containsExactly("kernel.holidays.too-large");
    }

    @Test
    void read_aFileOfTheLargestSize_isRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("full.txt");
        String text = "2026-12-24 Closure\n#" + "x".repeat(HolidayCalendar.MAX_FILE_BYTES - 20);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertThat(Files.size(file)).isEqualTo(HolidayCalendar.MAX_FILE_BYTES);
        assertThat(HolidayCalendar.read("Full", file).get().holidaysIn(2026)).hasSize(1);
    }

    @Test
    void parse_withoutACalendarName_saysSoFirst() {
        assertThat(HolidayCalendar.parse(" ", "2026-12-24 Closure\nbad line").getLeft()).extracting(Problem::code)
                .containsExactly("kernel.holidays.missing-calendar-name", "kernel.holidays.bad-line");
        assertThat(HolidayCalendar.parse(null, "").getLeft()).extracting(Problem::code)
                .containsExactly("kernel.holidays.missing-calendar-name");
    }

    @Test
    void parse_badName_namesTheOffendingCharacter() {
        Problem p = HolidayCalendar.parse("Bad", "2026-05-01 F\u00EAte\u0000 du travail").getLeft().get(0);
        assertThat(p.details()).containsEntry("problem", "kernel.text.control-character")
                .containsEntry("character", "U+0000");
    }

    @Test
    void of_needsANonBlankName_andKeepsItsRules() {
        assertThatThrownBy(() -> HolidayCalendar.of("  ", List.of())).isInstanceOf(IllegalArgumentException.class);
        HolidayRule mayDay = HolidayRule.fixed(MonthDay.of(5, 1), "Fête du travail");
        HolidayCalendar c = HolidayCalendar.of(" Local ", List.of(mayDay));
        assertThat(c.name()).isEqualTo("Local");
        assertThat(c.rules()).containsExactly(mayDay);
    }

    @Test
    void plus_nothing_isTheSameCalendar() {
        HolidayCalendar france = FrenchHolidays.metropolitan();
        assertThat(france.plus(HolidayCalendar.none())).isSameAs(france);
    }

    @Test
    void holidaysOfADay_cannotBeChangedByTheCaller() {
        HolidayCalendar france = FrenchHolidays.metropolitan();
        List<Holiday> mayDay = france.holidaysOn(LocalDate.of(2026, 5, 1));
        assertThatThrownBy(() -> mayDay.add(Holiday.of(LocalDate.of(2026, 5, 1), "Extra")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(france.holidaysOn(LocalDate.of(2026, 5, 1))).hasSize(1);
    }

    @Test
    void calendars_ofTheSameNameAndRules_areEqual_otherwiseNot() {
        HolidayRule mayDay = HolidayRule.fixed(MonthDay.of(5, 1), "Fête du travail");
        HolidayRule christmas = HolidayRule.fixed(MonthDay.of(12, 25), "Noël");
        HolidayCalendar a = HolidayCalendar.of("Local", List.of(mayDay));
        assertThat(HolidayCalendar.of("Local", List.of(mayDay))).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(HolidayCalendar.of("Other", List.of(mayDay))).isNotEqualTo(a);
        assertThat(HolidayCalendar.of("Local", List.of(christmas))).isNotEqualTo(a);
        assertThat(a).isNotEqualTo("Local");
    }
}
