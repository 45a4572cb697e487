package org.aso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The benchmark measures real work: every memo is rendered, escaped, and the PDFs are PDFs. */
class DraftingBenchmarkTest {

    @Test
    void benchmarkMethods_renderEveryMemo() {
        DraftingBenchmark b = new DraftingBenchmark();
        b.setUp();
        assertThat(b.memos).hasSize(DraftingBenchmark.HTML_MEMOS);
        String first = b.drafts.html(b.memos.get(0), Locale.FRENCH).get();
        assertThat(first).contains("Note n° 0 : réorganisation").contains("&lt;par ordre&gt;");
        assertThat(b.memosToHtml()).isGreaterThan(DraftingBenchmark.HTML_MEMOS * (long) first.length() / 2);
        byte[] pdf = b.drafts.pdf(b.memos.get(1), Locale.ENGLISH, DraftingBenchmark.CLOCK).get();
        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(b.memosToPdf()).isGreaterThan(DraftingBenchmark.PDF_MEMOS * (long) pdf.length / 2);
    }
}
