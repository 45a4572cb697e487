package org.aso.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:30:00Z"), ZoneOffset.UTC);
    private final Drafts drafts = Drafts.of("Préfecture de l’Ain", Optional.empty());

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void pdf_minutesInFrench_haveATextLayerWhereAccentsAndGreekSurvive() throws IOException {
        byte[] pdf = drafts.pdf(DraftFixtures.secondMinutes(), Locale.FRENCH, CLOCK).get();

        String text = text(pdf);
        assertThat(text).contains("Compte-rendu de réunion").contains("Suites des réunions précédentes")
                .contains("Étiqueter").contains("Zoë Çelik").contains("Ναταλία Παππά").contains("Échéance")
                .contains("Jérôme Dupré");
    }

    @Test
    void pdf_fontsAreEmbedded_andTheCreationDateIsTheClocks() throws IOException {
        byte[] pdf = drafts.pdf(DraftFixtures.letter(), Locale.FRENCH, CLOCK).get();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
            assertThat(fonts).allMatch(f -> f.getName().contains("DejaVuSans"));
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(CLOCK.instant());
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Votre demande de copie du dossier");
        }
    }

    @Test
    void pdf_longDocument_hasPageNumbersAndARunningHeaderOnEveryPage() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            paragraphs.add("Paragraphe numéro " + i + " : le service accuse réception des pièces reçues.");
        }
        Memo longMemo = new Memo("Cheffe de section", List.of("Tous"), "Inventaire détaillé", DraftFixtures.memo().date(), paragraphs);

        byte[] pdf = drafts.pdf(longMemo, Locale.FRENCH, CLOCK).get();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc);
                assertThat(page).as("page " + p).contains("Page " + p + " sur " + pages)
                        .contains("Préfecture de l’Ain · Inventaire détaillé");
            }
        }
    }

    @Test
    void pdf_sameInputsAndClock_giveTheSameText() throws IOException {
        for (Draft d : List.<Draft>of(DraftFixtures.memo(), DraftFixtures.letter(), DraftFixtures.firstMinutes())) {
            for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                assertThat(text(drafts.pdf(d, l, CLOCK).get())).isEqualTo(text(drafts.pdf(d, l, CLOCK).get()));
            }
        }
    }

    @Test
    void pdf_draftLackingAValue_isTheTemplateProblem() {
        Draft partial = Draft.of(DocumentKind.LETTER, "x", Map.of());

        assertThat(drafts.pdf(partial, Locale.ENGLISH, CLOCK).getLeft().code()).isEqualTo("docs.template.missing-variable");
    }

    @Test
    void pdfA_isIdentifiedAsPdfA2b_withAnOutputIntentEmbeddedFontsAndDatesMatchingTheXmp() throws IOException {
        byte[] pdf = drafts.pdfA(DraftFixtures.firstMinutes(), Locale.FRENCH, CLOCK).get();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>").contains("<pdfaid:conformance>B</pdfaid:conformance>")
                    .contains("2026-12-01T08:30:00").contains("Comité de suivi des archives");
            assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
            assertThat(doc.getDocumentCatalog().getOutputIntents().get(0).getDestOutputIntent()).isNotNull();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
                }
            }
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(CLOCK.instant());
            assertThat(new PDFTextStripper().getText(doc)).contains("Décisions").contains("Ναταλία Παππά");
        }
        assertThat(text(drafts.pdf(DraftFixtures.firstMinutes(), Locale.FRENCH, CLOCK).get())).isEqualTo(text(pdf));
    }

    @Test
    void pdf_plain_isNotMarkedPdfA() throws IOException {
        try (PDDocument doc = Loader.loadPDF(drafts.pdf(DraftFixtures.memo(), Locale.FRENCH, CLOCK).get())) {
            assertThat(doc.getDocumentCatalog().getOutputIntents()).isEmpty();
        }
    }
}
