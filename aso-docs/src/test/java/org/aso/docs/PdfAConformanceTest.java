package org.aso.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The archival PDFs checked by an independent validator, veraPDF (its PDF/A-2b profile). */
class PdfAConformanceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:30:00Z"), ZoneOffset.UTC);
    private final Drafts drafts = Drafts.of("Préfecture de l’Ain", Optional.empty());

    @BeforeAll
    static void initialise() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static ValidationResult validate(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            return validator.validate(parser);
        }
    }

    @Test
    void pdfA_ofMinutesAndLetterInBothLanguages_isCompliantPdfA2b() throws Exception {
        for (Draft d : List.<Draft>of(DraftFixtures.secondMinutes(), DraftFixtures.letter())) {
            for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                ValidationResult r = validate(drafts.pdfA(d, l, CLOCK).get());
                assertThat(r.isCompliant()).as("%s %s: %s", d.kind(), l,
                        r.getTestAssertions().stream().map(TestAssertion::getMessage).distinct().toList()).isTrue();
            }
        }
    }

    @Test
    void pdf_plain_isNotPdfA() throws Exception {
        assertThat(validate(drafts.pdf(DraftFixtures.letter(), Locale.FRENCH, CLOCK).get()).isCompliant()).isFalse();
    }
}
