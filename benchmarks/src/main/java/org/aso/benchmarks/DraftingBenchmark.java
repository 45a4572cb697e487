package org.aso.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.aso.docs.Drafts;
import org.aso.docs.Memo;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Drafting: 1,000 memos rendered to HTML, and 100 to PDF (each PDF embeds a subset of the shipped
 * font), through the {@link Drafts} facade with its default templates, half in French, half in English.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class DraftingBenchmark {
    static final int HTML_MEMOS = 1_000;
    static final int PDF_MEMOS = 100;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:30:00Z"), ZoneOffset.UTC);

    Drafts drafts;
    List<Memo> memos;

    /** The drafts with the default templates and 1,000 different memos of three to five paragraphs. */
    @Setup
    public void setUp() {
        drafts = Drafts.of("Préfecture de l’Ain", Optional.empty());
        memos = new ArrayList<>();
        for (int i = 0; i < HTML_MEMOS; i++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 3 + i % 3; p++) {
                paragraphs.add("Paragraphe " + p + " de la note " + i + " : les agents sont priés de déposer les dossiers "
                        + "à l’accueil avant le vendredi, étiquetés & classés <par ordre> chronologique.");
            }
            memos.add(new Memo("Cheffe de section", List.of("Tout le personnel", "Bureau " + (i % 7)),
                    "Note n° " + i + " : réorganisation de l’accueil", LocalDate.of(2026, 1, 1).plusDays(i % 365), paragraphs));
        }
    }

    /** {@return the total length of 1,000 memos rendered to HTML} */
    @Benchmark
    public long memosToHtml() {
        long total = 0;
        for (int i = 0; i < HTML_MEMOS; i++) {
            total += drafts.html(memos.get(i), i % 2 == 0 ? Locale.FRENCH : Locale.ENGLISH).get().length();
        }
        return total;
    }

    /** {@return the total size of 100 memos rendered to PDF} */
    @Benchmark
    public long memosToPdf() {
        long total = 0;
        for (int i = 0; i < PDF_MEMOS; i++) {
            total += drafts.pdf(memos.get(i), i % 2 == 0 ? Locale.FRENCH : Locale.ENGLISH, CLOCK).get().length;
        }
        return total;
    }
}
