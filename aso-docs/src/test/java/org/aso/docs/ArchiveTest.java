package org.aso.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.aso.docs.ArchiveFixtures.memo;
import static org.aso.docs.ArchiveFixtures.officer;
import static org.aso.docs.ArchiveFixtures.reader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aso.core.dossier.ClassificationCode;
import org.aso.core.dossier.DisposalAction;
import org.aso.core.dossier.FilingPlan;
import org.aso.core.dossier.FilingPlanEntry;
import org.aso.core.dossier.RetentionRule;
import org.aso.core.dossier.RetentionStart;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {
    @TempDir
    Path dir;

    private static byte[] html(String body) {
        return ("<!DOCTYPE html><html lang=\"fr\"><body><h1>Note</h1><p>" + body + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private Archive open() {
        return Problems.orThrow(Archive.open(dir));
    }

    // ------------------------------------------------------------------ versions

    @Test
    void store_twiceUnderOneId_keepsBothVersionsAndDocumentsGivesTheLast() {
        try (Archive archive = open()) {
            // given
            Archive.Stored v1 = Problems.orThrow(archive.store("memo-1", html("Première version"), "text/html",
                    memo("Budget 2027"), officer()));
            // when
            Archive.Stored v2 = Problems.orThrow(archive.store("memo-1", html("Deuxième version"), "text/html",
                    memo("Budget 2027 (révisé)"), officer()));
            // then
            assertThat(v1.version()).isEqualTo(1);
            assertThat(v2.version()).isEqualTo(2);
            assertThat(v1.sha256()).isNotEqualTo(v2.sha256()).hasSize(64)
                    .isEqualTo(Archive.sha256(html("Première version")));
            assertThat(archive.documents()).containsExactly(v2);
            assertThat(v2.text()).isEqualTo("Note Deuxième version");
            assertThat(archive.versions("memo-1", officer())).extracting(Archive.Stored::version).containsExactly(1, 2);
            assertThat(new String(Problems.orThrow(archive.read("memo-1", 1, officer())).bytes(), StandardCharsets.UTF_8))
                    .contains("Première version");
        }
    }

    @Test
    void store_theSameBytesAndMetadataAgain_givesTheCurrentVersionWithoutANewOne() {
        try (Archive archive = open()) {
            Archive.Stored v1 = Problems.orThrow(archive.store("memo-1", html("x"), "text/html", memo("A"), officer()));
            Archive.Stored again = Problems.orThrow(archive.store("memo-1", html("x"), "text/html", memo("A"), officer()));
            assertThat(again).isEqualTo(v1);
            assertThat(archive.versions("memo-1", officer())).hasSize(1);
            // the same bytes under another id share the file
            Archive.Stored other = Problems.orThrow(archive.store("memo-2", html("x"), "text/html", memo("B"), officer()));
            assertThat(other.sha256()).isEqualTo(v1.sha256());
        }
    }

    @Test
    void open_again_replaysVersionsMetadataHoldsAndTombstones() throws IOException {
        Archive.Stored v2;
        try (Archive archive = open()) {
            archive.store("memo-1", html("un"), "text/html", memo("Un"), officer());
            DocumentMetadata odd = new DocumentMetadata("Titre, avec 50 % de « ça »", DocumentKind.MINUTES,
                    java.util.Optional.empty(), java.util.Optional.empty(), List.of(), ArchiveFixtures.CLAIRE,
                    LocalDate.of(2026, 2, 29 - 1), Instant.parse("2026-02-28T10:15:30.123456789Z"), Confidentiality.SECRET,
                    Locale.CANADA_FRENCH, java.util.Set.of("a,b", "%2C", "été"));
            v2 = Problems.orThrow(archive.store("memo-1", html("deux\tavec, virgule\n%"), "text/html", odd, officer()));
            archive.store("memo-2", html("autre"), "text/html", memo("Autre"), officer());
            Problems.orThrow(archive.placeHold("memo-2", "Contentieux n° 12", officer()));
        }
        try (Archive archive = open()) {
            assertThat(archive.documents()).hasSize(2).first().isEqualTo(v2);
            assertThat(archive.holds()).extracting(Archive.Hold::id, Archive.Hold::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("memo-2", "Contentieux n° 12"));
        }
    }

    @Test
    void open_whileOpen_isRefusedAsLocked() {
        try (Archive archive = open()) {
            assertThat(Archive.open(dir).getLeft().code()).isEqualTo("docs.archive.locked");
        }
        // and once closed, it opens
        open().close();
    }

    @Test
    void store_badInput_isRefusedAndWritesNothing() throws IOException {
        try (Archive archive = open()) {
            assertThat(archive.store("../../etc/passwd", html("x"), "text/html", memo("A"), officer()).getLeft().code())
                    .isEqualTo("docs.archive.id.invalid");
            assertThat(archive.store("a/b", html("x"), "text/html", memo("A"), officer()).getLeft().code())
                    .isEqualTo("docs.archive.id.invalid");
            assertThat(archive.store("x".repeat(129), html("x"), "text/html", memo("A"), officer()).getLeft().code())
                    .isEqualTo("docs.archive.id.invalid");
            assertThat(archive.store("memo-1", html("x"), "text/html\r\nX-Evil: 1", memo("A"), officer()).getLeft().code())
                    .isEqualTo("docs.archive.media-type.invalid");
            assertThat(archive.store("memo-1", html("x"), "text/html", memo("Titre\nX-Evil: 1"), officer()).getLeft().code())
                    .isEqualTo("kernel.text.line-break");
            assertThat(archive.store("memo-1", html("x"), "text/html", memo(" "), officer()).getLeft().code())
                    .isEqualTo("docs.archive.title.blank");
            DocumentMetadata blankTag = new DocumentMetadata("T", DocumentKind.MEMO, java.util.Optional.empty(),
                    java.util.Optional.empty(), List.of(), ArchiveFixtures.CLAIRE, LocalDate.of(2026, 1, 1),
                    ArchiveFixtures.NOW, Confidentiality.PUBLIC, Locale.FRENCH, java.util.Set.of(""));
            assertThat(archive.store("memo-1", html("x"), "text/html", blankTag, officer()).getLeft().code())
                    .isEqualTo("docs.archive.tag.blank");
            assertThat(archive.documents()).isEmpty();
        }
        try (Archive small = Problems.orThrow(Archive.open(dir, new Archive.Limits(100, 1000, 10,
                java.time.Duration.ofSeconds(5))))) {
            Problem p = small.store("memo-1", new byte[101], "application/octet-stream", memo("A"), officer()).getLeft();
            assertThat(p.code()).isEqualTo("docs.archive.too-large");
            assertThat(p.detail("size")).contains("101");
            assertThat(small.documents()).isEmpty();
        }
        assertThat(Files.size(dir.resolve("journal"))).isZero();
        try (var objects = Files.walk(dir.resolve("objects"))) {
            assertThat(objects.filter(Files::isRegularFile)).isEmpty();
        }
    }

    // ------------------------------------------------------------------ the journal after a crash

    @Test
    void open_afterALastLineCutShort_dropsItAndAppendsAfterTheLastWholeLine() throws IOException {
        try (Archive archive = open()) {
            archive.store("memo-1", html("un"), "text/html", memo("Un"), officer());
        }
        // given: a crash in the middle of the second line
        byte[] whole = Files.readAllBytes(dir.resolve("journal"));
        String line = new String(whole, StandardCharsets.UTF_8);
        Files.write(dir.resolve("journal"), line.substring(0, line.length() / 2).getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);
        // when
        try (Archive archive = open()) {
            // then
            assertThat(archive.documents()).extracting(Archive.Stored::version).containsExactly(1);
            archive.store("memo-1", html("deux"), "text/html", memo("Deux"), officer());
        }
        assertThat(Files.readAllBytes(dir.resolve("journal"))).startsWith(whole);
        try (Archive archive = open()) {
            assertThat(archive.documents()).extracting(Archive.Stored::version).containsExactly(2);
        }
    }

    @Test
    void open_withALineDamagedBeforeTheEnd_isRefused() throws IOException {
        try (Archive archive = open()) {
            archive.store("memo-1", html("un"), "text/html", memo("Un"), officer());
            archive.store("memo-1", html("deux"), "text/html", memo("Deux"), officer());
        }
        byte[] journal = Files.readAllBytes(dir.resolve("journal"));
        journal[20] ^= 1; // a flipped bit in the first line
        Files.write(dir.resolve("journal"), journal);
        Problem p = Archive.open(dir).getLeft();
        assertThat(p.code()).isEqualTo("docs.archive.journal.corrupt");
        assertThat(p.detail("line")).contains("1");
        assertThat(Files.readAllBytes(dir.resolve("journal"))).isEqualTo(journal); // left as found
    }

    // ------------------------------------------------------------------ integrity

    @Test
    void verify_afterAFileWasChangedOrDeleted_reportsEveryVersionConcerned() throws IOException {
        Archive.Stored a;
        Archive.Stored b;
        try (Archive archive = open()) {
            a = Problems.orThrow(archive.store("memo-1", html("un"), "text/html", memo("Un"), officer()));
            b = Problems.orThrow(archive.store("memo-2", html("deux"), "text/html", memo("Deux"), officer()));
            archive.store("memo-3", html("trois"), "text/html", memo("Trois"), officer());
            assertThat(archive.verify()).isEmpty();
            // when: one file altered on disk, another deleted
            Path fileA = dir.resolve("objects").resolve(a.sha256().substring(0, 2)).resolve(a.sha256());
            Files.write(fileA, html("un, falsifié"));
            Files.delete(dir.resolve("objects").resolve(b.sha256().substring(0, 2)).resolve(b.sha256()));
            // then
            List<Archive.Damage> damage = archive.verify();
            assertThat(damage).extracting(Archive.Damage::id).containsExactly("memo-1", "memo-2");
            assertThat(damage.get(0).found()).contains(Archive.sha256(html("un, falsifié")));
            assertThat(damage.get(0).file()).endsWith(a.sha256());
            assertThat(damage.get(1).found()).isEmpty();
            assertThat(archive.read("memo-1", 1, officer()).getLeft().code()).isEqualTo("docs.archive.damaged");
            assertThat(archive.read("memo-3", 1, officer()).isRight()).isTrue();
        }
    }

    // ------------------------------------------------------------------ access

    @Test
    void listAndRead_showOnlyWhatTheReadersClearanceAllows() {
        try (Archive archive = open()) {
            archive.store("public-1", html("p"), "text/html",
                    memo("Horaires", "1", LocalDate.of(2026, 1, 5), Confidentiality.PUBLIC), officer());
            archive.store("secret-1", html("s"), "text/html",
                    memo("Enquête", "1", LocalDate.of(2026, 1, 5), Confidentiality.SECRET), officer());
            archive.store("conf-1", html("c"), "text/html",
                    memo("Personnel", "1", LocalDate.of(2026, 1, 5), Confidentiality.CONFIDENTIAL), officer());

            assertThat(archive.list(reader(Confidentiality.PUBLIC))).extracting(Archive.Stored::id)
                    .containsExactly("public-1");
            assertThat(archive.list(reader(Confidentiality.CONFIDENTIAL))).extracting(Archive.Stored::id)
                    .containsExactly("conf-1", "public-1");
            assertThat(archive.list(reader(Confidentiality.TOP_SECRET))).hasSize(3);
            // a document one may not see reads as unknown, the same as one that does not exist
            Problem hidden = archive.read("secret-1", 1, reader(Confidentiality.RESTRICTED)).getLeft();
            Problem missing = archive.read("nothing", 1, reader(Confidentiality.RESTRICTED)).getLeft();
            assertThat(hidden.code()).isEqualTo(missing.code()).isEqualTo("docs.archive.unknown");
            assertThat(archive.versions("secret-1", reader(Confidentiality.RESTRICTED))).isEmpty();
            // search rebuilds from everything and filters itself
            assertThat(archive.documents()).hasSize(3);
        }
    }

    // ------------------------------------------------------------------ listeners

    @Test
    void onStored_hearsEachNewVersionOnceItIsDurable() {
        try (Archive archive = open()) {
            List<Archive.Stored> heard = new ArrayList<>();
            archive.onStored(s -> {
                heard.add(s);
                assertThat(archive.documents()).contains(s); // already in the archive
            });
            Archive.Stored v1 = Problems.orThrow(archive.store("memo-1", html("un"), "text/html", memo("Un"), officer()));
            archive.store("memo-1", html("un"), "text/html", memo("Un"), officer()); // no new version
            archive.store("bad/id", html("un"), "text/html", memo("Un"), officer()); // refused
            assertThat(heard).containsExactly(v1);
        }
    }

    // ------------------------------------------------------------------ retention

    /** 3.2.1 destroyed 5 years after the end of the document's year; 3.2.2 transferred after 10; 1 kept. */
    private static FilingPlan schedule() {
        return Problems.orThrow(FilingPlan.of(List.of(
                FilingPlanEntry.builder().code(ClassificationCode.of("1")).title("Délibérations")
                        .retention(RetentionRule.permanent(Period.ofYears(10))).build(),
                FilingPlanEntry.builder().code(ClassificationCode.of("3")).title("Finances")
                        .retention(RetentionRule.of(Period.ofYears(1), Period.ofYears(10), DisposalAction.TRANSFER_TO_ARCHIVES))
                        .build(),
                FilingPlanEntry.builder().code(ClassificationCode.of("3.2.1")).title("Notes budgétaires")
                        .parent(ClassificationCode.of("3"))
                        .retention(RetentionRule.of(Period.ofYears(1), Period.ofYears(5), DisposalAction.DESTROY)
                                .withCountFrom(RetentionStart.END_OF_CLOSING_YEAR)).build(),
                FilingPlanEntry.builder().code(ClassificationCode.of("3.2.2")).title("Marchés")
                        .parent(ClassificationCode.of("3")).build()))
                .mapLeft(Problems::combine));
    }

    private void storeForRetention(Archive archive) {
        archive.store("note-2020", html("n"), "text/html",
                memo("Note 2020", "3.2.1", LocalDate.of(2020, 3, 16), Confidentiality.RESTRICTED), officer());
        archive.store("marche-2014", html("m"), "text/html",
                memo("Marché 2014", "3.2.2", LocalDate.of(2014, 6, 1), Confidentiality.RESTRICTED), officer());
        archive.store("deliberation-1990", html("d"), "text/html",
                memo("Délibération", "1", LocalDate.of(1990, 1, 1), Confidentiality.PUBLIC), officer());
        archive.store("note-2024", html("n24"), "text/html",
                memo("Note 2024", "3.2.1", LocalDate.of(2024, 12, 31), Confidentiality.RESTRICTED), officer());
    }

    @Test
    void dueForDisposal_listsWhatEachScheduleEndsByTheDate() {
        try (Archive archive = open()) {
            storeForRetention(archive);
            // cut-off at the end of 2020, five years: due on 1 January 2026; the contract: 1 June 2024 (inherited rule)
            assertThat(archive.dueForDisposal(schedule(), LocalDate.of(2025, 12, 31)))
                    .containsExactly(new Archive.Disposal("marche-2014", "3.2.2", LocalDate.of(2024, 6, 1),
                            DisposalAction.TRANSFER_TO_ARCHIVES));
            assertThat(archive.dueForDisposal(schedule(), LocalDate.of(2026, 1, 1)))
                    .extracting(Archive.Disposal::id, Archive.Disposal::disposalOn, Archive.Disposal::action)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("marche-2014", LocalDate.of(2024, 6, 1), DisposalAction.TRANSFER_TO_ARCHIVES),
                            org.assertj.core.groups.Tuple.tuple("note-2020", LocalDate.of(2026, 1, 1), DisposalAction.DESTROY));
            // kept for ever: never due
            assertThat(archive.dueForDisposal(schedule(), LocalDate.of(2999, 1, 1))).extracting(Archive.Disposal::id)
                    .doesNotContain("deliberation-1990").contains("note-2024");
        }
    }

    @Test
    void legalHold_suspendsDisposalUntilReleased() {
        try (Archive archive = open()) {
            storeForRetention(archive);
            Context2 c = new Context2();
            Problems.orThrow(archive.placeHold("note-2020", "Recours au tribunal administratif", c.at2026));
            assertThat(archive.placeHold("note-2020", "encore", c.at2026).getLeft().code()).isEqualTo("docs.archive.hold.exists");
            assertThat(archive.dueForDisposal(schedule(), LocalDate.of(2026, 6, 1))).extracting(Archive.Disposal::id)
                    .containsExactly("marche-2014");
            Problem held = archive.dispose("note-2020", schedule(), c.at2026).getLeft();
            assertThat(held.code()).isEqualTo("docs.archive.hold.active");
            assertThat(archive.documents()).extracting(Archive.Stored::id).contains("note-2020");
            // released: due again, and it can go
            Problems.orThrow(archive.releaseHold("note-2020", c.at2026));
            assertThat(archive.releaseHold("note-2020", c.at2026).getLeft().code()).isEqualTo("docs.archive.hold.none");
            assertThat(archive.dueForDisposal(schedule(), LocalDate.of(2026, 6, 1))).extracting(Archive.Disposal::id)
                    .containsExactly("marche-2014", "note-2020");
            assertThat(archive.dispose("note-2020", schedule(), c.at2026).isRight()).isTrue();
        }
    }

    @Test
    void dispose_keepsATombstoneOfTheMetadataAndDeletesTheBytes() throws IOException {
        Archive.Stored note;
        List<Archive.Tombstone> heard = new ArrayList<>();
        Context2 c = new Context2();
        try (Archive archive = open()) {
            storeForRetention(archive);
            note = archive.documents().stream().filter(s -> s.id().equals("note-2020")).findFirst().orElseThrow();
            archive.onDisposed(heard::add);
            // too early, or never: refused
            Problem early = archive.dispose("note-2020", schedule(), ArchiveFixtures.at(Instant.parse("2025-12-31T12:00:00Z")))
                    .getLeft();
            assertThat(early.code()).isEqualTo("docs.archive.retention.not-due");
            assertThat(early.detail("disposalOn")).contains("2026-01-01");
            assertThat(archive.dispose("deliberation-1990", schedule(), c.at2026).getLeft().code())
                    .isEqualTo("docs.archive.retention.none");
            assertThat(archive.dispose("nothing", schedule(), c.at2026).getLeft().code()).isEqualTo("docs.archive.unknown");
            // when
            Archive.Tombstone tomb = Problems.orThrow(archive.dispose("note-2020", schedule(), c.at2026));
            // then
            assertThat(tomb.metadata()).isEqualTo(note.metadata());
            assertThat(tomb.sha256s()).containsExactly(note.sha256());
            assertThat(tomb.action()).isEqualTo(DisposalAction.DESTROY);
            assertThat(tomb.disposalOn()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(heard).containsExactly(tomb);
            assertThat(archive.documents()).extracting(Archive.Stored::id).doesNotContain("note-2020");
            assertThat(archive.read("note-2020", 1, ArchiveFixtures.officer()).getLeft().code()).isEqualTo("docs.archive.unknown");
            assertThat(archive.store("note-2020", html("n"), "text/html", note.metadata(), c.at2026).getLeft().code())
                    .isEqualTo("docs.archive.disposed");
            assertThat(archive.verify()).isEmpty();
        }
        assertThat(dir.resolve("objects").resolve(note.sha256().substring(0, 2)).resolve(note.sha256())).doesNotExist();
        try (Archive archive = open()) {
            assertThat(archive.tombstones()).extracting(Archive.Tombstone::id).containsExactly("note-2020");
            assertThat(archive.tombstones().get(0).metadata()).isEqualTo(note.metadata());
            assertThat(archive.documents()).hasSize(3);
        }
    }

    @Test
    void dispose_ofADocumentSharingItsBytes_keepsTheFileForTheOther() {
        Context2 c = new Context2();
        try (Archive archive = open()) {
            // given: the same bytes under a document due for transfer and one kept for ever
            archive.store("marche-2014", html("commun"), "text/html",
                    memo("Marché 2014", "3.2.2", LocalDate.of(2014, 6, 1), Confidentiality.RESTRICTED), officer());
            archive.store("deliberation-1990", html("commun"), "text/html",
                    memo("Délibération", "1", LocalDate.of(1990, 1, 1), Confidentiality.PUBLIC), officer());
            // when
            Archive.Tombstone tomb = Problems.orThrow(archive.dispose("marche-2014", schedule(), c.at2026));
            // then
            assertThat(tomb.action()).isEqualTo(DisposalAction.TRANSFER_TO_ARCHIVES);
            assertThat(archive.verify()).isEmpty();
            assertThat(archive.read("deliberation-1990", 1, officer()).isRight()).isTrue();
        }
        try (Archive archive = open()) {
            assertThat(archive.verify()).isEmpty();
            assertThat(archive.documents()).extracting(Archive.Stored::id).containsExactly("deliberation-1990");
        }
    }

    @Test
    void store_fromManyThreads_numbersEveryVersionOnceWithoutGaps() throws Exception {
        try (Archive archive = open()) {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<Archive.Stored>> futures = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                    int n = i;
                    futures.add(pool.submit(() -> Problems.orThrow(
                            archive.store("memo-1", html("v" + n), "text/html", memo("V" + n), officer()))));
                }
                List<Integer> numbers = new ArrayList<>();
                for (var f : futures) {
                    numbers.add(f.get().version());
                }
                assertThat(numbers).doesNotHaveDuplicates().hasSize(60);
                assertThat(numbers.stream().mapToInt(Integer::intValue).max().orElseThrow()).isEqualTo(60);
            } finally {
                pool.shutdown();
            }
        }
        try (Archive archive = open()) {
            assertThat(archive.versions("memo-1", officer())).extracting(Archive.Stored::version)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 60).boxed().toList());
        }
    }

    /** An officer acting on 1 March 2026. */
    private static final class Context2 {
        final org.aso.core.kernel.Context at2026 = ArchiveFixtures.at(Instant.parse("2026-03-01T09:00:00Z"));
    }

    // ------------------------------------------------------------------ text

    @Test
    void store_ofAPdf_keepsItsTextAndRefusesAMalformedOne() throws IOException {
        try (Archive archive = open()) {
            byte[] pdf = PdfFixtures.pdf("Compte-rendu de la réunion du 4 mai", "Décisions prises à l’unanimité");
            Archive.Stored s = Problems.orThrow(archive.store("cr-1", pdf, "application/pdf",
                    memo("Compte-rendu"), officer()));
            assertThat(s.text()).contains("réunion du 4 mai").contains("Décisions prises");
            Problem bad = archive.store("cr-2", "%PDF-1.7\nnot really".getBytes(StandardCharsets.US_ASCII),
                    "application/pdf", memo("Faux"), officer()).getLeft();
            assertThat(bad.code()).isEqualTo("docs.extract.malformed-pdf");
            assertThat(bad.message(Locale.FRENCH)).startsWith("Le PDF");
            assertThat(archive.documents()).extracting(Archive.Stored::id).containsExactly("cr-1");
        }
        // after a restart the text is read again from the file
        try (Archive archive = open()) {
            assertThat(archive.documents().get(0).text()).contains("réunion du 4 mai");
        }
    }
}
