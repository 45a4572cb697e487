package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Classification levels, Easter in the years where the computus's corrections matter, working hours
 * given in any order, and the e-mail and telephone limits at their exact edge.
 */
class KernelLimitsTest {
    @Test
    void isClassified_fromConfidentialUp() {
        assertThat(Confidentiality.PUBLIC.isClassified()).isFalse();
        assertThat(Confidentiality.RESTRICTED.isClassified()).isFalse();
        assertThat(Confidentiality.CONFIDENTIAL.isClassified()).isTrue();
        assertThat(Confidentiality.SECRET.isClassified()).isTrue();
        assertThat(Confidentiality.TOP_SECRET.isClassified()).isTrue();
    }

    /**
     * 1954, 1981, 2049 and 2076 are the years where the simple rule "the 19th day of the ecclesiastical
     * moon falls on April 25 or 26, so go back a week" applies (Gauss's exceptions); the dates are the
     * published ones (and Python's dateutil.easter gives the same).
     */
    @Test
    void easterSunday_inTheYearsOfTheComputusExceptions_isThePublishedDate() {
        assertThat(HolidayRule.easterSunday(1954)).isEqualTo(LocalDate.of(1954, 4, 18));
        assertThat(HolidayRule.easterSunday(1981)).isEqualTo(LocalDate.of(1981, 4, 19));
        assertThat(HolidayRule.easterSunday(2049)).isEqualTo(LocalDate.of(2049, 4, 18));
        assertThat(HolidayRule.easterSunday(2076)).isEqualTo(LocalDate.of(2076, 4, 19));
    }

    @Test
    void workingWeek_hoursGivenOutOfOrder_areSortedAndStillCheckedForOverlap() {
        TimeRange afternoon = TimeRange.of(LocalTime.of(14, 0), LocalTime.of(17, 30));
        TimeRange morning = TimeRange.of(LocalTime.of(8, 30), LocalTime.of(12, 0));
        WorkingWeek week = WorkingWeek.mondayToFriday(afternoon, morning);
        assertThat(week.hours(DayOfWeek.TUESDAY)).containsExactly(morning, afternoon);
        assertThat(week).isEqualTo(WorkingWeek.mondayToFriday(morning, afternoon));
        assertThat(week.weeklyDuration()).isEqualTo(Duration.ofMinutes(5 * (210 + 210)));

        TimeRange lateMorning = TimeRange.of(LocalTime.of(11, 0), LocalTime.of(15, 0));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> WorkingWeek.of(Map.of(DayOfWeek.MONDAY, List.of(afternoon, morning, lateMorning))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
    }

    /** A domain of {@code length} ASCII characters, in labels of at most 63. */
    static String domainOf(int length) {
        StringBuilder d = new StringBuilder();
        while (length - d.length() > 63 + 1 + 3) {
            d.append("a".repeat(63)).append('.');
        }
        d.append("b".repeat(length - d.length() - 3)).append(".fr");
        return d.toString();
    }

    @Test
    void email_localPartOfExactly64Octets_isAcceptedAnd65Refused() {
        assertThat(EmailAddress.parse("x".repeat(64) + "@example.fr").isRight()).isTrue();
        assertThat(EmailAddress.parse("x".repeat(65) + "@example.fr").getLeft().code()).isEqualTo("kernel.email.local-part");
        // octets, not characters: é takes two in UTF-8
        assertThat(EmailAddress.parse("é".repeat(32) + "@example.fr").isRight()).isTrue();
        assertThat(EmailAddress.parse("é".repeat(32) + "x@example.fr").getLeft().code()).isEqualTo("kernel.email.local-part");
    }

    @Test
    void email_ofExactly254Octets_isAcceptedAnd255Refused() {
        String local = "x".repeat(64);
        String at254 = local + "@" + domainOf(254 - 65);
        String at255 = local + "@" + domainOf(255 - 65);
        assertThat(at254).hasSize(254);
        assertThat(at255).hasSize(255);
        assertThat(EmailAddress.parse(at254).isRight()).isTrue();
        assertThat(EmailAddress.parse(at255).getLeft().code()).isEqualTo("kernel.email.too-long");
    }

    @Test
    void phone_ofExactly3And15Digits_isAcceptedAnd2Or16Refused() {
        assertThat(PhoneNumber.parse("112").get().normalized()).isEqualTo("112");
        assertThat(PhoneNumber.parse("+33 1 23 45 67 89 0123").get().normalized()).isEqualTo("+331234567890123");
        assertThat(PhoneNumber.parse("12").getLeft().code()).isEqualTo("kernel.phone.length");
        assertThat(PhoneNumber.parse("+33 1 23 45 67 89 01234").getLeft().code()).isEqualTo("kernel.phone.length");
    }
}
