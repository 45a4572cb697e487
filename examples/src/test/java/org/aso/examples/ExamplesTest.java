package org.aso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.aso.core.audit.AuditTrail;
import org.aso.core.audit.BrokenLink;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplesTest {

    @Test
    void kernelExample_explainsTheReplyDeadline() {
        var reply = KernelExample.replyDeadline(KernelExample.parisOffice());
        assertThat(reply.due()).isEqualTo(LocalDate.of(2024, 5, 28));
        assertThat(reply.explanation("received")).contains("20 May (Lundi de Pentecôte) and 8 weekend days");
        assertThat(KernelExample.taskDeadline(KernelExample.parisOffice()).explanation())
                .endsWith("-> Fri 10 May 2024 16:30 (Europe/Paris)");
        assertThat(KernelExample.badHolidayFile()).extracting(Problem::code)
                .containsExactly("kernel.holidays.bad-date", "kernel.holidays.missing-name");
    }

    @Test
    void correspondenceExample_numbersExplainsAndReportsPendency() {
        var outcome = CorrespondenceExample.registerAndAssign(KernelExample.parisOffice());
        assertThat(outcome.register().entries()).extracting(e -> e.number().text())
                .containsExactly("DGA/2024E00001", "DGA/2024E00002", "DGA/2024E00003", "DGA/2024E00004");
        assertThat(outcome.lines().get(1)).contains(
                "received Thu 2 May 2024 + 8 working days: skipped 8 May (Victoire 1945), 9 May (Ascension)"
                        + " and 4 weekend days -> Thu 16 May 2024");
        var report = CorrespondenceExample.pendency(outcome.register(), LocalDate.of(2024, 5, 24));
        assertThat(report.groups()).hasSize(4);
        assertThat(report.toText()).contains("(unassigned)").contains("overdue");
    }

    @Test
    void dossierExample_movesTheFileAndFlagsTheLongHold() {
        var cal = KernelExample.parisOffice();
        var outcome = DossierExample.openAndMove(cal);
        var file = outcome.book().get(outcome.id()).orElseThrow();
        assertThat(file.reference().text()).isEqualTo("C-15012/1/2026-JTSECY");
        assertThat(file.holder()).isEqualTo(DossierExample.DEPUTY_SECRETARY);
        assertThat(DossierExample.movementLog(file, cal)).hasSize(5)
                .contains("  2026-05-06T11:00  officer -> under-secretary  (Note for approval)");
        assertThat(outcome.heldTooLong()).hasValueSatisfying(a -> {
            assertThat(a.holder()).isEqualTo(DossierExample.UNDER_SECRETARY);
            assertThat(a.workingDaysHeld()).isEqualTo(8);
        });
    }

    @Test
    void outOfServiceExample_theSpareProjectorTakesOver() {
        var clock = Clock.fixed(Instant.parse("2026-05-25T08:00:00Z"), ZoneId.of("Europe/Paris"));
        var officer = KernelExample.section(clock).officer();

        var b = OutOfServiceExample.projectorBreaks(KernelExample.parisOffice(), officer, clock);

        assertThat(b.broken().hits()).extracting(Object::toString).containsExactly("m-50");
        var proposals = b.options().get(0).proposals();
        assertThat(proposals.get(0).kind()).isEqualTo(org.aso.core.disruption.OutOfService.Kind.SPARE);
        assertThat(proposals.get(0).equipment()).extracting(e -> e.value()).containsExactly("projector-spare");
        assertThat(proposals.get(0).reason(java.util.Locale.FRENCH))
                .isEqualTo("Spare projector (projector) est libre à ce moment et remplace Projector 301");
        // after the spare: later times, the small room having no projector of its own nor the seats' accessibility
        assertThat(proposals.subList(1, proposals.size())).extracting(p -> p.kind())
                .containsOnly(org.aso.core.disruption.OutOfService.Kind.OTHER_TIME);
        var update = b.done().events().get(0);
        assertThat(update).isInstanceOf(org.aso.core.agenda.MeetingEvent.Moved.class);
        assertThat(update.sequence()).isEqualTo(1);
        assertThat(update.recipients()).extracting(p -> p.value()).containsExactly("director", "alice");
        var m = b.done().agenda().meeting(org.aso.core.agenda.MeetingId.of("m-50")).orElseThrow();
        assertThat(m.equipment()).extracting(e -> e.value()).containsExactly("projector-spare");
        assertThat(m.start()).isEqualTo(java.time.ZonedDateTime.of(2026, 6, 1, 10, 0, 0, 0, ZoneId.of("Europe/Paris")));
        assertThat(b.done().agenda().hits(org.aso.core.agenda.EquipmentId.of("projector-301"), b.broken().outage().during()))
                .isEmpty();
    }

    @Test
    void agendaExample_findsBooksAndExplainsTheImpossible() {
        var outcome = AgendaExample.run(KernelExample.parisOffice());
        var best = outcome.found().suggestions().get(0);
        // 09:00 in New York is 14:00 in Paris on 9 March 2026 (New York already on summer time)
        assertThat(best.interval().start()).isEqualTo(java.time.Instant.parse("2026-03-09T13:00:00Z"));
        assertThat(best.room()).contains(org.aso.core.agenda.RoomId.of("B2-301"));
        assertThat(best.missingOptional()).containsExactly(AgendaExample.CAROL);
        assertThat(outcome.booked().meeting(outcome.meeting())).hasValueSatisfying(m ->
                assertThat(m.equipment()).extracting(e -> e.value()).containsExactlyInAnyOrder("projector-301", "projector-spare"));
        assertThat(outcome.impossible().isFound()).isFalse();
        assertThat(outcome.impossible().relaxations()).extracting(r -> r.message())
                .contains("Shorten to 210 minutes: 1 slot(s)");
        // the proposed length, tried again: the one slot it counted, 09:00-12:30 in New York
        assertThat(outcome.shortened().suggestions()).extracting(s -> s.interval())
                .containsExactly(org.aso.core.kernel.Interval.of(java.time.Instant.parse("2026-03-09T13:00:00Z"),
                        java.time.Duration.ofMinutes(210)));
    }

    @Test
    void priorityExample_ranksExplainsPlansAndWarns() {
        var outcome = PriorityExample.run(KernelExample.parisOffice());
        assertThat(outcome.ranked()).extracting(u -> u.task().id().value()).first().isEqualTo("t-2");
        assertThat(outcome.ranked().get(0).breakdown()).isNotEmpty();
        assertThat(outcome.notices().notices()).extracting(n -> n.kind().name()).contains("OVERDUE", "REMINDER");
        var zone = KernelExample.parisOffice().zone();
        // the plan never touches the 10:00-11:30 meeting nor the 14:00-15:00 call
        assertThat(outcome.day().blocks()).allSatisfy(b -> {
            var start = b.interval().start().atZone(zone).toLocalTime();
            var end = b.interval().end().atZone(zone).toLocalTime();
            assertThat(end.isAfter(java.time.LocalTime.of(10, 0)) && start.isBefore(java.time.LocalTime.of(11, 30))).isFalse();
            assertThat(end.isAfter(java.time.LocalTime.of(14, 0)) && start.isBefore(java.time.LocalTime.of(15, 0))).isFalse();
        });
        assertThat(outcome.overloads()).isNotEmpty();
        assertThat(outcome.lines()).anyMatch(l -> l.contains("SENSITIVITY"));
    }

    @Test
    void auditExample_recordsTheLetterAndFindsTheDeletedRow() {
        var clock = Clock.fixed(Instant.parse("2024-05-02T08:00:00Z"), ZoneId.of("Europe/Paris"));
        var paris = KernelExample.parisOffice();
        var tour = CorrespondenceExample.tour(paris, KernelExample.section(clock).officer(), clock);
        var outcome = AuditExample.run(tour.registered(), tour.storedEvents());
        assertThat(outcome.trail().size()).isEqualTo(2);
        assertThat(outcome.aboutTheLetter()).extracting(e -> e.action())
                .containsExactly("correspondence.registered", "correspondence.assigned");
        assertThat(outcome.saved().sequence()).isEqualTo(2);
        assertThat(AuditTrail.verify(outcome.toStore(), outcome.saved()).isIntact()).isTrue();
        assertThat(outcome.intact()).isFalse();
        assertThat(outcome.broken()).hasValueSatisfying(b -> {
            assertThat(b.reason()).isEqualTo(BrokenLink.Reason.OUT_OF_SEQUENCE);
            assertThat(b.index()).isZero();
        });
    }

    @Test
    void recurrenceExample_expandsTheLastFridaysWithTheChangedRoom() {
        var outcome = RecurrenceExample.run();
        assertThat(outcome.bad().isLeft()).isTrue();
        // the last Fridays of February and March 2026, at 14:00 in Paris (UTC+1 until 29 March)
        assertThat(outcome.spring()).extracting(o -> o.start())
                .containsExactly(Instant.parse("2026-02-27T13:00:00Z"), Instant.parse("2026-03-27T13:00:00Z"));
        assertThat(outcome.spring().get(0).room()).contains(org.aso.core.agenda.RoomId.of("B2-301"));
        assertThat(outcome.spring().get(1).room()).isEmpty();
        // summer time from June: 14:00 in Paris is 12:00 UTC
        assertThat(outcome.nextThree()).extracting(o -> o.start()).containsExactly(
                Instant.parse("2026-06-26T12:00:00Z"), Instant.parse("2026-07-31T12:00:00Z"),
                Instant.parse("2026-08-28T12:00:00Z"));
    }

    @Test
    void calendarExample_writesThirteenEvents() {
        String ics = CalendarExample.holidaysIcs(2026, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneId.of("UTC")));
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(14);
    }

    @Test
    void mailExample_sendsPunycodeAndRefusesLocalhost() {
        String address = MailExample.prefecture().getAddress();
        assertThat(address).startsWith("courrier@xn--").matches("\\p{ASCII}+");
        assertThat(java.net.IDN.toUnicode(address.substring(address.indexOf('@') + 1)))
                .isEqualTo("préfecture-exemple.fr");
        assertThat(MailExample.readRecipients("a@example.org, b@localhost").isLeft()).isTrue();
    }

    @Test
    void mailExample_sendsTheInvitationsThroughTheOutbox(@TempDir Path dir) throws Exception {
        Path pickup = Files.createDirectories(dir.resolve("pickup"));
        var items = MailExample.invitationsOut(dir.resolve("outbox"), pickup, Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(items).hasSize(1);
        assertThat(items.get(0).status()).isEqualTo(org.aso.mail.Outbox.Status.SENT);
        try (var files = Files.list(pickup)) {
            Path eml = files.findFirst().orElseThrow();
            assertThat(Files.readString(eml, StandardCharsets.US_ASCII)).contains("text/calendar; charset=UTF-8; method=REQUEST")
                    .contains("Message-ID: <meeting.m-1.0@prefecture.example>");
        }
    }

    @Test
    void mailExample_registersAnEmlOnce(@TempDir Path dir) throws Exception {
        Path eml = Files.write(dir.resolve("in.eml"), MailExample.townHallEml());
        var in = MailExample.mailIn(eml, KernelExample.parisOffice(), Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(in.register().entries()).extracting(e -> e.id()).containsExactly(in.registered().entry().id());
        assertThat(in.registered().entry().theirReference()).contains("<20260302.0940.17@mairie-lyon.example>");
        assertThat(in.registered().entry().channel()).isEqualTo(org.aso.core.correspondence.Channel.EMAIL);
        assertThat(in.again().getLeft().code()).isEqualTo("mail.intake.duplicate");
    }

    @Test
    void docsExample_isACompletePage() {
        String page = DocsExample.deadlinePage(KernelExample.replyDeadline(KernelExample.parisOffice()));
        assertThat(page).startsWith("<!DOCTYPE html>").contains("Lundi de Pentecôte").endsWith("</html>\n");
    }

    @Test
    void storeExample_keepsTheRegisterAcrossARestart_andItsJsonReadsBack(@TempDir Path dir) {
        Clock clock = Clock.fixed(Instant.parse("2024-05-02T08:00:00Z"), ZoneId.of("Europe/Paris"));
        var tour = StoreExample.tour(KernelExample.parisOffice(), KernelExample.section(clock).officer(), clock, dir);
        assertThat(tour.entriesAfterRestart()).isEqualTo(2);
        assertThat(tour.json()).contains("\"number\":{\"text\":\"DGA/2024E00001\"").contains("Demande de subvention");
        assertThat(tour.entryBack().number()).isEqualTo(tour.first());
        // a third open of the same file continues the numbering: nothing was lost between the runs
        var next = StoreExample.tour(KernelExample.parisOffice(), KernelExample.section(clock).officer(), clock, dir);
        assertThat(next.first().toString()).isEqualTo("DGA/2024E00003");
        assertThat(next.entriesAfterRestart()).isEqualTo(4);
    }

    @Test
    void absenceExample_listsWhatHerSickLeaveTouchesAndHandsItOverWithANote() {
        var clock = java.time.Clock.fixed(java.time.Instant.parse("2026-03-09T07:30:00Z"), java.time.ZoneId.of("Europe/Paris"));
        var section = KernelExample.section(clock);
        var t = AbsenceExample.tour(KernelExample.parisOffice(), section.officer(), section.orgChart(), clock);
        assertThat(t.touched()).containsExactly("NOTICE_DUE TASK t-1", "CHAIRS_MEETING MEETING m-1", "DOSSIER_HELD DOSSIER d-1",
                "DOSSIER_HELD DOSSIER d-2", "TASK_ASSIGNED TASK t-1", "NOTICE_DUE TASK t-1",
                "LETTER_HANDLED LETTER GEN/DGA/2026E00001");
        assertThat(t.handedOver()).extracting(Object::toString)
                .containsExactly("LETTER GEN/DGA/2026E00001", "DOSSIER d-1", "TASK t-1");
        assertThat(t.keptWhy()).isEqualTo("dossier.transfer.recipient-not-cleared");
        assertThat(t.done().state().dossiers().get(org.aso.core.dossier.DossierId.of("d-2")).orElseThrow().holder())
                .isEqualTo(section.officer().id());
        assertThat(t.done().state().tasks().get(0).assignee().value()).isEqualTo("luc");
        assertThat(t.done().events()).hasSize(2);
        assertThat(t.note()).startsWith("Passation de claire (arrêt maladie, du lundi 9 mars 2026 à 8 h 00 au samedi 14 mars"
                        + " 2026 à 8 h 00) à luc, par marc le lundi 9 mars 2026 à 8 h 30\nConfié (3) :\n")
                .contains("« Demande de subvention » (ASSIGNED), échéance le jeudi 12 mars 2026")
                .endsWith("Les relances destinées à claire vont à luc jusqu’au samedi 14 mars 2026 à 8 h 00.");
        assertThat(t.reminders()).extracting(n -> n.kind() + " " + n.recipient().map(Object::toString).orElse("-"))
                .containsExactly("REMINDER luc", "OVERDUE luc", "ESCALATION sophie", "EXCEPTION_REPORT -");
        assertThat(t.freeOnTuesday()).isFalse();
    }
}
