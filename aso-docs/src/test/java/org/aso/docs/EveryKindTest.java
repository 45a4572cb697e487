package org.aso.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.aso.core.correspondence.Acknowledgement;
import org.aso.core.correspondence.Assignment;
import org.aso.core.correspondence.Pendency;
import org.aso.core.correspondence.Register;
import org.aso.core.dossier.Dossier;
import org.aso.core.dossier.DossierBook;
import org.aso.core.dossier.DossierId;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PhoneNumber;
import org.aso.core.priority.DayPlan;
import org.aso.core.priority.DayPlanner;
import org.aso.core.priority.FreeTime;
import org.aso.core.priority.PlanItem;
import org.aso.core.priority.TaskId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind but OTHER, in French and in English, to HTML, text and PDF. */
class EveryKindTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:30:00Z"), ZoneOffset.UTC);
    private static final Drafts DRAFTS = Drafts.of("Préfecture de l’Ain", Optional.empty());

    static Report report() {
        return new Report("Hélène Lefèvre", LocalDate.of(2026, 12, 3), "Bilan du déménagement",
                List.of(new Report.Section("Contexte", List.of("Les archives sont à l’étroit.")),
                        new Report.Section("Résultats", List.of("Quatre cents cartons déplacés."))));
    }

    static TransmissionSlip slip() {
        return new TransmissionSlip("BT-2026-118", "Bureau du courrier", "Service juridique", LocalDate.of(2026, 12, 4),
                List.of(new TransmissionSlip.Line("Requête de Mme Noël", 1, "Pour attribution"),
                        new TransmissionSlip.Line("Avis du maire", 2, "Pour information")));
    }

    static MeetingAgenda agenda() {
        return new MeetingAgenda(DraftFixtures.secondMinutes().meeting(), "Salle Lamartine, bâtiment B", DraftFixtures.NAMES, false);
    }

    static PendencyReport pendency() {
        LocalDate day = LocalDate.of(2026, 2, 2);
        var registered = CorrespondenceFixtures.emptyGeneral()
                .register(CorrespondenceFixtures.letter(day, "Demande d’étiquetage").build(), CorrespondenceFixtures.clerkOn(day)).get();
        Register r = registered.register().assign(registered.entry().id(), OrgUnitId.of("S2"), Assignment.Purpose.ACTION,
                CorrespondenceFixtures.clerkOn(day)).get().register();
        r = r.explainDelay(registered.entry().id(), "Attente du budget", CorrespondenceFixtures.clerkOn(day.plusDays(1))).get().register();
        Pendency p = Pendency.of(r, CorrespondenceFixtures.clerkOn(LocalDate.of(2026, 3, 20)).at(), person -> Optional.empty());
        return new PendencyReport("Courrier général", p);
    }

    static DayPlanSheet dayPlan() {
        ZonedDateTime monday = ZonedDateTime.of(2026, 7, 13, 0, 0, 0, 0, KernelFixtures.PARIS);
        Interval window = Interval.of(monday.toInstant(), monday.plusDays(1).toInstant());
        FreeTime free = FreeTime.of(KernelFixtures.paris(), org.aso.core.agenda.Agenda.of(List.of(), List.of()).get(), PersonId.of("alice"), window);
        DayPlan plan = DayPlanner.plan(List.of(item("report", 120), item("archive", 600)), free, window).get();
        return new DayPlanSheet("Zoë Çelik", monday.toLocalDate(), plan,
                Map.of(TaskId.of("report"), "Rédiger le rapport", TaskId.of("archive"), "Classer les archives"), KernelFixtures.PARIS);
    }

    private static PlanItem item(String id, int minutes) {
        PlanItem.Builder b = PlanItem.builder();
        b.id(TaskId.of(id)).title("Task " + id).effort(Duration.ofMinutes(minutes));
        return b.build();
    }

    static MovementSheet movements() {
        DossierBook book = DossierBook.empty(DossierFixtures.rules())
                .open(DossierFixtures.openCommand("d-1", DossierFixtures.GENERAL).build(), DossierFixtures.ctx("2026-05-04T09:00")).get().book();
        Dossier d = book.get(DossierId.of("d-1")).orElseThrow();
        return new MovementSheet(d, Map.of(DossierFixtures.OFFICER, "Jérôme Dupré"), KernelFixtures.PARIS);
    }

    static Draft acknowledgement() {
        LocalDate day = LocalDate.of(2026, 11, 16);
        var entry = CorrespondenceFixtures.emptyGeneral().register(CorrespondenceFixtures.letter(day, "Demande").build(),
                CorrespondenceFixtures.clerkOn(day)).get().entry();
        Contact service = Contact.builder().name("Bureau des permis").postalAddress("1 rue de la Préfecture")
                .email(EmailAddress.of("permis@example.gouv.fr")).phone(PhoneNumber.of("04 74 00 00 00")).build();
        return Drafts.acknowledgement(entry, service, Acknowledgement.Silence.acceptanceAfter(java.time.Period.ofMonths(2)),
                Optional.empty()).get();
    }

    static List<Draft> everyKind() {
        return List.of(DraftFixtures.memo(), report(), DraftFixtures.secondMinutes(), DraftFixtures.letter(), acknowledgement(),
                slip(), agenda(), agenda().asAttendanceSheet(), pendency(), dayPlan(), movements());
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Draft d : everyKind()) {
            out.add(Arguments.of(d, Locale.FRENCH));
            out.add(Arguments.of(d, Locale.ENGLISH));
        }
        return out.stream();
    }

    @org.junit.jupiter.api.Test
    void everyKindButOther_hasADraftHere() {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        everyKind().forEach(d -> kinds.add(d.kind()));
        assertThat(kinds).isEqualTo(EnumSet.complementOf(EnumSet.of(DocumentKind.OTHER)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void kind_rendersToHtmlTextAndPdf_inItsLanguage(Draft draft, Locale locale) throws IOException {
        String html = DRAFTS.html(draft, locale).get();
        String text = DRAFTS.text(draft, locale).get();
        byte[] pdf = DRAFTS.pdf(draft, locale, CLOCK).get();

        Map<String, String> labels = Texts.labels(locale);
        String heading = labels.get(switch (draft.kind()) {
            case MEMO -> "memo";
            case REPORT -> "report";
            case MINUTES -> "minutes";
            case LETTER -> "subject";
            case ACKNOWLEDGEMENT -> "acknowledgement";
            case TRANSMISSION_SLIP -> "transmissionSlip";
            case MEETING_AGENDA -> "meetingAgenda";
            case ATTENDANCE_SHEET -> "attendanceSheet";
            case PENDENCY_REPORT -> "pendencyReport";
            case DAY_PLAN -> "dayPlan";
            case MOVEMENT_SHEET -> "movementSheet";
            case OTHER -> throw new AssertionError();
        });
        assertThat(html).contains("lang=\"" + locale.getLanguage() + "\"").contains("<h1>").contains(heading)
                .doesNotContain("{{").doesNotContain("{%");
        assertThat(text).containsIgnoringCase(heading).doesNotContain("<h1>").doesNotContain("{{");
        if (draft.kind() != DocumentKind.LETTER && draft.kind() != DocumentKind.MEMO && draft.kind() != DocumentKind.REPORT) {
            assertThat(html).contains("<th scope=");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String extracted = new PDFTextStripper().getText(doc);
            assertThat(extracted).contains(heading.split(" ")[0]).contains("Préfecture de l’Ain");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void kind_showsItsOwnData(Draft draft, Locale locale) {
        String html = DRAFTS.html(draft, locale).get();
        String expected = switch (draft.kind()) {
            case REPORT -> "<h2>Résultats</h2>";
            case TRANSMISSION_SLIP -> "<td>Avis du maire</td><td>2</td><td>Pour information</td>";
            case MEETING_AGENDA -> "Salle Lamartine, bâtiment B";
            case ATTENDANCE_SHEET -> "<td>Ναταλία Παππά</td>";
            case PENDENCY_REPORT -> "<td>Attente du budget</td>";
            case DAY_PLAN -> "<td>Rédiger le rapport</td>";
            case MOVEMENT_SHEET -> "<td>Jérôme Dupré</td>";
            case ACKNOWLEDGEMENT -> "<td>permis@example.gouv.fr</td>";
            default -> draft.title();
        };
        assertThat(html).contains(expected);
    }
}
