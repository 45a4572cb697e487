package org.aso.examples;

import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.FrenchHolidays;
import org.aso.core.kernel.HolidayCalendar;
import org.aso.core.kernel.OrgChart;
import org.aso.core.kernel.OrgUnit;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PhoneNumber;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.TimeRange;
import org.aso.core.kernel.WorkingDayDeadline;
import org.aso.core.kernel.WorkingTimeDeadline;
import org.aso.core.kernel.WorkingWeek;

/**
 * aso-core's kernel: a business calendar, deadlines with their explanation, a holiday file,
 * addresses and phone numbers, the organisation chart and the context of a decision.
 */
public final class KernelExample {
    private KernelExample() {}

    /** A Paris office: Monday to Friday, 09:00-12:30 and 13:30-17:30, French holidays. */
    public static BusinessCalendar parisOffice() {
        // tag::kernel-calendar[]
        BusinessCalendar paris = BusinessCalendar.of(
                ZoneId.of("Europe/Paris"),
                WorkingWeek.mondayToFriday(TimeRange.parse("09:00-12:30"), TimeRange.parse("13:30-17:30")),
                FrenchHolidays.metropolitan());                 // or FrenchHolidays.withAlsaceMoselle()
        // end::kernel-calendar[]
        return paris;
    }

    /** The deadlines of {@link #deadlines} and what the README says of them. */
    public record Deadlines(WorkingDayDeadline reply, LocalDate due, String why, int days, Instant done,
                            Duration worked) {}

    /** A reply due 15 working days after 2 May 2024, and eight hours of work from 7 May 2024 at 16:00. */
    public static Deadlines deadlines(BusinessCalendar paris) {
        // tag::kernel-calendar[]
        WorkingDayDeadline reply = paris.deadline(LocalDate.of(2024, 5, 2), 15);
        LocalDate due = reply.due();                            // => 2024-05-28
        String why = reply.explanation("received");
        // => received Thu 2 May 2024 + 15 working days: skipped 8 May (Victoire 1945), 9 May (Ascension),
        //    20 May (Lundi de Pentecôte) and 8 weekend days -> Tue 28 May 2024
        int days = paris.workingDaysBetween(LocalDate.of(2024, 5, 2), due);    // => 15

        Instant assigned = ZonedDateTime.of(2024, 5, 7, 16, 0, 0, 0, paris.zone()).toInstant();
        Instant done = paris.plusWorkingTime(assigned, Duration.ofHours(8));   // => 2024-05-10T14:30:00Z
        Duration worked = paris.workingTimeBetween(assigned, done);           // => PT8H
        // end::kernel-calendar[]
        return new Deadlines(reply, due, why, days, done, worked);
    }

    /** A letter received on 2 May 2024 with 15 working days to reply. */
    public static WorkingDayDeadline replyDeadline(BusinessCalendar calendar) {
        return deadlines(calendar).reply();
    }

    /** A task of 8 working hours assigned on Tuesday 7 May 2024 at 16:00. */
    public static WorkingTimeDeadline taskDeadline(BusinessCalendar calendar) {
        return calendar.deadline(LocalDateTime.of(2024, 5, 7, 16, 0).atZone(calendar.zone()).toInstant(),
                Duration.ofHours(8));
    }

    /** A holiday file with two bad lines: every problem comes back with its line number. */
    public static List<Problem> badHolidayFile() {
        return HolidayCalendar.parse("Closures", """
                # local closures
                2026-12-24 Christmas Eve closure
                2026-12-32 New Year's Eve closure
                2026-08-14
                """).getLeft();
    }

    /** The office's calendar with the closures of a file, and what reading the file gave. */
    public record Closures(Either<List<Problem>, HolidayCalendar> read, BusinessCalendar office) {}

    /** Adds the local closures listed in {@code file} to the calendar, or keeps it as it is if the file is bad. */
    public static Closures closures(BusinessCalendar paris, Path file) {
        // tag::kernel-closures[]
        Either<List<Problem>, HolidayCalendar> closures = HolidayCalendar.read("Closures", file);
        // => Left([kernel.holidays.bad-date: ... {line=3, ...}, kernel.holidays.missing-name: ... {line=4, ...}])
        BusinessCalendar office = closures.fold(
                problems -> paris,                 // every bad line, with its number: show them, keep the calendar
                paris::plusHolidays);
        // end::kernel-closures[]
        return new Closures(closures, office);
    }

    /** What {@link #values} checked. */
    public record Values(Either<Problem, EmailAddress> idn, String wire, Either<Problem, EmailAddress> injected,
                         boolean same) {}

    /** Addresses and phone numbers read from outside. */
    public static Values values() {
        // tag::kernel-values[]
        Either<Problem, EmailAddress> idn = EmailAddress.parse("secretariat@préfecture.example");
        // => Right(secretariat@préfecture.example)
        String wire = idn.get().toAscii();     // => secretariat@xn--prfecture-c4a.example
        Either<Problem, EmailAddress> injected = EmailAddress.parse("x@example.org\r\nBcc: all@example.org");
        // => Left(kernel.email.malformed: ...)
        boolean same = PhoneNumber.of("+33 (0)1 42 75 80 00").equals(PhoneNumber.of("0033 1 42 75 80 00"));  // => true
        // end::kernel-values[]
        return new Values(idn, wire, injected, same);
    }

    /** The section's people as the README's snippets use them. */
    public record Section(OrgChart orgChart, Person officer, Optional<PersonId> superior, Context ctx) {}

    /** Section 2 of a sub-directorate, and its officer deciding at the clock's instant. */
    public static Section section(Clock clock) {
        // tag::kernel-section[]
        OrgChart orgChart = OrgChart.of(List.of(
                        OrgUnit.builder().id(OrgUnitId.of("SD")).code("SD").name("Sub-directorate")
                                .head(PersonId.of("sophie")).build(),
                        OrgUnit.builder().id(OrgUnitId.of("S2")).code("S2").name("Section 2")
                                .parent(OrgUnitId.of("SD")).head(PersonId.of("marc")).build()))
                .getOrElseThrow(problems -> new IllegalArgumentException(problems.toString()));  // cycles, unknown parents, ...
        Person officer = Person.builder().id(PersonId.of("claire")).name("Claire Martin").unit(OrgUnitId.of("S2"))
                .clearance(Clearance.of(Confidentiality.RESTRICTED)).build();

        // whom to escalate to, one level up
        Optional<PersonId> superior = orgChart.superiorOf(officer.id(), officer.unit().orElseThrow());  // => Optional[marc]
        Context ctx = Context.at(clock, officer);        // who decides (officer.id(), their clearance), and when
        // end::kernel-section[]
        return new Section(orgChart, officer, superior, ctx);
    }
}
