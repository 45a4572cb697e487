package org.aso.docs;

import static org.aso.docs.SearchFixtures.metadata;
import static org.aso.docs.SearchFixtures.sha;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Page;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveSearchTest {
    private static final Clearance ALL = Clearance.of(Confidentiality.TOP_SECRET);
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 3);

    private ArchiveSearch search;

    @BeforeEach
    void open() {
        search = ArchiveSearch.inMemory();
    }

    @AfterEach
    void close() throws Exception {
        search.close();
    }

    private void put(String id, int version, DocumentMetadata m, String text) {
        search.put(new Archive.Stored(id, version, sha(id, version), m, text));
    }

    private Page<ArchiveSearch.Hit> found(ArchiveSearch.Query q, Clearance reader) {
        return search.search(q, reader).get();
    }

    private List<String> ids(ArchiveSearch.Query q, Clearance reader) {
        return found(q, reader).items().stream().map(ArchiveSearch.Hit::documentId).toList();
    }

    @Test
    void reunion_withoutAccent_findsReunionsInAFrenchDocument() {
        // given
        put("cr-1", 1, metadata("Compte-rendu", DocumentKind.MINUTES, Locale.FRENCH, Confidentiality.PUBLIC, MARCH),
                "Les réunions du comité de direction se tiendront désormais le mardi.");
        put("memo-1", 1, metadata("Memo", DocumentKind.MEMO, Locale.FRENCH, Confidentiality.PUBLIC, MARCH),
                "Le budget est arrêté.");
        // when
        Page<ArchiveSearch.Hit> page = found(ArchiveSearch.Query.of("reunion"), ALL);
        // then
        assertThat(page.items()).extracting(ArchiveSearch.Hit::documentId).containsExactly("cr-1");
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items().get(0).snippetHtml()).contains("<mark>réunions</mark>");
        assertThat(ids(ArchiveSearch.Query.of("RÉUNION"), ALL)).containsExactly("cr-1");
        assertThat(ids(ArchiveSearch.Query.of("désormais"), ALL)).containsExactly("cr-1");
        assertThat(ids(ArchiveSearch.Query.of("desormais"), ALL)).containsExactly("cr-1");
    }

    @Test
    void englishStemming_meetingsFindsMeeting_andQueriesSearchBothLanguages() {
        put("en-1", 1, metadata("Minutes", DocumentKind.MINUTES, Locale.ENGLISH, Confidentiality.PUBLIC, MARCH),
                "The committee meeting approved the budget.");
        put("fr-1", 1, metadata("Note", DocumentKind.MEMO, Locale.FRENCH, Confidentiality.PUBLIC, MARCH),
                "Le budget de l'exercice est approuvé.");
        assertThat(ids(ArchiveSearch.Query.of("meetings"), ALL)).containsExactly("en-1");
        assertThat(ids(ArchiveSearch.Query.of("budget"), ALL)).containsExactlyInAnyOrder("en-1", "fr-1");
        // elision: "l'exercice" is indexed as "exercice"
        assertThat(ids(ArchiveSearch.Query.of("exercice"), ALL)).containsExactly("fr-1");
    }

    @Test
    void titleAndMetadata_areSearched_andTitleRanksAboveBody() {
        put("a", 1, metadata("Rapport annuel", DocumentKind.REPORT, Locale.FRENCH, Confidentiality.PUBLIC, MARCH,
                "ADM-12", DossierId.of("d-2026-0001"), Set.of("logistique")), "Texte sans rapport particulier.");
        put("b", 1, metadata("Note", DocumentKind.MEMO, Locale.FRENCH, Confidentiality.PUBLIC, MARCH),
                "Voir le rapport annuel.");
        assertThat(ids(ArchiveSearch.Query.of("annuel"), ALL)).containsExactly("a", "b");
        assertThat(ids(ArchiveSearch.Query.of("logistique"), ALL)).containsExactly("a");
        assertThat(ids(ArchiveSearch.Query.of("adm-12"), ALL)).containsExactly("a");
    }

    @Test
    void everyWordMustMatch_quotesMakeAPhrase_minusExcludes() {
        put("a", 1, metadata("A", DocumentKind.MEMO, Locale.ENGLISH, Confidentiality.PUBLIC, MARCH), "room booking for the board");
        put("b", 1, metadata("B", DocumentKind.MEMO, Locale.ENGLISH, Confidentiality.PUBLIC, MARCH), "board of the room service");
        assertThat(ids(ArchiveSearch.Query.of("room board"), ALL)).containsExactlyInAnyOrder("a", "b");
        assertThat(ids(ArchiveSearch.Query.of("\"room booking\""), ALL)).containsExactly("a");
        assertThat(ids(ArchiveSearch.Query.of("room -booking"), ALL)).containsExactly("b");
        assertThat(ids(ArchiveSearch.Query.of("room zebra"), ALL)).isEmpty();
    }

    @Test
    void filters_kindClassificationDossierDatesAndMarking_narrowTheResults() {
        DossierId d1 = DossierId.of("d-1");
        DossierId d2 = DossierId.of("d-2");
        put("a", 1, metadata("A", DocumentKind.MINUTES, Locale.FRENCH, Confidentiality.PUBLIC, LocalDate.of(2026, 1, 10),
                "ADM-1", d1, Set.of()), "budget");
        put("b", 1, metadata("B", DocumentKind.MEMO, Locale.FRENCH, Confidentiality.RESTRICTED, LocalDate.of(2026, 2, 10),
                "ADM-2", d2, Set.of()), "budget");
        put("c", 1, metadata("C", DocumentKind.LETTER, Locale.ENGLISH, Confidentiality.CONFIDENTIAL, LocalDate.of(2026, 3, 10),
                "ADM-1", d2, Set.of()), "budget");
        ArchiveSearch.Query q = ArchiveSearch.Query.of("budget");
        assertThat(ids(q.withKinds(Set.of(DocumentKind.MINUTES, DocumentKind.LETTER)), ALL)).containsExactlyInAnyOrder("a", "c");
        assertThat(ids(q.withClassification("ADM-1"), ALL)).containsExactlyInAnyOrder("a", "c");
        assertThat(ids(q.withDossier(d2), ALL)).containsExactlyInAnyOrder("b", "c");
        assertThat(ids(q.between(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10)), ALL)).containsExactlyInAnyOrder("b", "c");
        assertThat(ids(q.between(LocalDate.of(2026, 1, 11), LocalDate.of(2026, 2, 9)), ALL)).isEmpty();
        assertThat(ids(q.withConfidentialities(Set.of(Confidentiality.RESTRICTED)), ALL)).containsExactly("b");
        // a blank text lists what the filters allow, newest first
        assertThat(ids(ArchiveSearch.Query.of(" "), ALL)).containsExactly("c", "b", "a");
        assertThat(ids(ArchiveSearch.Query.of("").withDossier(d1), ALL)).containsExactly("a");
    }

    @Test
    void clearance_hidesDocumentsAboveIt_fromResultsAndCounts() {
        put("pub", 1, metadata("Budget", DocumentKind.MEMO, Locale.FRENCH, Confidentiality.PUBLIC, MARCH), "budget");
        put("sec", 1, metadata("Budget secret", DocumentKind.MEMO, Locale.FRENCH, Confidentiality.SECRET, MARCH), "budget");
        Page<ArchiveSearch.Hit> page = found(ArchiveSearch.Query.of("budget"), Clearance.of(Confidentiality.CONFIDENTIAL));
        assertThat(page.items()).extracting(ArchiveSearch.Hit::documentId).containsExactly("pub");
        assertThat(page.total()).isEqualTo(1);
        assertThat(ids(ArchiveSearch.Query.of("secret"), Clearance.none())).isEmpty();
        // asking for the marking does not open it
        assertThat(ids(ArchiveSearch.Query.of("budget").withConfidentialities(Set.of(Confidentiality.SECRET)), Clearance.none())).isEmpty();
        assertThat(ids(ArchiveSearch.Query.of("budget"), Clearance.of(Confidentiality.SECRET))).containsExactlyInAnyOrder("pub", "sec");
    }

    @Test
    void snippet_isHtmlEscaped_andMarksTheWords() {
        put("x", 1, metadata("<b>Titre</b>", DocumentKind.MEMO, Locale.FRENCH, Confidentiality.PUBLIC, MARCH),
                "Ordre du jour : <script>alert('réunion')</script> & la réunion \"plénière\".");
        ArchiveSearch.Hit hit = found(ArchiveSearch.Query.of("reunion"), ALL).items().get(0);
        assertThat(hit.snippetHtml()).doesNotContain("<script>").contains("&lt;script&gt;").contains("&amp;")
                .contains("<mark>réunion</mark>");
        assertThat(hit.snippetHtml().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        assertThat(hit.title()).isEqualTo("<b>Titre</b>");
    }

    @Test
    void untrustedQueryText_neverThrows_andBoundsAreProblems() {
        put("x", 1, metadata("Note", DocumentKind.MEMO, Locale.FRENCH, Confidentiality.PUBLIC, MARCH), "texte");
        for (String nasty : List.of("\"", "((", "a:b", "*", "~", "\\", "-", "|", "title_fr:texte", "AND OR NOT", "[a TO b]",
                "le la les", "\u0000", "\uD800", "texte\"", "+-+-")) {
            assertThat(search.search(ArchiveSearch.Query.of(nasty), ALL).isRight()).as(nasty).isTrue();
        }
        assertThat(ids(ArchiveSearch.Query.of("texte\""), ALL)).containsExactly("x");
        Problem tooLong = search.search(ArchiveSearch.Query.of("a".repeat(ArchiveSearch.MAX_QUERY_LENGTH + 1)), ALL).getLeft();
        assertThat(tooLong.code()).isEqualTo("docs.search.query-too-long");
        assertThat(search.search(ArchiveSearch.Query.of("a ".repeat(ArchiveSearch.MAX_QUERY_WORDS + 1)), ALL).getLeft().code())
                .isEqualTo("docs.search.query-too-long");
        assertThat(search.search(ArchiveSearch.Query.of("a ".repeat(ArchiveSearch.MAX_QUERY_WORDS)), ALL).isRight()).isTrue();
        assertThat(search.search(ArchiveSearch.Query.of("x").page(0, ArchiveSearch.MAX_PAGE_SIZE + 1), ALL).getLeft().code())
                .isEqualTo("docs.search.page-too-large");
        assertThat(search.search(ArchiveSearch.Query.of("x").page(ArchiveSearch.MAX_DEPTH, 1), ALL).getLeft().code())
                .isEqualTo("docs.search.page-too-deep");
        assertThat(search.search(ArchiveSearch.Query.of("x").between(MARCH, MARCH.minusDays(1)), ALL).getLeft().code())
                .isEqualTo("docs.search.dates-reversed");
        assertThat(tooLong.message(Locale.FRENCH)).startsWith("La recherche est trop longue");
    }

    @Test
    void paging_walksEveryResultOnce_inRankOrder() {
        for (int i = 0; i < 25; i++) {
            put("d" + i, 1, metadata("Note " + i, DocumentKind.MEMO, Locale.FRENCH, Confidentiality.PUBLIC, MARCH.plusDays(i)), "budget");
        }
        List<String> seen = new ArrayList<>();
        Page<ArchiveSearch.Hit> page = found(ArchiveSearch.Query.of("budget").page(0, 10), ALL);
        seen.addAll(page.items().stream().map(ArchiveSearch.Hit::documentId).toList());
        while (page.hasNext()) {
            page = found(ArchiveSearch.Query.of("budget").page(page.offset() + page.items().size(), 10), ALL);
            seen.addAll(page.items().stream().map(ArchiveSearch.Hit::documentId).toList());
        }
        assertThat(page.total()).isEqualTo(25);
        assertThat(seen).hasSize(25).doesNotHaveDuplicates();
        // equal scores: newest first
        assertThat(seen.get(0)).isEqualTo("d24");
        assertThat(found(ArchiveSearch.Query.of("budget").page(30, 10), ALL).items()).isEmpty();
    }

    @Test
    void put_replacesTheCurrentVersion_andRemoveDropsADestroyedDocument() {
        put("x", 1, metadata("Note", DocumentKind.MEMO, Locale.FRENCH, Confidentiality.PUBLIC, MARCH), "ancien texte");
        put("x", 2, metadata("Note", DocumentKind.MEMO, Locale.FRENCH, Confidentiality.PUBLIC, MARCH), "nouveau texte");
        assertThat(ids(ArchiveSearch.Query.of("ancien"), ALL)).isEmpty();
        ArchiveSearch.Hit hit = found(ArchiveSearch.Query.of("nouveau"), ALL).items().get(0);
        assertThat(hit.version()).isEqualTo(2);
        assertThat(hit.sha256()).isEqualTo(sha("x", 2));
        assertThat(search.size()).isEqualTo(1);
        search.remove("x");
        assertThat(ids(ArchiveSearch.Query.of("nouveau"), ALL)).isEmpty();
        assertThat(search.size()).isZero();
    }

    @Test
    void rebuild_replacesTheWholeIndex_andADiskIndexSurvivesReopening(@TempDir Path dir) throws Exception {
        try (ArchiveSearch disk = ArchiveSearch.open(dir)) {
            disk.put("old", 1, sha("old", 1), metadata("Old", DocumentKind.MEMO, Locale.ENGLISH, Confidentiality.PUBLIC, MARCH), "obsolete text");
            disk.rebuild(List.of(
                    new Archive.Stored("a", 3, sha("a", 3), metadata("A", DocumentKind.MEMO, Locale.FRENCH, Confidentiality.PUBLIC, MARCH), "réunion"),
                    new Archive.Stored("b", 1, sha("b", 1), metadata("B", DocumentKind.MEMO, Locale.ENGLISH, Confidentiality.PUBLIC, MARCH), "meeting")));
        }
        try (ArchiveSearch disk = ArchiveSearch.open(dir)) {
            assertThat(disk.size()).isEqualTo(2);
            assertThat(disk.search(ArchiveSearch.Query.of("obsolete"), ALL).get().items()).isEmpty();
            assertThat(disk.search(ArchiveSearch.Query.of("reunion"), ALL).get().items()).extracting(ArchiveSearch.Hit::version).containsExactly(3);
        }
    }

    @Test
    void follow_rebuildsFromTheArchive_thenIndexesEachStore(@TempDir Path dir) throws Exception {
        // given: an archive holding two documents before search follows it
        try (Archive archive = org.aso.core.kernel.Problems.orThrow(Archive.open(dir.resolve("archive")))) {
            var officer = ArchiveFixtures.officer();
            org.aso.core.kernel.Problems.orThrow(archive.store("cr-1", html("Compte-rendu de la réunion du comité"), "text/html",
                    tagged("Compte-rendu", Confidentiality.RESTRICTED), officer));
            org.aso.core.kernel.Problems.orThrow(archive.store("memo-1", html("Le budget &amp; les crédits"), "text/html",
                    tagged("Secret", Confidentiality.SECRET), officer));
            // when
            search.follow(archive);
            org.aso.core.kernel.Problems.orThrow(archive.store("cr-2", html("Ordre du jour de la prochaine réunion"), "text/html",
                    tagged("Convocation", Confidentiality.PUBLIC), officer));
            org.aso.core.kernel.Problems.orThrow(archive.store("cr-1", html("Compte-rendu corrigé"), "text/html",
                    tagged("Compte-rendu", Confidentiality.RESTRICTED), officer));
            // then
            assertThat(ids(ArchiveSearch.Query.of("reunion"), ALL)).containsExactly("cr-2");
            assertThat(ids(ArchiveSearch.Query.of("corrige"), ALL)).containsExactly("cr-1");
            assertThat(found(ArchiveSearch.Query.of("corrige"), ALL).items().get(0).version()).isEqualTo(2);
            assertThat(ids(ArchiveSearch.Query.of("credit"), ALL)).containsExactly("memo-1");
            assertThat(ids(ArchiveSearch.Query.of("credit"), Clearance.of(Confidentiality.CONFIDENTIAL))).isEmpty();
            // a reader's context, as the archive's listings take it
            assertThat(search.search(ArchiveSearch.Query.of("credit"), ArchiveFixtures.reader(Confidentiality.CONFIDENTIAL)).get().total()).isZero();
            assertThat(search.search(ArchiveSearch.Query.of("credit"), ArchiveFixtures.reader(Confidentiality.SECRET)).get().total()).isEqualTo(1);
            // the archive's metadata is searched too: its tags and classification
            assertThat(ids(ArchiveSearch.Query.of("3.2.1 budget").withKinds(Set.of(DocumentKind.MEMO)), ALL)).hasSize(3);
            assertThat(search.size()).isEqualTo(3);
        }
    }

    private static DocumentMetadata tagged(String title, Confidentiality level) {
        return metadata(title, DocumentKind.MEMO, Locale.FRENCH, level, MARCH, "3.2.1", DossierId.of("d-2026-0042"), Set.of("budget"));
    }

    private static byte[] html(String body) {
        return ("<!DOCTYPE html><html lang=\"fr\"><head><title>t</title></head><body><p>" + body + "</p></body></html>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
