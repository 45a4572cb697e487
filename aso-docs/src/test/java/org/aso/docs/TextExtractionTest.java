package org.aso.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Problems;
import org.junit.jupiter.api.Test;

class TextExtractionTest {

    private static String text(String html) {
        return Problems.orThrow(Archive.extractText(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8"));
    }

    @Test
    void extractText_fromHtml_keepsTheWordsAndDropsMarkupScriptsStylesAndComments() {
        String html = """
                <!DOCTYPE html><html lang="fr"><head><title>Compte-rendu</title>
                <style>p { color: red } /* <p>not text</p> */</style>
                <script>var s = "<p>not text either</p>"; if (a < b) {}</script></head>
                <body><h1>Réunion du comité</h1><!-- <p>a comment</p> -->
                <p class="x" title="a > b">Décisions&nbsp;: l&#8217;ordre du jour &amp; les &lt;suites&gt; &eacute;t&#xE9;</p>
                <table><tr><th>Nom</th><td>Hélène&unknown;</td></tr></table></body></html>
                """;
        assertThat(text(html)).isEqualTo("Compte-rendu Réunion du comité Décisions : l’ordre du jour & les <suites> été"
                + " Nom Hélène&unknown;");
    }

    @Test
    void extractText_fromHtmlCutShortOrHostile_endsWithoutError() {
        assertThat(text("<p>début <script>jamais fermé")).isEqualTo("début");
        assertThat(text("<p title=\"quote never closed>texte")).isEmpty();
        assertThat(text("a <!-- open comment")).isEqualTo("a");
        assertThat(text("&#0; &#x110000; &#xD800; x")).isEqualTo("\uFFFD \uFFFD \uFFFD x");
        // bounded: a long page gives at most maxTextChars characters
        Archive.Limits small = new Archive.Limits(1 << 20, 50, 10, Duration.ofSeconds(5));
        String big = "<p>" + "mot ".repeat(10_000) + "</p>";
        assertThat(Problems.orThrow(Archive.extractText(big.getBytes(StandardCharsets.UTF_8), "text/html", small)))
                .hasSize(50);
    }

    @Test
    void extractText_fromAPdfWithATextLayer_givesItsTextWithAccents() throws IOException {
        byte[] pdf = PdfFixtures.pdf("Objet : réunion de la commission", "Élus présents : Hélène Roux, Jérôme Dupont");
        String text = Problems.orThrow(Archive.extractText(pdf, "application/pdf"));
        assertThat(text).isEqualTo("Objet : réunion de la commission Élus présents : Hélène Roux, Jérôme Dupont");
    }

    @Test
    void extractText_fromAMalformedPdf_isAProblem() throws IOException {
        byte[] pdf = PdfFixtures.pdf("Bonjour");
        Problem truncated = Archive.extractText(Arrays.copyOf(pdf, 40), "application/pdf").getLeft();
        assertThat(truncated.code()).isEqualTo("docs.extract.malformed-pdf");
        Problem garbage = Archive.extractText("not a pdf at all".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .getLeft();
        assertThat(garbage.code()).isEqualTo("docs.extract.malformed-pdf");
    }

    @Test
    void extractText_beyondTheSizeLimit_isRefusedBeforeReading() {
        Archive.Limits small = new Archive.Limits(10, 50, 10, Duration.ofSeconds(5));
        assertThat(Archive.extractText(new byte[11], "application/pdf", small).getLeft().code())
                .isEqualTo("docs.archive.too-large");
    }

    @Test
    void extractText_ofAnotherMediaType_isEmpty() {
        assertThat(Problems.orThrow(Archive.extractText(new byte[] {1, 2, 3}, "image/png"))).isEmpty();
    }

    @Test
    void extractText_ofAPdf_readsNoMorePagesThanTheLimit() throws IOException {
        byte[] pdf = PdfFixtures.pages("Première page", "Seconde page");
        Archive.Limits onePage = new Archive.Limits(1 << 20, 1000, 1, Duration.ofSeconds(5));
        assertThat(Problems.orThrow(Archive.extractText(pdf, "application/pdf", onePage))).isEqualTo("Première page");
        assertThat(Problems.orThrow(Archive.extractText(pdf, "application/pdf"))).isEqualTo("Première page Seconde page");
    }

    @Test
    void extractText_ofAPdfTakingLongerThanTheLimit_isATimeout() throws IOException {
        String[] pages = new String[400];
        Arrays.fill(pages, "Une page parmi beaucoup d’autres, avec du texte à lire");
        byte[] pdf = PdfFixtures.pages(pages);
        Archive.Limits hurried = new Archive.Limits(64 << 20, 1_000_000, 10_000, Duration.ofMillis(1));
        Problem p = Archive.extractText(pdf, "application/pdf", hurried).getLeft();
        assertThat(p.code()).isEqualTo("docs.extract.timeout");
        assertThat(p.message(java.util.Locale.FRENCH)).isEqualTo("La lecture du texte du PDF a dépassé 1 ms");
    }

    @Test
    void extractText_ofOurOwnPdf_givesLigaturesBackAsLetters() {
        // openhtmltopdf sets "fi" as the ligature U+FB01 with DejaVu Sans; search needs the letters
        Memo memo = new Memo("Cheffe de section", java.util.List.of("Tous"), "Vérifier les fiches",
                java.time.LocalDate.of(2026, 3, 2), java.util.List.of("Il faut vérifier chaque fiche officielle."));
        byte[] pdf = Drafts.of("Préfecture", java.util.Optional.empty())
                .pdf(memo, java.util.Locale.FRENCH, java.time.Clock.fixed(java.time.Instant.parse("2026-03-02T09:00:00Z"),
                        java.time.ZoneOffset.UTC)).get();
        String text = Archive.extractText(pdf, "application/pdf").get();
        assertThat(text).contains("Vérifier les fiches").contains("vérifier chaque fiche officielle").doesNotContain("\uFB01");
    }
}
