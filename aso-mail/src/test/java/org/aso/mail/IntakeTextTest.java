package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntakeTextTest {
    /** True if {@code s} follows core's rules for text of several lines, whatever its length. */
    static boolean isSafeText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || Character.isISOControl(c) && c != '\n' && c != '\t'
                    || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                return false;
            }
        }
        return true;
    }

    /** True if {@code s} is safe text on one line. */
    static boolean isSafeLine(String s) {
        return isSafeText(s) && s.indexOf('\n') < 0 && s.indexOf('\t') < 0;
    }

    @Test
    void line_joinsLinesDropsControlsAndCollapsesSpaces() {
        assertThat(IntakeText.line("  a\r\n\tb\u0000c \u202Ed\u2028e  ", 100)).isEqualTo("a bc d e");
        assertThat(IntakeText.line("\uD800x", 100)).isEqualTo("\uFFFDx");
    }

    @Test
    void line_cutsWithoutSplittingAPair() {
        assertThat(IntakeText.line("ab\uD83D\uDE00cd", 3)).isEqualTo("ab");
        assertThat(IntakeText.line("abcdef", 4)).isEqualTo("abcd");
    }

    @Test
    void lines_keepsOneBlankLineAndOnlyNewlines() {
        assertThat(IntakeText.lines("a\r\nb\rc\u2029d \n\n\n\n  \ne\u0007\tf\n\n"))
                .isEqualTo("a\nb\nc\nd\n\ne\tf");
    }

    @Test
    void fileName_isTheLastSegmentWithoutForbiddenCharacters() {
        assertThat(IntakeText.fileName("../../etc/passwd", 120, "x")).isEqualTo("passwd");
        assertThat(IntakeText.fileName("C:\\Users\\a\\rapport?.pdf", 120, "x")).isEqualTo("rapport_.pdf");
        assertThat(IntakeText.fileName(" ..hidden. ", 120, "x")).isEqualTo("hidden");
        assertThat(IntakeText.fileName("a\r\nb.txt", 120, "x")).isEqualTo("a b.txt");
        assertThat(IntakeText.fileName("???", 120, "x")).isEqualTo("x");
        assertThat(IntakeText.fileName("/", 120, "x")).isEqualTo("x");
        assertThat(IntakeText.fileName(null, 120, "x")).isEqualTo("x");
        assertThat(IntakeText.fileName("nul.tar.gz", 120, "x")).isEqualTo("_nul.tar.gz");
        assertThat(IntakeText.fileName("a".repeat(200) + ".docx", 20, "x")).isEqualTo("aaaaaaaaaaaaaaa.docx");
    }
}
