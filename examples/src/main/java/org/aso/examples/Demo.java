package org.aso.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.WorkingDayDeadline;

/**
 * The README's demo: what a section's host application does with the toolkit, step by step.
 * Writes its files to the folder given as first argument (default {@code target/aso-demo}) and
 * says where they went.
 */
public final class Demo {
    private Demo() {}

    /** Runs the demo. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/aso-demo").toAbsolutePath().normalize();
        run(out, Clock.systemDefaultZone(), System.out);
    }

    /** Runs the demo with the host's clock, writing into {@code out} and reporting on {@code log}. */
    public static void run(Path out, Clock clock, PrintStream log) throws IOException {
        Files.createDirectories(out);
        BusinessCalendar paris = KernelExample.parisOffice();

        log.println("== 1. Deadlines in working days (aso-core)");
        WorkingDayDeadline reply = KernelExample.replyDeadline(paris);
        log.println("Reply to a letter:   " + reply.explanation("received"));
        log.println("Eight hours of work: " + KernelExample.taskDeadline(paris).explanation("assigned"));
        LocalDate today = LocalDate.now(clock.withZone(paris.zone()));
        log.println("A letter today:      " + paris.deadline(today, 30).explanation("received"));
        log.println("A bad holiday file:");
        KernelExample.badHolidayFile().forEach(p -> log.println("  " + p.code() + "  " + p.message()));

        log.println();
        log.println("== 2. The mail register (aso-core)");
        CorrespondenceExample.Outcome mail = CorrespondenceExample.registerAndAssign(paris);
        mail.lines().forEach(log::println);
        log.println(CorrespondenceExample.pendency(mail.register(), LocalDate.of(2024, 5, 24)).toText());

        log.println("== 3. A file moves from desk to desk (aso-core)");
        DossierExample.Outcome file = DossierExample.openAndMove(paris);
        DossierExample.movementLog(file.book().get(file.id()).orElseThrow(), paris).forEach(log::println);
        file.heldTooLong().ifPresent(a -> log.println("  Reminder on 20 May, to " + a.holder() + ": " + a.explanation()));
        log.println();

        log.println("== 4. Finding and booking a meeting across two time zones (aso-core)");
        AgendaExample.Outcome meeting = AgendaExample.run(paris);
        log.println("One hour with a projector and a spare, for Paris and New York, on 9-10 March 2026:");
        meeting.lines().forEach(log::println);
        log.println("Four hours for the director and New York on Monday 9 March: " + (meeting.impossible().isFound() ? "found" : "no slot") + ".");
        meeting.impossible().blockers().forEach(b -> log.println("  why: " + b.message()));
        meeting.impossible().relaxations().forEach(r -> log.println("  relax: " + r.message()));
        meeting.shortened().suggestions().forEach(s -> log.println("  shortened, found: "
                + s.interval().start().atZone(paris.zone()).toLocalDateTime() + " to "
                + s.interval().end().atZone(paris.zone()).toLocalTime()));
        log.println();

        log.println("== 5. What to do first, and will it be done in time (aso-core)");
        PriorityExample.Outcome work = PriorityExample.run(paris);
        log.println("The officer's work on Monday 6 May 2024, most urgent first (the breakdown of the top two):");
        work.lines().forEach(log::println);
        log.println("Escalation notices due this morning:");
        work.notices().notices().forEach(n -> log.println("  " + n.kind() + " to "
                + n.recipient().map(PersonId::value).orElse("(nobody above)") + ": " + n.reason()));
        log.println("The day's plan around the 10:00 section meeting and the 14:00 call:");
        work.day().blocks().forEach(b -> log.println("  " + b.interval().start().atZone(paris.zone()).toLocalTime() + "-"
                + b.interval().end().atZone(paris.zone()).toLocalTime() + "  " + b.task()));
        work.day().unplaced().forEach(u -> log.println("  not today: " + u.task() + " (" + u.reason() + ", "
                + u.remaining().toHours() + " h left)"));
        work.overloads().forEach(o -> log.println(String.format(java.util.Locale.ROOT,
                "  Overload: %.1f h of work due by %s but %.1f h free: short by %.1f h; at risk: %s",
                o.work().toMinutes() / 60.0, o.deadline().atZone(paris.zone()).toLocalDateTime(),
                o.free().toMinutes() / 60.0, o.shortfallHours(), o.atRisk())));
        log.println();

        log.println("== 6. Holidays for everyone's calendar (aso-calendar)");
        int year = today.getYear();
        Path ics = out.resolve("holidays-" + year + ".ics");
        Files.writeString(ics, CalendarExample.holidaysIcs(year, clock), StandardCharsets.UTF_8);
        log.println("Wrote " + ics.getFileName());

        log.println();
        log.println("== 7. Addresses for the mail room (aso-mail)");
        log.println("On the wire: " + MailExample.prefecture().toString());
        MailExample.readRecipients("cabinet@example.gouv.fr, bureau@localhost").fold(
                problems -> { problems.forEach(p -> log.println("Refused: " + p)); return null; },
                ok -> { log.println("Read: " + ok); return null; });

        log.println();
        log.println("== 8. The deadline as a page (aso-docs)");
        Path page = out.resolve("reply-deadline.html");
        Files.writeString(page, DocsExample.deadlinePage(reply), StandardCharsets.UTF_8);
        log.println("Wrote " + page.getFileName());

        log.println();
        log.println("== 9. The committee's minutes drafted, archived and found again (aso-docs)");
        Clock afterMeeting = Clock.fixed(java.time.Instant.parse("2026-05-19T14:00:00Z"), paris.zone());
        DocsExample.MinutesTour minutes = DocsExample.minutesTour(paris,
                KernelExample.section(afterMeeting).officer(), afterMeeting, out.resolve("archive"));
        Path pdf = out.resolve("compte-rendu-copil.pdf");
        Files.write(pdf, minutes.pdf());
        log.println("Wrote " + pdf.getFileName() + " (PDF/A-2b, " + minutes.pdf().length + " bytes); archived as "
                + minutes.stored().id() + " version " + minutes.stored().version());
        minutes.found().items().forEach(h -> log.println("Search \"reunion annuelle\": " + h.documentId() + ", "
                + h.title() + ": " + h.snippetHtml()));
        log.println("The same search by a visitor without clearance: " + minutes.notCleared().total() + " result(s)");

        log.println();
        log.println("Demo output written to " + out);
    }
}
