package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aso.core.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TextTest {

    @Test
    void check_plainText_givesItBackUnchanged() {
        assertThat(Text.check("title", "Comité de pilotage — budget 2026 📁", Text.Kind.TITLE))
                .isEqualTo(Either.right("Comité de pilotage — budget 2026 📁"));
        assertThat(Text.check("note", "Line one\n\tLine two", Text.Kind.NOTE).get()).isEqualTo("Line one\n\tLine two");
    }

    @Test
    void check_emptyOrBlank_passes_presenceIsTheDecisionsBusiness() {
        assertThat(Text.check("subject", "", Text.Kind.NOTE).isRight()).isTrue();
        assertThat(Text.check("subject", "   ", Text.Kind.NAME).isRight()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Text.Kind.class)
    void check_atTheKindsMaximum_passes_oneMore_isTooLong(Text.Kind kind) {
        assertThat(Text.check("reason", "a".repeat(kind.maxLength()), kind).isRight()).isTrue();
        Problem p = Text.check("reason", "a".repeat(kind.maxLength() + 1), kind).getLeft();
        assertThat(p.code()).isEqualTo("kernel.text.too-long");
        assertThat(p.details()).containsEntry("field", "reason").containsEntry("kind", kind.name())
                .containsEntry("length", String.valueOf(kind.maxLength() + 1))
                .containsEntry("max", String.valueOf(kind.maxLength()));
    }

    @Test
    void check_narrowerMaximum_isTheFieldsOwn() {
        assertThat(Text.check("badge", "B".repeat(50), Text.Kind.NAME, 50).isRight()).isTrue();
        assertThat(Text.check("badge", "B".repeat(51), Text.Kind.NAME, 50).getLeft().code()).isEqualTo("kernel.text.too-long");
        assertThat(Text.check("initial", "B", Text.Kind.NAME, 1).isRight()).isTrue();
        assertThat(Text.check("initial", "BC", Text.Kind.NAME, 1).getLeft().code()).isEqualTo("kernel.text.too-long");
        assertThat(Text.check("essay", "B", Text.Kind.TEXT, Text.MAX_LENGTH).isRight()).isTrue();
        assertThatThrownBy(() -> Text.check("x", "", Text.Kind.NAME, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Text.check("x", "", Text.Kind.NAME, Text.MAX_LENGTH + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void check_loneSurrogates_areMalformed_pairsAreFine() {
        assertThat(Text.check("reason", "a\uD83D", Text.Kind.NOTE).getLeft().code()).isEqualTo("kernel.text.malformed");
        assertThat(Text.check("reason", "\uDCA9a", Text.Kind.NOTE).getLeft().code()).isEqualTo("kernel.text.malformed");
        assertThat(Text.check("reason", "\uD83D\uD83D\uDCA9", Text.Kind.NOTE).getLeft().details())
                .containsEntry("index", "0").containsEntry("character", "U+D83D");
        assertThat(Text.check("reason", "\uD83D\uDCA9", Text.Kind.NOTE).isRight()).isTrue();
    }

    @Test
    void check_lineBreaks_onlyNewlineInTextOfSeveralLines() {
        assertThat(Text.check("title", "a\nb", Text.Kind.TITLE).getLeft().code()).isEqualTo("kernel.text.line-break");
        assertThat(Text.check("title", "a\rb", Text.Kind.NAME).getLeft().code()).isEqualTo("kernel.text.line-break");
        assertThat(Text.check("note", "a\r\nb", Text.Kind.NOTE).getLeft().code()).isEqualTo("kernel.text.line-break");
        assertThat(Text.check("note", "a\u2028b", Text.Kind.TEXT).getLeft().code()).isEqualTo("kernel.text.line-break");
        assertThat(Text.check("note", "a\u0085b", Text.Kind.TEXT).getLeft().code()).isEqualTo("kernel.text.line-break");
        assertThat(Text.check("note", "a\u2029b", Text.Kind.TEXT).getLeft().code()).isEqualTo("kernel.text.line-break");
        assertThat(Text.check("title", "a\u2029b", Text.Kind.TITLE).getLeft().code()).isEqualTo("kernel.text.line-break");
        assertThat(Text.check("note", "a\nb", Text.Kind.NOTE).isRight()).isTrue();
    }

    @Test
    void check_controlCharacters_areRefused_tabOnlyInTextOfSeveralLines() {
        Problem nul = Text.check("title", "Budget\u0000", Text.Kind.TITLE).getLeft();
        assertThat(nul.code()).isEqualTo("kernel.text.control-character");
        assertThat(nul.details()).containsEntry("character", "U+0000").containsEntry("index", "6");
        assertThat(Text.check("title", "\u001B[31mred", Text.Kind.TITLE).getLeft().code())
                .isEqualTo("kernel.text.control-character");
        assertThat(Text.check("title", "a\u007Fb", Text.Kind.TITLE).getLeft().code()).isEqualTo("kernel.text.control-character");
        assertThat(Text.check("title", "a\u009Bb", Text.Kind.TITLE).getLeft().code()).isEqualTo("kernel.text.control-character");
        assertThat(Text.check("title", "a\tb", Text.Kind.TITLE).getLeft().code()).isEqualTo("kernel.text.control-character");
        assertThat(Text.check("note", "a\tb", Text.Kind.NOTE).isRight()).isTrue();
    }

    @Test
    void check_bidiOverridesAndIsolates_areRefused_marksAreNot() {
        for (char c : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'}) {
            assertThat(Text.check("name", "admin" + c + "gro.elpmaxe", Text.Kind.NAME).getLeft().code())
                    .as("U+%04X", (int) c).isEqualTo("kernel.text.bidi-control");
        }
        assertThat(Text.check("name", "שלום\u200E 2026", Text.Kind.NAME).isRight()).isTrue();
    }

    @Test
    void problems_neverCarryTheTextItself() {
        String hostile = "x".repeat(20_000);
        assertThat(Text.check("reason", hostile, Text.Kind.NOTE).getLeft().toString()).hasSizeLessThan(300);
        assertThat(Text.check("reason", "secret\u0000", Text.Kind.NOTE).getLeft().toString()).doesNotContain("secret");
    }

    @Test
    void theLongestTextOfAnyKind_fitsAnAuditDetail() {
        assertThat(Text.MAX_LENGTH).isLessThanOrEqualTo(AuditTrail.MAX_DETAIL_VALUE_LENGTH);
        for (Text.Kind k : Text.Kind.values()) {
            assertThat(k.maxLength()).isLessThanOrEqualTo(Text.MAX_LENGTH);
        }
    }

    @Test
    void ids_withALoneSurrogateOrABidiControl_areProgrammerErrorsLikeControlCharacters() {
        assertThatThrownBy(() -> PersonId.of("p-\uD800")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrgUnitId.of("S\u202E2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonId.of("p\u0000")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PersonId.of("p-\uD83D\uDCA9").value()).isEqualTo("p-\uD83D\uDCA9");
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<Character> nasty = Arbitraries.of('\u0000', '\n', '\r', '\t', '\u001B', '\u007F', '\u0085', '\u2028',
                '\u202E', '\u2067', '\u200E', '\uD83D', '\uDCA9', 'é', 'a', ' ');
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars('a', 'é', ' ', '\n').ofMaxLength(5000),
                Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(40),
                Arbitraries.strings().withChars(nasty.sample(), nasty.sample()).ofMaxLength(20),
                nasty.list().ofMaxSize(12).map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat)));
    }

    @Property(tries = 600)
    void whatPasses_isEncodableInUtf8_hasNoControlExceptNewlineAndTab_andFitsItsKind(
            @ForAll("anyText") String s, @ForAll Text.Kind kind) {
        boolean naive = s.length() <= kind.maxLength() && encodes(s)
                && s.chars().allMatch(c -> c == '\n' || c == '\t' ? kind.isMultiLine()
                        : !Character.isISOControl(c) && c != 0x2028 && c != 0x2029
                                && !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069));
        assertThat(Text.check("f", s, kind).isRight()).isEqualTo(naive);
    }

    private static boolean encodes(String s) {
        try {
            StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
