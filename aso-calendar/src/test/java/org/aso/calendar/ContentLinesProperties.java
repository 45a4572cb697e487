package org.aso.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ContentLinesProperties {

    /** Text of every kind: ASCII, Latin, Cyrillic, CJK, emoji (surrogate pairs), specials to escape, controls, lone surrogates. */
    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<Character> ascii = Arbitraries.chars().range(' ', '~');
        Arbitrary<Character> specials = Arbitraries.of('\\', ';', ',', ':', '"', '\n', '\r', '\t', '\u0000', '\u001f', '\u007f');
        Arbitrary<Character> latin = Arbitraries.chars().range('\u00a0', '\u024f');
        Arbitrary<Character> cyrillic = Arbitraries.chars().range('\u0400', '\u04ff');
        Arbitrary<Character> cjk = Arbitraries.chars().range('\u4e00', '\u9fff');
        Arbitrary<Character> lone = Arbitraries.chars().range('\ud800', '\udfff');
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, ascii), net.jqwik.api.Tuple.of(2, specials), net.jqwik.api.Tuple.of(2, latin),
                        net.jqwik.api.Tuple.of(2, cyrillic), net.jqwik.api.Tuple.of(2, cjk), net.jqwik.api.Tuple.of(1, lone))
                        .map(String::valueOf),
                Arbitraries.integers().between(0x1F300, 0x1FAFF).map(Character::toString));
        return pieces.list().ofMaxSize(400).map(l -> String.join("", l));
    }

    @Property(tries = 500)
    void text_isFoldedAt75Octets_unfoldsToTheEscapedText_andIsValidUtf8(@ForAll("anyText") String text) throws Exception {
        // given
        ContentLines out = new ContentLines();
        // when
        out.name("SUMMARY").param("CN", text).text(text);
        String written = out.toString();
        // then: valid UTF-8 (no lone surrogate reached the output)
        byte[] bytes = written.getBytes(StandardCharsets.UTF_8);
        String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        assertThat(decoded).isEqualTo(written);
        // every physical line at most 75 octets, CRLF-ended, continuation lines start with one space
        assertThat(written).endsWith("\r\n");
        String[] lines = written.substring(0, written.length() - 2).split("\r\n", -1);
        for (int i = 0; i < lines.length; i++) {
            assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).as("line %d", i).isLessThanOrEqualTo(75);
            assertThat(lines[i]).doesNotContain("\r").doesNotContain("\n");
            if (i > 0) {
                assertThat(lines[i]).startsWith(" ");
            }
        }
        // unfolding gives the line back; the value unescapes to the text without controls and lone surrogates
        String unfolded = written.substring(0, written.length() - 2).replace("\r\n ", "");
        String value = unfolded.substring(valueStart(unfolded));
        assertThat(unescape(value)).isEqualTo(expected(text));
    }

    @Property(tries = 200)
    void text_parsedBackByIcal4j_isTheText(@ForAll("anyText") String text) throws Exception {
        // ical4j trims white space around a value, and reads an escaped backslash followed by an
        // escaped line break as a backslash and an "n": ical4j's reading; the property above checks ours
        net.jqwik.api.Assume.that(expected(text).strip().equals(expected(text)) && !text.contains("\\"));
        ContentLines body = new ContentLines();
        body.begin("VEVENT");
        body.textLine("UID", "u1");
        body.name("DTSTAMP").value("20260101T000000Z");
        body.name("DTSTART").value("20260101T100000Z");
        body.textLine("SUMMARY", text);
        body.name("ATTENDEE").param("CN", text).value("mailto:a@example.org");
        body.end("VEVENT");
        String ics = Messages.calendar(Ics.Method.PUBLISH, Messages.zones(), body, null);
        net.fortuna.ical4j.model.component.VEvent e = MessagesTest.events(MessagesTest.parse(ics)).get(0);
        String summary = MessagesTest.prop(e, "SUMMARY");
        assertThat(summary == null ? "" : summary).isEqualTo(expected(text));
    }

    /** The index after the ':' that ends the name and parameters (quoted parameter values may hold ':'). */
    private static int valueStart(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return i + 1;
            }
        }
        throw new AssertionError("no value in " + line);
    }

    /** What a TEXT value should carry: line breaks as LF, other controls dropped, lone surrogates as U+FFFD. */
    private static String expected(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t') {
                b.append(c);
            } else if (c < 0x20 || c == 0x7f) {
                continue;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                b.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                b.append('\uFFFD');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String unescape(String value) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                char n = value.charAt(++i);
                b.append(n == 'n' || n == 'N' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Example
    void fold_neverSplitsACharacter() {
        StringBuilder out = new StringBuilder();
        ContentLines.fold("SUMMARY:" + "é".repeat(40) + "😀".repeat(20), out);
        for (String line : out.toString().split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(Character.isLowSurrogate(line.charAt(line.startsWith(" ") ? 1 : 0))).isFalse();
        }
        // 8 ASCII octets then 33 two-octet characters fill 74 octets: the 34th goes to the next line
        assertThat(out.toString()).startsWith("SUMMARY:" + "é".repeat(33) + "\r\n " + "é".repeat(7));
    }

    @Example
    void params_areQuotedWhenNeeded_andNeverHoldADoubleQuote() {
        ContentLines out = new ContentLines();
        out.name("ORGANIZER").param("CN", "Martin, Alice \"AM\"").value("mailto:a@example.org");
        out.name("ATTENDEE").param("CN", "Bob").value("mailto:b@example.org");
        out.name("ATTENDEE").param("CN", "x=y").value("mailto:c@example.org");
        assertThat(out.toString()).isEqualTo("ORGANIZER;CN=\"Martin, Alice 'AM'\":mailto:a@example.org\r\n"
                + "ATTENDEE;CN=Bob:mailto:b@example.org\r\n" + "ATTENDEE;CN=\"x=y\":mailto:c@example.org\r\n");
    }

    @Example
    void text_isEscaped() {
        ContentLines out = new ContentLines();
        out.textLine("DESCRIPTION", "a\\b;c,d\r\ne\nf:g");
        assertThat(out.toString()).isEqualTo("DESCRIPTION:a\\\\b\\;c\\,d\\ne\\nf:g\r\n");
    }

    @Example
    void dates_areFormatted() throws CharacterCodingException {
        ContentLines out = new ContentLines();
        out.name("A").utc(Instant.parse("2026-03-02T08:30:05.900Z"));
        out.name("B").local(LocalDateTime.of(987, 1, 2, 3, 4, 5));
        out.name("C").date(LocalDate.of(9999, 12, 31));
        assertThat(out.toString()).isEqualTo("A:20260302T083005Z\r\nB:09870102T030405\r\nC:99991231\r\n");
    }
}
