package org.aso.examples;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.aso.core.agenda.slots.Blocker;
import org.aso.core.agenda.slots.Relaxation;
import org.aso.core.agenda.slots.Suggestion;
import org.aso.core.agenda.recurrence.Occurrence;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the code of every README snippet and checks each output its comments claim
 * ({@code // =>}, see {@link Outputs}). Every region that claims an output has a check here, and
 * every claim is checked: a snippet whose comment is wrong fails the build.
 */
class ReadmeOutputsTest {
    private static final BusinessCalendar PARIS = KernelExample.parisOffice();

    @TempDir
    Path dir;

    private static Clock clockAt(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("Europe/Paris"));
    }

    private static Person officer() {
        return KernelExample.section(clockAt("2024-05-02T08:00:00Z")).officer();
    }

    /** The check of each region's claims, by region. */
    private Map<String, Consumer<Outputs>> checks() {
        Map<String, Consumer<Outputs>> checks = new LinkedHashMap<>();
        checks.put("kernel-calendar", out -> {
            KernelExample.Deadlines d = KernelExample.deadlines(PARIS);
            out.check("reply.due()", d.due())
                    .check("reply.explanation", d.why())
                    .check("workingDaysBetween", d.days())
                    .check("plusWorkingTime", d.done())
                    .check("workingTimeBetween", d.worked());
        });
        checks.put("kernel-closures", out -> {
            Path file = write("closures.txt", """
                    # local closures
                    2026-12-24 Christmas Eve closure
                    2026-12-32 New Year's Eve closure
                    2026-08-14
                    """);
            out.check("HolidayCalendar.read", KernelExample.closures(PARIS, file).read());
        });
        checks.put("kernel-values", out -> {
            KernelExample.Values v = KernelExample.values();
            out.check("EmailAddress.parse(\"secretariat", v.idn())
                    .check("toAscii()", v.wire())
                    .check("EmailAddress.parse(\"x@", v.injected())
                    .check("PhoneNumber", v.same());
        });
        checks.put("kernel-section", out -> {
            KernelExample.Section s = KernelExample.section(clockAt("2024-05-02T08:00:00Z"));
            out.check("superiorOf", s.superior());
        });
        checks.put("register", out -> {
            CorrespondenceExample.Tour t = CorrespondenceExample.tour(PARIS, officer(), clockAt("2024-05-02T08:00:00Z"));
            out.check("number()", t.number())
                    .check("explanation", t.why())
                    .check("dueAt", t.alerts())
                    .check("find", t.found());
        });
        checks.put("register-restore", out -> {
            CorrespondenceExample.Tour t = CorrespondenceExample.tour(PARIS, officer(), clockAt("2024-05-02T08:00:00Z"));
            out.check("again.equals", t.replayed())
                    .check("back.get().equals", t.restored())
                    .check("Register.restore(settings, tampered)", t.tampered());
        });
        checks.put("audit", out -> {
            CorrespondenceExample.Tour t = CorrespondenceExample.tour(PARIS, officer(), clockAt("2024-05-02T08:00:00Z"));
            AuditExample.Outcome o = AuditExample.run(t.registered(), t.storedEvents());
            out.check("trail.about", o.aboutTheLetter())
                    .check("v.isIntact()", o.intact())
                    .check("v.firstBrokenLink()", o.broken());
        });
        checks.put("dossier-plan", out -> out.check("FilingPlan.of(List.of(works))", dossierTour().halfPlan()));
        checks.put("dossier", out -> {
            DossierExample.Tour t = dossierTour();
            out.check("opened.dossier().reference()", t.number())
                    .check("late.get(0).explanation()", t.why())
                    .check("event.retention()", t.event().retention())
                    .check("isRedacted()", t.redacted())
                    .check("bookBack.get().equals", t.restored());
        });
        checks.put("agenda", out -> {
            AgendaExample.Tour t = AgendaExample.tour(PARIS, officer(), clockAt("2026-05-04T08:00:00Z"));
            out.check("recipients()", t.booked().events().get(0).recipients())
                    .check("List<MeetingId> aboutFile", t.aboutFile())
                    .check("Either<Problem, Agenda.Change> clash", t.clash())
                    .check("sequence()", t.moved().meeting().sequence())
                    .check("hasQuorum", t.quorum())
                    .check("catering.explanation()", t.catering().explanation());
        });
        checks.put("out-of-service", out -> {
            Clock clock = clockAt("2026-05-25T08:00:00Z");
            OutOfServiceExample.Breakdown b = OutOfServiceExample.projectorBreaks(PARIS,
                    KernelExample.section(clock).officer(), clock);
            var spare = b.options().get(0).proposals().get(0);
            var update = b.done().events().get(0);
            out.check("List<ResourceOutage.Hit> hits", b.broken().hits())
                    .check("spare.kind()", spare.kind())
                    .check("spare.reason(Locale.FRENCH)", spare.reason(java.util.Locale.FRENCH))
                    .check("update.action()", update.action())
                    .check("update.sequence()", update.sequence())
                    .check("update.recipients()", update.recipients())
                    .check("get().equipment()", b.done().agenda().meeting(org.aso.core.agenda.MeetingId.of("m-50"))
                            .orElseThrow().equipment());
        });
        checks.put("slots", out -> {
            AgendaExample.Outcome o = AgendaExample.run(PARIS);
            Suggestion best = o.found().suggestions().get(0);
            out.check("List<Interval> when", o.found().suggestions().stream().map(Suggestion::interval).toList())
                    .check("best.room()", best.room())
                    .check("best.roomReason()", best.roomReason())
                    .check("best.confidence()", best.confidence())
                    .check("best.missingOptional()", best.missingOptional())
                    .check("impossible.isFound()", o.impossible().isFound())
                    .check("impossible.blockers()", o.impossible().blockers().stream().map(Blocker::message).toList())
                    .check("impossible.relaxations()", o.impossible().relaxations().stream().map(Relaxation::message).toList());
        });
        checks.put("priority", out -> {
            PriorityExample.Outcome o = PriorityExample.run(PARIS);
            out.check("ranked.stream()", o.ranked().stream().map(u -> u.task().id() + " " + u.quadrant()).toList())
                    .check("ranked.get(0).breakdown()", o.ranked().get(0).breakdown())
                    .check("round.notices()", o.notices().notices())
                    .check("later.notices()", o.later().notices());
        });
        checks.put("day-plan", out -> {
            PriorityExample.Outcome o = PriorityExample.run(PARIS);
            out.check("plan.blocks()", o.day().blocks())
                    .check("plan.unplaced()", o.day().unplaced())
                    .check("warnings", o.overloads())
                    .check("shortfallHours()", o.overloads().get(1).shortfallHours())
                    .check("List<TeamLoad.Room> help", o.help());
        });
        checks.put("recurrence", out -> {
            RecurrenceExample.Outcome o = RecurrenceExample.run();
            Occurrence february = o.spring().get(0);
            out.check("Either<List<Problem>, RecurrenceRule> bad", o.bad())
                    .check("february.originalStart()", february.originalStart())
                    .check("february.interval()", february.interval())
                    .check("february.room()", february.room());
        });
        checks.put("recurrence-next", out -> out.check(".limit(3)", RecurrenceExample.run().nextThree()));
        checks.put("calendar-invitation", out -> {
            CalendarExample.Exchange e = CalendarExample.invitationAndReply(PARIS, officer(), clockAt("2026-05-04T08:00:00Z"));
            out.check("invitation.method()", e.invitation().method())
                    .check("invitation.to()", e.invitation().to())
                    .check("invitation.text()", e.invitation().text())
                    .check("response()", e.aliceSays())
                    .check("EmailAddress.of(\"mallory@example.org\")", e.forged());
        });
        checks.put("calendar", out -> out.check("Ics.holidays",
                CalendarExample.holidaysIcs(2026, clockAt("2026-01-01T00:00:00Z"))));
        checks.put("mail", out -> out.check("to.getAddress()", MailExample.prefecture().getAddress())
                .check("parseList", MailExample.readRecipients("cabinet@example.gouv.fr, bureau@localhost")));
        checks.put("mail-out", out -> {
            java.nio.file.Path dir;
            java.nio.file.Path pickup;
            try {
                dir = java.nio.file.Files.createTempDirectory("aso-readme-mail");
                pickup = java.nio.file.Files.createDirectories(dir.resolve("pickup"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            var items = MailExample.invitationsOut(dir.resolve("outbox"), pickup, java.time.Instant.parse("2026-03-02T09:00:00Z"));
            out.check("invitations.get(0).messageId()", items.get(0).messageId())
                    .check("items = outbox.list()", items);
        });
        checks.put("mail-in", out -> {
            MailExample.MailIn in;
            try {
                in = MailExample.mailIn(write("town-hall.eml", MailExample.townHallEml()), PARIS,
                        Instant.parse("2026-03-02T09:00:00Z"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.check("in.subject()", in.mail().subject())
                    .check("draft.registration()", in.draft().registration())
                    .check("registered.entry()", in.registered().entry())
                    .check("Either<Problem, Register.Registered> again", in.again());
        });
        checks.put("docs-minutes", out -> {
            DocsExample.MinutesTour t = DocsExample.minutesTour(PARIS, officer(), clockAt("2026-05-19T14:00:00Z"),
                    dir.resolve("archive-" + System.nanoTime()));
            out.check("minutes.absent()", t.minutes().absent())
                    .check("minutes.excused()", t.minutes().excused())
                    .check("stored.version()", t.stored().version())
                    .check("found.items().get(0).documentId()", t.found().items().get(0).documentId())
                    .check("notCleared.total()", t.notCleared().total());
        });
        checks.put("store", out -> {
            StoreExample.Tour t = StoreExample.tour(PARIS, officer(), clockAt("2024-05-02T08:00:00Z"),
                    dir.resolve("store-" + System.nanoTime()));
            out.check("store.migrate()", t.schemaVersion())
                    .check("r.entry().number()", t.first())
                    .check("r2.entry().number()", t.second())
                    .check("general.version()", t.version())
                    .check("again.get().entries().size()", t.entriesAfterRestart())
                    .check("json.read(\"{", t.refused());
        });
        checks.put("absence", out -> {
            Clock monday = clockAt("2026-03-09T07:30:00Z");
            KernelExample.Section section = KernelExample.section(monday);
            AbsenceExample.Tour t = AbsenceExample.tour(PARIS, section.officer(), section.orgChart(), monday);
            out.check("List<String> touched", t.touched())
                    .check("List<Ref> handedOver", t.handedOver())
                    .check("String keptWhy", t.keptWhy())
                    .check("String note", t.note())
                    .check("List<Notice> reminders", t.reminders())
                    .check("boolean freeOnTuesday", t.freeOnTuesday());
        });
        checks.put("reorganisation", out -> {
            Clock monday = clockAt("2026-03-30T08:00:00Z");
            KernelExample.Section section = KernelExample.section(monday);
            ReorganisationExample.Tour t = ReorganisationExample.tour(PARIS, section.officer(), section.orgChart(), monday);
            out.check("List<Identifier> handlers", t.handlers())
                    .check("String summary", t.summary())
                    .check(".findFirst().orElseThrow().recipient()", t.escalatedTo())
                    .check(".findFirst().orElseThrow().recipient()", t.escalatedBefore())
                    .check(".sender(Contact.named(\"Préfecture\"))", t.next());
        });
        checks.put("docs", out -> out.check("Html.deadline",
                org.aso.docs.Html.deadline(KernelExample.replyDeadline(PARIS), "received")));
        return checks;
    }

    private static DossierExample.Tour dossierTour() {
        Clock may7 = clockAt("2026-05-07T08:00:00Z");
        return DossierExample.tour(PARIS, officer(), may7);
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> every_output_a_snippet_claims_is_what_its_code_gives() {
        Map<String, Consumer<Outputs>> checks = checks();
        List<String> faults = new ArrayList<>();
        Map<String, Snippets.Region> regions = Snippets.regions(Snippets.sources(), faults);
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("regions are well tagged", () -> {
            if (!faults.isEmpty()) {
                fail(String.join("\n", faults));
            }
        }));
        for (Snippets.Region r : regions.values()) {
            if (Outputs.hasClaims(r.lines())) {
                tests.add(DynamicTest.dynamicTest(r.name(), () -> {
                    Consumer<Outputs> check = checks.get(r.name());
                    if (check == null) {
                        fail("region " + r.name() + " claims outputs (// =>) but ReadmeOutputsTest has no check for it");
                    }
                    Outputs out = Outputs.of(r.name());
                    check.accept(out);
                    out.assertAllChecked();
                }));
            }
        }
        for (String name : checks.keySet()) {
            Snippets.Region r = regions.get(name);
            if (r == null || !Outputs.hasClaims(r.lines())) {
                tests.add(DynamicTest.dynamicTest(name, () -> fail("a check for region " + name
                        + ", which does not exist or claims no output")));
            }
        }
        return tests.stream();
    }
}
