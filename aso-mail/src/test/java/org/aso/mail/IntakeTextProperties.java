package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Names and texts from outside come out safe, whatever they hold. */
class IntakeTextProperties {
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "LPT1");

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> pathy = Arbitraries.strings().withChars("./\\\r\n\t\0:*?\"<>| a\u202E\u2028\uD800\uDC00éCON")
                .ofMaxLength(60);
        return Arbitraries.oneOf(any, pathy);
    }

    @Property(tries = 500)
    void fileName_isAlwaysSafe(@ForAll("hostile") String raw, @ForAll @IntRange(min = 20, max = 200) int max) {
        String name = IntakeText.fileName(raw, max, "fallback.bin");
        assertThat(name).isNotBlank().doesNotContain("/", "\\", ":", "*", "?", "\"", "<", ">", "|");
        assertThat(name.length()).isLessThanOrEqualTo(max);
        assertThat(IntakeTextTest.isSafeLine(name)).as(name).isTrue();
        assertThat(name).doesNotStartWith(".").doesNotStartWith(" ").doesNotEndWith(".").doesNotEndWith(" ");
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        assertThat(DEVICES).doesNotContain(stem.toUpperCase(Locale.ROOT));
    }

    @Property(tries = 500)
    void line_isSafeBoundedAndStable(@ForAll("hostile") String raw, @ForAll @IntRange(min = 1, max = 300) int max) {
        String line = IntakeText.line(raw, max);
        assertThat(IntakeTextTest.isSafeLine(line)).as(line).isTrue();
        assertThat(line.length()).isLessThanOrEqualTo(max);
        assertThat(IntakeText.line(line, max)).isEqualTo(line);
    }

    @Property(tries = 500)
    void lines_isSafeAndStable(@ForAll("hostile") String raw) {
        String text = IntakeText.lines(raw);
        assertThat(IntakeTextTest.isSafeText(text)).as(text).isTrue();
        assertThat(IntakeText.lines(text)).isEqualTo(text);
    }

    @Property(tries = 300)
    void htmlText_isSafe(@ForAll("hostile") String raw) {
        assertThat(IntakeTextTest.isSafeText(HtmlText.text("<p>" + raw + "</p>&#" + raw.length() + ";", () -> { }))).isTrue();
    }
}
